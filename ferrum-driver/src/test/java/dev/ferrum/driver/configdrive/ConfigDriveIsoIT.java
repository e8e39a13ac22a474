package dev.ferrum.driver.configdrive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reads drives written by {@link ConfigDriveWriter} back with independent tools: {@code isoinfo}
 * (Debian package {@code genisoimage}), {@code bsdtar} ({@code libarchive-tools}) and {@code blkid}
 * ({@code util-linux}). Skipped, with the reason, when a tool is missing.
 */
class ConfigDriveIsoIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> SEARCH_PATH =
      List.of("/usr/local/bin", "/usr/bin", "/bin", "/usr/sbin", "/sbin");

  private static Path isoinfo;
  private static Path bsdtar;
  private static Path blkid;

  @TempDir Path dir;

  @BeforeAll
  static void findTools() {
    isoinfo = tool("isoinfo").orElse(null);
    bsdtar = tool("bsdtar").orElse(null);
    blkid = tool("blkid").orElse(null);
  }

  private static Optional<Path> tool(String name) {
    List<String> dirs = new ArrayList<>();
    String path = System.getenv("PATH");
    if (path != null) {
      dirs.addAll(List.of(path.split(":")));
    }
    dirs.addAll(SEARCH_PATH);
    return dirs.stream()
        .filter(d -> !d.isEmpty())
        .map(d -> Path.of(d, name))
        .filter(Files::isExecutable)
        .findFirst();
  }

  private static void require(Path tool, String name, String debianPackage) {
    assumeTrue(
        tool != null,
        () -> name + " not found; install the Debian package " + debianPackage + " to run this IT");
  }

  private static String run(Path tool, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(tool.toString());
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    byte[] out = process.getInputStream().readAllBytes();
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("%s finished", command).isTrue();
    String text = new String(out, StandardCharsets.UTF_8);
    assertThat(process.exitValue()).as("%s exit status; output:%n%s", command, text).isZero();
    return text;
  }

  private Path writeImage(byte[] image) throws IOException {
    Path file = dir.resolve("config-drive.iso");
    Files.write(file, image);
    return file;
  }

  private ConfigDriveWriter writer() {
    return new ConfigDriveWriter("Ferrum 0.1.0", ConfigDriveWriter.DEFAULT_MAX_BYTES, dir);
  }

  @Test
  @DisplayName("CFD-06 blkid reads label config-2 from the decoded configdrive string")
  void cfd06LabelFromIronicString() throws Exception {
    require(blkid, "blkid", "util-linux");
    String text = writer().ironicString(Fixtures.full());
    byte[] image;
    try (GZIPInputStream in =
        new GZIPInputStream(new ByteArrayInputStream(Base64.getDecoder().decode(text)))) {
      image = in.readAllBytes();
    }
    Path iso = writeImage(image);
    assertThat(run(blkid, "-p", "-o", "value", "-s", "LABEL", iso.toString()).trim())
        .isEqualTo("config-2");
    assertThat(run(blkid, "-p", "-o", "value", "-s", "TYPE", iso.toString()).trim())
        .isEqualTo("iso9660");
  }

  @Test
  @DisplayName("CFD-06 isoinfo sees volume id config-2, Joliet and Rock Ridge, and the full tree")
  void cfd06IsoinfoTree() throws Exception {
    require(isoinfo, "isoinfo", "genisoimage");
    ConfigDriveContent content = Fixtures.full();
    Path iso = writeImage(writer().isoImage(content));

    String descriptor = run(isoinfo, "-d", "-i", iso.toString());
    assertThat(descriptor).contains("Volume id: config-2");
    assertThat(descriptor).contains("Publisher id: Ferrum 0.1.0");
    assertThat(descriptor).containsIgnoringCase("Joliet");
    assertThat(descriptor).contains("Rock Ridge signatures");

    TreeSet<String> expected = new TreeSet<>();
    for (String path : ConfigDriveLayout.files(content).keySet()) {
      expected.add("/" + path);
      for (int slash = path.indexOf('/'); slash > 0; slash = path.indexOf('/', slash + 1)) {
        expected.add("/" + path.substring(0, slash));
      }
    }
    TreeSet<String> rockRidge =
        new TreeSet<>(run(isoinfo, "-R", "-f", "-i", iso.toString()).lines().toList());
    assertThat(rockRidge).isEqualTo(expected);

    List<String> joliet =
        run(isoinfo, "-J", "-f", "-i", iso.toString())
            .lines()
            .map(l -> l.replaceFirst(";1$", ""))
            .toList();
    assertThat(joliet).containsAll(expected);
  }

  @Test
  @DisplayName("CFD-06 bsdtar extracts every file with the exact bytes; JSON documents parse")
  void cfd06ExtractedContents() throws Exception {
    require(bsdtar, "bsdtar", "libarchive-tools");
    ConfigDriveContent content = Fixtures.full();
    SortedMap<String, byte[]> files = ConfigDriveLayout.files(content);
    Path iso = writeImage(writer().isoImage(content));
    Path out = Files.createDirectories(dir.resolve("extracted"));
    run(bsdtar, "-xf", iso.toString(), "-C", out.toString());

    List<String> extracted;
    try (Stream<Path> walk = Files.walk(out)) {
      extracted =
          walk.filter(Files::isRegularFile)
              .map(p -> out.relativize(p).toString())
              .sorted()
              .toList();
    }
    assertThat(extracted).containsExactlyElementsOf(files.keySet());
    for (Map.Entry<String, byte[]> file : files.entrySet()) {
      assertThat(Files.readAllBytes(out.resolve(file.getKey())))
          .as(file.getKey())
          .isEqualTo(file.getValue());
    }

    JsonNode meta = JSON.readTree(out.resolve("openstack/latest/meta_data.json").toFile());
    assertThat(meta.path("uuid").asText()).isEqualTo(Fixtures.INSTANCE);
    assertThat(meta.path("admin_pass").asText()).isEqualTo(Fixtures.PASSWORD);
    assertThat(meta.at("/files/0/content_path").asText()).isEqualTo("/content/0000");
    assertThat(Files.readString(out.resolve("openstack/content/0000"))).isEqualTo("hello\n");
    JsonNode network = JSON.readTree(out.resolve("openstack/latest/network_data.json").toFile());
    assertThat(network.at("/links/0/vif_id").asText()).isEqualTo("VIF1");
    assertThat(network.at("/networks/0/ip_address").asText()).isEqualTo("1.2.3.4");
    assertThat(network.at("/services/0/address").asText()).isEqualTo("8.8.8.8");
    JsonNode ec2 = JSON.readTree(out.resolve("ec2/latest/meta-data.json").toFile());
    assertThat(ec2.path("instance-id").asText()).isEqualTo("i-00000001");
    assertThat(Files.readString(out.resolve("ec2/2009-04-04/user-data")))
        .startsWith("#cloud-config");
    assertThat(
            JSON.readTree(out.resolve("openstack/2016-10-06/vendor_data2.json").toFile())
                .at("/static/vendor")
                .asText())
        .isEqualTo("ferrum");
    assertThat(out.resolve("openstack/2015-10-15/vendor_data2.json")).doesNotExist();
  }

  @Test
  @DisplayName("A drive without user data, files or EC2 facts still reads back (minimal spawn)")
  void minimalDrive() throws Exception {
    require(bsdtar, "bsdtar", "libarchive-tools");
    ConfigDriveContent content =
        ConfigDriveContent.of(
            InstanceMetadata.builder(Fixtures.INSTANCE, "n", "n.novalocal", Fixtures.PROJECT)
                .build());
    Path iso = writeImage(writer().isoImage(content));
    Path out = Files.createDirectories(dir.resolve("minimal"));
    run(bsdtar, "-xf", iso.toString(), "-C", out.toString());
    assertThat(out.resolve("openstack/latest/meta_data.json")).exists();
    assertThat(out.resolve("openstack/latest/user_data")).doesNotExist();
    assertThat(out.resolve("ec2")).doesNotExist();
    assertThat(Files.readString(out.resolve("openstack/latest/network_data.json")))
        .isEqualTo("{\"links\":[],\"networks\":[],\"services\":[]}");
  }
}
