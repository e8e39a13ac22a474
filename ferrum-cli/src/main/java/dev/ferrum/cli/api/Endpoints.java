package dev.ferrum.cli.api;

import java.net.URI;
import java.util.Objects;

/**
 * Where the compute and image APIs live. They are separate because clouds.yaml may override the
 * image endpoint, while a bare {@code --url} puts both under one host.
 *
 * @param compute the Nova root including the version, e.g. {@code http://h:8774/v2.1}
 * @param image the Glance root including the version, e.g. {@code http://h:8774/image/v2}
 */
public record Endpoints(URI compute, URI image) {

  /** Checks for nulls and strips trailing slashes. */
  public Endpoints {
    compute = trim(Objects.requireNonNull(compute, "compute"));
    image = trim(Objects.requireNonNull(image, "image"));
  }

  /**
   * The endpoints of a Ferrum service at {@code base}: compute under {@code /v2.1}, images under
   * {@code /image/v2}. A base that already ends in {@code /v2.1} is taken as the compute root and
   * images are reached under it ({@code /v2.1/images}), as the OpenStack client does.
   */
  public static Endpoints ofService(URI base) {
    URI b = trim(Objects.requireNonNull(base, "base"));
    String s = b.toString();
    if (s.endsWith("/v2.1")) {
      return new Endpoints(b, b);
    }
    return new Endpoints(URI.create(s + "/v2.1"), URI.create(s + "/image/v2"));
  }

  private static URI trim(URI u) {
    String s = u.toString();
    while (s.endsWith("/")) {
      s = s.substring(0, s.length() - 1);
    }
    return URI.create(s);
  }
}
