package dev.ferrum.cli.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HttpTest {

  @Test
  void errorMessagesComeFromNovaGlanceOrShortTextBodies() {
    assertThat(
            Http.errorMessage("{\"badRequest\": {\"code\": 400, \"message\": \"Invalid input\"}}"))
        .contains("Invalid input");
    assertThat(Http.errorMessage("{\"message\": \"Image not found\", \"code\": \"404\"}"))
        .contains("Image not found");
    assertThat(Http.errorMessage("403 Forbidden: not allowed"))
        .contains("403 Forbidden: not allowed");
    assertThat(Http.errorMessage("<html><body>404 Not Found</body></html>")).isEmpty();
    assertThat(Http.errorMessage("{\"other\": 1}")).isEmpty();
    assertThat(Http.errorMessage("")).isEmpty();
  }

  @Test
  void glanceNextLinksAreReadRelativeToTheVersionedRoot() {
    assertThat(NovaApi.nextImagePath("/v2/images?marker=a&limit=2"))
        .isEqualTo("/images?marker=a&limit=2");
    assertThat(NovaApi.nextImagePath("/nonsense")).isNull();
  }
}
