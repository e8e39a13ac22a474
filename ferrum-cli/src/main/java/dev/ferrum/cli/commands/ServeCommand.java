package dev.ferrum.cli.commands;

import dev.ferrum.service.ServeMain;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Unmatched;

/**
 * {@code ferrum serve}: runs the compute service in this process until it is stopped.
 *
 * <p>Exists so one command both serves and talks to Ferrum. The options belong to {@link
 * ServeMain}, which parses them, so the service's own launcher and this command can never drift
 * apart; picocli passes them through untouched.
 */
@Command(
    name = "serve",
    description = {
      "Run Ferrum until stopped (SIGTERM or Ctrl-C).",
      "With no --config: H2 under ./ferrum-data, an in-process Ironic simulator with 8 nodes,"
          + " 127.0.0.1:8774; the admin token and a clouds.yaml snippet are printed.",
      "Options: --config FILE, --data-dir DIR, --port N, --bind HOST (see ferrum-service/README.md)."
    })
public final class ServeCommand implements Runnable {

  @Unmatched private final List<String> options = new ArrayList<>();

  /** Created by picocli. */
  public ServeCommand() {}

  @Override
  public void run() {
    ServeMain.main(options.toArray(String[]::new));
  }
}
