package dev.ferrum.driver.configdrive;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The values only the EC2-compatible tree ({@code ec2/<version>/meta-data.json}) needs. Kept apart
 * from {@link InstanceMetadata} because they come from other sources (EC2 id mappings, security
 * groups, block-device mappings) and a drive may be built without the EC2 tree.
 *
 * @param amiId the EC2 image id ({@code ami-xxxxxxxx})
 * @param instanceId the EC2 instance id ({@code i-xxxxxxxx})
 * @param reservationId the reservation id ({@code r-xxxxxxxx})
 * @param instanceType the flavor name
 * @param localIpv4 the first fixed IP, or empty text
 * @param publicIpv4 the first floating IP, or empty text
 * @param securityGroups security group names
 * @param blockDeviceMapping EC2 block-device mapping ({@code ami}, {@code root}, {@code swap} ...)
 * @param kernelId the EC2 kernel id, if the image has one
 * @param ramdiskId the EC2 ramdisk id, if the image has one
 */
public record Ec2Metadata(
    String amiId,
    String instanceId,
    String reservationId,
    String instanceType,
    String localIpv4,
    String publicIpv4,
    List<String> securityGroups,
    Map<String, String> blockDeviceMapping,
    Optional<String> kernelId,
    Optional<String> ramdiskId) {

  /** Validates and copies the components. */
  public Ec2Metadata {
    Objects.requireNonNull(amiId, "amiId");
    Objects.requireNonNull(instanceId, "instanceId");
    Objects.requireNonNull(reservationId, "reservationId");
    Objects.requireNonNull(instanceType, "instanceType");
    Objects.requireNonNull(localIpv4, "localIpv4");
    Objects.requireNonNull(publicIpv4, "publicIpv4");
    securityGroups = List.copyOf(Objects.requireNonNull(securityGroups, "securityGroups"));
    blockDeviceMapping =
        Collections.unmodifiableMap(
            new LinkedHashMap<>(Objects.requireNonNull(blockDeviceMapping, "blockDeviceMapping")));
    Objects.requireNonNull(kernelId, "kernelId");
    Objects.requireNonNull(ramdiskId, "ramdiskId");
  }
}
