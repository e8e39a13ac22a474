package dev.ferrum.driver.configdrive;

import java.util.Objects;

/**
 * A public key given to the instance, as the metadata {@code keys} list and {@code public_keys} map
 * expose it. Public keys are not secret; the record exists so callers need no Nova key-pair object.
 *
 * @param name the key pair's name
 * @param type the key type ({@code ssh} or {@code x509})
 * @param data the public key text
 */
public record KeyPair(String name, String type, String data) {

  /** Validates the components. */
  public KeyPair {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(data, "data");
  }
}
