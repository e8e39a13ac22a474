package dev.ferrum.driver;

import dev.ferrum.driver.configdrive.InjectedFile;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything {@link ComputeDriver#spawn} needs to deploy an instance.
 *
 * <p>Exists as one value because Nova's {@code spawn} takes ten positional arguments. The admin
 * password is a secret: {@link #toString()} never shows it.
 *
 * @param instance the instance (its {@code node} must be set)
 * @param image the image to deploy
 * @param injectedFiles files to put on the config drive
 * @param adminPassword the admin password for the config drive, if any
 * @param network the VIFs
 * @param blockDevices attached volumes
 */
public record SpawnRequest(
    InstanceSpec instance,
    ImageSpec image,
    List<InjectedFile> injectedFiles,
    Optional<String> adminPassword,
    NetworkInfo network,
    BlockDeviceInfo blockDevices) {

  /** Validates and copies the components. */
  public SpawnRequest {
    Objects.requireNonNull(instance, "instance");
    Objects.requireNonNull(image, "image");
    injectedFiles = List.copyOf(Objects.requireNonNull(injectedFiles, "injectedFiles"));
    Objects.requireNonNull(adminPassword, "adminPassword");
    Objects.requireNonNull(network, "network");
    Objects.requireNonNull(blockDevices, "blockDevices");
  }

  /** A request with no files, password or volumes. */
  public static SpawnRequest of(InstanceSpec instance, ImageSpec image, NetworkInfo network) {
    return new SpawnRequest(
        instance, image, List.of(), Optional.empty(), network, BlockDeviceInfo.none());
  }

  @Override
  public String toString() {
    return "SpawnRequest[instance="
        + instance.uuid()
        + ", image="
        + image.id()
        + ", files="
        + injectedFiles.size()
        + ", adminPassword="
        + (adminPassword.isPresent() ? "***" : "none")
        + ", vifs="
        + network.vifs().size()
        + ", volumes="
        + blockDevices.volumes().size()
        + "]";
  }
}
