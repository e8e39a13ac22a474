package dev.ferrum.service.api.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ferrum.service.store.Flavor;
import dev.ferrum.service.store.Server;
import dev.ferrum.service.store.ServerAddress;
import dev.ferrum.service.store.TaskState;
import dev.ferrum.service.store.VmState;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Set;

/**
 * Nova's server JSON at a given microversion, and Nova's mapping from vm_state/task_state to the
 * API {@code status}. In one place so that list, show, create and rebuild answer alike.
 */
final class ServerViews {
  /** Every status Nova accepts in the {@code status} filter. */
  static final Set<String> STATUSES =
      Set.of(
          "ACTIVE",
          "BUILD",
          "DELETED",
          "ERROR",
          "HARD_REBOOT",
          "MIGRATING",
          "PASSWORD",
          "PAUSED",
          "REBOOT",
          "REBUILD",
          "RESCUE",
          "RESIZE",
          "REVERT_RESIZE",
          "SHELVED",
          "SHELVED_OFFLOADED",
          "SHUTOFF",
          "SOFT_DELETED",
          "SUSPENDED",
          "UNKNOWN",
          "VERIFY_RESIZE");

  private ServerViews() {}

  /**
   * Nova's API status for a server.
   *
   * @param s the server
   * @return e.g. {@code ACTIVE}, {@code HARD_REBOOT}
   */
  static String status(Server s) {
    TaskState t = s.taskState();
    return switch (s.vmState()) {
      case BUILDING -> "BUILD";
      case ACTIVE -> {
        if (t == TaskState.REBOOTING) {
          yield "REBOOT";
        } else if (t == TaskState.REBOOTING_HARD) {
          yield "HARD_REBOOT";
        } else if (t == TaskState.REBUILDING || t == TaskState.REBUILD_SPAWNING) {
          yield "REBUILD";
        }
        yield "ACTIVE";
      }
      case STOPPED ->
          t == TaskState.REBUILDING || t == TaskState.REBUILD_SPAWNING ? "REBUILD" : "SHUTOFF";
      case RESCUED -> "RESCUE";
      case ERROR ->
          t == TaskState.REBUILDING || t == TaskState.REBUILD_SPAWNING ? "REBUILD" : "ERROR";
      case DELETED -> "DELETED";
    };
  }

  static ObjectNode brief(Context ctx, Server s) {
    ObjectNode n = Json.object();
    n.put("id", s.uuid());
    n.put("name", s.name());
    n.set("links", Links.selfAndBookmark(ctx, "servers", s.uuid()));
    return n;
  }

  static ObjectNode detail(Context ctx, Server s, Caller caller) {
    Microversion v = caller.version();
    ObjectNode n = Json.object();
    n.put("id", s.uuid());
    n.put("name", s.name());
    n.put("status", status(s));
    n.put("tenant_id", s.projectId());
    n.put("user_id", s.userId());
    ObjectNode md = n.putObject("metadata");
    s.metadata().forEach(md::put);
    n.put("hostId", hostId(s));
    if (s.imageId() == null) {
      n.put("image", "");
    } else {
      ObjectNode img = n.putObject("image");
      img.put("id", s.imageId());
      ArrayNode links = img.putArray("links");
      links
          .addObject()
          .put("rel", "bookmark")
          .put("href", Links.base(ctx) + "/images/" + s.imageId());
    }
    n.set("flavor", flavor(ctx, s.flavor(), v));
    n.put("created", Json.time(s.createdAt()));
    n.put("updated", Json.time(s.updatedAt() != null ? s.updatedAt() : s.createdAt()));
    n.set("addresses", addresses(s));
    n.put("accessIPv4", s.accessIpv4() == null ? "" : s.accessIpv4());
    n.put("accessIPv6", s.accessIpv6() == null ? "" : s.accessIpv6());
    n.set("links", Links.selfAndBookmark(ctx, "servers", s.uuid()));
    n.put("OS-DCF:diskConfig", "MANUAL");
    n.put("progress", s.vmState() == VmState.ACTIVE ? 100 : 0);
    n.put("OS-EXT-AZ:availability_zone", "nova");
    n.put("config_drive", s.configDrive() ? "True" : "");
    n.put("key_name", s.keyName());
    n.put("OS-SRV-USG:launched_at", Json.novaTime(s.launchedAt()));
    n.put("OS-SRV-USG:terminated_at", Json.novaTime(s.terminatedAt()));
    n.put("OS-EXT-STS:task_state", s.taskState() == null ? null : s.taskState().wireValue());
    n.put("OS-EXT-STS:vm_state", s.vmState().wireValue());
    n.put("OS-EXT-STS:power_state", s.powerState().code());
    n.putArray("os-extended-volumes:volumes_attached");
    if (caller.isAdmin()) {
      n.put("OS-EXT-SRV-ATTR:host", s.host());
      n.put("OS-EXT-SRV-ATTR:hypervisor_hostname", s.nodeUuid());
      n.put("OS-EXT-SRV-ATTR:instance_name", "instance-" + s.uuid());
      if (v.atLeast(3)) {
        n.put("OS-EXT-SRV-ATTR:reservation_id", "r-" + s.uuid().substring(0, 8));
        n.put("OS-EXT-SRV-ATTR:launch_index", 0);
        n.put("OS-EXT-SRV-ATTR:hostname", s.hostname());
        n.put("OS-EXT-SRV-ATTR:kernel_id", "");
        n.put("OS-EXT-SRV-ATTR:ramdisk_id", "");
        n.put("OS-EXT-SRV-ATTR:root_device_name", (String) null);
        n.put("OS-EXT-SRV-ATTR:user_data", s.userData());
      }
      if (v.atLeast(16)) {
        n.put("host_status", s.host() == null ? "" : "UP");
      }
    }
    if (v.atLeast(9)) {
      n.put("locked", false);
    }
    if (v.atLeast(19)) {
      n.putNull("description");
    }
    if (v.atLeast(26)) {
      n.putArray("tags");
    }
    if (v.atLeast(63)) {
      n.putNull("trusted_image_certificates");
    }
    if (v.atLeast(73)) {
      n.putNull("locked_reason");
    }
    if (s.fault() != null && (s.vmState() == VmState.ERROR || s.vmState() == VmState.DELETED)) {
      ObjectNode f = n.putObject("fault");
      f.put("code", s.fault().code());
      f.put("created", Json.time(s.fault().createdAt()));
      f.put("message", s.fault().message());
      if (caller.isAdmin() && s.fault().details() != null) {
        f.put("details", s.fault().details());
      }
    }
    return n;
  }

  private static ObjectNode flavor(Context ctx, Flavor f, Microversion v) {
    ObjectNode n = Json.object();
    if (!v.atLeast(47)) {
      n.put("id", f.id());
      ArrayNode links = n.putArray("links");
      links.addObject().put("rel", "bookmark").put("href", Links.base(ctx) + "/flavors/" + f.id());
      return n;
    }
    n.put("vcpus", f.vcpus());
    n.put("ram", f.memoryMb());
    n.put("disk", f.rootGb());
    n.put("ephemeral", f.ephemeralGb());
    n.put("swap", f.swapMb());
    n.put("original_name", f.name());
    n.set("extra_specs", FlavorViews.specs(f.extraSpecs()));
    return n;
  }

  static ObjectNode addresses(Server s) {
    ObjectNode n = Json.object();
    for (ServerAddress a : s.addresses()) {
      ArrayNode list =
          n.has(a.network()) ? (ArrayNode) n.get(a.network()) : n.putArray(a.network());
      ObjectNode o = list.addObject();
      o.put("version", a.version());
      o.put("addr", a.address());
      o.put("OS-EXT-IPS:type", a.type());
      if (a.macAddress() != null) {
        o.put("OS-EXT-IPS-MAC:mac_addr", a.macAddress());
      }
    }
    return n;
  }

  /** Nova's hostId: sha224 of project id + host, hiding the host name from users. */
  private static String hostId(Server s) {
    if (s.host() == null) {
      return "";
    }
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-224");
      return HexFormat.of()
          .formatHex(md.digest((s.projectId() + s.host()).getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      return "";
    }
  }
}
