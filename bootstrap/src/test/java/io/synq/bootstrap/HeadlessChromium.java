package io.synq.bootstrap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/**
 * Headless Chromium from Debian's {@code chromium} and {@code chromium-driver} packages, driven by
 * Selenium without Selenium Manager (it would try to download a browser). Fails with what to
 * install when they are missing: the browser profile was asked for, so nothing is skipped.
 *
 * <p>What a test needs beyond WebDriver goes through the DevTools protocol commands ChromeDriver
 * relays: every request the browser made, its cookies including HttpOnly ones, clipboard access,
 * and a shifted page clock.
 */
final class HeadlessChromium implements AutoCloseable {
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

  private static final ObjectMapper JSON = new ObjectMapper();

  private final ChromeDriver driver;
  private final List<URI> requests = new ArrayList<>();

  private HeadlessChromium(ChromeDriver driver) {
    this.driver = driver;
  }

  /** A fresh browser with its own profile: no cookies, no storage. */
  static HeadlessChromium start(Path profileDirectory, int width, int height) throws IOException {
    for (Path program : new Path[] {CHROMIUM, CHROMEDRIVER}) {
      if (!Files.isExecutable(program)) {
        throw new IllegalStateException(
            program
                + " is missing: the browser tests need Debian's chromium and chromium-driver"
                + " (apt-get install chromium chromium-driver)");
      }
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--hide-scrollbars",
        "--window-size=" + width + "," + height,
        "--user-data-dir=" + Files.createDirectories(profileDirectory));
    options.setCapability("goog:loggingPrefs", Map.of(LogType.PERFORMANCE, "ALL"));
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(new File(CHROMEDRIVER.toString()))
            .usingAnyFreePort()
            .build();
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().implicitlyWait(Duration.ZERO);
    return new HeadlessChromium(driver);
  }

  ChromeDriver driver() {
    return driver;
  }

  /** Every request the browser has sent so far, pages, files and API calls alike. */
  List<URI> requests() {
    for (LogEntry entry : driver.manage().logs().get(LogType.PERFORMANCE)) {
      JsonNode message = json(entry.getMessage()).path("message");
      if (message.path("method").asText().equals("Network.requestWillBeSent")) {
        requests.add(URI.create(message.path("params").path("request").path("url").asText()));
      }
    }
    return List.copyOf(requests);
  }

  /** A cookie the browser holds, HttpOnly or not, with its attributes as DevTools names them. */
  Optional<JsonNode> cookie(String name) {
    JsonNode cookies =
        JSON.valueToTree(driver.executeCdpCommand("Network.getAllCookies", Map.of()));
    for (JsonNode cookie : cookies.path("cookies")) {
      if (cookie.path("name").asText().equals(name)) {
        return Optional.of(cookie);
      }
    }
    return Optional.empty();
  }

  /** From now on the viewport of a phone: this width and height in CSS pixels, touch, mobile. */
  void emulatePhone(int width, int height) {
    driver.executeCdpCommand(
        "Emulation.setDeviceMetricsOverride",
        Map.of("width", width, "height", height, "deviceScaleFactor", 2, "mobile", true));
  }

  /** Lets pages of this origin read and write the clipboard without asking. */
  void allowClipboard(URI origin) {
    driver.executeCdpCommand(
        "Browser.grantPermissions",
        Map.of(
            "origin",
            origin.toString(),
            "permissions",
            List.of("clipboardReadWrite", "clipboardSanitizedWrite")));
  }

  /**
   * Makes every page loaded from now on see {@code Date.now()} shifted by this much: the page's
   * idea of how long a token has left, without waiting an hour. The server's clock is untouched.
   */
  void shiftPageClock(Duration shift) {
    driver.executeCdpCommand(
        "Page.addScriptToEvaluateOnNewDocument",
        Map.of(
            "source",
            "{ const now = Date.now.bind(Date); Date.now = () => now() + "
                + shift.toMillis()
                + "; }"));
  }

  /**
   * Makes pages loaded from now on send the first request to {@code path} with a token the server
   * refuses, as if the page's token had just expired: the server's 401 is real.
   */
  void refuseTheFirstTokenSentTo(String path) {
    driver.executeCdpCommand(
        "Page.addScriptToEvaluateOnNewDocument",
        Map.of(
            "source",
            "{ const send = window.fetch.bind(window); let spoiled = false;"
                + " window.fetch = (url, init = {}) => {"
                + "   if (!spoiled && new URL(url, location.href).pathname === '"
                + path
                + "' && init.headers && init.headers.Authorization) {"
                + "     spoiled = true;"
                + "     init = {...init, headers: {...init.headers, Authorization: 'Bearer x.y.z'}};"
                + "   }"
                + "   return send(url, init); }; }"));
  }

  private static JsonNode json(String text) {
    try {
      return JSON.readTree(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    driver.quit();
  }
}
