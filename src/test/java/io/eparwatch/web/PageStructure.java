package io.eparwatch.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * What every dashboard page must have, read in the browser as a screen reader or a form post would
 * meet it: the landmarks, one {@code h1}, a label for every control, a CSRF token in every posting
 * form, no inline script, and no sideways scrolling at the window's width.
 */
final class PageStructure {

  private static final String FINDINGS =
      """
      const found = [];
      for (const tag of ['header', 'nav', 'main', 'footer']) {
        if (document.querySelectorAll(tag).length === 0) found.push('no <' + tag + '>');
      }
      const h1 = document.querySelectorAll('h1').length;
      if (h1 !== 1) found.push(h1 + ' h1 headings');
      for (const c of document.querySelectorAll('input:not([type=hidden]), select, textarea')) {
        if (c.labels.length === 0 && !c.getAttribute('aria-label')) {
          found.push('control without a label: ' + (c.id || c.name));
        }
      }
      for (const b of document.querySelectorAll('button')) {
        if (!b.textContent.trim() && !b.getAttribute('aria-label')) found.push('button without a name');
      }
      for (const f of document.querySelectorAll('form')) {
        if (f.method !== 'post') continue;
        const token = f.querySelector('input[type=hidden][name="csrf-token"]');
        if (!token || !token.value) found.push('post form without a CSRF token: ' + f.action);
      }
      for (const s of document.querySelectorAll('script')) {
        if (!s.src) found.push('inline script');
      }
      if (!document.documentElement.lang) found.push('no lang on <html>');
      const width = document.documentElement.clientWidth;
      if (document.documentElement.scrollWidth > width) {
        found.push('scrolls sideways at ' + width + ' px');
      }
      return found;
      """;

  private PageStructure() {}

  static void check(WebDriver driver) {
    @SuppressWarnings("unchecked")
    List<String> findings = (List<String>) ((JavascriptExecutor) driver).executeScript(FINDINGS);
    assertEquals(List.of(), findings, driver.getCurrentUrl());
  }
}
