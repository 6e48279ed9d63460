package io.eparwatch.epar;

import static io.eparwatch.epar.KeyFacts.is;
import static io.eparwatch.epar.KeyFacts.startsWith;

import io.eparwatch.epar.DocumentListReader.DocumentList;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.util.List;
import java.util.function.Predicate;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Reads an EMA EPAR page (current design since Dec 2023, and the 2018–2023 design) into an {@link
 * EparPage}. Extraction is anchored on meaning (labels, document URLs, headings), class names are
 * only hints. Stateless and thread-safe.
 */
@ApplicationScoped
public class EparPageParser {

  private static final Predicate<String> PRODUCT_NUMBER =
      is("ema product number", "agency product number", "product number");
  private static final Predicate<String> AUTHORISATION_ISSUED =
      is("marketing authorisation issued", "marketing authorisation date")
          .or(startsWith("date of issue of marketing authorisation"));

  public EparPageParser() {}

  /**
   * @param html the response body
   * @param pageUrl the page's absolute URL, the base for relative links
   */
  public ParseResult parse(String html, String pageUrl) {
    String bodyProblem = PageGuard.rejectBody(html);
    return bodyProblem != null
        ? new ParseResult.NotEparPage(bodyProblem)
        : read(Jsoup.parse(html, pageUrl), pageUrl);
  }

  /**
   * The body as fetched: jsoup decodes it while parsing, so a check never holds the page twice
   * (bytes and a decoded string, the latter twice their size for pages in Greek or Bulgarian).
   */
  public ParseResult parse(byte[] body, Charset charset, String pageUrl) {
    String bodyProblem = PageGuard.rejectBody(body);
    if (bodyProblem != null) {
      return new ParseResult.NotEparPage(bodyProblem);
    }
    try {
      return read(Jsoup.parse(new ByteArrayInputStream(body), charset.name(), pageUrl), pageUrl);
    } catch (IOException e) {
      throw new UncheckedIOException("reading a byte array cannot fail", e);
    }
  }

  private ParseResult read(Document document, String pageUrl) {
    PageScan scan = new PageScan(pageUrl);
    scan.scan(document);
    KeyFacts facts = new KeyFacts(scan.labelCells, scan.headings, scan.headingTitles);
    String productNumber = facts.productNumber(PRODUCT_NUMBER);
    String name = scan.nameHeading == null ? null : ElementText.of(scan.nameHeading);
    String pageProblem = PageGuard.rejectPage(scan, name, productNumber);
    if (pageProblem != null) {
      return new ParseResult.NotEparPage(pageProblem);
    }
    DocumentList list =
        new DocumentListReader(scan.documentLinks, scan.headings, scan.englishLabels).read();
    EparPage page = page(scan, facts, name, productNumber, list.documents());
    String doubt = PageGuard.doubtDocuments(list);
    return doubt != null
        ? new ParseResult.Unreliable(page, doubt, list.unreadable())
        : new ParseResult.Parsed(page, list.unreadable());
  }

  private static EparPage page(
      PageScan scan,
      KeyFacts facts,
      String name,
      String productNumber,
      List<EparDocument> documents) {
    return EparPage.builder()
        .name(name)
        .status(StatusTitles.of(scan))
        .inn(
            facts.text(
                startsWith("international non proprietary name").or(is("inn", "common name"))))
        .activeSubstance(facts.text(is("active substance")))
        .productNumber(productNumber)
        .atcCode(facts.text(startsWith("anatomical therapeutic chemical").or(is("atc code"))))
        .therapeuticArea(facts.text(startsWith("therapeutic area")))
        .pharmacotherapeuticGroup(facts.text(startsWith("pharmacotherapeutic group")))
        .indication(facts.text(startsWith("therapeutic indication")))
        .marketingAuthorisationHolder(facts.firstLine(is("marketing authorisation holder")))
        .opinionAdopted(facts.date(is("opinion adopted", "opinion adopted date")))
        .authorisationIssued(facts.date(AUTHORISATION_ISSUED))
        .revision(facts.text(is("revision", "revision number")))
        .latestProcedure(PageLabels.latestProcedure(scan))
        .pageLastUpdated(PageLabels.pageLastUpdated(scan))
        .documents(documents)
        .build();
  }
}
