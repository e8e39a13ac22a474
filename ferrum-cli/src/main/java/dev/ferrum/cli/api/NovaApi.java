package dev.ferrum.cli.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The calls the {@code ferrum} commands make to Ferrum's Nova v2.1 and Glance v2 APIs, with names
 * resolved to ids the way the {@code openstack} client does (GET by id, else list by name, exact
 * matches only). One instance per command run; thread-safe.
 */
public final class NovaApi {

  /** The microversion used for flavor lists: the first that embeds {@code extra_specs}. */
  static final String FLAVOR_MICROVERSION = "2.61";

  private static final int MAX_PAGES = 1000;
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private final Endpoints endpoints;
  private final Http http;

  /**
   * An API client with its own {@link HttpClient}.
   *
   * @param endpoints where compute and image live
   * @param credentials how to authenticate
   */
  public NovaApi(Endpoints endpoints, Credentials credentials) {
    this(
        endpoints,
        credentials,
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build());
  }

  /** An API client sending through {@code client}. */
  public NovaApi(Endpoints endpoints, Credentials credentials, HttpClient client) {
    this.endpoints = Objects.requireNonNull(endpoints, "endpoints");
    this.http = new Http(client, Objects.requireNonNull(credentials, "credentials"));
  }

  /** The endpoints this client talks to. */
  public Endpoints endpoints() {
    return endpoints;
  }

  // ---------------------------------------------------------------- servers

  /**
   * {@code GET /servers/{id}}.
   *
   * @throws NotFoundException when there is no such server
   */
  public Server getServer(String id) {
    return Server.of(get(compute("/servers/" + segment(id))).path("server"));
  }

  /** {@code GET /servers/detail}, every server ({@code all_tenants} for admins when asked). */
  public List<Server> listServers(boolean allProjects) {
    String path = "/servers/detail" + (allProjects ? "?all_tenants=True" : "");
    return items(get(compute(path)), "servers", Server::of);
  }

  /**
   * The server with this id, else the one server with exactly this name.
   *
   * @throws NotFoundException when neither exists
   * @throws AmbiguousNameException when several servers have the name
   */
  public Server resolveServer(String idOrName) {
    Objects.requireNonNull(idOrName, "idOrName");
    try {
      return getServer(idOrName);
    } catch (NotFoundException e) {
      JsonNode list = get(compute("/servers?name=" + query(idOrName)));
      List<String> ids = new ArrayList<>();
      list.path("servers")
          .forEach(s -> {
            if (idOrName.equals(s.path("name").asText(null))) {
              ids.add(s.path("id").asText());
            }
          });
      return getServer(single("server", idOrName, ids));
    }
  }

  /**
   * {@code POST /servers}; answers the created server's id and, if the service generated one, its
   * admin password.
   */
  public CreatedServer createServer(ServerCreate request) {
    Objects.requireNonNull(request, "request");
    ObjectNode body = JSON.objectNode();
    ObjectNode s = body.putObject("server");
    s.put("name", request.name());
    s.put("imageRef", request.imageId());
    s.put("flavorRef", request.flavorId());
    s.put("min_count", 1);
    s.put("max_count", 1);
    request.keyName().ifPresent(k -> s.put("key_name", k));
    request.userData().ifPresent(d -> s.put("user_data", Base64.getEncoder().encodeToString(d)));
    if (!request.metadata().isEmpty()) {
      ObjectNode md = s.putObject("metadata");
      request.metadata().forEach(md::put);
    }
    JsonNode created = send("POST", compute("/servers"), body).path("server");
    String id = created.path("id").asText("");
    if (id.isEmpty()) {
      throw new NovaApiException("The service created a server but returned no id", 0, null);
    }
    return new CreatedServer(id, Fields.text(created, "adminPass"));
  }

  /** {@code DELETE /servers/{id}}. */
  public void deleteServer(String id) {
    send("DELETE", compute("/servers/" + segment(id)), null);
  }

  /** {@code reboot} action, {@code SOFT} or {@code HARD}. */
  public void reboot(String id, boolean hard) {
    ObjectNode args = JSON.objectNode().put("type", hard ? "HARD" : "SOFT");
    action(id, "reboot", args);
  }

  /** {@code os-stop} action: power the server off. */
  public void stop(String id) {
    action(id, "os-stop", JSON.nullNode());
  }

  /** {@code os-start} action: power the server on. */
  public void start(String id) {
    action(id, "os-start", JSON.nullNode());
  }

  /** {@code rebuild} action with a new (or the same) image. */
  public void rebuild(String id, String imageId) {
    action(id, "rebuild", JSON.objectNode().put("imageRef", imageId));
  }

  /** {@code rescue} action; answers the rescue password the service generated, if any. */
  public Optional<String> rescue(String id) {
    return Fields.text(action(id, "rescue", JSON.objectNode()), "adminPass");
  }

  /** {@code unrescue} action. */
  public void unrescue(String id) {
    action(id, "unrescue", JSON.nullNode());
  }

  // ---------------------------------------------------------------- flavors

  /** {@code GET /flavors/{id}}. */
  public Flavor getFlavor(String id) {
    return Flavor.of(
        http.send("GET", compute("/flavors/" + segment(id)), null, Optional.of(FLAVOR_MICROVERSION))
            .body()
            .path("flavor"));
  }

  /**
   * {@code GET /flavors/detail?is_public=None}: every flavor the caller may see, with extra specs,
   * following {@code flavors_links}.
   */
  public List<Flavor> listFlavors() {
    List<Flavor> all = new ArrayList<>();
    URI next = compute("/flavors/detail?is_public=None");
    for (int page = 0; next != null && page < MAX_PAGES; page++) {
      JsonNode body = http.send("GET", next, null, Optional.of(FLAVOR_MICROVERSION)).body();
      all.addAll(items(body, "flavors", Flavor::of));
      next = null;
      for (JsonNode link : body.path("flavors_links")) {
        if ("next".equals(link.path("rel").asText()) && link.path("href").isTextual()) {
          next = URI.create(link.get("href").asText());
        }
      }
    }
    return List.copyOf(all);
  }

  /** The flavor with this id, else the one flavor with exactly this name. */
  public Flavor resolveFlavor(String idOrName) {
    Objects.requireNonNull(idOrName, "idOrName");
    try {
      return getFlavor(idOrName);
    } catch (NotFoundException e) {
      List<String> ids =
          listFlavors().stream().filter(f -> f.name().equals(idOrName)).map(Flavor::id).toList();
      return getFlavor(single("flavor", idOrName, ids));
    }
  }

  /** {@code POST /flavors}, then {@code POST /flavors/{id}/os-extra_specs} when specs are given. */
  public Flavor createFlavor(FlavorCreate request) {
    Objects.requireNonNull(request, "request");
    ObjectNode body = JSON.objectNode();
    ObjectNode f = body.putObject("flavor");
    f.put("name", request.name());
    request.id().ifPresent(id -> f.put("id", id));
    f.put("ram", request.ram());
    f.put("vcpus", request.vcpus());
    f.put("disk", request.disk());
    f.put("os-flavor-access:is_public", request.isPublic());
    Flavor created = Flavor.of(send("POST", compute("/flavors"), body).path("flavor"));
    if (request.extraSpecs().isEmpty()) {
      return created;
    }
    ObjectNode specs = JSON.objectNode();
    request.extraSpecs().forEach(specs.putObject("extra_specs")::put);
    JsonNode answer =
        send("POST", compute("/flavors/" + segment(created.id()) + "/os-extra_specs"), specs);
    Map<String, String> stored = Fields.stringMap(answer.get("extra_specs"));
    return created.withExtraSpecs(stored.isEmpty() ? request.extraSpecs() : stored);
  }

  // ---------------------------------------------------------------- images

  /** {@code GET /images/{id}} (Glance v2). */
  public Image getImage(String id) {
    return Image.of(get(image("/images/" + segment(id))));
  }

  /** {@code GET /images}, following {@code next}. */
  public List<Image> listImages() {
    return imagePages("/images");
  }

  /** The image with this id, else the one image with exactly this name. */
  public Image resolveImage(String idOrName) {
    Objects.requireNonNull(idOrName, "idOrName");
    try {
      return getImage(idOrName);
    } catch (NotFoundException e) {
      List<Image> matches =
          imagePages("/images?name=" + query(idOrName)).stream()
              .filter(i -> i.name().equals(idOrName))
              .toList();
      String id = single("image", idOrName, matches.stream().map(Image::id).toList());
      return matches.stream().filter(i -> i.id().equals(id)).findFirst().orElseThrow();
    }
  }

  /** {@code POST /images}: registers an image by URL. */
  public Image createImage(ImageCreate request) {
    Objects.requireNonNull(request, "request");
    ObjectNode body = JSON.objectNode();
    request.properties().forEach(body::put);
    body.put("name", request.name());
    body.put("url", request.url());
    request.checksum().ifPresent(c -> body.put("checksum", c));
    request.diskFormat().ifPresent(d -> body.put("disk_format", d));
    request.containerFormat().ifPresent(c -> body.put("container_format", c));
    request.visibility().ifPresent(v -> body.put("visibility", v));
    return Image.of(send("POST", image("/images"), body));
  }

  // ---------------------------------------------------------------- hypervisors

  /** {@code GET /os-hypervisors/detail}: one entry per Ironic node. */
  public List<Hypervisor> listHypervisors() {
    return items(get(compute("/os-hypervisors/detail")), "hypervisors", Hypervisor::of);
  }

  // ---------------------------------------------------------------- plumbing

  private JsonNode action(String id, String name, JsonNode args) {
    ObjectNode body = JSON.objectNode();
    body.set(name, args);
    return send("POST", compute("/servers/" + segment(id) + "/action"), body);
  }

  private List<Image> imagePages(String first) {
    List<Image> all = new ArrayList<>();
    String next = first;
    for (int page = 0; next != null && page < MAX_PAGES; page++) {
      JsonNode body = get(image(next));
      all.addAll(items(body, "images", Image::of));
      next = body.path("next").isTextual() ? nextImagePath(body.get("next").asText()) : null;
    }
    return List.copyOf(all);
  }

  /** Glance's {@code next} is {@code /v2/images?…}, relative to the unversioned root. */
  static String nextImagePath(String next) {
    int at = next.indexOf("/images");
    return at < 0 ? null : next.substring(at);
  }

  private static String single(String kind, String name, List<String> ids) {
    if (ids.isEmpty()) {
      throw new NotFoundException(
          "No " + kind + " with a name or ID of '" + name + "' exists.", 0, null);
    }
    if (ids.size() > 1) {
      throw new AmbiguousNameException(kind, name, ids.size());
    }
    return ids.getFirst();
  }

  private static <T> List<T> items(JsonNode body, String key, Function<JsonNode, T> reader) {
    List<T> out = new ArrayList<>();
    body.path(key).forEach(n -> out.add(reader.apply(n)));
    return List.copyOf(out);
  }

  private JsonNode get(URI uri) {
    return http.send("GET", uri, null, Optional.empty()).body();
  }

  private JsonNode send(String method, URI uri, JsonNode body) {
    return http.send(method, uri, body, Optional.empty()).body();
  }

  private URI compute(String path) {
    return URI.create(endpoints.compute() + path);
  }

  private URI image(String path) {
    return URI.create(endpoints.image() + path);
  }

  private static String segment(String s) {
    return URLEncoder.encode(Objects.requireNonNull(s, "id"), StandardCharsets.UTF_8)
        .replace("+", "%20");
  }

  private static String query(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  /**
   * The answer to {@code POST /servers}.
   *
   * @param id the new server's uuid
   * @param adminPass the generated admin password, when the service returns one
   */
  public record CreatedServer(String id, Optional<String> adminPass) {
    /** Checks for nulls. */
    public CreatedServer {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(adminPass, "adminPass");
    }

    @Override
    public String toString() {
      return "CreatedServer[id=" + id + ", adminPass=" + (adminPass.isPresent() ? "***" : "") + "]";
    }
  }
}
