package io.synq.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.synq.domain.tenancy.OrgScope;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The dashboard in headless Chromium against the real server, on a fresh database. */
@Tag("browser")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardBrowserTest {
  private static final String EMAIL = "ada@acme.test";
  private static final String PASSWORD = "correct horse battery";

  private Wiring wiring;
  private StandaloneServer server;
  private WebDriver browser;

  @BeforeAll
  void start(@TempDir Path directory) throws Exception {
    Config config =
        Config.fromVariables(
            Map.of(
                "SYNQ_DB_URL",
                "jdbc:h2:file:" + directory.resolve("db/synq"),
                "SYNQ_PUBLIC_URL",
                "http://127.0.0.1"));
    wiring = Wiring.open(config, Clock.systemUTC());
    wiring.provisionAdmin().provision(OrgScope.of("acme", "sales"), EMAIL, PASSWORD);
    server = StandaloneServer.start("127.0.0.1", 0, wiring.restApplication());
    browser = HeadlessChromium.start(directory.resolve("chromium"));
  }

  @AfterAll
  void stop() {
    if (browser != null) {
      browser.quit();
    }
    if (server != null) {
      server.close();
    }
    if (wiring != null) {
      wiring.close();
    }
  }

  @BeforeEach
  void openTheServersRoot() {
    browser.get("http://127.0.0.1:" + server.port() + "/");
  }

  private WebElement field(String label) {
    return await()
        .until(
            ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//label[normalize-space(text())='" + label + "']//input")));
  }

  private WebDriverWait await() {
    return new WebDriverWait(browser, Duration.ofSeconds(10));
  }

  private void signIn(String email, String password) {
    field("Email").sendKeys(email);
    field("Password").sendKeys(password);
    browser.findElement(By.xpath("//button[normalize-space()='Sign in']")).click();
  }

  @Test
  void the_root_leads_to_the_sign_in_form() {
    assertThat(browser.getCurrentUrl()).endsWith("/dashboard/");
    assertThat(field("Email").getAttribute("type")).isEqualTo("email");
    assertThat(field("Password").getAttribute("type")).isEqualTo("password");
  }

  @Test
  void a_wrong_password_shows_the_apis_message_and_keeps_the_email() {
    signIn(EMAIL, "not the password at all");

    WebElement alert =
        await()
            .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[role=alert]")));
    assertThat(alert.getText()).isEqualTo("Unauthorized: Invalid email or password");
    assertThat(field("Email").getAttribute("value")).isEqualTo(EMAIL);
    assertThat(field("Password").getAttribute("value")).isEmpty();
  }

  @Test
  void the_right_password_signs_in_for_the_organization() {
    signIn(EMAIL, PASSWORD);

    await().until(ExpectedConditions.textToBe(By.tagName("h1"), "Signed in"));
    assertThat(browser.findElement(By.tagName("main")).getText())
        .contains("acme / sales", "as admin");
  }

  /** A refresh as the page would send it: the browser adds the cookie, if it holds one. */
  private long refreshFromThePage() {
    return (Long)
        ((JavascriptExecutor) browser)
            .executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                    + "fetch('/api/v1/auth/refresh', {method: 'POST', body: '{}', headers:"
                    + " {'Content-Type': 'application/json', 'Synq-Session': 'cookie'}})"
                    + ".then(r => done(r.status));");
  }

  @Test
  void the_browser_holds_the_refresh_cookie_until_signing_out_ends_the_session() {
    signIn(EMAIL, PASSWORD);
    await().until(ExpectedConditions.textToBe(By.tagName("h1"), "Signed in"));
    assertThat(refreshFromThePage()).isEqualTo(200);

    browser.findElement(By.xpath("//button[normalize-space()='Sign out']")).click();

    assertThat(field("Email").getAttribute("value")).isEmpty();
    assertThat(refreshFromThePage()).isEqualTo(400); // no cookie any more: no refresh token
  }
}
