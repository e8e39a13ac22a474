package dev.ferrum.ironic.client.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ferrum.ironic.client.auth.EndpointInterface;
import dev.ferrum.ironic.client.auth.IronicAuth;
import dev.ferrum.ironic.client.auth.KeystoneCredentials;
import dev.ferrum.ironic.client.auth.KeystoneOptions;
import dev.ferrum.ironic.client.auth.KeystoneRef;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Turns files and variables into a {@link CloudConfig}; see there for the rules. */
final class CloudConfigLoader {

  private static final Logger LOG = LoggerFactory.getLogger(CloudConfigLoader.class);
  private static final List<String> AUTH_TYPES =
      List.of("none", "http_basic", "password", "v3password", "v3applicationcredential");

  private final Map<String, String> env;
  private final Path workingDir;
  private final Path homeDir;
  private final List<Path> systemDirs;

  CloudConfigLoader(Map<String, String> env, Path workingDir, Path homeDir, List<Path> systemDirs) {
    this.env = Map.copyOf(Objects.requireNonNull(env, "env"));
    this.workingDir = Objects.requireNonNull(workingDir, "workingDir");
    this.homeDir = Objects.requireNonNull(homeDir, "homeDir");
    this.systemDirs = List.copyOf(systemDirs);
  }

  CloudConfig load(Optional<String> explicitCloud) {
    Optional<String> name =
        explicitCloud.or(() -> Optional.ofNullable(env.get("OS_CLOUD"))).filter(n -> !n.isBlank());
    CloudFiles.Found files = CloudFiles.find(env, workingDir, homeDir, systemDirs);
    CloudSettings settings;
    if (name.isPresent()) {
      JsonNode cloud = files.clouds().get(name.get());
      if (!(cloud instanceof ObjectNode entry)) {
        throw unknownCloud(name.get(), files);
      }
      settings =
          CloudSettings.of(entry, env, "cloud '" + name.get() + "' in " + files.describeSources());
    } else if (CloudSettings.environmentConfigures(env)) {
      settings =
          CloudSettings.of(JsonNodeFactory.instance.objectNode(), env, "the OS_* environment");
    } else {
      throw new CloudConfigException(
          "no cloud configured: set OS_CLOUD to one of "
              + known(files)
              + " from "
              + files.describeSources()
              + ", or set OS_AUTH_URL (or OS_ENDPOINT) and the other OS_* variables");
    }
    CloudConfig config = build(name, settings);
    LOG.debug(
        "Loaded {} with auth type {}, endpoint {}",
        settings.source(),
        config.auth().type(),
        config.endpoint().map(URI::toString).orElse("from the service catalog"));
    return config;
  }

  private CloudConfig build(Optional<String> name, CloudSettings s) {
    TlsOptions tls = tls(s);
    Optional<String> region = s.top("region_name");
    EndpointInterface endpointInterface =
        s.top("baremetal_interface")
            .or(() -> s.top("interface"))
            .map(v -> parseInterface(s, v))
            .orElse(EndpointInterface.PUBLIC);
    Optional<URI> endpoint =
        s.top("baremetal_endpoint_override").or(() -> s.auth("endpoint")).map(v -> endpoint(s, v));
    String authType =
        s.top("auth_type")
            .map(t -> t.toLowerCase(Locale.ROOT))
            .orElseGet(
                () -> s.auth("auth_url").isPresent() || endpoint.isEmpty() ? "password" : "none");
    KeystoneOptions keystone =
        KeystoneOptions.defaults().withTls(tls).withEndpointInterface(endpointInterface);
    if (region.isPresent()) {
      keystone = keystone.withRegion(region.get());
    }
    IronicAuth auth =
        switch (authType) {
          case "none", "noauth" -> IronicAuth.none();
          case "http_basic" ->
              IronicAuth.httpBasic(
                  s.requireAuth(authType, "username"), s.requireAuth(authType, "password"));
          case "password", "v3password" -> IronicAuth.keystone(password(s, authType), keystone);
          case "v3applicationcredential" ->
              IronicAuth.keystone(applicationCredential(s, authType), keystone);
          default ->
              throw new CloudConfigException(
                  s.source()
                      + ": auth_type '"
                      + authType
                      + "' is not supported; use one of "
                      + AUTH_TYPES);
        };
    if (endpoint.isEmpty() && (auth.type().equals("none") || auth.type().equals("http_basic"))) {
      throw s.missing(authType, "auth.endpoint", "baremetal_endpoint_override");
    }
    return new CloudConfig(name, endpoint, auth, tls, region, endpointInterface);
  }

  private static KeystoneCredentials.Password password(CloudSettings s, String authType) {
    URI authUrl = authUrl(s, authType);
    String password = s.requireAuth(authType, "password");
    KeystoneRef user = user(s, authType);
    Optional<KeystoneRef> project = Optional.empty();
    Optional<KeystoneRef> domain = Optional.empty();
    Optional<String> projectId = s.auth("project_id");
    Optional<String> projectName = s.auth("project_name");
    if (projectId.isPresent()) {
      project = Optional.of(KeystoneRef.byId(projectId.get()));
    } else if (projectName.isPresent()) {
      KeystoneRef projectDomain =
          domainOf(s, "project_domain_id", "project_domain_name")
              .orElseThrow(
                  () -> s.missing(authType, "auth.project_domain_name", "auth.project_domain_id"));
      project = Optional.of(KeystoneRef.byName(projectName.get(), projectDomain));
    } else {
      // domain scope only when asked for by name: default_domain_* never implies a scope
      domain =
          s.auth("domain_id")
              .map(KeystoneRef::byId)
              .or(() -> s.auth("domain_name").map(KeystoneRef::byName));
    }
    return new KeystoneCredentials.Password(authUrl, user, password, project, domain);
  }

  private static KeystoneCredentials.ApplicationCredential applicationCredential(
      CloudSettings s, String authType) {
    URI authUrl = authUrl(s, authType);
    String secret = s.requireAuth(authType, "application_credential_secret");
    Optional<String> id = s.auth("application_credential_id");
    if (id.isPresent()) {
      return KeystoneCredentials.ApplicationCredential.byId(authUrl, id.get(), secret);
    }
    String name =
        s.auth("application_credential_name")
            .orElseThrow(() ->
                s.missing(
                    authType,
                    "auth.application_credential_id",
                    "auth.application_credential_name"));
    return new KeystoneCredentials.ApplicationCredential(
        authUrl, Optional.empty(), Optional.of(name), secret, Optional.of(user(s, authType)));
  }

  private static URI authUrl(CloudSettings s, String authType) {
    String url = s.requireAuth(authType, "auth_url");
    return httpUri(s, "auth_url", url);
  }

  private static KeystoneRef user(CloudSettings s, String authType) {
    Optional<String> id = s.auth("user_id");
    if (id.isPresent()) {
      return KeystoneRef.byId(id.get());
    }
    String username =
        s.auth("username").orElseThrow(() -> s.missing(authType, "auth.username", "auth.user_id"));
    KeystoneRef domain =
        domainOf(s, "user_domain_id", "user_domain_name")
            .orElseThrow(() -> s.missing(authType, "auth.user_domain_name", "auth.user_domain_id"));
    return KeystoneRef.byName(username, domain);
  }

  /** The domain by its own keys, else {@code default_domain_id}/{@code _name}. */
  private static Optional<KeystoneRef> domainOf(CloudSettings s, String idKey, String nameKey) {
    return s.auth(idKey)
        .map(KeystoneRef::byId)
        .or(() -> s.auth(nameKey).map(KeystoneRef::byName))
        .or(() -> s.auth("default_domain_id").map(KeystoneRef::byId))
        .or(() -> s.auth("default_domain_name").map(KeystoneRef::byName));
  }

  private TlsOptions tls(CloudSettings s) {
    boolean insecure = s.bool("insecure").orElse(false) || !s.bool("verify").orElse(true);
    Optional<Path> cacert = s.top("cacert").map(this::path);
    Optional<Path> cert = s.top("cert").map(this::path);
    Optional<Path> key = s.top("key").map(this::path);
    if (key.isPresent() && cert.isEmpty()) {
      throw new CloudConfigException(
          s.source() + ": 'key' (OS_KEY) is set without 'cert' (OS_CERT)");
    }
    // a certificate file without a separate key holds both, as in openstacksdk
    TlsOptions tls = new TlsOptions(cacert, cert, key.or(() -> cert), insecure);
    try {
      tls.sslContext(); // read the files now: a bad path should fail at startup, not mid-request
    } catch (IllegalStateException e) {
      throw new CloudConfigException(s.source() + ": " + e.getMessage(), e);
    }
    return tls;
  }

  private Path path(String value) {
    if (value.equals("~")) {
      return homeDir;
    }
    if (value.startsWith("~/")) {
      return homeDir.resolve(value.substring(2));
    }
    return workingDir.resolve(value);
  }

  private static EndpointInterface parseInterface(CloudSettings s, String value) {
    try {
      return EndpointInterface.parse(value);
    } catch (IllegalArgumentException e) {
      throw new CloudConfigException(s.source() + ": " + e.getMessage(), e);
    }
  }

  /** The endpoint as configured, without a trailing {@code /} or {@code /v1}. */
  private static URI endpoint(CloudSettings s, String value) {
    String v = value;
    while (v.endsWith("/")) {
      v = v.substring(0, v.length() - 1);
    }
    if (v.endsWith("/v1")) {
      v = v.substring(0, v.length() - 3);
    }
    return httpUri(s, "endpoint", v);
  }

  private static URI httpUri(CloudSettings s, String key, String value) {
    URI uri;
    try {
      uri = URI.create(value);
    } catch (IllegalArgumentException e) {
      throw new CloudConfigException(s.source() + ": " + key + " '" + value + "' is not a URL", e);
    }
    if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))
        || uri.getHost() == null) {
      throw new CloudConfigException(
          s.source() + ": " + key + " '" + value + "' is not an http(s) URL with a host");
    }
    return uri;
  }

  private static List<String> known(CloudFiles.Found files) {
    List<String> names = new ArrayList<>();
    files.clouds().fieldNames().forEachRemaining(names::add);
    names.sort(null);
    return names;
  }

  private static UnknownCloudException unknownCloud(String name, CloudFiles.Found files) {
    List<String> known = known(files);
    String where =
        files.cloudsFile().isPresent()
            ? "it is not defined in " + files.describeSources() + "; known clouds: " + known
            : "no clouds.yaml was found";
    return new UnknownCloudException(
        name, known, "cloud '" + name + "' not found: " + where + "; searched " + files.searched());
  }
}
