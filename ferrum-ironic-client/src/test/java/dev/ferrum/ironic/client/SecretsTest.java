package dev.ferrum.ironic.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SecretsTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "password",
        "ipmi_password",
        "redfish_password",
        "rescue_password",
        "admin_pass",
        "adminPass",
        "X-Auth-Token",
        "token",
        "client_secret",
        "application_credential_secret",
        "configdrive",
        "config_drive",
        "snmp_auth_key",
        "snmp_priv_key",
        "private_key",
        "ilo_password",
        "drac_password",
        "irmc_password",
        "passwd",
        "key_passphrase"
      })
  void secretKeys(String key) {
    assertThat(Secrets.isSecretKey(key)).as(key).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"ipmi_address", "ipmi_username", "image_source", "passthru", "bypass_x", "name"})
  void ordinaryKeys(String key) {
    assertThat(Secrets.isSecretKey(key)).as(key).isFalse();
  }

  @Test
  void masksNestedMapsAndLists() {
    Map<String, Object> info = new HashMap<>();
    info.put("ipmi_address", "10.0.0.1");
    info.put("ipmi_password", "hunter2");
    info.put("nested", List.of(Map.of("token", "t0k3n", "ok", 1)));
    info.put("empty", null);
    Object masked = Secrets.mask((Object) info);
    assertThat(masked.toString()).doesNotContain("hunter2", "t0k3n").contains("10.0.0.1", "***");
    assertThat(Secrets.mask((Object) "plain")).isEqualTo("plain");
    assertThat(Secrets.mask((JsonNode) null)).isNull();
  }

  @Test
  void masksJsonTreesAndText() throws Exception {
    JsonNode node =
        new ObjectMapper()
            .readTree(
                "{\"target\":\"active\",\"configdrive\":{\"user_data\":\"pw\"},"
                    + "\"list\":[{\"rescue_password\":\"s3cret\"}],\"n\":1}");
    assertThat(Secrets.mask(node).toString())
        .isEqualTo(
            "{\"target\":\"active\",\"configdrive\":\"***\",\"list\":[{\"rescue_password\":\"***\"}],\"n\":1}");
    assertThat(Secrets.mask((Object) node).toString()).doesNotContain("s3cret");
    assertThat(Secrets.maskJson("{\"admin_pass\":\"x1\"}")).isEqualTo("{\"admin_pass\":\"***\"}");
    assertThat(Secrets.maskJson("password=hunter2")).doesNotContain("hunter2");
    assertThat(Secrets.maskJson(null)).isEmpty();
  }

  @Test
  void masksPatchValuesWhosePathNamesASecret() {
    assertThat(
            Secrets.maskJson(
                "[{\"op\":\"add\",\"path\":\"/driver_info/ipmi_password\",\"value\":\"pw1\"},"
                    + "{\"op\":\"add\",\"path\":\"/instance_info/image_source\",\"value\":\"img\"}]"))
        .doesNotContain("pw1")
        .contains("img");
    Object masked =
        Secrets.mask(
            (Object) List.of(Map.of("op", "replace", "path", "/extra/x~1token", "value", "tk")));
    assertThat(masked.toString()).doesNotContain("=tk").contains("***");
    assertThat(Secrets.isSecretPath("/driver_info/redfish_password")).isTrue();
    assertThat(Secrets.isSecretPath("/instance_info")).isFalse();
    assertThat(Secrets.isSecretPath(null)).isFalse();
  }
}
