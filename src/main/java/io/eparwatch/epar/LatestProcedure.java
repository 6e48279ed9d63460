package io.eparwatch.epar;

import java.time.LocalDate;

/** "Latest procedure affecting product information: VR/0000296281 06/10/2025". */
public record LatestProcedure(String number, LocalDate date) {}
