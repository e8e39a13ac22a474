package dev.ferrum.ironic.client.auth;

import java.util.Objects;
import java.util.Optional;

/**
 * A Keystone user, project or domain named the way Keystone accepts it: by id, or by name plus the
 * domain the name is unique in (domains themselves by id or bare name).
 *
 * <p>Exists so credentials cannot say "project {@code demo}" without saying in which domain, a
 * mistake Keystone only reports as a vague 401.
 *
 * @param id the Keystone id, or empty when named
 * @param name the name, or empty when given by id
 * @param domain the domain a name is unique in; empty for ids and for domains themselves
 */
public record KeystoneRef(
    Optional<String> id, Optional<String> name, Optional<KeystoneRef> domain) {

  /** Checks that exactly one of id and name is set, and that ids carry no domain. */
  public KeystoneRef {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(domain, "domain");
    if (id.isPresent() == name.isPresent()) {
      throw new IllegalArgumentException("give exactly one of id and name");
    }
    if (id.filter(String::isBlank).isPresent() || name.filter(String::isBlank).isPresent()) {
      throw new IllegalArgumentException("ids and names must not be blank");
    }
    if (id.isPresent() && domain.isPresent()) {
      throw new IllegalArgumentException("an id is global: it takes no domain");
    }
    if (domain.flatMap(KeystoneRef::domain).isPresent()) {
      throw new IllegalArgumentException("a domain has no domain of its own");
    }
  }

  /** By Keystone id. */
  public static KeystoneRef byId(String id) {
    return new KeystoneRef(Optional.of(id), Optional.empty(), Optional.empty());
  }

  /** By bare name: right for domains only. */
  public static KeystoneRef byName(String name) {
    return new KeystoneRef(Optional.empty(), Optional.of(name), Optional.empty());
  }

  /** By name within a domain: right for users and projects. */
  public static KeystoneRef byName(String name, KeystoneRef domain) {
    return new KeystoneRef(
        Optional.empty(), Optional.of(name), Optional.of(Objects.requireNonNull(domain, "domain")));
  }

  /** Whether a name was given without the domain it needs (users and projects). */
  boolean lacksDomain() {
    return name.isPresent() && domain.isEmpty();
  }

  /** For logs: the id, or {@code name@domain}. */
  String describe() {
    return id.orElseGet(() -> name.orElseThrow() + domain.map(d -> "@" + d.describe()).orElse(""));
  }
}
