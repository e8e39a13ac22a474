package dev.ferrum.ironic.client.internal;

import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;

/**
 * One HTTP answer. The body is kept as the bytes received: Jackson reads UTF-8 bytes directly, so a
 * 1,000-node page is never decoded into a {@code String} first.
 *
 * @param status the HTTP status
 * @param bytes the body as received (UTF-8), possibly empty
 * @param headers the response headers
 */
public record ApiResponse(int status, byte[] bytes, HttpHeaders headers) {

  /**
   * An answer with a text body.
   *
   * @param status the HTTP status
   * @param body the body text
   * @param headers the response headers
   */
  public ApiResponse(int status, String body, HttpHeaders headers) {
    this(status, body.getBytes(StandardCharsets.UTF_8), headers);
  }

  /** The body as text, decoded from UTF-8. */
  public String body() {
    return new String(bytes, StandardCharsets.UTF_8);
  }

  /** The request id Ironic attached, or {@code null}. */
  public String requestId() {
    return headers
        .firstValue("Openstack-Request-Id")
        .or(() -> headers.firstValue("X-Openstack-Request-Id"))
        .orElse(null);
  }

  /** {@code true} for 2xx. */
  public boolean success() {
    return status >= 200 && status < 300;
  }
}
