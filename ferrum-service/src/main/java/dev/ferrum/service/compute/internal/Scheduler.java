package dev.ferrum.service.compute.internal;

import dev.ferrum.driver.ComputeDriver;
import dev.ferrum.driver.DriverException;
import dev.ferrum.driver.resources.AvailableResource;
import dev.ferrum.driver.resources.InventoryItem;
import dev.ferrum.driver.resources.ProviderInventory;
import dev.ferrum.service.store.Flavor;
import dev.ferrum.service.store.Image;
import dev.ferrum.service.store.NodeClaimRepository;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Picks a node for a server and claims it. Filters are Nova's for bare metal: the flavor's {@code
 * resources:CUSTOM_*} resource class, required traits (flavor {@code trait:X=required}, image
 * {@code traits_required} or {@code trait:X=required}) and {@code capabilities:k=v}; nodes in
 * maintenance, not available, carrying an instance or claimed in the database are skipped. The
 * claim is one INSERT, so two schedulers never get the same node. Candidates are tried in random
 * order to spread concurrent builds.
 */
public final class Scheduler {
  private static final Logger LOG = LoggerFactory.getLogger(Scheduler.class);
  private static final String RESOURCES = "resources:";
  private static final String TRAIT = "trait:";
  private static final String CAPABILITIES = "capabilities:";

  private final ComputeDriver driver;
  private final NodeClaimRepository claims;
  private final Clock clock;

  /**
   * Creates the scheduler.
   *
   * @param driver the driver whose node cache is filtered
   * @param claims the claim table
   * @param clock the clock stamping claims
   */
  public Scheduler(ComputeDriver driver, NodeClaimRepository claims, Clock clock) {
    this.driver = driver;
    this.claims = claims;
    this.clock = clock;
  }

  /**
   * What a server needs from a node.
   *
   * @param resourceClass the normalised custom resource class ({@code CUSTOM_BAREMETAL}), or empty
   *     for any
   * @param traits traits the node must have
   * @param capabilities capability values the node must report
   */
  public record Requirements(
      Optional<String> resourceClass, Set<String> traits, Map<String, String> capabilities) {}

  /**
   * Derives the requirements from a flavor and an image.
   *
   * @param flavor the flavor
   * @param image the image
   * @return the requirements
   */
  public static Requirements requirements(Flavor flavor, Image image) {
    Optional<String> rc = Optional.empty();
    Set<String> traits = new LinkedHashSet<>();
    Map<String, String> caps = new LinkedHashMap<>();
    for (Map.Entry<String, String> e : flavor.extraSpecs().entrySet()) {
      String key = e.getKey();
      String value = e.getValue() == null ? "" : e.getValue().strip();
      if (key.startsWith(RESOURCES)) {
        String cls = key.substring(RESOURCES.length());
        if (cls.startsWith("CUSTOM_") && !value.equals("0")) {
          rc = Optional.of(cls);
        }
      } else if (key.startsWith(TRAIT) && value.equalsIgnoreCase("required")) {
        traits.add(key.substring(TRAIT.length()));
      } else if (key.startsWith(CAPABILITIES)) {
        caps.put(key.substring(CAPABILITIES.length()), value);
      }
    }
    for (Map.Entry<String, String> e : image.properties().entrySet()) {
      if (e.getKey().startsWith(TRAIT) && "required".equalsIgnoreCase(e.getValue())) {
        traits.add(e.getKey().substring(TRAIT.length()));
      } else if (e.getKey().equals("traits_required")) {
        traits.addAll(parseList(e.getValue()));
      }
    }
    return new Requirements(rc, Set.copyOf(traits), Map.copyOf(caps));
  }

  private static List<String> parseList(String value) {
    List<String> out = new ArrayList<>();
    String v = value.strip();
    if (v.startsWith("[") && v.endsWith("]")) {
      v = v.substring(1, v.length() - 1);
    }
    for (String part : v.split(",")) {
      String t = part.strip().replace("\"", "").replace("'", "");
      if (!t.isEmpty()) {
        out.add(t);
      }
    }
    return out;
  }

  /**
   * Lists the nodes that fit, in random order.
   *
   * @param req the requirements
   * @param excluded nodes not to offer (tried already)
   * @return the candidates
   */
  public List<String> candidates(Requirements req, Set<String> excluded) {
    List<String> nodes;
    try {
      nodes = new ArrayList<>(driver.availableNodes());
    } catch (DriverException e) {
      LOG.warn("cannot list nodes for scheduling: {}", e.getMessage());
      return List.of();
    }
    Collections.shuffle(nodes);
    List<String> fit = new ArrayList<>();
    for (String node : nodes) {
      if (excluded.contains(node) || claims.find(node).isPresent()) {
        continue;
      }
      try {
        if (fits(node, req)) {
          fit.add(node);
        }
      } catch (DriverException e) {
        LOG.debug("node {} skipped: {}", node, e.getMessage());
      }
    }
    return fit;
  }

  private boolean fits(String node, Requirements req) {
    ProviderInventory inv = driver.providerInventory(node);
    boolean free = false;
    for (Map.Entry<String, InventoryItem> e : inv.inventory().entrySet()) {
      InventoryItem item = e.getValue();
      boolean rcMatches = req.resourceClass().map(rc -> rc.equals(e.getKey())).orElse(true);
      if (rcMatches && item.reserved() < item.total()) {
        free = true;
      }
    }
    if (!free || !inv.traits().containsAll(req.traits())) {
      return false;
    }
    if (req.capabilities().isEmpty()) {
      return true;
    }
    AvailableResource res = driver.availableResource(node);
    for (Map.Entry<String, String> c : req.capabilities().entrySet()) {
      String have = res.stats().get(c.getKey());
      if (have == null || !matches(have, c.getValue())) {
        return false;
      }
    }
    return true;
  }

  private static boolean matches(String have, String want) {
    String w = want.strip();
    if (w.startsWith("s== ")) {
      w = w.substring(4).strip();
    } else if (w.startsWith("<in> ")) {
      return have.contains(w.substring(5).strip());
    }
    return have.strip().toLowerCase(Locale.ROOT).equals(w.toLowerCase(Locale.ROOT));
  }

  /**
   * Claims the first candidate that is still free.
   *
   * @param serverUuid the server
   * @param req the requirements
   * @param excluded nodes not to offer
   * @return the claimed node
   * @throws NoValidHostException when no node fits or every fitting node was taken meanwhile
   */
  public String selectAndClaim(String serverUuid, Requirements req, Set<String> excluded) {
    for (String node : candidates(req, excluded)) {
      if (claims.claim(node, serverUuid, clock.instant())) {
        LOG.info("server {} scheduled to node {}", serverUuid, node);
        return node;
      }
    }
    throw new NoValidHostException();
  }
}
