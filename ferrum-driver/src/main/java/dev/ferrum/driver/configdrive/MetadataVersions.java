package dev.ferrum.driver.configdrive;

import java.util.List;
import java.util.stream.Stream;

/**
 * The metadata versions a config drive carries, fixed here because guests (cloud-init, Ignition,
 * Glean) pick the newest directory they understand, so the set must match what Nova writes.
 */
public final class MetadataVersions {

  /** OpenStack metadata versions, oldest first, without {@code latest}. */
  public static final List<String> OPENSTACK =
      List.of(
          "2012-08-10",
          "2013-04-04",
          "2013-10-17",
          "2015-10-15",
          "2016-06-30",
          "2016-10-06",
          "2017-02-22",
          "2018-08-27",
          "2020-10-14",
          "2025-04-04");

  /** EC2 versions Nova keeps by default ({@code config_drive_skip_versions} drops the rest). */
  public static final List<String> EC2 = List.of("2009-04-04", "latest");

  /** The alias of the newest version. */
  public static final String LATEST = "latest";

  /** {@code random_seed} and the password entry appear from this version. */
  public static final String GRIZZLY = "2013-04-04";

  /** {@code vendor_data.json} appears from this version. */
  public static final String HAVANA = "2013-10-17";

  /** {@code network_data.json} and {@code project_id} appear from this version. */
  public static final String LIBERTY = "2015-10-15";

  /** Tagged {@code devices} appear from this version. */
  public static final String NEWTON_ONE = "2016-06-30";

  /** {@code vendor_data2.json} appears from this version. */
  public static final String NEWTON_TWO = "2016-10-06";

  /** Devices expose {@code vlan} from this version. */
  public static final String OCATA = "2017-02-22";

  /** Devices expose {@code vf_trusted} from this version. */
  public static final String ROCKY = "2018-08-27";

  /** {@code dedicated_cpus} appears from this version. */
  public static final String VICTORIA = "2020-10-14";

  private MetadataVersions() {}

  /**
   * The OpenStack directories written: every version then {@code latest}.
   *
   * @return version directory names
   */
  public static List<String> openstackDirectories() {
    return Stream.concat(OPENSTACK.stream(), Stream.of(LATEST)).toList();
  }

  /**
   * Whether {@code version} is at least {@code required} ({@code latest} is newest).
   *
   * @param required the version a feature appeared in
   * @param version the version being rendered
   * @return {@code true} when the feature is present in {@code version}
   */
  public static boolean atLeast(String required, String version) {
    int have = LATEST.equals(version) ? OPENSTACK.size() : OPENSTACK.indexOf(version);
    int need = OPENSTACK.indexOf(required);
    if (have < 0 || need < 0) {
      throw new IllegalArgumentException("unknown metadata version " + version + "/" + required);
    }
    return have >= need;
  }
}
