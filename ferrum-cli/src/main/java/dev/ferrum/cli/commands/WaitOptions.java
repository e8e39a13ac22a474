package dev.ferrum.cli.commands;

import dev.ferrum.cli.internal.Durations;
import java.time.Duration;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;

/** The {@code --wait} options shared by the commands that start a server operation. */
final class WaitOptions {

  @Option(names = "--wait", description = "Wait for the operation to finish, showing progress.")
  boolean wait;

  @Option(
      names = "--wait-timeout",
      defaultValue = "30m",
      paramLabel = "DURATION",
      converter = DurationConverter.class,
      description = "Give up waiting after this long (default: ${DEFAULT-VALUE}).")
  Duration timeout;

  @Option(
      names = "--wait-interval",
      defaultValue = "1s",
      paramLabel = "DURATION",
      converter = DurationConverter.class,
      description = "Time between polls (default: ${DEFAULT-VALUE}).")
  Duration interval;

  /** Parses {@code 500ms}, {@code 1s}, {@code 30m}, {@code 2h}. */
  static final class DurationConverter implements ITypeConverter<Duration> {
    @Override
    public Duration convert(String value) {
      return Durations.parse(value);
    }
  }
}
