package io.eparwatch.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.urlContains;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.eparwatch.testing.AdminLogin;
import io.eparwatch.testing.Database;
import io.eparwatch.testing.EmaStub;
import io.eparwatch.testing.EmaStub.InjectEmaStub;
import io.eparwatch.testing.Pages;
import io.eparwatch.testing.StubPages;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.net.URL;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * A regulatory-affairs morning in a real browser (Debian's Chromium, headless) against the running
 * app and the loopback EMA stand-in. Skipped when Chromium is not installed.
 */
@QuarkusTest
@QuarkusTestResource(EmaStub.class)
class DashboardBrowserIT {

  static Chromium browser;

  @InjectEmaStub WireMockServer ema;
  @Inject EntityManager em;

  @TestHTTPResource("/")
  URL app;

  @BeforeAll
  static void openBrowser() throws Exception {
    Assumptions.assumeTrue(Chromium.available(), "Chromium and chromedriver are not installed");
    browser = new Chromium();
  }

  @AfterAll
  static void closeBrowser() throws Exception {
    if (browser != null) {
      browser.close();
    }
  }

  @Test
  void aMorningWithEparWatch() {
    Database.reset(em);
    ema.resetAll();
    StubPages.serve(ema, Pages.PATH, Pages.v1());
    var driver = browser.driver;
    var wait = browser.wait;

    open("login");
    driver.findElement(By.id("j_username")).sendKeys(AdminLogin.USER);
    driver.findElement(By.id("j_password")).sendKeys(AdminLogin.PASSWORD);
    driver.findElement(By.cssSelector("form[action='/j_security_check'] button")).click();
    wait.until(presenceOfElementLocated(By.cssSelector(".who")));
    open("watches");
    driver.findElement(By.id("w-url")).sendKeys(ema.baseUrl() + Pages.PATH);
    driver.findElement(By.cssSelector("form[action='/watches'] button")).click();
    wait.until(textToBePresentInElementLocated(By.cssSelector(".notice"), "Now watching imlygic"));

    checkNow("imlygic", "first version stored");
    StubPages.serve(ema, Pages.PATH, DashboardPagesIT.hostile(Pages.v2()));
    checkNow("imlygic", "changed");
    browser.screenshot("watches");

    open("");
    wait.until(presenceOfElementLocated(By.cssSelector("li.change")));
    assertHostileTitleIsText();
    browser.fullScreenshot("recent-changes", 1280);

    new Select(driver.findElement(By.id("f-type"))).selectByValue("FIELD_CHANGED");
    driver.findElement(By.cssSelector("form.filters button")).click();
    wait.until(urlContains("type=FIELD_CHANGED"));
    for (WebElement what : driver.findElements(By.cssSelector("li.change .what"))) {
      assertTrue(what.getText().contains(" changed"), what.getText());
    }
    driver.findElement(By.xpath("//a[contains(@class,'what')][contains(.,'revision')]")).click();
    wait.until(urlContains("/changes/"));
    PageStructure.check(driver);
    String change = driver.getCurrentUrl().substring(app.toString().length());
    assertEquals("16", driver.findElement(By.cssSelector(".before del")).getText());
    assertEquals("17", driver.findElement(By.cssSelector(".after ins")).getText());
    browser.screenshot("change");

    driver.findElement(By.linkText("The medicine")).click();
    wait.until(urlContains("/products/imlygic"));
    PageStructure.check(driver);
    WebElement lag = driver.findElement(By.id("translation-lag")).findElement(By.xpath(".."));
    assertTrue(lag.getText().contains("bg (06/10/2025)"), lag.getText());
    assertHostileTitleIsText();
    browser.fullScreenshot("medicine", 1280);

    driver.findElement(By.cssSelector("ol.timeline a")).click();
    wait.until(urlContains("/versions/"));
    PageStructure.check(driver);
    browser.screenshot("version");
    open("catalogue");
    browser.screenshot("catalogue");
    open("exports");
    browser.screenshot("exports");

    driver.manage().window().setSize(new Dimension(375, 800));
    for (String page : new String[] {"products/imlygic", "watches", "subscriptions", change, ""}) {
      open(page); // checks that nothing scrolls sideways at phone width
    }
    browser.screenshot("recent-changes-phone");
    driver.manage().window().setSize(new Dimension(1280, 1000));

    open("subscriptions");
    driver.findElement(By.id("s-email")).sendKeys("morning@example.org");
    new Select(driver.findElement(By.id("s-type"))).selectByValue("DOCUMENT_UPDATED");
    driver.findElement(By.cssSelector("form[action='/subscriptions'] button")).click();
    try {
      wait.until(presenceOfElementLocated(By.cssSelector("#subscribed, .problem")));
    } catch (org.openqa.selenium.TimeoutException e) {
      throw new AssertionError(driver.getCurrentUrl() + "\n" + driver.getPageSource(), e);
    }
    assertTrue(
        driver.findElements(By.id("subscribed")).size() == 1,
        driver.findElement(By.tagName("main")).getText());
    browser.screenshot("subscriptions");

    open("users");
    driver.findElement(By.cssSelector("form[action='/logout'] button")).click();
    wait.until(presenceOfElementLocated(By.cssSelector("a[href='/login']")));
    open("watches");
    driver.findElement(By.cssSelector("#watch-imlygic form[action$='/check'] button")).click();
    wait.until(urlContains("/login"));
    assertEquals("Log in · EPAR Watch", driver.getTitle());
  }

  /** Opens a page and checks its structure (landmarks, labels, CSRF tokens, width). */
  private void open(String path) {
    browser.driver.get(app.toString() + path);
    PageStructure.check(browser.driver);
  }

  private void checkNow(String slug, String outcome) {
    browser
        .driver
        .findElement(By.cssSelector("#watch-" + slug + " form[action$='/check'] button"))
        .click();
    browser.wait.until(
        textToBePresentInElementLocated(
            By.cssSelector(".notice"), "Checked " + slug + ": " + outcome));
  }

  /** The hostile document title shows as text: no image made of it, no alert, no script ran. */
  private void assertHostileTitleIsText() {
    var driver = browser.driver;
    String title = driver.getTitle();
    assertThrows(NoAlertPresentException.class, () -> driver.switchTo().alert());
    assertTrue(driver.findElement(By.tagName("main")).getText().contains(DashboardPagesIT.HOSTILE));
    assertEquals(
        0L, driver.executeScript("return document.querySelectorAll('img[src=\"x\"]').length;"));
    assertFalse(Boolean.TRUE.equals(driver.executeScript("return window.__xss === true;")));
    assertEquals(title, driver.getTitle());
  }
}
