package dev.ferrum.service.api.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ferrum.service.InvalidRequestException;
import dev.ferrum.service.NotFoundException;
import dev.ferrum.service.store.KeyPair;
import dev.ferrum.service.store.KeyPairRepository;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * {@code /v2.1/os-keypairs}: a user's SSH public keys. Without a public key, an RSA pair is
 * generated and the private key returned once (Nova before 2.92). Admins may act for another user
 * with {@code user_id} from 2.10.
 */
final class KeyPairRoutes {
  private static final Pattern NAME = Pattern.compile("^[a-zA-Z0-9 _-]+$");

  private final KeyPairRepository keyPairs;
  private final KeyGenerationPool keyGeneration;
  private final Clock clock;

  KeyPairRoutes(KeyPairRepository keyPairs, KeyGenerationPool keyGeneration, Clock clock) {
    this.keyPairs = keyPairs;
    this.keyGeneration = keyGeneration;
    this.clock = clock;
  }

  void register(Javalin app) {
    app.get("/v2.1/os-keypairs", this::list);
    app.post("/v2.1/os-keypairs", this::create);
    app.get("/v2.1/os-keypairs/{name}", this::show);
    app.delete("/v2.1/os-keypairs/{name}", this::delete);
  }

  /** The user a request acts for: itself, or {@code user_id} for admins from 2.10. */
  private static String targetUser(Caller caller, String requested, String policy) {
    if (requested == null || !caller.version().atLeast(10) || requested.equals(caller.userId())) {
      return caller.userId();
    }
    caller.requireAdmin(policy);
    return requested;
  }

  private void list(Context ctx) {
    Caller caller = Pipeline.caller(ctx);
    String user = targetUser(caller, ctx.queryParam("user_id"), "os_compute_api:os-keypairs:index");
    List<KeyPair> keys = keyPairs.list(user);
    String marker = caller.version().atLeast(35) ? ctx.queryParam("marker") : null;
    if (marker != null) {
      int at = keys.stream().map(KeyPair::name).toList().indexOf(marker);
      if (at < 0) {
        throw new InvalidRequestException("marker [" + marker + "] not found");
      }
      keys = keys.subList(at + 1, keys.size());
    }
    String limitText = caller.version().atLeast(35) ? ctx.queryParam("limit") : null;
    if (limitText != null) {
      int limit;
      try {
        limit = Integer.parseInt(limitText);
      } catch (NumberFormatException e) {
        throw new InvalidRequestException("Invalid limit [" + limitText + "]");
      }
      if (limit < 0) {
        throw new InvalidRequestException("Invalid limit [" + limitText + "]");
      }
      keys = keys.subList(0, Math.min(limit, keys.size()));
    }
    ObjectNode root = Json.object();
    ArrayNode items = root.putArray("keypairs");
    for (KeyPair k : keys) {
      ObjectNode kp = Json.object();
      kp.put("name", k.name());
      kp.put("public_key", k.publicKey());
      kp.put("fingerprint", k.fingerprint());
      if (caller.version().atLeast(2)) {
        kp.put("type", k.type());
      }
      items.addObject().set("keypair", kp);
    }
    Json.respond(ctx, 200, root);
  }

  private void show(Context ctx) {
    Caller caller = Pipeline.caller(ctx);
    String user = targetUser(caller, ctx.queryParam("user_id"), "os_compute_api:os-keypairs:show");
    String name = ctx.pathParam("name");
    KeyPair k =
        keyPairs
            .find(user, name)
            .orElseThrow(() -> new NotFoundException("Keypair " + name + " for user", user));
    ObjectNode kp = Json.object();
    kp.put("name", k.name());
    kp.put("public_key", k.publicKey());
    kp.put("fingerprint", k.fingerprint());
    kp.put("user_id", k.userId());
    kp.put("created_at", Json.novaTime(k.createdAt()));
    kp.put("deleted", false);
    kp.putNull("deleted_at");
    kp.putNull("updated_at");
    if (caller.version().atLeast(2)) {
      kp.put("type", k.type());
    }
    ObjectNode root = Json.object();
    root.set("keypair", kp);
    Json.respond(ctx, 200, root);
  }

  private void create(Context ctx) {
    Caller caller = Pipeline.caller(ctx);
    ObjectNode body = Body.root(Body.parse(ctx), "keypair");
    Set<String> allowed = new HashSet<>(Set.of("name", "public_key"));
    if (caller.version().atLeast(2)) {
      allowed.add("type");
    }
    if (caller.version().atLeast(10)) {
      allowed.add("user_id");
    }
    Body.rejectUnknown(body, allowed);
    String name = Body.name(body, "name", 255);
    if (!NAME.matcher(name).matches()) {
      throw new InvalidRequestException(
          "Keypair data is invalid: Keypair name contains unsafe characters");
    }
    String type = Body.optionalString(body, "type", 16);
    if (type != null && !type.equals("ssh")) {
      if (type.equals("x509")) {
        throw new InvalidRequestException(
            "Keypair data is invalid: x509 keypairs are not supported");
      }
      throw Body.invalid("type", body.get("type"), "is not one of ['ssh', 'x509']");
    }
    String user =
        targetUser(
            caller, Body.optionalString(body, "user_id", 255), "os_compute_api:os-keypairs:create");
    String publicKey = Body.optionalText(body, "public_key", 65_535);
    KeyPairGenerator.Generated generated = null;
    if (publicKey == null) {
      generated = keyGeneration.generate("Generated-by-Ferrum").orElse(null);
      if (generated == null) {
        ctx.header("Retry-After", "1");
        throw new ApiException(503, "Key pair generation is busy. Please retry later.");
      }
      publicKey = generated.publicKey();
    }
    String fingerprint = SshKeys.fingerprint(publicKey);
    KeyPair created =
        keyPairs.create(
            new KeyPair(
                user,
                name,
                caller.projectId(),
                publicKey.strip(),
                fingerprint,
                "ssh",
                clock.instant().truncatedTo(ChronoUnit.MICROS)));
    ObjectNode kp = Json.object();
    kp.put("name", created.name());
    kp.put("public_key", created.publicKey());
    kp.put("fingerprint", created.fingerprint());
    kp.put("user_id", created.userId());
    if (caller.version().atLeast(2)) {
      kp.put("type", created.type());
    }
    if (generated != null) {
      kp.put("private_key", generated.privateKeyPem());
    }
    ObjectNode root = Json.object();
    root.set("keypair", kp);
    Json.respond(ctx, caller.version().atLeast(2) ? 201 : 200, root);
  }

  private void delete(Context ctx) {
    Caller caller = Pipeline.caller(ctx);
    String user =
        targetUser(caller, ctx.queryParam("user_id"), "os_compute_api:os-keypairs:delete");
    String name = ctx.pathParam("name");
    if (keyPairs.find(user, name).isEmpty()) {
      throw new NotFoundException("Keypair " + name + " for user", user);
    }
    keyPairs.delete(user, name);
    ctx.status(caller.version().atLeast(2) ? 204 : 202);
  }
}
