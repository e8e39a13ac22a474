package dev.ferrum.bench.storm;

import java.util.Objects;

/**
 * One instance of the storm: the node it lands on, its uuid and its one VIF.
 *
 * @param index position in the storm, 0-based
 * @param nodeUuid the node
 * @param instanceUuid the instance
 * @param vifId the instance's network port
 */
record Slot(int index, String nodeUuid, String instanceUuid, String vifId) {
  Slot {
    Objects.requireNonNull(nodeUuid, "nodeUuid");
    Objects.requireNonNull(instanceUuid, "instanceUuid");
    Objects.requireNonNull(vifId, "vifId");
  }
}
