package dev.ferrum.service.api;

import dev.ferrum.service.EmbeddedDefaults;
import dev.ferrum.service.ServeMain;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The compat command table against {@code ferrum serve} on its embedded defaults (simulator
 * in-process, H2 under target/): the target every build has, on which no step is ever skipped.
 */
class OpenStackClientServersIT extends OpenStackClientServersContract {
  @Override
  ServeMain startServe(Path home, PrintStream out) {
    return ServeMain.start(
        List.of("--data-dir", home.resolve("data").toString(), "--port", "0"), out);
  }

  @Override
  void stopTarget() {
    // ServeMain owns the embedded simulator and stops it on close
  }

  @Override
  int nodes() {
    return EmbeddedDefaults.NODES;
  }

  @Override
  Optional<String> unsupported(Step step) {
    return Optional.empty();
  }

  @Override
  String targetName() {
    return "the embedded simulator";
  }
}
