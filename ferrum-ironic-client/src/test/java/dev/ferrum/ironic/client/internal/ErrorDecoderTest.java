package dev.ferrum.ironic.client.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ferrum.ironic.client.IronicBadRequestException;
import dev.ferrum.ironic.client.IronicConflictException;
import dev.ferrum.ironic.client.IronicException;
import dev.ferrum.ironic.client.IronicForbiddenException;
import dev.ferrum.ironic.client.IronicHttpException;
import dev.ferrum.ironic.client.IronicNodeLockedException;
import dev.ferrum.ironic.client.IronicNotAcceptableException;
import dev.ferrum.ironic.client.IronicNotFoundException;
import dev.ferrum.ironic.client.IronicServerException;
import dev.ferrum.ironic.client.IronicServiceUnavailableException;
import dev.ferrum.ironic.client.IronicUnauthorizedException;
import java.net.http.HttpHeaders;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ErrorDecoderTest {

  static final String SHAPE_A =
      "{\"error_message\": \"{\\\"faultcode\\\": \\\"Client\\\", \\\"faultstring\\\":"
          + " \\\"Node 027ab1c1 is locked by host 127.0.0.1, please retry after the current"
          + " operation is completed.\\\", \\\"debuginfo\\\": null}\"}";

  static IronicException decode(int status, String body) {
    HttpHeaders headers =
        HttpHeaders.of(Map.of("X-Openstack-Request-Id", List.of("req-x")), (a, b) -> true);
    return ErrorDecoder.decode(new ApiResponse(status, body, headers), "GET", "/v1/nodes/x");
  }

  @Test
  void shapeAIsParsedTwice() {
    assertThat(ErrorDecoder.faultstring(SHAPE_A))
        .isEqualTo(
            "Node 027ab1c1 is locked by host 127.0.0.1, please retry after the current operation"
                + " is completed.");
  }

  @Test
  void shapeBUsesTheDescription() {
    String b =
        "{\"error_message\": \"{\\\"code\\\": 406, \\\"title\\\": \\\"Not Acceptable\\\","
            + " \\\"description\\\": \\\"Version 1.83 was requested\\\"}\"}";
    assertThat(ErrorDecoder.faultstring(b)).isEqualTo("Version 1.83 was requested");
  }

  @Test
  void shapeCUsesTheMessage() {
    assertThat(
            ErrorDecoder.faultstring(
                "{\"error\":{\"message\":\"Authorization required\",\"code\":401}}"))
        .isEqualTo("Authorization required");
  }

  @Test
  void otherBodies() {
    assertThat(ErrorDecoder.faultstring(null)).isNull();
    assertThat(ErrorDecoder.faultstring("  ")).isNull();
    assertThat(ErrorDecoder.faultstring("<html>Bad Gateway</html>\n"))
        .isEqualTo("<html>Bad Gateway</html>");
    assertThat(ErrorDecoder.faultstring("\"just a string\"")).isEqualTo("\"just a string\"");
    assertThat(ErrorDecoder.faultstring("{\"error_message\": \"plain words\"}"))
        .isEqualTo("plain words");
    assertThat(ErrorDecoder.faultstring("{\"error_message\": {\"faultstring\": \"as object\"}}"))
        .isEqualTo("as object");
    assertThat(ErrorDecoder.faultstring("{\"error_message\": \"{\\\"other\\\": 1}\"}"))
        .isEqualTo("{\"other\": 1}");
    assertThat(ErrorDecoder.faultstring("{\"faultstring\": \"top level\"}")).isEqualTo("top level");
    assertThat(ErrorDecoder.faultstring("{\"unknown\": 1}")).isEqualTo("{\"unknown\": 1}");
    assertThat(ErrorDecoder.faultstring("x".repeat(600))).hasSize(503).endsWith("...");
  }

  @ParameterizedTest
  @CsvSource({
    "400, IronicBadRequestException",
    "401, IronicUnauthorizedException",
    "403, IronicForbiddenException",
    "404, IronicNotFoundException",
    "406, IronicNotAcceptableException",
    "409, IronicConflictException",
    "503, IronicServiceUnavailableException",
    "500, IronicServerException",
    "502, IronicServerException",
    "405, IronicHttpException",
    "429, IronicHttpException"
  })
  void statusesMapToNamedExceptions(int status, String type) {
    IronicException e =
        decode(status, "{\"error_message\": \"{\\\"faultstring\\\": \\\"why\\\"}\"}");
    assertThat(e.getClass().getSimpleName()).isEqualTo(type);
    assertThat(e.status()).isEqualTo(status);
    assertThat(e.faultstring()).contains("why");
    assertThat(e.requestId()).contains("req-x");
    assertThat(e.method()).isEqualTo("GET");
    assertThat(e.path()).isEqualTo("/v1/nodes/x");
  }

  @Test
  void nodeLockedIsTellApartFromOtherConflicts() {
    assertThat(decode(409, SHAPE_A)).isInstanceOf(IronicNodeLockedException.class);
    IronicException associated =
        decode(
            409,
            "{\"error_message\": \"{\\\"faultstring\\\": \\\"Node x is associated with instance"
                + " y.\\\"}\"}");
    assertThat(associated).isExactlyInstanceOf(IronicConflictException.class);
    assertThat(ErrorDecoder.isNodeLocked(null)).isFalse();
    assertThat(ErrorDecoder.isNodeLocked("Node n is locked by host h1")).isTrue();
  }

  @Test
  void noBodyGivesTheReasonPhraseAsMessage() {
    IronicException e = decode(404, "");
    assertThat(e.faultstring()).isEmpty();
    assertThat(e.getMessage()).isEqualTo("GET /v1/nodes/x: HTTP 404 Not Found (request id req-x)");
    assertThat(decode(400, "")).isInstanceOf(IronicBadRequestException.class);
    assertThat(decode(401, "")).isInstanceOf(IronicUnauthorizedException.class);
    assertThat(decode(403, "")).isInstanceOf(IronicForbiddenException.class);
    assertThat(decode(406, "")).isInstanceOf(IronicNotAcceptableException.class);
    assertThat(decode(409, "")).isInstanceOf(IronicConflictException.class);
    assertThat(decode(503, "")).isInstanceOf(IronicServiceUnavailableException.class);
    assertThat(decode(500, "")).isInstanceOf(IronicServerException.class);
    assertThat(decode(418, "")).isInstanceOf(IronicHttpException.class);
    assertThat(decode(404, "")).isInstanceOf(IronicNotFoundException.class);
  }
}
