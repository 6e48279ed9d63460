package io.eparwatch.alert;

import io.eparwatch.change.ChangeEvent;
import io.eparwatch.change.ChangeWording;
import io.quarkus.qute.TemplateData;
import java.net.URI;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** What the mail templates show; every text in them comes from EMA and is escaped by Qute. */
final class MailViews {

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.ENGLISH);

  private MailViews() {}

  /**
   * One change as a line of a mail.
   *
   * @param documentUrl the document at EMA, only when it is an http(s) address (else null)
   */
  @TemplateData
  record ChangeLine(
      String product,
      String productNumber,
      String what,
      String before,
      String after,
      String changeUrl,
      String documentUrl,
      String detected,
      String sources) {

    static ChangeLine of(ChangeEvent event, String publicUrl, ZoneId zone) {
      return new ChangeLine(
          MailWording.productName(event),
          event.productNumber,
          MailWording.change(event),
          ChangeWording.value(event.before),
          ChangeWording.value(event.after),
          publicUrl + "/changes/" + event.id,
          webAddress(event.documentUrl),
          event.detectedAt.atZone(zone).format(WHEN),
          event.sources);
    }
  }

  /** The changes of one type within one product's part of a digest. */
  @TemplateData
  record TypeGroup(String heading, List<ChangeLine> changes) {}

  /** One product's part of a digest, its changes grouped by type. */
  @TemplateData
  record ProductGroup(String product, String productNumber, List<TypeGroup> types) {}

  /** Changes grouped by product (by name), then by change type in a fixed order. */
  static List<ProductGroup> grouped(List<ChangeEvent> events, String publicUrl, ZoneId zone) {
    Map<String, List<ChangeEvent>> byProduct =
        events.stream()
            .collect(
                Collectors.groupingBy(
                    MailWording::productName,
                    () -> new TreeMap<>(String.CASE_INSENSITIVE_ORDER),
                    Collectors.toList()));
    List<ProductGroup> groups = new ArrayList<>();
    byProduct.forEach(
        (product, ofProduct) -> {
          Map<String, List<ChangeLine>> byType = new LinkedHashMap<>();
          ofProduct.stream()
              .sorted(Comparator.comparing((ChangeEvent e) -> e.type).thenComparing(e -> e.id))
              .forEach(
                  e ->
                      byType
                          .computeIfAbsent(MailWording.typeHeading(e.type), k -> new ArrayList<>())
                          .add(ChangeLine.of(e, publicUrl, zone)));
          List<TypeGroup> types =
              byType.entrySet().stream().map(t -> new TypeGroup(t.getKey(), t.getValue())).toList();
          groups.add(new ProductGroup(product, ofProduct.get(0).productNumber, types));
        });
    return groups;
  }

  /** An address safe to put in a link: http or https only, nothing like {@code javascript:}. */
  static String webAddress(String url) {
    if (url == null) {
      return null;
    }
    try {
      String scheme = URI.create(url.strip()).getScheme();
      return "https".equalsIgnoreCase(scheme) || "http".equalsIgnoreCase(scheme)
          ? url.strip()
          : null;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
