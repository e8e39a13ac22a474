package dev.ferrum.ironic.client.internal;

import java.net.http.HttpHeaders;

/**
 * One HTTP answer.
 *
 * @param status the HTTP status
 * @param body the body text, possibly empty
 * @param headers the response headers
 */
public record ApiResponse(int status, String body, HttpHeaders headers) {

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
