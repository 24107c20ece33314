package io.synq.dashboard;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The dashboard's files and how a server answers for each path under where it is mounted ({@link
 * #MOUNT}): the files under {@code assets/} as they are, and every other path that looks like a
 * page of the application (such as {@code settings/organization/api-credentials}) with the
 * application's one page, which then shows the view that path names. Anything else is unknown.
 *
 * <p>Every answer carries {@link #SECURITY_HEADERS}. The page may come to hold a token, so it is
 * never cached; the assets hold none.
 */
public final class Dashboard {
  /** Where the page expects to be served: its scripts and the API calls are relative to it. */
  public static final String MOUNT = "/dashboard/";

  /** What every dashboard response carries. No inline script, no other origin, no framing. */
  public static final Map<String, String> SECURITY_HEADERS =
      Map.of(
          "Content-Security-Policy",
          "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
              + " connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
          "X-Content-Type-Options",
          "nosniff",
          "Referrer-Policy",
          "no-referrer");

  private static final String FILES = "io/synq/dashboard/files/";
  private static final String PAGE = "index.html";

  /** Lower-case names only, so that no path can climb out of the files or name a hidden one. */
  private static final Pattern ASSET =
      Pattern.compile("assets/[a-z0-9-]+(/[a-z0-9-]+)*\\.(js|css|svg|png|ico)");

  private static final Pattern VIEW = Pattern.compile("([a-z0-9-]+(/[a-z0-9-]+)*/?)?");

  private static final Map<String, String> TYPES =
      Map.of(
          "html", "text/html; charset=utf-8",
          "js", "text/javascript; charset=utf-8",
          "css", "text/css; charset=utf-8",
          "svg", "image/svg+xml",
          "png", "image/png",
          "ico", "image/x-icon");

  private static final String PAGE_CACHING = "no-store";
  private static final String ASSET_CACHING = "public, max-age=300";

  /** Only files that exist: a request for a missing one must not grow this. */
  private final Map<String, DashboardFile> loaded = new ConcurrentHashMap<>();

  /**
   * @param path the request's path below {@link #MOUNT}, without a leading slash ({@code ""} for
   *     the mount itself)
   * @return what to answer with, or empty for a 404
   */
  public Optional<DashboardFile> answer(String path) {
    if (ASSET.matcher(path).matches()) {
      return load(path, ASSET_CACHING);
    }
    if (VIEW.matcher(path).matches()) {
      return load(PAGE, PAGE_CACHING);
    }
    return Optional.empty();
  }

  private Optional<DashboardFile> load(String name, String caching) {
    DashboardFile file = loaded.get(name);
    if (file != null) {
      return Optional.of(file);
    }
    Optional<DashboardFile> read = read(name, caching);
    read.ifPresent(found -> loaded.put(name, found));
    return read;
  }

  private static Optional<DashboardFile> read(String name, String caching) {
    try (InputStream in = Dashboard.class.getClassLoader().getResourceAsStream(FILES + name)) {
      if (in == null) {
        return Optional.empty();
      }
      String extension = name.substring(name.lastIndexOf('.') + 1);
      return Optional.of(new DashboardFile(in.readAllBytes(), TYPES.get(extension), caching));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the dashboard's " + name, e);
    }
  }
}
