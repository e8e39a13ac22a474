package dev.ferrum.ironic.client;

import dev.ferrum.ironic.client.model.PortGroup;
import dev.ferrum.ironic.client.model.PortGroupCreate;
import dev.ferrum.ironic.client.model.PortQuery;
import java.util.List;

/**
 * A node's bonds, {@code /v1/portgroups} (1.23), from {@link IronicClient#portGroups()}.
 *
 * <p>Exists because VIFs may bind to port groups; the same failure and threading rules as {@link
 * Nodes} apply.
 */
public interface PortGroups {

  /** {@code GET /v1/portgroups/{uuid}}. */
  PortGroup get(String uuid);

  /** {@code GET /v1/portgroups/detail?node=&address=}: all matching, every page fetched. */
  List<PortGroup> list(PortQuery query);

  /** {@code POST /v1/portgroups}. */
  PortGroup create(PortGroupCreate portGroup);

  /** {@code DELETE /v1/portgroups/{uuid}}. */
  void delete(String uuid);
}
