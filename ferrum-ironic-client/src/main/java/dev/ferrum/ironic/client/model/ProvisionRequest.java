package dev.ferrum.ironic.client.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The body of {@code PUT /v1/nodes/{id}/states/provision}: a verb plus the arguments only some
 * verbs take.
 *
 * <p>Exists to reject, before any request, the combinations Ironic rejects (a rescue without a
 * password, a config drive on a tear-down, a clean without steps) and to compute the minimum
 * microversion the request needs. {@link #toString()} never prints the password or config drive.
 *
 * @param verb the target verb
 * @param configDrive the config drive, only with {@code active}/{@code deploy}/{@code rebuild}
 * @param rescuePassword the rescue password, required with {@code rescue} and only there
 * @param cleanSteps the steps of a manual clean, required with {@code clean} and only there
 */
public record ProvisionRequest(
    ProvisionVerb verb,
    Optional<ConfigDrive> configDrive,
    Optional<String> rescuePassword,
    List<Map<String, Object>> cleanSteps) {

  /** Validates the combination. */
  public ProvisionRequest {
    Objects.requireNonNull(verb, "verb");
    Objects.requireNonNull(configDrive, "configDrive");
    Objects.requireNonNull(rescuePassword, "rescuePassword");
    cleanSteps = List.copyOf(Objects.requireNonNull(cleanSteps, "cleanSteps"));
    boolean deployVerb =
        verb == ProvisionVerb.ACTIVE
            || verb == ProvisionVerb.DEPLOY
            || verb == ProvisionVerb.REBUILD;
    if (configDrive.isPresent() && !deployVerb) {
      throw new IllegalArgumentException("a config drive is only sent with active/deploy/rebuild");
    }
    if (verb == ProvisionVerb.RESCUE && rescuePassword.filter(p -> !p.isEmpty()).isEmpty()) {
      throw new IllegalArgumentException("rescue needs a non-empty rescue password");
    }
    if (verb != ProvisionVerb.RESCUE && rescuePassword.isPresent()) {
      throw new IllegalArgumentException("a rescue password is only sent with rescue");
    }
    if (verb == ProvisionVerb.CLEAN && cleanSteps.isEmpty()) {
      throw new IllegalArgumentException("clean needs at least one clean step");
    }
    if (verb != ProvisionVerb.CLEAN && !cleanSteps.isEmpty()) {
      throw new IllegalArgumentException("clean steps are only sent with clean");
    }
  }

  /** A verb with no arguments (manage, provide, deleted, unrescue, abort...). */
  public static ProvisionRequest of(ProvisionVerb verb) {
    return new ProvisionRequest(verb, Optional.empty(), Optional.empty(), List.of());
  }

  /** {@code active} with an optional config drive. */
  public static ProvisionRequest deploy(Optional<ConfigDrive> configDrive) {
    return new ProvisionRequest(ProvisionVerb.ACTIVE, configDrive, Optional.empty(), List.of());
  }

  /** {@code rebuild} with an optional config drive (which needs 1.35). */
  public static ProvisionRequest rebuild(Optional<ConfigDrive> configDrive) {
    return new ProvisionRequest(ProvisionVerb.REBUILD, configDrive, Optional.empty(), List.of());
  }

  /** {@code rescue} with its password. */
  public static ProvisionRequest rescue(String rescuePassword) {
    return new ProvisionRequest(
        ProvisionVerb.RESCUE, Optional.empty(), Optional.of(rescuePassword), List.of());
  }

  /** {@code clean} with the given steps. */
  public static ProvisionRequest clean(List<Map<String, Object>> cleanSteps) {
    return new ProvisionRequest(
        ProvisionVerb.CLEAN, Optional.empty(), Optional.empty(), cleanSteps);
  }

  /**
   * The smallest microversion that accepts this request: the verb's, 1.35 for a config drive on
   * rebuild, 1.56 for a structured config drive.
   */
  public Microversion minimumVersion() {
    Microversion min = verb.minimumVersion();
    if (configDrive.isPresent() && verb == ProvisionVerb.REBUILD) {
      min = max(min, Microversion.of(35));
    }
    if (configDrive.orElse(null) instanceof ConfigDrive.Structured) {
      min = max(min, Microversion.of(56));
    }
    return min;
  }

  private static Microversion max(Microversion a, Microversion b) {
    return a.compareTo(b) >= 0 ? a : b;
  }

  @Override
  public String toString() {
    return "ProvisionRequest[verb="
        + verb.apiValue()
        + configDrive.map(c -> ", configDrive=" + c).orElse("")
        + rescuePassword.map(p -> ", rescuePassword=***").orElse("")
        + (cleanSteps.isEmpty() ? "" : ", cleanSteps=" + cleanSteps.size())
        + "]";
  }
}
