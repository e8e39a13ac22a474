package dev.ferrum.cli.internal;

import java.util.Optional;

/**
 * The connection settings given on the command line; each is empty when not given.
 *
 * @param cloud {@code --os-cloud}
 * @param url {@code --url}
 * @param token {@code --token}
 * @param user {@code --user}
 * @param password {@code --password}
 */
public record ConnectionOptions(
    Optional<String> cloud,
    Optional<String> url,
    Optional<String> token,
    Optional<String> user,
    Optional<String> password) {

  /** Nothing given. */
  public static ConnectionOptions none() {
    return new ConnectionOptions(
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
  }

  @Override
  public String toString() {
    return "ConnectionOptions[cloud="
        + cloud.orElse("")
        + ", url="
        + url.orElse("")
        + ", token="
        + (token.isPresent() ? "***" : "")
        + ", user="
        + user.orElse("")
        + ", password="
        + (password.isPresent() ? "***" : "")
        + "]";
  }
}
