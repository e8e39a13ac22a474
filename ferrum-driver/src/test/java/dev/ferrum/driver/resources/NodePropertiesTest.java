package dev.ferrum.driver.resources;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Property parsing (reference §7.1) and capability parsing (§7.2). */
class NodePropertiesTest {

  private static final String NODE = "eeeeeeee-dddd-cccc-bbbb-aaaaaaaaaaaa";

  @Test
  @DisplayName("RES-04 malformed numeric properties parse to 0 with exactly 4 warnings")
  void res04MalformedProperties() {
    NodeProperties p =
        NodeProperties.parse(
            NODE,
            Map.of(
                "cpus", "bad-value",
                "memory_mb", "bad-value",
                "local_gb", "bad-value",
                "cpu_arch", "bad-value"));

    assertThat(p.cpus()).isZero();
    assertThat(p.memoryMb()).isZero();
    assertThat(p.localGb()).isZero();
    assertThat(p.cpuArch()).isEmpty();
    assertThat(p.rawCpuArch()).contains("bad-value");
    assertThat(p.warnings()).hasSize(4);
    assertThat(p.warnings().subList(0, 3))
        .allSatisfy(w -> assertThat(w).contains("malformed").contains(NODE));
  }

  @Test
  void wellFormedPropertiesParseWithoutWarnings() {
    NodeProperties p =
        NodeProperties.parse(
            NODE, Map.of("cpus", "2", "memory_mb", 512, "local_gb", " 10 ", "cpu_arch", "x86_64"));

    assertThat(p.cpus()).isEqualTo(2);
    assertThat(p.memoryMb()).isEqualTo(512);
    assertThat(p.localGb()).isEqualTo(10);
    assertThat(p.cpuArch()).contains("x86_64");
    assertThat(p.warnings()).isEmpty();
  }

  @Test
  void missingPropertiesAreZeroAndOnlyTheMissingArchitectureWarns() {
    NodeProperties p = NodeProperties.parse(NODE, null);

    assertThat(p.cpus()).isZero();
    assertThat(p.memoryMb()).isZero();
    assertThat(p.localGb()).isZero();
    assertThat(p.rawCpuArch()).isEmpty();
    assertThat(p.cpuArch()).isEmpty();
    assertThat(p.capabilities()).isEmpty();
    assertThat(p.warnings()).singleElement().asString().contains("cpu_arch");
  }

  @Test
  void floatsTruncateAndNonNumbersWarn() {
    Map<String, Object> props = new HashMap<>();
    props.put("cpus", 3.9);
    props.put("memory_mb", Map.of("a", 1));
    props.put("local_gb", "1.5");
    props.put("cpu_arch", "aarch64");

    NodeProperties p = NodeProperties.parse(NODE, props);

    assertThat(p.cpus()).isEqualTo(3);
    assertThat(p.memoryMb()).isZero();
    assertThat(p.localGb()).isZero();
    assertThat(p.warnings()).hasSize(2);
  }

  @ParameterizedTest
  @CsvSource({
    "x86_64, x86_64",
    "X86_64, x86_64",
    "amd64, x86_64",
    "i386, i686",
    "i486, i686",
    "i586, i686",
    "x86_32, i686",
    "x86_32p, i686",
    "AArch64, aarch64",
    "ppc64le, ppc64le",
    "s390x, s390x",
  })
  void architecturesAreCanonicalised(String raw, String canonical) {
    NodeProperties p = NodeProperties.parse(NODE, Map.of("cpu_arch", raw));

    assertThat(p.cpuArch()).contains(canonical);
    assertThat(p.rawCpuArch()).contains(raw);
    assertThat(p.warnings()).isEmpty();
  }

  @Test
  void unknownOrNonStringArchitectureHasNoCanonicalForm() {
    assertThat(NodeProperties.parse(NODE, Map.of("cpu_arch", "z80")).cpuArch()).isEmpty();
    NodeProperties numeric = NodeProperties.parse(NODE, Map.of("cpu_arch", 64));
    assertThat(numeric.cpuArch()).isEmpty();
    assertThat(numeric.rawCpuArch()).contains("64");
    assertThat(numeric.warnings()).hasSize(1);
  }

  @Test
  @DisplayName("RES-03 capability strings: well-formed pairs kept, malformed ones warned")
  void res03CapabilityParsing() {
    NodeProperties spaced =
        NodeProperties.parse(
            NODE, Map.of("cpu_arch", "x86_64", "capabilities", "test:capability, test2:value2"));
    assertThat(spaced.capabilityStats())
        .containsExactly(Map.entry("test", "capability"), Map.entry("test2", "value2"));
    assertThat(spaced.warnings()).isEmpty();

    NodeProperties malformed =
        NodeProperties.parse(
            NODE, Map.of("cpu_arch", "x86_64", "capabilities", "test:capability,:no_key,no_val:"));
    assertThat(malformed.capabilityStats()).containsExactly(Map.entry("test", "capability"));
    assertThat(malformed.warnings())
        .hasSize(2)
        .allSatisfy(w -> assertThat(w).contains("malformed"));

    NodeProperties none = NodeProperties.parse(NODE, Map.of("cpu_arch", "x86_64"));
    assertThat(none.capabilityStats()).isEmpty();
    assertThat(none.warnings()).isEmpty();
  }

  @Test
  void capabilityValuesAreNotStrippedAndExtraColonsAreRejected() {
    NodeProperties p =
        NodeProperties.parse(
            NODE, Map.of("cpu_arch", "x86_64", "capabilities", " key : value ,a:b:c,,boot:uefi"));

    assertThat(p.capabilityStats())
        .containsExactly(Map.entry("key", " value "), Map.entry("boot", "uefi"));
    assertThat(p.warnings()).hasSize(2);
  }
}
