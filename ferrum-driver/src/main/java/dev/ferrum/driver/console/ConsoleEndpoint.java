package dev.ferrum.driver.console;

import java.util.Objects;

/**
 * Where a console proxy connects to reach an instance's console: Nova's {@code ConsoleSerial} and
 * {@code ConsoleVNC}.
 *
 * <p>It exists as a sealed pair so callers (the service's console API) can switch over the two
 * kinds exhaustively; neither carries credentials.
 */
public sealed interface ConsoleEndpoint {

  /**
   * The host to connect to.
   *
   * @return a host name or IP literal (IPv6 without brackets)
   */
  String host();

  /**
   * The TCP port to connect to.
   *
   * @return 1 to 65535
   */
  int port();

  /**
   * A raw TCP serial console (Ironic's {@code socat} console).
   *
   * @param host the host name or IP literal (IPv6 without brackets)
   * @param port the TCP port
   */
  record Serial(String host, int port) implements ConsoleEndpoint {
    /** Validates the inputs. */
    public Serial {
      checked(host, port);
    }
  }

  /**
   * A VNC server (Ironic's graphical console), to be proxied by noVNC.
   *
   * @param host the host name or IP literal
   * @param port the TCP port
   */
  record Vnc(String host, int port) implements ConsoleEndpoint {
    /** Validates the inputs. */
    public Vnc {
      checked(host, port);
    }
  }

  private static void checked(String host, int port) {
    Objects.requireNonNull(host, "host");
    if (host.isEmpty() || port < 1 || port > 65535) {
      throw new IllegalArgumentException("invalid console endpoint " + host + ":" + port);
    }
  }
}
