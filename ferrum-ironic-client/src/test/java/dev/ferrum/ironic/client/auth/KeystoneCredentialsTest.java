package dev.ferrum.ironic.client.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The shapes Keystone accepts, their JSON, and the shapes refused before Keystone sees them. */
class KeystoneCredentialsTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final URI KS = URI.create("https://keystone.test:5000");

  @Test
  void domainScopedPasswordByUserId() throws Exception {
    var credentials =
        new KeystoneCredentials.Password(
            KS,
            KeystoneRef.byId("u-1"),
            "pw",
            Optional.empty(),
            Optional.of(KeystoneRef.byName("Default")));

    assertThat(KeystoneTokenClient.requestBody(credentials))
        .isEqualTo(
            JSON.readTree(
                """
                {"auth": {"identity": {"methods": ["password"],
                  "password": {"user": {"id": "u-1", "password": "pw"}}},
                  "scope": {"domain": {"name": "Default"}}}}
                """));
    assertThat(credentials.principal()).isEqualTo("user u-1");
  }

  @Test
  void unscopedPasswordSendsNoScope() throws Exception {
    var credentials =
        new KeystoneCredentials.Password(
            KS, KeystoneRef.byId("u-1"), "pw", Optional.empty(), Optional.empty());

    assertThat(KeystoneTokenClient.requestBody(credentials).path("auth").has("scope")).isFalse();
  }

  @Test
  void applicationCredentialByNameCarriesItsUser() throws Exception {
    var credentials =
        new KeystoneCredentials.ApplicationCredential(
            KS,
            Optional.empty(),
            Optional.of("ferrum"),
            "shh",
            Optional.of(KeystoneRef.byName("svc", KeystoneRef.byId("default"))));

    assertThat(KeystoneTokenClient.requestBody(credentials))
        .isEqualTo(
            JSON.readTree(
                """
                {"auth": {"identity": {"methods": ["application_credential"],
                  "application_credential": {"name": "ferrum", "secret": "shh",
                    "user": {"name": "svc", "domain": {"id": "default"}}}}}}
                """));
    assertThat(credentials.principal())
        .isEqualTo("application credential ferrum of user svc@default");
    assertThat(credentials.toString()).contains("secret=***").doesNotContain("shh");
  }

  @Test
  void incompleteShapesAreRefused() {
    KeystoneRef user = KeystoneRef.byName("admin", KeystoneRef.byName("Default"));
    assertThatThrownBy(() ->
            KeystoneCredentials.Password.forProject(
                KS, KeystoneRef.byName("admin"), "pw", KeystoneRef.byId("p")))
        .hasMessageContaining("user given by name needs its domain");
    assertThatThrownBy(() ->
            KeystoneCredentials.Password.forProject(KS, user, "pw", KeystoneRef.byName("demo")))
        .hasMessageContaining("project given by name needs its domain");
    assertThatThrownBy(() ->
            new KeystoneCredentials.Password(
                KS,
                user,
                "pw",
                Optional.of(KeystoneRef.byId("p")),
                Optional.of(KeystoneRef.byId("d"))))
        .hasMessageContaining("not both");
    assertThatThrownBy(() ->
            new KeystoneCredentials.Password(KS, user, "pw", Optional.empty(), Optional.of(user)))
        .hasMessageContaining("domain scope has no domain");
    assertThatThrownBy(() ->
            new KeystoneCredentials.ApplicationCredential(
                KS, Optional.of("id"), Optional.of("name"), "s", Optional.empty()))
        .hasMessageContaining("exactly one");
    assertThatThrownBy(() ->
            new KeystoneCredentials.ApplicationCredential(
                KS, Optional.empty(), Optional.of("name"), "s", Optional.empty()))
        .hasMessageContaining("needs its user");
    assertThatThrownBy(() ->
            new KeystoneCredentials.ApplicationCredential(
                KS,
                Optional.empty(),
                Optional.of("name"),
                "s",
                Optional.of(KeystoneRef.byName("u"))))
        .hasMessageContaining("user given by name needs its domain");
  }

  @Test
  void refsAreIdOrNameNeverBoth() {
    assertThatThrownBy(() -> new KeystoneRef(Optional.of("i"), Optional.of("n"), Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> KeystoneRef.byId(" ")).hasMessageContaining("blank");
    assertThatThrownBy(() ->
            new KeystoneRef(Optional.of("i"), Optional.empty(), Optional.of(KeystoneRef.byId("d"))))
        .hasMessageContaining("takes no domain");
    assertThatThrownBy(
            () -> KeystoneRef.byName("p", KeystoneRef.byName("d", KeystoneRef.byName("dd"))))
        .hasMessageContaining("no domain of its own");
  }

  @Test
  void tokensUrlWithOrWithoutV3() {
    for (String url :
        new String[] {"http://k:5000", "http://k:5000/", "http://k:5000/v3", "http://k:5000/v3/"}) {
      assertThat(KeystoneTokenClient.tokensUri(URI.create(url)))
          .isEqualTo(URI.create("http://k:5000/v3/auth/tokens"));
    }
  }

  @Test
  void timestampsInKeystoneSpellings() {
    var client =
        new KeystoneTokenClient(
            KeystoneCredentials.ApplicationCredential.byId(KS, "a", "s"),
            KeystoneOptions.defaults());
    Instant expected = Instant.parse("2026-11-24T20:00:00Z");
    assertThat(client.parseTimestamp("2026-11-24T20:00:00.000000Z")).isEqualTo(expected);
    assertThat(client.parseTimestamp("2026-11-24T21:00:00+01:00")).isEqualTo(expected);
    assertThat(client.parseTimestamp("2026-11-24T20:00:00.000000")).isEqualTo(expected);
  }

  @Test
  void errorMessagesFromBodies() {
    assertThat(KeystoneTokenClient.errorMessage("")).isEqualTo("(empty body)");
    assertThat(KeystoneTokenClient.errorMessage("{\"error\": {\"message\": \"no\"}}"))
        .isEqualTo("no");
    assertThat(KeystoneTokenClient.errorMessage("x".repeat(300))).hasSize(203).endsWith("...");
  }
}
