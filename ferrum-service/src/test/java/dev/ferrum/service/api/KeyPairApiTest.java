package dev.ferrum.service.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code /v2.1/os-keypairs}: per-user keys, fingerprints, version-dependent shapes. */
class KeyPairApiTest extends ApiTestSupport {
  static final String ED25519 =
      "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIBFc7Kk0fvfPzFfhdKQdKbyW/8NLRuIPtHufZtvyNBoY alice@example";
  static final String ED25519_MD5 = "63:e5:1f:fa:8f:58:22:8f:18:e0:1c:64:ec:bc:84:93";
  static final String RSA =
      "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAAAgQCtcLJQ2TQsLUjBXcFf4ImL2c2x1j+pkQR/WR2NCU/oDawV0XYQal7D"
          + "zxayh8xXvjp/JKQcW3OrHhqAuiueZHZyMRjI58Jv6CtdozsgUogeL1qQkMRDlgtLjL00w0dUl7n4KRG8cu1EM+DY"
          + "vVtXw4BGCNBPnhPNBcS+owy+7gDQdQ== bob@example";
  static final String RSA_MD5 = "3b:21:4b:23:2b:3c:d2:a7:71:0f:85:4f:9d:08:f0:89";
  static final String V = "X-OpenStack-Nova-API-Version";

  Resp create(String token, String name, String key, String... headers) {
    return post(
        "/v2.1/os-keypairs",
        token,
        json("{'keypair': {'name': '" + name + "', 'public_key': '" + key + "'}}"),
        headers);
  }

  @Test
  void createComputesOpenSshMd5Fingerprints() {
    Resp r = create(ALICE, "laptop", ED25519);

    assertThat(r.status()).isEqualTo(200);
    JsonNode kp = r.json().path("keypair");
    assertThat(kp.path("fingerprint").asText()).isEqualTo(ED25519_MD5);
    assertThat(kp.path("user_id").asText()).isEqualTo("alice");
    assertThat(kp.has("type")).isFalse();
    assertThat(create(ALICE, "rsa", RSA).json().path("keypair").path("fingerprint").asText())
        .isEqualTo(RSA_MD5);
  }

  @Test
  void aTrailingNewlineFromAKeyFileIsAcceptedButTwoLinesAreNot() {
    String withNewline = ED25519.replace(" alice@example", " alice@example\\n");
    String twoLines = ED25519.replace(" alice@example", "\\nssh-rsa AAAA");

    assertThat(create(ALICE, "k1", withNewline).status()).isEqualTo(200);
    assertThat(db.keyPairs().find("alice", "k1").orElseThrow().publicKey()).isEqualTo(ED25519);
    assertThat(create(ALICE, "k2", twoLines).status()).isEqualTo(400);
  }

  @Test
  void withoutAPublicKeyAnRsaPairIsGeneratedAndOnlyThePublicHalfStored() {
    Resp r = post("/v2.1/os-keypairs", ALICE, json("{'keypair': {'name': 'gen'}}"));

    assertThat(r.status()).isEqualTo(200);
    JsonNode kp = r.json().path("keypair");
    assertThat(kp.path("private_key").asText())
        .startsWith("-----BEGIN RSA PRIVATE KEY-----\n")
        .endsWith("-----END RSA PRIVATE KEY-----\n");
    assertThat(kp.path("public_key").asText()).startsWith("ssh-rsa AAAAB3NzaC1yc2E");
    var stored = db.keyPairs().find("alice", "gen").orElseThrow();
    assertThat(stored.publicKey()).isEqualTo(kp.path("public_key").asText());
    assertThat(stored.fingerprint()).isEqualTo(kp.path("fingerprint").asText());
    assertThat(get("/v2.1/os-keypairs/gen", ALICE).json().path("keypair").has("private_key"))
        .isFalse();
  }

  @Test
  void from22CreateIs201WithType() {
    Resp r = create(ALICE, "laptop", ED25519, V, "2.2");

    assertThat(r.status()).isEqualTo(201);
    assertThat(r.json().path("keypair").path("type").asText()).isEqualTo("ssh");
  }

  @Test
  void keypairsArePerUser() {
    create(ALICE, "laptop", ED25519);
    create(BOB, "laptop", RSA);

    JsonNode alice = get("/v2.1/os-keypairs", ALICE).json().path("keypairs");
    assertThat(alice).hasSize(1);
    assertThat(alice.get(0).path("keypair").path("fingerprint").asText()).isEqualTo(ED25519_MD5);
    Resp show = get("/v2.1/os-keypairs/laptop", BOB);
    assertThat(show.json().path("keypair").path("fingerprint").asText()).isEqualTo(RSA_MD5);
    assertThat(show.json().path("keypair").path("user_id").asText()).isEqualTo("bob");
    assertThat(show.json().path("keypair").path("deleted").asBoolean()).isFalse();
    assertThat(get("/v2.1/os-keypairs/laptop", "admin-token-7f3a").status()).isEqualTo(404);
  }

  @Test
  void adminActsForAnotherUserFrom210() {
    create(ALICE, "laptop", ED25519);

    assertThat(get("/v2.1/os-keypairs?user_id=alice", ADMIN).json().path("keypairs")).isEmpty();
    assertThat(get("/v2.1/os-keypairs?user_id=alice", ADMIN, V, "2.10").json().path("keypairs"))
        .hasSize(1);
    Resp forbidden = get("/v2.1/os-keypairs?user_id=alice", BOB, V, "2.10");
    assertThat(forbidden.status()).isEqualTo(403);
    Resp made =
        post(
            "/v2.1/os-keypairs",
            ADMIN,
            json("{'keypair': {'name': 'ops', 'public_key': '" + RSA + "', 'user_id': 'bob'}}"),
            V,
            "2.10");
    assertThat(made.status()).isEqualTo(201);
    assertThat(db.keyPairs().find("bob", "ops")).isPresent();
    assertThat(delete("/v2.1/os-keypairs/laptop?user_id=alice", ADMIN, V, "2.10").status())
        .isEqualTo(204);
  }

  @Test
  void pagingFrom235() {
    create(ALICE, "a", ED25519);
    create(ALICE, "b", RSA);
    create(ALICE, "c", RSA);

    JsonNode page =
        get("/v2.1/os-keypairs?limit=1&marker=a", ALICE, V, "2.35").json().path("keypairs");
    assertThat(page).hasSize(1);
    assertThat(page.get(0).path("keypair").path("name").asText()).isEqualTo("b");
    assertThat(get("/v2.1/os-keypairs?marker=zzz", ALICE, V, "2.35").status()).isEqualTo(400);
  }

  @Test
  void duplicateNameIs409() {
    create(ALICE, "laptop", ED25519);

    Resp r = create(ALICE, "laptop", RSA);
    assertThat(r.status()).isEqualTo(409);
    assertThat(r.json().path("conflictingRequest").path("message").asText())
        .isEqualTo("Key pair 'laptop' already exists.");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{'keypair': {'public_key': 'ssh-rsa AAAA'}}",
        "{'keypair': {'name': 'bad/name', 'public_key': '" + ED25519 + "'}}",
        "{'keypair': {'name': '', 'public_key': '" + ED25519 + "'}}",
        "{'keypair': {'name': 'k', 'public_key': 'ssh-rsa not-base64!'}}",
        "{'keypair': {'name': 'k', 'public_key': 'ssh-rsa AAAAC3NzaC1lZDI1NTE5AAAAIBFc7Kk0fvfPzFfhdKQdKbyW/8NLRuIPtHufZtvyNBoY'}}",
        "{'keypair': {'name': 'k', 'public_key': 'hello world'}}",
        "{'keypair': {'name': 'k', 'public_key': '" + ED25519 + "', 'type': 'ssh'}}",
        "{'keypair': {'name': 'k', 'public_key': '" + ED25519 + "', 'extra': 1}}",
        "{'key': {}}",
      })
  void invalidBodiesAre400AndStoreNothing(String body) {
    Resp r = post("/v2.1/os-keypairs", ALICE, json(body));

    assertThat(r.status()).isEqualTo(400);
    assertThat(r.json().path("badRequest").path("message").asText()).isNotBlank();
    assertThat(db.keyPairs().list("alice")).isEmpty();
  }

  @Test
  void x509IsRefused() {
    Resp r =
        post(
            "/v2.1/os-keypairs",
            ALICE,
            json("{'keypair': {'name': 'k', 'public_key': '" + ED25519 + "', 'type': 'x509'}}"),
            V,
            "2.2");

    assertThat(r.status()).isEqualTo(400);
  }

  @Test
  void deleteAnswers202Then204From22() {
    create(ALICE, "a", ED25519);
    create(ALICE, "b", ED25519);

    assertThat(delete("/v2.1/os-keypairs/a", ALICE).status()).isEqualTo(202);
    assertThat(delete("/v2.1/os-keypairs/b", ALICE, V, "2.2").status()).isEqualTo(204);
    Resp gone = delete("/v2.1/os-keypairs/b", ALICE);
    assertThat(gone.status()).isEqualTo(404);
    assertThat(gone.json().path("itemNotFound").path("message").asText())
        .isEqualTo("Keypair b for user alice could not be found.");
  }
}
