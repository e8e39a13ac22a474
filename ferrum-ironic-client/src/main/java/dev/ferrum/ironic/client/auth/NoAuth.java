package dev.ferrum.ironic.client.auth;

import java.net.URI;
import java.util.Map;
import java.util.Optional;

/** {@link IronicAuth#none()}: sends nothing, has no catalog, never worth a retry. */
enum NoAuth implements IronicAuth {
  INSTANCE;

  @Override
  public Optional<URI> endpoint() {
    return Optional.empty();
  }

  @Override
  public Map<String, String> requestHeaders() {
    return Map.of();
  }

  @Override
  public boolean invalidate() {
    return false;
  }

  @Override
  public String type() {
    return "none";
  }
}
