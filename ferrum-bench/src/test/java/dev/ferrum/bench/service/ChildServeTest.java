package dev.ferrum.bench.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ChildServeTest {

  @Test
  void readsTheHeapOfJdk21AndJdk25HeapInfo() {
    String jdk21 =
        "4242:\n garbage-first heap   total 262144K, used 36000K [0x00000000f0000000,"
            + " 0x0000000100000000)\n  region size 1024K, 10 young (10240K), 2 survivors"
            + " (2048K)\n";
    String jdk25 =
        "27406:\ngarbage-first heap   total reserved 6172672K, committed 69632K, used 38132K"
            + " [0x0000000687400000, 0x0000000800000000)\n region size 4096K, 6 young (24576K),"
            + " 1 survivors (4096K)\n";

    assertThat(ChildServe.parseHeap(jdk21))
        .isEqualTo(new ChildServe.Heap(262_144L * 1024, 36_000L * 1024));
    assertThat(ChildServe.parseHeap(jdk25))
        .isEqualTo(new ChildServe.Heap(69_632L * 1024, 38_132L * 1024));
  }

  @Test
  void refusesOutputWithoutAHeapLine() {
    assertThatThrownBy(() -> ChildServe.parseHeap("4242:\nCould not attach\n"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("no heap figure");
  }
}
