package dev.ferrum.driver;

import dev.ferrum.driver.configdrive.InjectedFile;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything {@link ComputeDriver#rebuild} needs to redeploy an instance in place.
 *
 * <p>Exists as one value for the same reason as {@link SpawnRequest}; the admin password never
 * appears in {@link #toString()}.
 *
 * @param instance the instance (its {@code node} must be set)
 * @param image the image to deploy
 * @param injectedFiles files to put on the config drive
 * @param adminPassword the admin password for the config drive, if any
 * @param network the VIFs (only used for the config drive)
 * @param preserveEphemeral whether Ironic keeps the ephemeral partition
 * @param reimageBootVolume whether the boot volume should be reimaged (unsupported by Ironic)
 */
public record RebuildRequest(
    InstanceSpec instance,
    ImageSpec image,
    List<InjectedFile> injectedFiles,
    Optional<String> adminPassword,
    NetworkInfo network,
    boolean preserveEphemeral,
    boolean reimageBootVolume) {

  /** Validates and copies the components. */
  public RebuildRequest {
    Objects.requireNonNull(instance, "instance");
    Objects.requireNonNull(image, "image");
    injectedFiles = List.copyOf(Objects.requireNonNull(injectedFiles, "injectedFiles"));
    Objects.requireNonNull(adminPassword, "adminPassword");
    Objects.requireNonNull(network, "network");
  }

  @Override
  public String toString() {
    return "RebuildRequest[instance="
        + instance.uuid()
        + ", image="
        + image.id()
        + ", adminPassword="
        + (adminPassword.isPresent() ? "***" : "none")
        + ", preserveEphemeral="
        + preserveEphemeral
        + ", reimageBootVolume="
        + reimageBootVolume
        + "]";
  }
}
