package dev.ferrum.ironic.client.auth;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * What the client presents to Keystone v3 to get a token, as the two auth types OpenStack
 * configuration calls {@code password} and {@code v3applicationcredential}.
 *
 * <p>A sealed family so the token request can be built exhaustively and each shape validated when
 * it is made, long before Keystone would answer a bare 401. The records' {@code toString()} never
 * prints the password or secret.
 */
public sealed interface KeystoneCredentials {

  /**
   * Keystone's base URL, with or without the {@code /v3} suffix, e.g. {@code
   * https://keystone.example:5000/v3}.
   */
  URI authUrl();

  /** The auth type as OpenStack configuration spells it. */
  String type();

  /** Who is authenticating, for logs: user or application credential, never the secret. */
  String principal();

  /**
   * A user's password, scoped to a project, to a domain, or (with neither) unscoped.
   *
   * @param authUrl Keystone's base URL
   * @param user by id, or by name with its domain
   * @param password never logged
   * @param project the project scope, by id or by name with its domain
   * @param domain the domain scope, when there is no project scope
   */
  record Password(
      URI authUrl,
      KeystoneRef user,
      String password,
      Optional<KeystoneRef> project,
      Optional<KeystoneRef> domain)
      implements KeystoneCredentials {

    /** Checks the combination Keystone requires. */
    public Password {
      Objects.requireNonNull(authUrl, "authUrl");
      Objects.requireNonNull(user, "user");
      Objects.requireNonNull(password, "password");
      Objects.requireNonNull(project, "project");
      Objects.requireNonNull(domain, "domain");
      if (user.lacksDomain()) {
        throw new IllegalArgumentException("a user given by name needs its domain");
      }
      if (project.filter(KeystoneRef::lacksDomain).isPresent()) {
        throw new IllegalArgumentException("a project given by name needs its domain");
      }
      if (project.isPresent() && domain.isPresent()) {
        throw new IllegalArgumentException("scope to a project or to a domain, not both");
      }
      if (domain.flatMap(KeystoneRef::domain).isPresent()) {
        throw new IllegalArgumentException("a domain scope has no domain of its own");
      }
    }

    /** A password scoped to a project, the usual case for Ironic. */
    public static Password forProject(
        URI authUrl, KeystoneRef user, String password, KeystoneRef project) {
      return new Password(authUrl, user, password, Optional.of(project), Optional.empty());
    }

    @Override
    public String type() {
      return "password";
    }

    @Override
    public String principal() {
      return "user " + user.describe();
    }

    @Override
    public String toString() {
      return "Password[authUrl="
          + authUrl
          + ", user="
          + user
          + ", password=***, project="
          + project
          + ", domain="
          + domain
          + "]";
    }
  }

  /**
   * An application credential: by id, or by name together with the user that owns it. Its scope is
   * fixed when it is created, so none is sent.
   *
   * @param authUrl Keystone's base URL
   * @param id the credential's id, or empty when named
   * @param name the credential's name, or empty when given by id
   * @param secret never logged
   * @param user the owner, required with {@code name}: by id, or by name with its domain
   */
  record ApplicationCredential(
      URI authUrl,
      Optional<String> id,
      Optional<String> name,
      String secret,
      Optional<KeystoneRef> user)
      implements KeystoneCredentials {

    /** Checks the combination Keystone requires. */
    public ApplicationCredential {
      Objects.requireNonNull(authUrl, "authUrl");
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(secret, "secret");
      Objects.requireNonNull(user, "user");
      if (id.isPresent() == name.isPresent()) {
        throw new IllegalArgumentException("give exactly one of the credential's id and name");
      }
      if (name.isPresent() && user.isEmpty()) {
        throw new IllegalArgumentException("a credential given by name needs its user");
      }
      if (user.filter(KeystoneRef::lacksDomain).isPresent()) {
        throw new IllegalArgumentException("a user given by name needs its domain");
      }
    }

    /** By the credential's id, the simplest and most common form. */
    public static ApplicationCredential byId(URI authUrl, String id, String secret) {
      return new ApplicationCredential(
          authUrl, Optional.of(id), Optional.empty(), secret, Optional.empty());
    }

    @Override
    public String type() {
      return "v3applicationcredential";
    }

    @Override
    public String principal() {
      return "application credential "
          + id.orElseGet(() -> name.orElseThrow() + " of user " + user.orElseThrow().describe());
    }

    @Override
    public String toString() {
      return "ApplicationCredential[authUrl="
          + authUrl
          + ", id="
          + id
          + ", name="
          + name
          + ", secret=***, user="
          + user
          + "]";
    }
  }
}
