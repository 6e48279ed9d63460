package io.eparwatch.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;
import java.util.regex.Pattern;

/**
 * The robots.txt rules that apply to one product token (RFC 9309): the groups naming the token,
 * else the {@code *} groups; the longest matching Allow/Disallow wins, Allow on a tie.
 */
public final class RobotsRules {

  private record Rule(boolean allow, String pattern, Pattern regex) {}

  private final List<Rule> rules;

  private RobotsRules(List<Rule> rules) {
    this.rules = List.copyOf(rules);
  }

  public static RobotsRules allowAll() {
    return new RobotsRules(List.of());
  }

  public static RobotsRules disallowAll() {
    return new RobotsRules(List.of(rule(false, "/")));
  }

  /** The rules of {@code robotsTxt} for {@code productToken} (matched case-insensitively). */
  public static RobotsRules parse(String robotsTxt, String productToken) {
    Parser parser = new Parser(productToken);
    for (String line : robotsTxt.split("\r\n|\r|\n")) {
      parser.accept(line.replaceFirst("#.*", "").strip());
    }
    return new RobotsRules(parser.namedUs ? parser.ours : parser.anyone);
  }

  /** Whether {@code pathAndQuery} (raw, starting with '/') may be fetched. */
  public boolean allows(String pathAndQuery) {
    String path = pathAndQuery == null || pathAndQuery.isEmpty() ? "/" : pathAndQuery;
    if (path.equals("/robots.txt")) {
      return true;
    }
    Rule best = null;
    for (Rule rule : rules) {
      if (rule.regex().matcher(path).lookingAt() && beats(rule, best)) {
        best = rule;
      }
    }
    return best == null || best.allow();
  }

  private static boolean beats(Rule candidate, Rule best) {
    if (best == null || candidate.pattern().length() > best.pattern().length()) {
      return true;
    }
    return candidate.pattern().length() == best.pattern().length() && candidate.allow();
  }

  private static Rule rule(boolean allow, String pattern) {
    boolean anchored = pattern.endsWith("$");
    String body = anchored ? pattern.substring(0, pattern.length() - 1) : pattern;
    StringJoiner regex = new StringJoiner(".*", "", anchored ? "$" : "");
    for (String literal : body.split("\\*", -1)) {
      regex.add(Pattern.quote(literal));
    }
    return new Rule(allow, pattern, Pattern.compile(regex.toString()));
  }

  /** Walks the lines, collecting the rules of the groups naming us and of the {@code *} groups. */
  private static final class Parser {
    private final String productToken;
    private final List<Rule> ours = new ArrayList<>();
    private final List<Rule> anyone = new ArrayList<>();
    private boolean namedUs;
    private boolean groupIsOurs;
    private boolean groupIsAnyone;
    private boolean inRules;

    Parser(String productToken) {
      this.productToken = productToken;
    }

    void accept(String line) {
      int colon = line.indexOf(':');
      if (colon < 0) {
        return;
      }
      String key = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
      String value = line.substring(colon + 1).strip();
      if (key.equals("user-agent")) {
        userAgent(value);
      } else if (key.equals("allow") || key.equals("disallow")) {
        inRules = true;
        if (!value.isEmpty()) { // an empty Disallow allows everything: no rule
          addRule(rule(key.equals("allow"), value));
        }
      }
    }

    private void userAgent(String value) {
      if (inRules) { // a User-agent line after rules opens a new group
        groupIsOurs = groupIsAnyone = inRules = false;
      }
      groupIsOurs |= value.equalsIgnoreCase(productToken);
      groupIsAnyone |= value.equals("*");
      namedUs |= groupIsOurs;
    }

    private void addRule(Rule rule) {
      if (groupIsOurs) {
        ours.add(rule);
      }
      if (groupIsAnyone) {
        anyone.add(rule);
      }
    }
  }
}
