package dev.ferrum.service.store.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ferrum.service.PersistenceException;
import dev.ferrum.service.store.Flavor;
import dev.ferrum.service.store.ServerAddress;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StoreJsonTest {
  private static final Instant CREATED = Instant.parse("2026-11-24T12:00:00.123456Z");

  private static Flavor flavor(String id, Map<String, String> specs) {
    return Flavor.builder(id, id + "-name")
        .size(8, 16_384, 100)
        .extraSpecs(specs)
        .description("d")
        .createdAt(CREATED)
        .build();
  }

  @Test
  void flavorSnapshotsRoundTripAndEqualTextsShareOneInstance() {
    Flavor f = flavor("bench-f1", Map.of("resources:CUSTOM_BAREMETAL", "1"));
    String json = StoreJson.writeFlavor(f);

    Flavor first = StoreJson.readFlavor(json);
    Flavor again = StoreJson.readFlavor(new String(json.toCharArray()));

    assertThat(first).isEqualTo(f);
    assertThat(again).isSameAs(first);
  }

  @Test
  void differentSnapshotsOfOneFlavorStayDistinct() {
    Flavor before = flavor("bench-f2", Map.of("trait:CUSTOM_A", "required"));
    Flavor after = flavor("bench-f2", Map.of("trait:CUSTOM_B", "required"));

    Flavor readBefore = StoreJson.readFlavor(StoreJson.writeFlavor(before));
    Flavor readAfter = StoreJson.readFlavor(StoreJson.writeFlavor(after));

    assertThat(readBefore.extraSpecs()).containsOnlyKeys("trait:CUSTOM_A");
    assertThat(readAfter.extraSpecs()).containsOnlyKeys("trait:CUSTOM_B");
  }

  @Test
  void moreSnapshotsThanTheCacheHoldsAreStillReadCorrectly() {
    for (int i = 0; i < StoreJson.FLAVOR_CACHE_SIZE * 2 + 3; i++) {
      Flavor f = flavor("bench-many-" + i, Map.of("k", Integer.toString(i)));
      assertThat(StoreJson.readFlavor(StoreJson.writeFlavor(f))).isEqualTo(f);
    }
  }

  @Test
  void corruptFlavorTextIsAPersistenceError() {
    assertThatThrownBy(() -> StoreJson.readFlavor("{not json"))
        .isInstanceOf(PersistenceException.class);
  }

  @Test
  void emptyMapsAndAddressListsReadAsEmptyAndFullOnesRoundTrip() {
    assertThat(StoreJson.readMap("{}")).isEmpty();
    assertThat(StoreJson.readAddresses("[]")).isEmpty();
    assertThat(StoreJson.readMap(StoreJson.writeMap(Map.of("a", "1", "b", "2"))))
        .isEqualTo(Map.of("a", "1", "b", "2"));
    List<ServerAddress> addresses =
        List.of(new ServerAddress("provisioning", 4, "10.0.0.5", "52:54:00:00:00:01", "fixed"));
    assertThat(StoreJson.readAddresses(StoreJson.writeAddresses(addresses))).isEqualTo(addresses);
  }
}
