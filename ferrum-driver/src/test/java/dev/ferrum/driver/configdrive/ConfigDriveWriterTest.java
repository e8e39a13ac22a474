package dev.ferrum.driver.configdrive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The two Ironic forms and the limits, checked without external tools. */
class ConfigDriveWriterTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path scratch;

  private ConfigDriveWriter writer() {
    return new ConfigDriveWriter("Ferrum 0.1.0", ConfigDriveWriter.DEFAULT_MAX_BYTES, scratch);
  }

  /** ISO 9660 primary volume descriptor: sector 16, "CD001" at offset 1, volume id at 40. */
  private static String volumeId(byte[] image) {
    int pvd = 16 * 2048;
    assertThat(image[pvd]).isEqualTo((byte) 1);
    assertThat(new String(image, pvd + 1, 5, StandardCharsets.US_ASCII)).isEqualTo("CD001");
    return new String(image, pvd + 40, 32, StandardCharsets.US_ASCII).trim();
  }

  @Test
  @DisplayName("SPW-02 / CFD-01 configdrive string is base64 of a gzip stream of the image")
  void spw02StringIsBase64OfGzippedImage() throws IOException {
    ConfigDriveContent content = Fixtures.full();
    String text = writer().ironicString(content);
    assertThat(text).matches("[A-Za-z0-9+/=]+");
    byte[] image;
    try (GZIPInputStream in =
        new GZIPInputStream(new ByteArrayInputStream(Base64.getDecoder().decode(text)))) {
      image = in.readAllBytes();
    }
    assertThat(image.length % 2048).isZero();
    assertThat(volumeId(image)).isEqualTo("config-2");
    byte[] motd = "#cloud-config\nhostname: my-server\n".getBytes(StandardCharsets.UTF_8);
    assertThat(indexOf(image, motd)).isPositive();
  }

  @Test
  void isoImageHasLabelAndPublisher() {
    byte[] image = writer().isoImage(Fixtures.full());
    assertThat(volumeId(image)).isEqualTo("config-2");
    int pvd = 16 * 2048;
    assertThat(new String(image, pvd + 318, 128, StandardCharsets.US_ASCII).trim())
        .isEqualTo("Ferrum 0.1.0");
  }

  @Test
  @DisplayName("Limits: a drive larger than the limit fails with ConfigDriveTooLargeException")
  void sizeLimit() {
    ConfigDriveWriter small = new ConfigDriveWriter("Ferrum", 64 * 1024, scratch);
    ConfigDriveContent big =
        Fixtures.full().withInjectedFiles(List.of(new InjectedFile("/big", new byte[100 * 1024])));
    assertThatThrownBy(() -> small.isoImage(big))
        .isInstanceOf(ConfigDriveTooLargeException.class)
        .hasMessageContaining("limit of 65536")
        .satisfies(e -> assertThat(((ConfigDriveTooLargeException) e).limit()).isEqualTo(65536));
    assertThatThrownBy(() -> small.ironicString(big))
        .isInstanceOf(ConfigDriveTooLargeException.class);
    // The image overhead alone can exceed a tiny limit even when the payload fits.
    ConfigDriveWriter tiny = new ConfigDriveWriter("Ferrum", 40 * 1024, scratch);
    assertThatThrownBy(() -> tiny.isoImage(Fixtures.full()))
        .isInstanceOf(ConfigDriveTooLargeException.class)
        .hasMessageContaining("ISO 9660 image");
    assertThatThrownBy(() ->
            tiny.ironicJson(
                Fixtures.full().withInjectedFiles(List.of()).withUserData(new byte[50 * 1024])))
        .isInstanceOf(ConfigDriveTooLargeException.class)
        .hasMessageContaining("JSON document");
    assertThatThrownBy(() -> new ConfigDriveWriter("Ferrum", 0, scratch))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  @DisplayName("Ironic >= 1.56 JSON config drive: meta_data, network_data, user_data, vendor_data")
  void ironicJsonForm() throws IOException {
    ConfigDriveContent content = Fixtures.full().withInjectedFiles(List.of());
    JsonNode drive = JSON.readTree(writer().ironicJsonText(content));
    assertThat(drive.fieldNames())
        .toIterable()
        .containsExactly("meta_data", "network_data", "user_data", "vendor_data");
    assertThat(drive.at("/meta_data/uuid").asText()).isEqualTo(Fixtures.INSTANCE);
    assertThat(drive.at("/meta_data/admin_pass").asText()).isEqualTo(Fixtures.PASSWORD);
    assertThat(drive.at("/meta_data/project_id").asText()).isEqualTo(Fixtures.PROJECT);
    assertThat(drive.at("/network_data/links/0/vif_id").asText()).isEqualTo("VIF1");
    assertThat(drive.at("/user_data").asText()).isEqualTo("#cloud-config\nhostname: my-server\n");
    assertThat(drive.at("/vendor_data/vendor").asText()).isEqualTo("ferrum");

    Map<String, Object> withoutUserData =
        writer().ironicJson(ConfigDriveContent.of(Fixtures.metadata().build()));
    assertThat(withoutUserData).doesNotContainKey("user_data");
    assertThat(withoutUserData.get("network_data"))
        .isEqualTo(Map.of("links", List.of(), "networks", List.of(), "services", List.of()));
  }

  @Test
  void ironicJsonFormRejectsWhatItCannotCarry() {
    assertThatThrownBy(() -> writer().ironicJson(Fixtures.full()))
        .isInstanceOf(ConfigDriveContentException.class)
        .hasMessageContaining("injected files");
    assertThatThrownBy(() ->
            writer()
                .ironicJson(
                    ConfigDriveContent.of(Fixtures.metadata().build())
                        .withUserData(new byte[] {(byte) 0xff, (byte) 0xfe, 0x00})))
        .isInstanceOf(ConfigDriveContentException.class)
        .hasMessageContaining("not UTF-8");
  }

  @Test
  @DisplayName("Secrets: toString never shows the admin password, user data or file contents")
  void secretsAreMasked() {
    ConfigDriveContent content =
        Fixtures.full()
            .withInjectedFiles(
                List.of(
                    new InjectedFile(
                        "/root/.netrc", "password hunter2".getBytes(StandardCharsets.UTF_8))));
    String text = content.toString();
    assertThat(text)
        .doesNotContain(Fixtures.PASSWORD)
        .doesNotContain("hunter2")
        .doesNotContain("cloud-config")
        .contains("adminPass=******")
        .contains("/root/.netrc");
    assertThat(content.metadata().toString()).doesNotContain(Fixtures.PASSWORD);
    assertThat(Fixtures.metadata().build().toString()).contains("adminPass=<none>");
    assertThat(writer().toString()).doesNotContain(Fixtures.PASSWORD);
  }

  @Test
  void valuesAreDefensivelyCopiedAndCompared() {
    byte[] data = "x".getBytes(StandardCharsets.UTF_8);
    InjectedFile file = new InjectedFile("/a", data);
    data[0] = 'y';
    assertThat(file.contents()).containsExactly('x');
    assertThat(file).isEqualTo(new InjectedFile("/a", new byte[] {'x'}));
    assertThat(Fixtures.full()).isEqualTo(Fixtures.full()).hasSameHashCodeAs(Fixtures.full());
    assertThat(Fixtures.full().withUserData(null)).isNotEqualTo(Fixtures.full());
    assertThat(Fixtures.metadata().build()).isEqualTo(Fixtures.metadata().build());
    byte[] generated = InstanceMetadata.builder("u", "n", "h", "p").build().randomSeed();
    assertThat(generated).hasSize(512);
    assertThat(Arrays.equals(generated, new byte[512])).isFalse();
  }

  private static int indexOf(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i <= haystack.length - needle.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
