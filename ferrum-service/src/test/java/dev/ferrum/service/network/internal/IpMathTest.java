package dev.ferrum.service.network.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ferrum.service.network.internal.IpMath.Address;
import dev.ferrum.service.network.internal.IpMath.Cidr;
import dev.ferrum.service.network.internal.IpMath.Range;
import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IpMathTest {

  @ParameterizedTest
  @CsvSource({
    "0.0.0.0, 0.0.0.0",
    "10.0.0.1, 10.0.0.1",
    "255.255.255.255, 255.255.255.255",
    "2001:DB8::1, 2001:db8::1",
    "2001:0db8:0000:0000:0000:0000:0000:0001, 2001:db8::1",
    "2001:db8:0:0:1:0:0:1, 2001:db8::1:0:0:1",
    "2001:db8:0:1:1:1:1:1, 2001:db8:0:1:1:1:1:1",
    "2001:0:0:1:0:0:0:1, 2001:0:0:1::1",
    "::, ::",
    "::1, ::1",
    "1::, 1::",
    "fe80::, fe80::",
    "1:2:3:4:5:6:7::, 1:2:3:4:5:6:7:0",
    "::2:3:4:5:6:7:8, 0:2:3:4:5:6:7:8",
    "::ffff:10.0.0.1, ::ffff:10.0.0.1",
    "::ffff:a00:1, ::ffff:10.0.0.1",
    "::10.0.0.1, ::a00:1",
    "64:ff9b::192.0.2.33, 64:ff9b::c000:221",
    "ABCD:EF01:2345:6789:ABCD:EF01:2345:6789, abcd:ef01:2345:6789:abcd:ef01:2345:6789",
  })
  void canonicalTextFollowsRfc5952(String input, String canonical) {
    assertThat(IpMath.canonical(input)).contains(canonical);
    // canonical text parses back to the same value
    assertThat(IpMath.address(canonical)).isEqualTo(IpMath.address(input));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "10.0.0",
        "10.0.0.0.1",
        "10.0.0.256",
        "10.0.0.01",
        "10.0.0.-1",
        "10.0.0.a",
        " 10.0.0.1",
        "localhost",
        "example.com",
        ":",
        ":::",
        "1:::2",
        "1::2::3",
        "1:2:3:4:5:6:7:8:9",
        "1:2:3:4:5:6:7",
        "1:2:3:4::5:6:7:8",
        "12345::",
        "g::1",
        "fe80::1%eth0",
        "[::1]",
        ":1::",
        "1::2:",
        "::10.0.0.1:1",
        "::ffff:10.0.0.256",
      })
  void refusesWhatIsNotAnAddress(String input) {
    assertThat(IpMath.parseAddress(input)).isEmpty();
  }

  @Test
  void addressesCompareAndStep() {
    Address a = IpMath.address("10.0.0.255");
    assertThat(a.plus(1)).hasToString("10.0.1.0");
    assertThat(a.plus(-255)).hasToString("10.0.0.0");
    assertThat(IpMath.address("::ffff").plus(1)).hasToString("::1:0");
    assertThat(a.compareTo(IpMath.address("10.0.1.0"))).isNegative();
    assertThatThrownBy(() -> IpMath.address("255.255.255.255").plus(1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> IpMath.address("::").plus(-1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void parsesCidrsInCanonicalForm() {
    Cidr v4 = IpMath.parseCidr("10.0.0.0/24");
    assertThat(v4.version()).isEqualTo(4);
    assertThat(v4.network()).hasToString("10.0.0.0");
    assertThat(v4.last()).hasToString("10.0.0.255");
    assertThat(v4.range().size()).isEqualTo(BigInteger.valueOf(256));
    Cidr v6 = IpMath.parseCidr("2001:DB8:0::/64");
    assertThat(v6).hasToString("2001:db8::/64");
    assertThat(v6.last()).hasToString("2001:db8::ffff:ffff:ffff:ffff");
    assertThat(v6.range().size()).isEqualTo(BigInteger.ONE.shiftLeft(64));
    assertThat(IpMath.parseCidr("0.0.0.0/0").last()).hasToString("255.255.255.255");
    assertThat(IpMath.parseCidr("10.0.0.7/32").range().size()).isEqualTo(BigInteger.ONE);
    assertThat(IpMath.parseCidr("::/0").last())
        .hasToString("ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff");
  }

  @Test
  void refusesHostBitsWithNeutronsRecommendation() {
    assertThatThrownBy(() -> IpMath.parseCidr("10.0.0.1/24"))
        .hasMessage(
            "'10.0.0.1/24' isn't a recognized IP subnet cidr, '10.0.0.0/24' is recommended");
    assertThatThrownBy(() -> IpMath.parseCidr("2001:db8::1/64"))
        .hasMessage(
            "'2001:db8::1/64' isn't a recognized IP subnet cidr, '2001:db8::/64' is recommended");
    assertThatThrownBy(() -> IpMath.parseCidr("10.0.0.0"))
        .hasMessage("'10.0.0.0' isn't a recognized IP subnet cidr, '10.0.0.0/32' is recommended");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"10.0.0.0/33", "10.0.0.0/", "10.0.0.0/-1", "10.0.0.0/a", "x/24", "::/129", "/24"})
  void refusesWhatIsNotACidr(String input) {
    assertThatThrownBy(() -> IpMath.parseCidr(input))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("'" + input + "' is not a valid IP subnet");
  }

  @Test
  void membershipAndOverlap() {
    Cidr net = IpMath.parseCidr("10.0.0.0/24");
    assertThat(net.contains(IpMath.address("10.0.0.0"))).isTrue();
    assertThat(net.contains(IpMath.address("10.0.0.255"))).isTrue();
    assertThat(net.contains(IpMath.address("10.0.1.0"))).isFalse();
    assertThat(net.contains(IpMath.address("::a00:1"))).isFalse();
    assertThat(net.overlaps(IpMath.parseCidr("10.0.0.128/25"))).isTrue();
    assertThat(net.overlaps(IpMath.parseCidr("10.0.0.0/8"))).isTrue();
    assertThat(net.overlaps(IpMath.parseCidr("10.0.1.0/24"))).isFalse();
    assertThat(net.overlaps(IpMath.parseCidr("::/0"))).isFalse();
  }

  @Test
  void rangesContainOverlapAndSubtract() {
    Range r = new Range(IpMath.address("10.0.0.2"), IpMath.address("10.0.0.10"));
    assertThat(r).hasToString("10.0.0.2-10.0.0.10");
    assertThat(r.size()).isEqualTo(BigInteger.valueOf(9));
    assertThat(r.overlaps(new Range(IpMath.address("10.0.0.10"), IpMath.address("10.0.0.20"))))
        .isTrue();
    assertThat(r.overlaps(new Range(IpMath.address("10.0.0.11"), IpMath.address("10.0.0.20"))))
        .isFalse();
    assertThat(IpMath.subtract(r, List.of(IpMath.address("10.0.0.5"))))
        .extracting(Range::toString)
        .containsExactly("10.0.0.2-10.0.0.4", "10.0.0.6-10.0.0.10");
    assertThat(IpMath.subtract(r, List.of(IpMath.address("10.0.0.2"), IpMath.address("10.0.0.10"))))
        .extracting(Range::toString)
        .containsExactly("10.0.0.3-10.0.0.9");
    assertThat(IpMath.subtract(r, List.of(IpMath.address("10.0.0.99")))).containsExactly(r);
    assertThatThrownBy(() -> new Range(IpMath.address("10.0.0.2"), IpMath.address("10.0.0.1")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void canonicalNetworkTextKeepsThePrefix() {
    assertThat(IpMath.canonicalNetworkText("2001:DB8::1/64")).contains("2001:db8::1/64");
    assertThat(IpMath.canonicalNetworkText("0.0.0.0/0")).contains("0.0.0.0/0");
    assertThat(IpMath.canonicalNetworkText("10.0.0.0")).isEmpty();
    assertThat(IpMath.canonicalNetworkText("10.0.0.0/40")).isEmpty();
  }
}
