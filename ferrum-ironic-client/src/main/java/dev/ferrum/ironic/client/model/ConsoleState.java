package dev.ferrum.ironic.client.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.Map;
import java.util.Optional;

/**
 * The answer of {@code GET /v1/nodes/{id}/states/console}.
 *
 * <p>Exists because {@code console_info} is {@code null} when the console is off, an empty map for
 * the fake console, and {@code {"type","url"}} for real ones; the accessors hide that.
 *
 * @param consoleEnabled whether the console is enabled
 * @param consoleInfo the console's connection information, or {@code null}
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ConsoleState(boolean consoleEnabled, Map<String, Object> consoleInfo) {

  /** The console type, e.g. {@code socat} or {@code shellinabox}, if given. */
  public Optional<String> type() {
    return info("type");
  }

  /** The console URL, e.g. {@code tcp://host:port}, if given. */
  public Optional<String> url() {
    return info("url");
  }

  private Optional<String> info(String key) {
    if (consoleInfo == null || consoleInfo.get(key) == null) {
      return Optional.empty();
    }
    return Optional.of(String.valueOf(consoleInfo.get(key)));
  }
}
