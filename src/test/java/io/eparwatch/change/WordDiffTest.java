package io.eparwatch.change;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.eparwatch.epar.EmaText;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

// Nested classes end in "Test": surefire's -Dtest='io.eparwatch.change.*Test' silently skips
// others.
class WordDiffTest {

  @Nested
  class UnchangedTest {

    @Test
    void identicalTextIsRenderedAsIs() {
      assertEquals(
          "adults with melanoma", WordDiff.render("adults with melanoma", "adults with melanoma"));
    }

    @Test
    void spaceOnOneSideOnlyIsNotMarked() {
      assertEquals("adults, children", WordDiff.render("adults,children", "adults, children"));
    }

    @Test
    void whitespaceRunsAndNoBreakSpacesAreNotChanges() {
      assertEquals(
          "adults with melanoma",
          WordDiff.render("  adults\u00A0with   melanoma ", "adults with\u202Fmelanoma"));
    }
  }

  @Nested
  class WordsTest {

    @Test
    void insertion() {
      assertEquals(
          "adults with {+unresectable+} melanoma that",
          WordDiff.render("adults with melanoma that", "adults with unresectable melanoma that"));
    }

    @Test
    void deletion() {
      assertEquals(
          "adults with [-unresectable-] melanoma that",
          WordDiff.render("adults with unresectable melanoma that", "adults with melanoma that"));
    }

    @Test
    void replacement() {
      assertEquals(
          "treatment of [-adults-]{+children+} with melanoma",
          WordDiff.render(
              "treatment of adults with melanoma", "treatment of children with melanoma"));
    }

    @Test
    void neighbouringReplacementsReadAsOne() {
      assertEquals(
          "[-regionally or distantly-]{+locally advanced and+} metastatic",
          WordDiff.render("regionally or distantly metastatic", "locally advanced and metastatic"));
    }

    @Test
    void insertionAtTheEnd() {
      assertEquals(
          "melanoma {+(stage IIIB to IVM1a)+}",
          WordDiff.render("melanoma", "melanoma (stage IIIB to IVM1a)"));
    }

    @Test
    void partOfAWordChangesTheWholeWord() {
      assertEquals("[-Amgen-]{+Amgen2+} B.V.", WordDiff.render("Amgen B.V.", "Amgen2 B.V."));
    }
  }

  @Nested
  class PunctuationTest {

    @Test
    void punctuationIsItsOwnToken() {
      assertEquals(
          "adults[-,-] and children[-.-]{+;+}",
          WordDiff.render("adults, and children.", "adults and children;"));
    }

    @Test
    void hyphenatedWordsDiffByPart() {
      assertEquals(
          "non-[-small-]{+large+}-cell", WordDiff.render("non-small-cell", "non-large-cell"));
    }
  }

  @Nested
  class UnicodeTest {

    @Test
    void accentedWordsStayWhole() {
      assertEquals(
          "atteints de mélanome {+non résécable+}",
          WordDiff.render("atteints de mélanome", "atteints de mélanome non résécable"));
    }

    @Test
    void combiningMarksBelongToTheirWord() {
      assertEquals(
          "[-re\u0301se\u0301cable-]{+resecable+}",
          WordDiff.render("re\u0301se\u0301cable", "resecable"));
    }

    @Test
    void greekAndGermanWords() {
      assertEquals(
          "μελάνωμα [-Erwachsene-]{+Jugendliche+} ≥ 12",
          WordDiff.render("μελάνωμα Erwachsene ≥ 12", "μελάνωμα Jugendliche ≥ 12"));
    }
  }

  @Nested
  class AbsentTest {

    @Test
    void nullToValueIsAnInsertion() {
      assertEquals("{+Amgen Europe B.V.+}", WordDiff.render(null, "Amgen Europe B.V."));
    }

    @Test
    void valueToNullIsADeletion() {
      assertEquals("[-Amgen Europe B.V.-]", WordDiff.render("Amgen Europe B.V.", null));
    }

    @Test
    void bothAbsentIsEmpty() {
      assertEquals("", WordDiff.render(null, " "));
    }
  }

  @Nested
  class RoundTripTest {

    @ParameterizedTest
    @CsvSource(
        delimiter = '|',
        value = {
          "Traitement de l'oeil | Traitement du mélanome",
          "a b c d | a x c y",
          "quick brown fox | slow red fox jumps",
          "adults, and children. | adults and children;",
          "melanoma | non-small-cell lung cancer (NSCLC)",
          "x a,b y | x a, b y"
        })
    void renderedDiffSpellsOutBothTextsUpToWhitespace(String before, String after) {
      String rendered = WordDiff.render(before, after);
      assertEquals(withoutSpaces(before), withoutSpaces(oldSide(rendered)), rendered);
      assertEquals(withoutSpaces(after), withoutSpaces(newSide(rendered)), rendered);
    }

    private String withoutSpaces(String text) {
      return text.replace(" ", "");
    }

    private String oldSide(String rendered) {
      return rendered.replaceAll("\\{\\+.*?\\+}", "").replaceAll("\\[-(.*?)-]", "$1");
    }

    private String newSide(String rendered) {
      return rendered.replaceAll("\\[-.*?-]", "").replaceAll("\\{\\+(.*?)\\+}", "$1");
    }
  }

  /** The hand-written tokenizer finds what the regular expression it replaced finds. */
  @Nested
  class TokenizeTest {

    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{M}\\p{N}]+| |.");

    private List<String> byRegex(String text) {
      List<String> tokens = new ArrayList<>();
      String normalized = EmaText.normalize(text);
      if (normalized != null) {
        Matcher matcher = TOKEN.matcher(normalized);
        while (matcher.find()) {
          tokens.add(matcher.group());
        }
      }
      return tokens;
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "",
          "   ",
          "Imlygic is indicated for the treatment of adults with unresectable melanoma (stage IIIB).",
          "Traitement du mélanome: 2,5 mg/ml — x² ½ Ⅻ",
          "e\u0301te\u0301 na\u0308ive a\u20dd",
          "line\u0085next\u2028para\u2029end\r\nx",
          "\ud835\udc00\ud835\udc01 math \ud83d\ude00 emoji",
          "lone \ud800 high, lone \udc00 low, swapped \udc00\ud800",
          "tab\tnbsp\u00a0soft\u00adhyphen zero\u200bwidth",
          "日本語のテキスト、句読点。한국어"
        })
    void sameAsTheRegularExpression(String text) {
      assertEquals(byRegex(text), WordDiff.tokenize(text));
    }

    @Test
    void sameAsTheRegularExpressionOnRandomText() {
      Random random = new Random(20261205);
      int[] pool = {
        'a', 'Z', '7', ' ', ',', '-', '\n', 0x85, 0x2028, 0xe9, 0x301, 0x20dd, 0xb2, 0x2162, 0x3042,
        0x1d400, 0x1f600, 0xd800, 0xdc00, 0xa0, 0xad, 0x200b, 0x5d0, 0x663, 0x903
      };
      for (int run = 0; run < 2000; run++) {
        StringBuilder text = new StringBuilder();
        for (int i = random.nextInt(40); i > 0; i--) {
          text.appendCodePoint(pool[random.nextInt(pool.length)]);
        }
        assertEquals(byRegex(text.toString()), WordDiff.tokenize(text.toString()), text::toString);
      }
    }
  }
}
