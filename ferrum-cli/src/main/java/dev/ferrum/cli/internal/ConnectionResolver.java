package dev.ferrum.cli.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ferrum.cli.CliEnvironment;
import dev.ferrum.cli.ConfigurationException;
import dev.ferrum.cli.api.Credentials;
import dev.ferrum.cli.api.Endpoints;
import java.net.URI;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Decides where the command connects, like the OpenStack tools do.
 *
 * <p>Cloud mode applies when {@code --os-cloud} is given, or {@code OS_CLOUD} is set and neither
 * {@code --url} nor {@code FERRUM_URL} is: the cloud's {@code clouds.yaml} entry gives endpoint and
 * credentials, and {@code --url}, {@code --token}, {@code --user}/{@code --password} override them.
 * Otherwise URL mode: {@code --url} / {@code FERRUM_URL} (default {@value #DEFAULT_URL}) with
 * {@code --token} / {@code FERRUM_TOKEN}, else {@code --user} / {@code FERRUM_USER} and {@code
 * --password} / {@code FERRUM_PASSWORD}, else no credentials.
 */
public final class ConnectionResolver {

  /** The service's default address ({@code ferrum serve} listens there). */
  public static final String DEFAULT_URL = "http://127.0.0.1:8774";

  private final CliEnvironment env;

  /** A resolver reading {@code env}. */
  public ConnectionResolver(CliEnvironment env) {
    this.env = Objects.requireNonNull(env, "env");
  }

  /**
   * The connection for these options.
   *
   * @throws ConfigurationException when the settings are incomplete or unsupported
   */
  public Connection resolve(ConnectionOptions options) {
    Objects.requireNonNull(options, "options");
    Optional<String> cloud =
        options.cloud().or(() -> Optional.ofNullable(env.variable("OS_CLOUD")));
    boolean urlGiven = options.url().isPresent() || env.variable("FERRUM_URL") != null;
    if (options.cloud().isPresent() || (cloud.isPresent() && !urlGiven)) {
      return fromCloud(cloud.orElseThrow(), options);
    }
    String url = options.url().orElseGet(() -> orDefault(env.variable("FERRUM_URL"), DEFAULT_URL));
    Credentials credentials =
        credentials(
                options.token().or(() -> Optional.ofNullable(env.variable("FERRUM_TOKEN"))),
                options.user().or(() -> Optional.ofNullable(env.variable("FERRUM_USER"))),
                options.password().or(() -> Optional.ofNullable(env.variable("FERRUM_PASSWORD"))),
                "--password or FERRUM_PASSWORD")
            .orElse(new Credentials.None());
    return new Connection(Endpoints.ofService(uri(url, "--url")), credentials);
  }

  private Connection fromCloud(String name, ConnectionOptions options) {
    JsonNode cloud = new CloudsFile(env).cloud(name);
    JsonNode auth = cloud.path("auth");
    String authType =
        text(cloud, "auth_type").map(t -> t.toLowerCase(Locale.ROOT)).orElseGet(() -> infer(auth));
    Credentials fromFile =
        switch (authType) {
          case "admin_token", "token_endpoint" ->
              new Credentials.Token(require(auth, "token", name, authType));
          case "http_basic" ->
              new Credentials.Basic(
                  require(auth, "username", name, authType),
                  require(auth, "password", name, authType));
          case "none", "noauth" -> new Credentials.None();
          default ->
              throw new ConfigurationException(
                  "cloud '"
                      + name
                      + "': auth_type "
                      + authType
                      + " is not supported by ferrum; use admin_token, http_basic or none");
        };
    Credentials credentials =
        credentials(options.token(), options.user(), options.password(), "--password")
            .orElse(fromFile);
    Endpoints endpoints;
    if (options.url().isPresent()) {
      endpoints = Endpoints.ofService(uri(options.url().get(), "--url"));
    } else {
      String compute =
          text(cloud, "compute_endpoint_override")
              .or(() -> text(auth, "endpoint"))
              .orElseThrow(() ->
                  new ConfigurationException(
                      "cloud '"
                          + name
                          + "' needs auth.endpoint or compute_endpoint_override"
                          + " (the compute URL, e.g. "
                          + DEFAULT_URL
                          + "/v2.1)"));
      Endpoints base = Endpoints.ofService(uri(compute, "the compute endpoint"));
      URI image =
          text(cloud, "image_endpoint_override")
              .map(i -> versionedImage(uri(i, "image_endpoint_override")))
              .orElse(base.image());
      endpoints = new Endpoints(base.compute(), image);
    }
    return new Connection(endpoints, credentials);
  }

  private static Optional<Credentials> credentials(
      Optional<String> token,
      Optional<String> user,
      Optional<String> password,
      String passwordSetting) {
    if (token.isPresent()) {
      return Optional.of(new Credentials.Token(token.get()));
    }
    if (user.isPresent()) {
      String p =
          password.orElseThrow(() ->
              new ConfigurationException(
                  "user " + user.get() + " needs a password (" + passwordSetting + ")"));
      return Optional.of(new Credentials.Basic(user.get(), p));
    }
    return Optional.empty();
  }

  /** With no {@code auth_type}: a token means admin_token, a user http_basic, nothing none. */
  private static String infer(JsonNode auth) {
    if (text(auth, "auth_url").isPresent()) {
      return "password";
    }
    if (text(auth, "token").isPresent()) {
      return "admin_token";
    }
    return text(auth, "username").isPresent() ? "http_basic" : "none";
  }

  /** Glance's root ({@code …/image}) gets {@code /v2}; a versioned one is kept. */
  private static URI versionedImage(URI image) {
    String s = image.toString().replaceAll("/+$", "");
    return URI.create(s.endsWith("/v2") ? s : s + "/v2");
  }

  private static String require(JsonNode auth, String key, String cloud, String authType) {
    return text(auth, key)
        .orElseThrow(() ->
            new ConfigurationException(
                "cloud '" + cloud + "': auth_type " + authType + " needs auth." + key));
  }

  private static Optional<String> text(JsonNode node, String key) {
    JsonNode v = node.get(key);
    if (v == null || v.isNull() || v.isContainerNode() || v.asText().isBlank()) {
      return Optional.empty();
    }
    return Optional.of(v.asText().trim());
  }

  private static URI uri(String s, String setting) {
    try {
      URI u = URI.create(s.trim());
      if (u.getScheme() == null
          || !(u.getScheme().equals("http") || u.getScheme().equals("https"))
          || u.getHost() == null) {
        throw new ConfigurationException(setting + " must be an http(s) URL, not '" + s + "'");
      }
      return u;
    } catch (IllegalArgumentException e) {
      throw new ConfigurationException(setting + " is not a valid URL: '" + s + "'", e);
    }
  }

  private static String orDefault(String v, String fallback) {
    return v == null ? fallback : v;
  }
}
