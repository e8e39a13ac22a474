package dev.ferrum.driver.ring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Compares {@link HashRing} with vectors computed by the real tooz library.
 *
 * <p>{@code tooz-vectors.txt} (next to this class in test resources) was produced by running {@code
 * generate-tooz-vectors.py} with Debian 12's {@code /usr/bin/python3} (3.11.2) and the Debian
 * package {@code python3-tooz} 3.1.0-3; the script documents the line format. The data is reference
 * output, not something this code computed.
 */
class HashRingToozVectorsTest {

  private static final String VECTORS = "tooz-vectors.txt";

  static Stream<Arguments> keyVectors() throws IOException {
    return lines().filter(f -> f[0].equals("KEY")).map(f -> Arguments.of((Object) f));
  }

  static Stream<Arguments> exactPointVectors() throws IOException {
    return lines().filter(f -> f[0].equals("EXACT")).map(f -> Arguments.of((Object) f));
  }

  @ParameterizedTest(name = "HR-09 tooz vector {index}")
  @MethodSource("keyVectors")
  @DisplayName("HR-09 owner, 2 replicas and owner-ignored lookup match tooz")
  void matchesTooz(String[] f) {
    HashRing ring = HashRing.of(members(f[2]), Integer.parseInt(f[1]));
    String key = f[3];
    assertThat(ring.ownerOf(key)).isEqualTo(f[4]);
    assertThat(new TreeSet<>(ring.membersFor(key, 2, Set.of()))).isEqualTo(sorted(f[5]));
    assertThat(new TreeSet<>(ring.membersFor(key, 1, Set.of(f[4])))).isEqualTo(sorted(f[6]));
  }

  @ParameterizedTest(name = "HR-09 tooz exact point {index}")
  @MethodSource("exactPointVectors")
  @DisplayName("HR-09 a key hashing exactly onto a ring point skips it (bisect_right), as tooz")
  void keyOnAPointSkipsIt(String[] f) {
    HashRing ring = HashRing.of(members(f[2]), Integer.parseInt(f[1]));
    String key = f[3].repeat(Integer.parseInt(f[4]));
    assertThat(ring.points()).containsEntry(HashRing.hashOf(key), f[3]);
    assertThat(ring.ownerOf(key)).isEqualTo(f[5]).isNotEqualTo(f[3]);
  }

  @Test
  void vectorFileIsComplete() throws IOException {
    assertThat(keyVectors().count()).isEqualTo(8 * 12);
    assertThat(exactPointVectors().count()).isEqualTo(6);
  }

  private static Stream<String[]> lines() throws IOException {
    try (InputStream in = HashRingToozVectorsTest.class.getResourceAsStream(VECTORS)) {
      if (in == null) {
        throw new IOException("missing test resource " + VECTORS);
      }
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return text.lines().filter(l -> !l.isBlank()).map(l -> l.split("\\|", -1)).toList().stream();
    }
  }

  private static List<String> members(String field) {
    return Arrays.asList(field.split(","));
  }

  private static Set<String> sorted(String field) {
    return field.isEmpty() ? Set.of() : new TreeSet<>(members(field));
  }
}
