package io.synq.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The dashboard in headless Chromium against the packaged server ({@code java -jar synq-server.jar
 * --demo}, as the README's quick start runs it) on a random port with a fresh database. Each test
 * has a fresh browser; after each, no request of the page went to another origin.
 */
@Tag("browser")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardBrowserIT {
  private static final Pattern DEMO_PASSWORD = Pattern.compile("password: +(\\S+)");
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path SCREENSHOTS = Path.of(System.getProperty("synq.screenshots.dir"));

  private Path directory;

  private PackagedJar jar;
  private URI base;
  private String adminPassword;
  private final HttpClient http = HttpClient.newHttpClient();
  private HeadlessChromium chromium;
  private WebDriver browser;

  /** The one origin the page may send requests to. */
  private URI pageOrigin;

  @BeforeAll
  void startTheDemo(@TempDir Path directory) throws Exception {
    this.directory = directory;
    jar = new PackagedJar(directory, Map.of("SYNQ_HTTP_PORT", "0"));
    PackagedJar.Server server = jar.start("--demo");
    base = server.base();
    Matcher password = DEMO_PASSWORD.matcher(server.log());
    assertThat(password.find()).as(server.log()).isTrue();
    adminPassword = password.group(1);
  }

  @AfterAll
  void stopTheServer() throws InterruptedException {
    jar.close();
  }

  @BeforeEach
  void freshBrowser(TestInfo test) throws Exception {
    pageOrigin = base;
    chromium = startBrowser(test, 1280, 900);
  }

  private HeadlessChromium startBrowser(TestInfo test, int width, int height) throws Exception {
    HeadlessChromium started =
        HeadlessChromium.start(
            directory.resolve("chromium-" + test.getTestMethod().orElseThrow().getName()),
            width,
            height);
    started.allowClipboard(base);
    browser = started.driver();
    return started;
  }

  @AfterEach
  void noRequestLeftThisOrigin() {
    try {
      // chrome:// and data: are the browser's own, before and beside the page: not the network
      List<URI> requests =
          chromium.requests().stream()
              .filter(
                  request -> List.of("http", "https", "ws", "wss").contains(request.getScheme()))
              .toList();
      assertThat(requests).isNotEmpty();
      assertThat(requests)
          .allSatisfy(
              request ->
                  assertThat(request.getScheme() + "://" + request.getAuthority())
                      .isEqualTo(pageOrigin.toString()));
    } finally {
      chromium.close();
    }
  }

  // --- sign in -----------------------------------------------------------------------------

  @Test
  void the_root_leads_to_the_sign_in_form_served_with_the_security_headers() throws Exception {
    open("/");

    assertThat(field("Email").getAttribute("type")).isEqualTo("email");
    assertThat(field("Password").getAttribute("type")).isEqualTo("password");
    assertThat(browser.getCurrentUrl()).isEqualTo(base + "/dashboard/");
    screenshot("sign-in");

    for (String path : List.of("/dashboard/", "/dashboard/assets/app.js")) {
      HttpResponse<String> response = get(path, null);
      assertThat(response.headers().firstValue("Content-Security-Policy").orElseThrow())
          .contains("default-src 'self'", "script-src 'self'", "frame-ancestors 'none'")
          .doesNotContain("unsafe-inline");
      assertThat(response.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
      assertThat(response.headers().firstValue("Referrer-Policy")).contains("no-referrer");
    }
    assertThat(get("/dashboard/", null).headers().firstValue("Cache-Control")).contains("no-store");
    assertThat(get("/dashboard/assets/app.js", null).headers().firstValue("Cache-Control"))
        .contains("public, max-age=300");
  }

  @Test
  void a_wrong_password_shows_the_apis_message_and_keeps_the_email() {
    open("/");
    signIn(DemoData.EMAIL, "not the password at all");

    assertThat(alert().getText()).isEqualTo("Unauthorized: Invalid email or password");
    assertThat(field("Email").getAttribute("value")).isEqualTo(DemoData.EMAIL);
    assertThat(field("Password").getAttribute("value")).isEmpty();
  }

  @Test
  void the_right_password_lands_on_products_with_the_organization_in_the_top_bar() {
    open("/");
    signIn(DemoData.EMAIL, adminPassword);

    awaitHeading("Products");
    assertThat(browser.getCurrentUrl()).isEqualTo(base + "/dashboard/products");
    WebElement topBar = browser.findElement(By.cssSelector("header"));
    assertThat(topBar.getText()).contains("demo / demo-org", DemoData.EMAIL);
    assertThat(navigation()).containsExactly("Products", "Members", "Settings");
    assertThat(table()).anySatisfy(row -> assertThat(row).contains("MUG-01", "8.50 EUR"));
  }

  @Test
  void a_throttled_sign_in_says_when_to_try_again() throws Exception {
    String email = "tried-too-often@demo.synq.test";
    createUser(email, "the right long password", "viewer");
    for (int failure = 0; failure < 5; failure++) {
      assertThat(signInStatus(email, "a wrong long password")).isEqualTo(401);
    }
    assertThat(signInStatus(email, "a wrong long password")).isEqualTo(429);
    open("/");

    signIn(email, "the right long password");

    assertThat(alert().getText())
        .matches(
            "Too Many Requests: Too many failed sign-in attempts; try again later \\(in 1[45]"
                + " min\\)");
  }

  @Test
  void the_keyboard_alone_signs_in_and_reaches_the_settings() {
    open("/");
    field("Email"); // the form is there, with the email field focused
    new Actions(browser)
        .sendKeys(DemoData.EMAIL)
        .sendKeys(Keys.TAB)
        .sendKeys(adminPassword)
        .sendKeys(Keys.ENTER)
        .perform();
    awaitHeading("Products");

    WebElement settings = link("Settings");
    ((JavascriptExecutor) browser).executeScript("arguments[0].focus()", settings);
    new Actions(browser).sendKeys(Keys.ENTER).perform();
    awaitHeading("Settings");
  }

  @Test
  void a_deep_link_opened_signed_out_lands_where_it_pointed_after_sign_in() {
    open("/dashboard/settings/organization/api-credentials");
    signIn(DemoData.EMAIL, adminPassword);

    awaitHeading("API Credentials");
    assertThat(browser.getCurrentUrl())
        .isEqualTo(base + "/dashboard/settings/organization/api-credentials");
  }

  @Test
  void a_reload_keeps_the_session_through_the_cookie_alone() {
    open("/");
    signIn(DemoData.EMAIL, adminPassword);
    awaitHeading("Products");
    assertThat(browser.manage().getCookies()).isEmpty(); // nothing the page's paths can see

    browser.navigate().refresh();

    awaitHeading("Products");
    assertThat(browser.findElement(By.cssSelector("header")).getText()).contains(DemoData.EMAIL);
  }

  // --- API Credentials ---------------------------------------------------------------------

  @Test
  void api_credentials_by_clicking_reveal_and_copy_a_token_that_works() throws Exception {
    open("/");
    signIn(DemoData.EMAIL, adminPassword);
    awaitHeading("Products");
    link("Settings").click();
    awaitHeading("Settings");
    link("Organization").click();
    awaitHeading("Organization");
    link("API Credentials").click();
    awaitHeading("API Credentials");

    assertThat(browser.findElement(By.cssSelector("nav[aria-label=Breadcrumb]")).getText())
        .isEqualTo("Settings / Organization / API Credentials");
    assertThat(definitions())
        .containsEntry("Tenant ID", "demo")
        .containsEntry("Organization ID", "demo-org")
        .containsEntry("Role", "admin");
    WebElement token = field("ID token");
    assertThat(token.getAttribute("type")).isEqualTo("password");
    assertThat(token.getAttribute("readonly")).isNotNull();
    assertThat(text(".expiry")).matches("Expires at .+\\. Expires in 59 min\\.");
    assertThat(text(".snippet:nth-of-type(1) pre"))
        .isEqualTo("export SYNQ_TOKEN=" + "•".repeat(24));
    screenshot("api-credentials");

    button("Reveal").click();
    assertThat(token.getAttribute("type")).isEqualTo("text");
    String idToken = token.getAttribute("value");
    tokenSection().findElement(By.xpath(".//button[normalize-space()='Copy']")).click();
    await().until(d -> tokenSection().getText().contains("Copied"));
    assertThat(clipboard()).isEqualTo(idToken);

    assertThat(get("/api/v1/products", idToken).statusCode()).isEqualTo(200);
    assertThat(text(".snippet:nth-of-type(1) pre")).isEqualTo("export SYNQ_TOKEN=" + idToken);
    assertThat(text(".snippet:nth-of-type(2) pre"))
        .isEqualTo(
            "curl -X GET \""
                + base
                + "/api/v1/products\" -H \"Authorization: Bearer $SYNQ_TOKEN\""
                + " -H \"Content-Type: application/json\"");
    button("Copy curl command").click();
    await().until(d -> button("Copy curl command").getText().equals("Copied"));
    assertThat(clipboard()).startsWith("curl -X GET \"" + base + "/api/v1/products\"");
  }

  @Test
  void get_a_new_token_shows_it_and_says_the_old_one_stays_valid() throws Exception {
    openSignedIn("/dashboard/settings/organization/api-credentials");
    String before = field("ID token").getAttribute("value");

    button("Get a new token").click();

    await().until(d -> !field("ID token").getAttribute("value").equals(before));
    assertThat(text("[role=status]"))
        .startsWith("New token issued. The previous one stays valid until its own expiry");
    assertThat(get("/api/v1/products", before).statusCode()).isEqualTo(200);
    assertThat(get("/api/v1/products", field("ID token").getAttribute("value")).statusCode())
        .isEqualTo(200);
  }

  @Test
  void the_last_five_minutes_are_a_warning_and_an_expired_token_says_so() throws Exception {
    chromium.shiftPageClock(Duration.ofMinutes(56));
    openSignedIn("/dashboard/settings/organization/api-credentials");

    WebElement expiry = browser.findElement(By.cssSelector(".expiry"));
    assertThat(expiry.getAttribute("class")).contains("warning");
    assertThat(expiry.getText())
        .matches("Expires at .+\\. Expires in [34] min: get a new token soon\\.");

    chromium.close();
    chromium = startBrowserForExpiry();
    openSignedIn("/dashboard/settings/organization/api-credentials");
    expiry = browser.findElement(By.cssSelector(".expiry"));
    assertThat(expiry.getAttribute("class")).contains("expired");
    assertThat(expiry.getText())
        .matches("This token expired at .+ and no longer works\\. Get a new token\\.");
    assertThat(field("ID token").getAttribute("aria-invalid")).isEqualTo("true");
  }

  private HeadlessChromium startBrowserForExpiry() throws Exception {
    HeadlessChromium later =
        HeadlessChromium.start(directory.resolve("chromium-expired"), 1280, 900);
    later.allowClipboard(base);
    later.shiftPageClock(Duration.ofMinutes(61));
    browser = later.driver();
    return later;
  }

  @Test
  void an_open_page_gets_a_new_token_a_minute_before_exp() {
    chromium.shiftPageClock(Duration.ofMinutes(59)); // a minute left, as the page sees it
    openSignedIn("/dashboard/settings/organization/api-credentials");
    String first = field("ID token").getAttribute("value");

    new WebDriverWait(browser, Duration.ofSeconds(30))
        .until(d -> !field("ID token").getAttribute("value").equals(first));

    assertThat(chromium.requests().stream().map(URI::getPath)).contains("/api/v1/auth/refresh");
  }

  // --- session handling ----------------------------------------------------------------------

  @Test
  void the_refresh_token_is_an_http_only_strict_cookie_for_the_auth_paths_only() {
    openSignedIn("/dashboard/products");

    JsonNode cookie = chromium.cookie("synq_refresh").orElseThrow();
    assertThat(cookie.path("httpOnly").asBoolean()).isTrue();
    assertThat(cookie.path("sameSite").asText()).isEqualTo("Strict");
    assertThat(cookie.path("path").asText()).isEqualTo("/api/v1/auth");
    assertThat(cookie.path("session").asBoolean()).isTrue();
    assertThat(cookie.path("secure").asBoolean()).isFalse(); // served over http here
    assertThat(
            ((JavascriptExecutor) browser)
                .executeScript(
                    "return [document.cookie, JSON.stringify(localStorage),"
                        + " JSON.stringify(sessionStorage)].join(' ')"))
        .asString()
        .doesNotContain(cookie.path("value").asText())
        .doesNotContain("eyJ"); // no token in any storage a script could read
  }

  @Test
  void a_401_refreshes_once_and_retries_once() {
    chromium.refuseTheFirstTokenSentTo("/api/v1/products");
    openSignedIn("/dashboard/products");

    assertThat(table()).anySatisfy(row -> assertThat(row).contains("MUG-01"));
    assertThat(chromium.requests().stream().map(URI::getPath))
        .containsSubsequence("/api/v1/products", "/api/v1/auth/refresh", "/api/v1/products");
  }

  @Test
  void a_refused_refresh_returns_to_sign_in_with_a_message() throws Exception {
    openSignedIn("/dashboard/settings/organization/api-credentials");
    String refreshToken = chromium.cookie("synq_refresh").orElseThrow().path("value").asText();
    assertThat(post("/api/v1/auth/logout", "{\"refresh_token\": \"" + refreshToken + "\"}"))
        .isEqualTo(204); // the session ends elsewhere

    button("Get a new token").click();

    assertThat(alert().getText())
        .startsWith("Your session has ended (Unauthorized: ")
        .endsWith("). Sign in again.");
    assertThat(field("Email").isDisplayed()).isTrue();
    signIn(DemoData.EMAIL, adminPassword);
    awaitHeading("API Credentials"); // back where the person was
  }

  @Test
  void sign_out_ends_the_session_and_its_cookie_no_longer_refreshes() throws Exception {
    openSignedIn("/dashboard/products");
    String refreshToken = chromium.cookie("synq_refresh").orElseThrow().path("value").asText();

    button("Sign out").click();

    assertThat(field("Email").getAttribute("value")).isEmpty();
    assertThat(browser.getCurrentUrl()).isEqualTo(base + "/dashboard/");
    assertThat(chromium.cookie("synq_refresh")).isEmpty();
    assertThat(post("/api/v1/auth/refresh", "{\"refresh_token\": \"" + refreshToken + "\"}"))
        .isEqualTo(401);
  }

  // --- members and products ----------------------------------------------------------------

  @Test
  void an_admin_adds_an_editor_who_sees_no_members_and_no_delete() throws Exception {
    openSignedIn("/dashboard/members");
    WebElement form = browser.findElement(By.xpath("//form[h2='Add a member']"));
    form.findElement(By.xpath(".//label[normalize-space(text())='Email']//input"))
        .sendKeys("eve@demo.synq.test");
    form.findElement(By.xpath(".//label[normalize-space(text())='Password']//input"))
        .sendKeys("eve's long password");
    new Select(form.findElement(By.xpath(".//label[normalize-space(text())='Role']//select")))
        .selectByValue("editor");
    button("Add member").click();
    await().until(d -> row("eve@demo.synq.test").isPresent());
    assertThat(row("eve@demo.synq.test").orElseThrow()).contains("Active");

    // the same email again: the API's message
    form.findElement(By.xpath(".//label[normalize-space(text())='Email']//input"))
        .sendKeys("eve@demo.synq.test");
    form.findElement(By.xpath(".//label[normalize-space(text())='Password']//input"))
        .sendKeys("another long password");
    button("Add member").click();
    assertThat(alert(form).getText()).isEqualTo("Conflict: the email is already in use");

    button("Sign out").click();
    signIn("eve@demo.synq.test", "eve's long password");
    awaitHeading("Products");
    assertThat(navigation()).containsExactly("Products", "Settings");
    assertThat(browser.findElements(By.xpath("//button[normalize-space()='Delete']"))).isEmpty();
    assertThat(browser.findElements(By.xpath("//button[normalize-space()='Edit']"))).isNotEmpty();
    assertThat(browser.findElements(By.xpath("//button[normalize-space()='New product']")))
        .hasSize(1);
  }

  @Test
  void an_admin_changes_a_role_and_disables_and_enables_a_member() throws Exception {
    String email = "vic@demo.synq.test";
    createUser(email, "vic's long password", "viewer");
    openSignedIn("/dashboard/members");
    await().until(d -> row(email).isPresent());

    new Select(browser.findElement(By.cssSelector("select[aria-label='Role of " + email + "']")))
        .selectByValue("editor");
    button("Save role of " + email).click();
    await().until(d -> row(email).orElseThrow().contains("editor") && isSelected(email, "editor"));

    button("Disable " + email).click();
    await().until(d -> row(email).orElseThrow().contains("Disabled"));
    assertThat(signInStatus(email, "vic's long password")).isEqualTo(401);

    button("Enable " + email).click();
    await().until(d -> row(email).orElseThrow().contains("Active"));
    assertThat(signInStatus(email, "vic's long password")).isEqualTo(200);
  }

  @Test
  void products_are_created_edited_refused_when_stale_reloaded_and_deleted() throws Exception {
    openSignedIn("/dashboard/products");

    button("New product").click();
    fillProduct("HAT-01", "Hat", "Wool", "12.00", "eur");
    button("Save").click();
    await().until(d -> rowOfSku("HAT-01").contains("12.00 EUR"));

    button("New product").click();
    fillProduct("BAD-01", "Bad", "", "a lot", "EUR");
    button("Save").click();
    assertThat(alert(browser.findElement(By.cssSelector(".panel form"))).getText())
        .startsWith("Bad Request: ");
    button("Cancel").click();

    button("Edit HAT-01").click();
    replace(field("Name"), "Woollen hat");
    button("Save").click();
    await().until(d -> rowOfSku("HAT-01").contains("Woollen hat"));

    button("Edit HAT-01").click();
    replace(field("Name"), "Typed in the page");
    renameBehindThePagesBack("HAT-01", "Renamed elsewhere");
    button("Save").click();
    assertThat(alert(browser.findElement(By.cssSelector(".panel form"))).getText())
        .startsWith("Precondition Failed: ")
        .endsWith("Someone changed this product since you opened it.");
    button("Reload").click();
    await().until(d -> field("Name").getAttribute("value").equals("Renamed elsewhere"));
    replace(field("Name"), "Typed again");
    button("Save").click();
    await().until(d -> rowOfSku("HAT-01").contains("Typed again"));

    button("Delete HAT-01").click();
    button("Delete product").click();
    await().until(d -> table().stream().noneMatch(row -> row.contains("HAT-01")));
  }

  @Test
  void products_page_along_the_cursor() throws Exception {
    for (int i = 0; i < 12; i++) {
      createProduct(String.format("PAGE-%02d", i));
    }
    int total = productCount();
    openSignedIn("/dashboard/products");
    await().until(d -> table().size() == 10);
    assertThat(browser.findElement(By.xpath("//button[.='Previous']")).isEnabled()).isFalse();
    List<String> first = table();

    button("Next").click();
    await().until(d -> !table().equals(first));
    assertThat(text(".pager")).contains("Page 2");
    assertThat(table()).hasSize(Math.min(10, total - 10)).doesNotContainAnyElementsOf(first);

    button("Previous").click();
    await().until(d -> table().equals(first));
  }

  // --- external issuer and narrow screens --------------------------------------------------

  @Test
  void with_an_external_issuer_the_page_is_the_token_inspector() throws Exception {
    try (TestIssuer issuer = new TestIssuer();
        PackagedJar external =
            new PackagedJar(
                Files.createDirectories(directory.resolve("external")),
                Map.of(
                    "SYNQ_HTTP_PORT",
                    "0",
                    "SYNQ_AUTH_JWKS_URI",
                    issuer.jwksUri().toString(),
                    "SYNQ_AUTH_ISSUER",
                    TestIssuer.ISSUER,
                    "SYNQ_AUTH_AUDIENCE",
                    TestIssuer.AUDIENCE))) {
      URI externalBase = external.start().base();
      String token =
          issuer.sign(
              TestIssuer.claims(
                  "user-7", Map.of("tenantid", "acme", "org_id", "sales", "role", "editor")));
      pageOrigin = externalBase;
      browser.get(externalBase + "/");

      awaitHeading("Token inspector");
      assertThat(browser.findElements(By.cssSelector("input[type=password]"))).isEmpty();
      inspect(token);
      WebElement verdict = await().until(d -> d.findElement(By.cssSelector(".verdict dl")));
      assertThat(verdict.getText())
          .contains("user-7", "acme", "sales", "editor", TestIssuer.ISSUER);
      assertThat(text("pre[aria-label=Claims]")).contains("\"tenantid\": \"acme\"");
      assertThat(text("pre[aria-label=Header]")).contains("\"kid\": \"e2e-key\"");
      assertThat(text(".token-expiry")).contains("Expires in 29 min");

      inspect("not.a-token");
      await().until(d -> text(".verdict").contains("Refused (401)"));
      assertThat(alert().getText()).startsWith("Cannot decode this token: ");
      assertThat(text(".verdict"))
          .contains("Refused (401): Unauthorized: Missing or invalid Authorization header");
    }
  }

  @Test
  void on_a_phone_nothing_is_cut_off_or_scrolled_sideways() throws Exception {
    chromium.emulatePhone(390, 844);
    openSignedIn("/dashboard/settings/organization/api-credentials");
    assertThat(outsideTheWindow()).isEmpty();
    link("Products").click();
    awaitHeading("Products");
    await().until(d -> !table().isEmpty());
    assertThat(outsideTheWindow()).isEmpty();
    screenshot("products-phone");
    link("Members").click();
    awaitHeading("Members");
    await().until(d -> !table().isEmpty());
    assertThat(outsideTheWindow()).isEmpty();
  }

  // --- helpers -------------------------------------------------------------------------------

  private void open(String path) {
    browser.get(base + path);
  }

  private void openSignedIn(String path) {
    open(path);
    signIn(DemoData.EMAIL, adminPassword);
    await().until(d -> !d.findElements(By.cssSelector("header nav")).isEmpty());
    await().until(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));
  }

  private void signIn(String email, String password) {
    field("Email").sendKeys(email);
    field("Password").sendKeys(password);
    button("Sign in").click();
  }

  private WebDriverWait await() {
    return (WebDriverWait)
        new WebDriverWait(browser, Duration.ofSeconds(10))
            .ignoring(StaleElementReferenceException.class); // the page re-renders what it shows
  }

  /** The control a label names with its own text, as a screen reader announces it. */
  private WebElement field(String label) {
    return await()
        .until(
            ExpectedConditions.visibilityOfElementLocated(
                By.xpath(
                    "//label[normalize-space(text())='"
                        + label
                        + "']//*[self::input or self::textarea]")));
  }

  private WebElement button(String name) {
    return await()
        .until(
            ExpectedConditions.elementToBeClickable(
                By.xpath(
                    "//button[normalize-space()='" + name + "' or @aria-label='" + name + "']")));
  }

  private WebElement link(String name) {
    return await()
        .until(
            ExpectedConditions.elementToBeClickable(
                By.xpath("//a[normalize-space()='" + name + "']")));
  }

  private WebElement alert() {
    return await()
        .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[role=alert]")));
  }

  private WebElement alert(WebElement within) {
    return await()
        .until(
            d -> {
              WebElement alert = within.findElement(By.cssSelector("[role=alert]"));
              return alert.getText().isEmpty() ? null : alert;
            });
  }

  private void awaitHeading(String heading) {
    await().until(ExpectedConditions.textToBe(By.tagName("h1"), heading));
  }

  private String text(String css) {
    return browser.findElement(By.cssSelector(css)).getText();
  }

  private List<String> navigation() {
    return browser.findElements(By.cssSelector("nav[aria-label=Main] a")).stream()
        .map(WebElement::getText)
        .toList();
  }

  private List<String> table() {
    return browser.findElements(By.cssSelector("tbody tr")).stream()
        .map(WebElement::getText)
        .toList();
  }

  private java.util.Optional<String> row(String email) {
    return browser.findElements(By.cssSelector("tr[data-email='" + email + "']")).stream()
        .map(WebElement::getText)
        .findFirst();
  }

  private boolean isSelected(String email, String role) {
    return new Select(
            browser.findElement(By.cssSelector("select[aria-label='Role of " + email + "']")))
        .getFirstSelectedOption()
        .getAttribute("value")
        .equals(role);
  }

  private String rowOfSku(String sku) {
    return browser.findElements(By.cssSelector("tr[data-sku='" + sku + "']")).stream()
        .map(WebElement::getText)
        .findFirst()
        .orElse("");
  }

  private Map<String, String> definitions() {
    List<WebElement> terms = browser.findElements(By.cssSelector("dl.claims dt"));
    List<WebElement> values = browser.findElements(By.cssSelector("dl.claims dd"));
    Map<String, String> definitions = new java.util.LinkedHashMap<>();
    for (int i = 0; i < terms.size(); i++) {
      definitions.put(terms.get(i).getText(), values.get(i).getText());
    }
    return definitions;
  }

  private WebElement tokenSection() {
    return browser.findElement(By.xpath("//section[h2='Your ID token']"));
  }

  private String clipboard() {
    return (String)
        ((JavascriptExecutor) browser)
            .executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                    + "navigator.clipboard.readText().then(done, e => done('not readable: ' + e));");
  }

  private void fillProduct(
      String sku, String name, String description, String price, String currency) {
    field("SKU").sendKeys(sku);
    field("Name").sendKeys(name);
    field("Description").sendKeys(description);
    field("Price").sendKeys(price);
    field("Currency").sendKeys(currency);
  }

  private static void replace(WebElement input, String text) {
    input.sendKeys(Keys.chord(Keys.CONTROL, "a"), text);
  }

  private void inspect(String token) {
    WebElement input = field("Token to inspect");
    input.clear();
    input.sendKeys(token);
    button("Inspect").click();
  }

  /** What sticks out of the window: the page's own width, or buttons cut off or scrolled away. */
  @SuppressWarnings("unchecked")
  private List<String> outsideTheWindow() {
    return (List<String>)
        ((JavascriptExecutor) browser)
            .executeScript(
                "const out = [...document.querySelectorAll('button')]"
                    + "  .filter(b => b.getBoundingClientRect().right > window.innerWidth)"
                    + "  .map(b => 'button ' + b.textContent);"
                    + "if (document.documentElement.scrollWidth > window.innerWidth) {"
                    + "  out.push('page ' + document.documentElement.scrollWidth); }"
                    + "return out;");
  }

  private void screenshot(String name) throws Exception {
    Files.createDirectories(SCREENSHOTS);
    byte[] png = chromium.driver().getScreenshotAs(OutputType.BYTES);
    Files.write(SCREENSHOTS.resolve(name + ".png"), png);
  }

  // --- the same server, from the test's side -------------------------------------------------

  private String adminToken() throws Exception {
    HttpResponse<String> response =
        http.send(
            jsonPost(
                "/api/v1/auth/login",
                "{\"email\": \"" + DemoData.EMAIL + "\", \"password\": \"" + adminPassword + "\"}"),
            HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return JSON.readTree(response.body()).path("id_token").asText();
  }

  private int signInStatus(String email, String password) throws Exception {
    return post(
        "/api/v1/auth/login", "{\"email\": \"" + email + "\", \"password\": \"" + password + "\"}");
  }

  private void createUser(String email, String password, String role) throws Exception {
    send(
        "POST",
        "/api/v1/users",
        "{\"email\": \""
            + email
            + "\", \"password\": \""
            + password
            + "\", \"role\": \""
            + role
            + "\"}",
        201);
  }

  private void createProduct(String sku) throws Exception {
    send(
        "POST",
        "/api/v1/products",
        "{\"sku\": \""
            + sku
            + "\", \"name\": \""
            + sku
            + "\", \"price\": {\"amount\": \"1.00\", \"currency\": \"EUR\"}}",
        201);
  }

  private int productCount() throws Exception {
    HttpResponse<String> response = get("/api/v1/products?limit=100", adminToken());
    return JSON.readTree(response.body()).path("items").size();
  }

  private void renameBehindThePagesBack(String sku, String name) throws Exception {
    String token = adminToken();
    HttpResponse<String> page = get("/api/v1/products?limit=100", token);
    for (JsonNode product : JSON.readTree(page.body()).path("items")) {
      if (product.path("sku").asText().equals(sku)) {
        HttpResponse<String> renamed =
            http.send(
                HttpRequest.newBuilder(
                        base.resolve("/api/v1/products/" + product.path("id").asText()))
                    .header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/json")
                    .PUT(
                        HttpRequest.BodyPublishers.ofString(
                            "{\"sku\": \""
                                + sku
                                + "\", \"name\": \""
                                + name
                                + "\", \"price\": "
                                + product.path("price")
                                + "}"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(renamed.statusCode()).as(renamed.body()).isEqualTo(200);
        return;
      }
    }
    throw new AssertionError("no product " + sku);
  }

  private void send(String method, String path, String body, int expectedStatus) throws Exception {
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(base.resolve(path))
                .header("Authorization", "Bearer " + adminToken())
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(expectedStatus);
  }

  private int post(String path, String body) throws Exception {
    return http.send(jsonPost(path, body), HttpResponse.BodyHandlers.discarding()).statusCode();
  }

  private HttpRequest jsonPost(String path, String body) {
    return HttpRequest.newBuilder(base.resolve(path))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body))
        .build();
  }

  private HttpResponse<String> get(String path, String bearer) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).GET();
    if (bearer != null) {
      request.header("Authorization", "Bearer " + bearer);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
