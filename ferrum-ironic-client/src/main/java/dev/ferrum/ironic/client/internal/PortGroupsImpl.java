package dev.ferrum.ironic.client.internal;

import dev.ferrum.ironic.client.PortGroups;
import dev.ferrum.ironic.client.model.Microversion;
import dev.ferrum.ironic.client.model.PortGroup;
import dev.ferrum.ironic.client.model.PortGroupCreate;
import dev.ferrum.ironic.client.model.PortQuery;
import java.util.List;
import java.util.Objects;

/** {@link PortGroups} over the engine. Thread-safe. */
public final class PortGroupsImpl implements PortGroups {

  private static final Microversion PORTGROUPS = Microversion.of(23);
  private static final Microversion MODE = Microversion.of(26);

  private final Api api;

  /** Creates the port group API over {@code api}. */
  public PortGroupsImpl(Api api) {
    this.api = Objects.requireNonNull(api, "api");
  }

  private static String group(String uuid) {
    return "/v1/portgroups/" + Query.segment(Objects.requireNonNull(uuid, "uuid"));
  }

  @Override
  public PortGroup get(String uuid) {
    return api.read(ApiCall.of("get port group", "GET", group(uuid), PORTGROUPS), PortGroup.class);
  }

  @Override
  public List<PortGroup> list(PortQuery query) {
    Objects.requireNonNull(query, "query");
    ApiCall call =
        ApiCall.of("list port groups", "GET", "/v1/portgroups/detail", PORTGROUPS)
            .withQuery(
                new Query()
                    .add("node", query.node())
                    .add("address", query.address())
                    .add("limit", query.limit()));
    return Pager.all(api, call, "portgroups", PortGroup.class);
  }

  @Override
  public PortGroup create(PortGroupCreate portGroup) {
    Objects.requireNonNull(portGroup, "portGroup");
    Microversion min =
        portGroup.mode() != null || portGroup.properties() != null ? MODE : PORTGROUPS;
    return api.read(
        ApiCall.of("create port group", "POST", "/v1/portgroups", min)
            .withBody(Json.tree(portGroup)),
        PortGroup.class);
  }

  @Override
  public void delete(String uuid) {
    api.send(ApiCall.of("delete port group", "DELETE", group(uuid), PORTGROUPS));
  }
}
