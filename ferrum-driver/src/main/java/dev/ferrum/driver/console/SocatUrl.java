package dev.ferrum.driver.console;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Parses the {@code console_info.url} of a {@code socat} console ({@code tcp://host:port}) the way
 * Nova does: scheme, host and a valid port must all be present, the scheme must be {@code tcp}, and
 * an IPv6 literal loses its brackets.
 */
final class SocatUrl {

  private static final Logger LOG = LoggerFactory.getLogger(SocatUrl.class);

  private SocatUrl() {}

  static ConsoleEndpoint.Serial parse(String url, String nodeUuid) {
    URI uri;
    try {
      uri = new URI(url);
    } catch (URISyntaxException e) {
      throw invalid(url, nodeUuid, e);
    }
    String scheme = uri.getScheme();
    String host = uri.getHost();
    int port = uri.getPort();
    if (scheme == null || host == null || host.isEmpty() || port < 1 || port > 65535) {
      throw invalid(url, nodeUuid, null);
    }
    if (!"tcp".equals(scheme.toLowerCase(Locale.ROOT))) {
      LOG.warn(
          "Socat serial console only supports \"tcp\"; this URL of node {} is \"{}\"",
          nodeUuid,
          url);
      throw new ConsoleTypeUnavailableException("serial", null);
    }
    if (host.startsWith("[") && host.endsWith("]")) {
      host = host.substring(1, host.length() - 1);
    }
    return new ConsoleEndpoint.Serial(host, port);
  }

  private static ConsoleTypeUnavailableException invalid(
      String url, String nodeUuid, Throwable cause) {
    LOG.error("Invalid Socat console URL \"{}\" (node {})", url, nodeUuid);
    return new ConsoleTypeUnavailableException("serial", cause);
  }
}
