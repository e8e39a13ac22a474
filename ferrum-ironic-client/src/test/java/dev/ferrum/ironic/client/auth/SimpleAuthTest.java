package dev.ferrum.ironic.client.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The auth types without Keystone, and the small value types. */
class SimpleAuthTest {

  @Test
  void httpBasicSendsTheRfc7617Header() {
    IronicAuth auth = IronicAuth.httpBasic("admin", "pässword");

    // base64("admin:pässword") in UTF-8
    assertThat(auth.requestHeaders())
        .isEqualTo(Map.of("Authorization", "Basic YWRtaW46cMOkc3N3b3Jk"));
    assertThat(auth.invalidate()).isFalse();
    assertThat(auth.endpoint()).isEmpty();
    assertThat(auth.type()).isEqualTo("http_basic");
    assertThat(auth.toString()).contains("admin").doesNotContain("pässword");
    assertThatThrownBy(() -> IronicAuth.httpBasic("a:b", "p"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void noAuthSendsNothing() {
    IronicAuth auth = IronicAuth.none();
    assertThat(auth.requestHeaders()).isEmpty();
    assertThat(auth.invalidate()).isFalse();
    assertThat(auth.endpoint()).isEmpty();
    assertThat(auth.type()).isEqualTo("none");
  }

  @Test
  void interfacesParseAsOpenStackSpellsThem() {
    assertThat(EndpointInterface.parse("public")).isEqualTo(EndpointInterface.PUBLIC);
    assertThat(EndpointInterface.parse("internalURL")).isEqualTo(EndpointInterface.INTERNAL);
    assertThat(EndpointInterface.parse(" Admin ")).isEqualTo(EndpointInterface.ADMIN);
    assertThatThrownBy(() -> EndpointInterface.parse("private"))
        .hasMessageContaining("public, internal or admin");
  }

  @Test
  void catalogUrlsLoseTheirVersion() {
    assertThat(ServiceCatalog.trimVersion("http://i:6385/v1/")).hasToString("http://i:6385");
    assertThat(ServiceCatalog.trimVersion("http://i/baremetal/")).hasToString("http://i/baremetal");
    assertThat(ServiceCatalog.trimVersion("http://i/baremetal")).hasToString("http://i/baremetal");
  }

  @Test
  void catalogWithoutTheServiceSaysSo() throws Exception {
    ServiceCatalog catalog =
        ServiceCatalog.parse(
            new ObjectMapper()
                .readTree(
                    """
                    [{"type": "compute", "endpoints": [
                      {"interface": "public", "url": "http://nova"},
                      {"interface": "public", "url": ""}]}]
                    """));
    assertThat(catalog.endpoints()).hasSize(1);
    assertThatThrownBy(() -> catalog.find("baremetal", EndpointInterface.PUBLIC, Optional.empty()))
        .isInstanceOf(EndpointNotFoundException.class)
        .hasMessageContaining("no 'baremetal' service at all")
        .hasMessageContaining("any region");
    assertThat(ServiceCatalog.parse(null).endpoints()).isEmpty();
  }

  @Test
  void optionsRefuseNonsense() {
    KeystoneOptions d = KeystoneOptions.defaults();
    assertThatThrownBy(() -> d.withTimeouts(Duration.ZERO, Duration.ofSeconds(1)))
        .hasMessageContaining("connectTimeout");
    assertThatThrownBy(() -> d.withRenewalMargin(Duration.ofSeconds(-1)))
        .hasMessageContaining("renewalMargin");
    KeystoneOptions changed = d.withTimeouts(Duration.ofSeconds(1), Duration.ofSeconds(2));
    assertThat(changed.requestTimeout()).isEqualTo(Duration.ofSeconds(2));
    assertThat(changed.withTls(d.tls())).isEqualTo(changed);
  }

  @Test
  void keystoneAuthNeedsNoNetworkUntilUsed() {
    IronicAuth auth =
        IronicAuth.keystone(
            KeystoneCredentials.ApplicationCredential.byId(
                URI.create("http://127.0.0.1:9"), "ac", "s"));
    assertThat(auth.type()).isEqualTo("v3applicationcredential");
    assertThat(auth.toString()).contains("application credential ac").doesNotContain("=s");
  }
}
