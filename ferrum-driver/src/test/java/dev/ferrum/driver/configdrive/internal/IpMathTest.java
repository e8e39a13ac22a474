package dev.ferrum.driver.configdrive.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Netmask and network text must read like Python netaddr's output. */
class IpMathTest {

  @ParameterizedTest(name = "{0} -> {1} / {2}")
  @CsvSource({
    "1.2.3.4/24, 1.2.3.0, 255.255.255.0, 4",
    "10.9.8.7/8, 10.0.0.0, 255.0.0.0, 4",
    "0.0.0.0/0, 0.0.0.0, 0.0.0.0, 4",
    "192.168.1.77, 192.168.1.77, 255.255.255.255, 4",
    "2001:db8::1/64, 2001:db8::, ffff:ffff:ffff:ffff::, 6",
    "2001:db8:0:0:1:0:0:1/128, 2001:db8::1:0:0:1, ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff, 6",
    "fe80::/10, fe80::, ffc0::, 6",
    "::/0, ::, ::, 6",
    "2001:0:0:1::1/127, 2001:0:0:1::, ffff:ffff:ffff:ffff:ffff:ffff:ffff:fffe, 6",
  })
  void networkAndNetmask(String cidr, String network, String netmask, int version) {
    IpMath.Cidr parsed = IpMath.parse(cidr);
    assertThat(parsed.network()).isEqualTo(network);
    assertThat(parsed.netmask()).isEqualTo(netmask);
    assertThat(parsed.version()).isEqualTo(version);
  }

  @ParameterizedTest
  @ValueSource(strings = {"example.com/24", "1.2.3.4/33", "::/129", "1.2.3.4/x", ""})
  void rejectsNonLiterals(String cidr) {
    assertThatThrownBy(() -> IpMath.parse(cidr)).isInstanceOf(IllegalArgumentException.class);
  }
}
