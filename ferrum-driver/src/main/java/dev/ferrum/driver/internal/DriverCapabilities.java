package dev.ferrum.driver.internal;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Nova's Ironic capability flags (spec §15): exactly the keys Nova's dict has; absent keys are
 * absent, not false. Exists so the table stays out of the driver class.
 */
public final class DriverCapabilities {

  /** The flags. */
  public static final Map<String, Boolean> IRONIC = build();

  private DriverCapabilities() {}

  private static Map<String, Boolean> build() {
    Map<String, Boolean> caps = new LinkedHashMap<>();
    for (String k :
        new String[] {
          "has_imagecache",
          "supports_evacuate",
          "supports_migrate_to_same_host",
          "supports_multiattach",
          "supports_trusted_certs",
          "supports_pcpus",
          "supports_accelerators",
          "supports_remote_managed_ports",
          "supports_address_space_passthrough",
          "supports_address_space_emulated",
          "supports_stateless_firmware",
          "supports_virtio_fs",
          "supports_mem_backing_file",
          "supports_image_type_aki",
          "supports_image_type_ari",
          "supports_image_type_iso",
          "supports_image_type_vdi",
          "supports_image_type_vhd",
          "supports_image_type_vhdx",
          "supports_image_type_vmdk",
          "supports_image_type_ploop"
        }) {
      caps.put(k, false);
    }
    caps.put("supports_attach_interface", true);
    caps.put("supports_image_type_ami", true);
    caps.put("supports_image_type_qcow2", true);
    caps.put("supports_image_type_raw", true);
    return Map.copyOf(caps);
  }
}
