package dev.ferrum.ironic.client.internal;

import dev.ferrum.ironic.client.model.Microversion;
import java.util.List;
import java.util.Objects;

/**
 * The calls volume connectors and volume targets share: both are plain collections under {@code
 * /v1/volume/}, listed per node, created and deleted alike (since microversion 1.32).
 *
 * @param <T> the resource as Ironic returns it
 * @param <C> the request that creates one
 */
abstract class VolumeResourceImpl<T, C> {

  private static final Microversion VOLUME = Microversion.of(32);

  private final Api api;
  private final String noun;
  private final String collection;
  private final Class<T> type;

  /**
   * @param noun the resource in words, for errors and logs ("volume target")
   * @param collection the path segment and JSON list key ("targets")
   */
  VolumeResourceImpl(Api api, String noun, String collection, Class<T> type) {
    this.api = Objects.requireNonNull(api, "api");
    this.noun = noun;
    this.collection = collection;
    this.type = type;
  }

  public List<T> listByNode(String node) {
    ApiCall call =
        ApiCall.of("list " + noun + "s", "GET", path(), VOLUME)
            .withQuery(
                new Query()
                    .add("node", Objects.requireNonNull(node, "node"))
                    .add("detail", "True"));
    return Pager.all(api, call, collection, type);
  }

  public T create(C request) {
    Objects.requireNonNull(request, "request");
    return api.read(
        ApiCall.of("create " + noun, "POST", path(), VOLUME).withBody(Json.tree(request)), type);
  }

  public void delete(String uuid) {
    api.send(
        ApiCall.of(
            "delete " + noun,
            "DELETE",
            path() + "/" + Query.segment(Objects.requireNonNull(uuid, "uuid")),
            VOLUME));
  }

  private String path() {
    return "/v1/volume/" + collection;
  }
}
