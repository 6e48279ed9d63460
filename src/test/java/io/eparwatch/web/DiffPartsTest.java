package io.eparwatch.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.eparwatch.web.DiffParts.Part;
import java.util.List;
import org.junit.jupiter.api.Test;

class DiffPartsTest {

  @Test
  void deletionsGoToTheOldSideInsertionsToTheNew() {
    DiffParts.Sides sides = DiffParts.of("Revision [-16-]{+17+} of <b>");
    assertEquals(
        List.of(new Part("Revision ", false), new Part("16", true), new Part(" of <b>", false)),
        sides.before());
    assertEquals(
        List.of(new Part("Revision ", false), new Part("17", true), new Part(" of <b>", false)),
        sides.after());
  }

  @Test
  void noDiffIsNothingToShow() {
    assertEquals(List.of(), DiffParts.of(null).before());
  }
}
