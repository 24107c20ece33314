package io.synq.dashboard;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DashboardTest {
  private final Dashboard dashboard = new Dashboard();

  @ParameterizedTest
  @ValueSource(
      strings = {"", "products", "settings/organization/api-credentials", "members/", "sign-in"})
  void every_view_of_the_application_is_its_one_page_never_cached(String path) {
    DashboardFile page = dashboard.answer(path).orElseThrow();

    assertThat(page.contentType()).isEqualTo("text/html; charset=utf-8");
    assertThat(page.cacheControl()).isEqualTo("no-store");
    assertThat(new String(page.content(), UTF_8))
        .contains("<script type=\"module\" src=\"/dashboard/assets/app.js\"></script>");
  }

  @ParameterizedTest
  @ValueSource(strings = {"assets/app.js", "assets/style.css"})
  void the_assets_are_served_as_they_are_and_may_be_cached(String path) {
    DashboardFile asset = dashboard.answer(path).orElseThrow();

    assertThat(asset.contentType()).endsWith("; charset=utf-8");
    assertThat(asset.cacheControl()).isEqualTo("public, max-age=300");
    assertThat(asset.content()).isNotEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "assets/missing.js",
        "assets/../index.html",
        "../../io/synq/dashboard/Dashboard.class",
        "assets/App.js",
        "index.html",
        "assets/app.js.map",
        "settings//organization",
        "/products",
        "products?x=1",
        "assets/.hidden.js",
        "assets\\app.js"
      })
  void anything_else_is_unknown(String path) {
    assertThat(dashboard.answer(path)).isEmpty();
  }

  @Test
  void every_answer_carries_a_strict_content_security_policy_and_no_referrer() {
    assertThat(Dashboard.SECURITY_HEADERS)
        .containsEntry("X-Content-Type-Options", "nosniff")
        .containsEntry("Referrer-Policy", "no-referrer");
    assertThat(Dashboard.SECURITY_HEADERS.get("Content-Security-Policy"))
        .contains("default-src 'self'", "script-src 'self'", "frame-ancestors 'none'")
        .doesNotContain("unsafe-inline");
  }
}
