package dev.ferrum.driver.configdrive;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything a config drive publishes, independent of the form it is delivered in (ISO image or
 * Ironic's JSON object), so that both forms are guaranteed to carry the same facts.
 *
 * <p>User data, injected files and the admin password may hold secrets: {@link #toString()} shows
 * sizes and names only.
 *
 * @param metadata the instance facts of {@code meta_data.json}
 * @param networkData the {@code network_data.json} document
 * @param userData the raw user data, or {@code null} when the instance has none
 * @param vendorData the vendor data documents
 * @param injectedFiles files to place under {@code openstack/content/}
 * @param networkTemplate a rendered legacy network template (Nova's injected {@code interfaces}
 *     file), placed first under {@code openstack/content/} and referenced as {@code network_config}
 * @param ec2 the EC2 tree's extra facts; without them no {@code ec2/} tree is written
 */
public record ConfigDriveContent(
    InstanceMetadata metadata,
    NetworkData networkData,
    byte[] userData,
    VendorData vendorData,
    List<InjectedFile> injectedFiles,
    Optional<String> networkTemplate,
    Optional<Ec2Metadata> ec2) {

  /** Validates and copies the components. */
  public ConfigDriveContent {
    Objects.requireNonNull(metadata, "metadata");
    Objects.requireNonNull(networkData, "networkData");
    userData = userData == null ? null : userData.clone();
    Objects.requireNonNull(vendorData, "vendorData");
    injectedFiles = List.copyOf(Objects.requireNonNull(injectedFiles, "injectedFiles"));
    Objects.requireNonNull(networkTemplate, "networkTemplate");
    Objects.requireNonNull(ec2, "ec2");
  }

  /**
   * Content with only instance metadata: no networks, user data, vendor data, files or EC2 tree.
   *
   * @param metadata the instance facts
   * @return the content
   */
  public static ConfigDriveContent of(InstanceMetadata metadata) {
    return new ConfigDriveContent(
        metadata,
        NetworkData.EMPTY,
        null,
        VendorData.NONE,
        List.of(),
        Optional.empty(),
        Optional.empty());
  }

  /**
   * The user data.
   *
   * @return a copy of the raw user data, or {@code null} when there is none
   */
  @Override
  public byte[] userData() {
    return userData == null ? null : userData.clone();
  }

  /**
   * Whether the instance has user data ({@code user_data} files are written only then).
   *
   * @return {@code true} when user data is present
   */
  public boolean hasUserData() {
    return userData != null;
  }

  /**
   * A copy with different network data.
   *
   * @param data the network document
   * @return the new content
   */
  public ConfigDriveContent withNetworkData(NetworkData data) {
    return new ConfigDriveContent(
        metadata, data, userData, vendorData, injectedFiles, networkTemplate, ec2);
  }

  /**
   * A copy with different user data.
   *
   * @param data the raw user data, or {@code null} for none
   * @return the new content
   */
  public ConfigDriveContent withUserData(byte[] data) {
    return new ConfigDriveContent(
        metadata, networkData, data, vendorData, injectedFiles, networkTemplate, ec2);
  }

  /**
   * A copy with different vendor data.
   *
   * @param data the vendor data
   * @return the new content
   */
  public ConfigDriveContent withVendorData(VendorData data) {
    return new ConfigDriveContent(
        metadata, networkData, userData, data, injectedFiles, networkTemplate, ec2);
  }

  /**
   * A copy with different injected files.
   *
   * @param files the files, in the order they are numbered
   * @return the new content
   */
  public ConfigDriveContent withInjectedFiles(List<InjectedFile> files) {
    return new ConfigDriveContent(
        metadata, networkData, userData, vendorData, files, networkTemplate, ec2);
  }

  /**
   * A copy with a legacy network template.
   *
   * @param template the rendered template, or {@code null} for none
   * @return the new content
   */
  public ConfigDriveContent withNetworkTemplate(String template) {
    return new ConfigDriveContent(
        metadata,
        networkData,
        userData,
        vendorData,
        injectedFiles,
        Optional.ofNullable(template),
        ec2);
  }

  /**
   * A copy with the EC2 tree's facts.
   *
   * @param facts the EC2 facts, or {@code null} to omit the EC2 tree
   * @return the new content
   */
  public ConfigDriveContent withEc2(Ec2Metadata facts) {
    return new ConfigDriveContent(
        metadata,
        networkData,
        userData,
        vendorData,
        injectedFiles,
        networkTemplate,
        Optional.ofNullable(facts));
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ConfigDriveContent that
        && metadata.equals(that.metadata)
        && networkData.equals(that.networkData)
        && Arrays.equals(userData, that.userData)
        && vendorData.equals(that.vendorData)
        && injectedFiles.equals(that.injectedFiles)
        && networkTemplate.equals(that.networkTemplate)
        && ec2.equals(that.ec2);
  }

  @Override
  public int hashCode() {
    return Objects.hash(metadata, networkData, vendorData, injectedFiles, networkTemplate, ec2)
        + 31 * Arrays.hashCode(userData);
  }

  @Override
  public String toString() {
    return "ConfigDriveContent[metadata="
        + metadata
        + ", links="
        + networkData.links().size()
        + ", networks="
        + networkData.networks().size()
        + ", userData="
        + (userData == null ? "<none>" : "<" + userData.length + " bytes>")
        + ", vendorData="
        + vendorData.staticData().keySet()
        + ", injectedFiles="
        + injectedFiles
        + ", networkTemplate="
        + (networkTemplate.isPresent() ? "<present>" : "<none>")
        + ", ec2="
        + ec2.isPresent()
        + "]";
  }
}
