package dev.ferrum.driver.configdrive;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ferrum.driver.configdrive.internal.MetadataDocuments;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The file tree of a config drive, exactly as Nova lays it out: the EC2 tree ({@code
 * ec2/<v>/meta-data.json}, {@code user-data}) for the kept EC2 versions, and for every OpenStack
 * version {@code meta_data.json}, {@code user_data}, {@code vendor_data.json} (from 2013-10-17),
 * {@code network_data.json} (from 2015-10-15), {@code vendor_data2.json} (from 2016-10-06), plus
 * {@code openstack/content/NNNN}. Separate from the image writer so the layout can be checked
 * without ISO tooling and reused by any other image format.
 */
public final class ConfigDriveLayout {

  private static final ObjectMapper JSON = new ObjectMapper();

  private ConfigDriveLayout() {}

  /**
   * Renders the file tree.
   *
   * @param content the drive content
   * @return an unmodifiable map, sorted by path, from drive-relative path ({@code
   *     openstack/latest/meta_data.json}) to file bytes (fresh arrays, owned by the caller)
   */
  public static SortedMap<String, byte[]> files(ConfigDriveContent content) {
    Objects.requireNonNull(content, "content");
    SortedMap<String, byte[]> files = new TreeMap<>();
    content
        .ec2()
        .ifPresent(ec2 -> {
          byte[] meta = json(MetadataDocuments.ec2MetaData(content, ec2));
          for (String version : MetadataVersions.EC2) {
            files.put("ec2/" + version + "/meta-data.json", meta);
            if (content.hasUserData()) {
              files.put("ec2/" + version + "/user-data", content.userData());
            }
          }
        });
    byte[] network = json(MetadataDocuments.networkData(content.networkData()));
    byte[] vendor = json(content.vendorData().staticData());
    byte[] vendor2 = json(MetadataDocuments.vendorData2(content));
    for (String version : MetadataVersions.openstackDirectories()) {
      String dir = "openstack/" + version + "/";
      files.put(dir + "meta_data.json", json(MetadataDocuments.metaData(content, version)));
      if (content.hasUserData()) {
        files.put(dir + "user_data", content.userData());
      }
      if (MetadataVersions.atLeast(MetadataVersions.HAVANA, version)) {
        files.put(dir + "vendor_data.json", vendor);
      }
      if (MetadataVersions.atLeast(MetadataVersions.LIBERTY, version)) {
        files.put(dir + "network_data.json", network);
      }
      if (MetadataVersions.atLeast(MetadataVersions.NEWTON_TWO, version)) {
        files.put(dir + "vendor_data2.json", vendor2);
      }
    }
    for (Map.Entry<String, byte[]> entry : MetadataDocuments.contentEntries(content).entrySet()) {
      files.put(
          "openstack/" + MetadataDocuments.CONTENT_DIR + "/" + entry.getKey(), entry.getValue());
    }
    SortedMap<String, byte[]> copies = new TreeMap<>();
    files.forEach((path, bytes) -> copies.put(path, bytes.clone()));
    return Collections.unmodifiableSortedMap(copies);
  }

  static byte[] json(Object tree) {
    try {
      return JSON.writeValueAsBytes(tree);
    } catch (JsonProcessingException e) {
      throw new ConfigDriveContentException(
          "config drive document is not JSON-serialisable: " + e.getOriginalMessage());
    }
  }
}
