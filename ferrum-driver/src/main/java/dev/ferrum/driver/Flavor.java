package dev.ferrum.driver;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The flavor an instance was booted with, as the driver needs it.
 *
 * <p>Exists because the deploy patch publishes the sizes to Ironic and the extra specs select
 * capabilities ({@code capabilities:<k>}) and required traits ({@code trait:<T>=required}).
 *
 * @param name the flavor name
 * @param vcpus virtual CPUs
 * @param memoryMb RAM in MiB
 * @param rootGb root disk in GiB
 * @param ephemeralGb ephemeral disk in GiB ({@code 0}: none)
 * @param swapMb swap in MiB
 * @param extraSpecs extra specs in their given order
 */
public record Flavor(
    String name,
    int vcpus,
    int memoryMb,
    int rootGb,
    int ephemeralGb,
    int swapMb,
    Map<String, String> extraSpecs) {

  /** Validates and copies the components. */
  public Flavor {
    Objects.requireNonNull(name, "name");
    extraSpecs =
        Collections.unmodifiableMap(
            new LinkedHashMap<>(Objects.requireNonNull(extraSpecs, "extraSpecs")));
  }
}
