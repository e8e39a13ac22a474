package dev.ferrum.service.compute;

import dev.ferrum.service.store.Flavor;
import dev.ferrum.service.store.Image;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A validated request to boot a server. The API resolves names and checks visibility before it
 * builds one, so that the manager only deals with objects that exist and may be used.
 *
 * @param name the display name
 * @param flavor the flavor to boot with
 * @param image the image to deploy
 * @param keyPair the keypair's name and public key to inject, or {@code null}
 * @param userData base64 user data, or {@code null}
 * @param metadata user metadata
 * @param adminPassword the admin password for the config drive, or {@code null}
 * @param accessIpv4 user-set IPv4 access address, or {@code null}
 * @param accessIpv6 user-set IPv6 access address, or {@code null}
 * @param nics the network interfaces, in order (empty: no network)
 */
public record CreateServerRequest(
    String name,
    Flavor flavor,
    Image image,
    dev.ferrum.service.store.KeyPair keyPair,
    String userData,
    Map<String, String> metadata,
    String adminPassword,
    String accessIpv4,
    String accessIpv6,
    List<RequestedNic> nics) {
  /** Validates the fields and freezes the metadata and NICs. */
  public CreateServerRequest {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(flavor, "flavor");
    Objects.requireNonNull(image, "image");
    metadata = Map.copyOf(Objects.requireNonNull(metadata, "metadata"));
    nics = List.copyOf(Objects.requireNonNull(nics, "nics"));
  }

  /**
   * A request without network interfaces.
   *
   * @param name the display name
   * @param flavor the flavor
   * @param image the image
   * @param keyPair the keypair or {@code null}
   * @param userData base64 user data or {@code null}
   * @param metadata user metadata
   * @param adminPassword the admin password or {@code null}
   * @param accessIpv4 the IPv4 access address or {@code null}
   * @param accessIpv6 the IPv6 access address or {@code null}
   */
  public CreateServerRequest(
      String name,
      Flavor flavor,
      Image image,
      dev.ferrum.service.store.KeyPair keyPair,
      String userData,
      Map<String, String> metadata,
      String adminPassword,
      String accessIpv4,
      String accessIpv6) {
    this(
        name,
        flavor,
        image,
        keyPair,
        userData,
        metadata,
        adminPassword,
        accessIpv4,
        accessIpv6,
        List.of());
  }

  @Override
  public String toString() {
    return "CreateServerRequest[name="
        + name
        + ", flavor="
        + flavor.id()
        + ", image="
        + image.id()
        + ", adminPassword="
        + (adminPassword == null ? "none" : "***")
        + "]";
  }
}
