package dev.ferrum.cli;

import java.io.Console;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the command reads from its surroundings besides its arguments: environment variables, the
 * directories searched for {@code clouds.yaml}, and whether stderr is a terminal. A value, so tests
 * run commands without touching the real environment.
 *
 * @param variables the environment variables ({@code FERRUM_*}, {@code OS_CLOUD}, …)
 * @param workingDir where {@code ./clouds.yaml} and relative file names are resolved
 * @param homeDir where {@code ~/.config/openstack/clouds.yaml} is looked for
 * @param systemConfigDirs further directories searched last ({@code /etc/openstack})
 * @param terminal whether stderr is a terminal: progress is redrawn in place when it is
 */
public record CliEnvironment(
    Map<String, String> variables,
    Path workingDir,
    Path homeDir,
    List<Path> systemConfigDirs,
    boolean terminal) {

  /** Checks for nulls and copies the collections. */
  public CliEnvironment {
    variables = Map.copyOf(Objects.requireNonNull(variables, "variables"));
    Objects.requireNonNull(workingDir, "workingDir");
    Objects.requireNonNull(homeDir, "homeDir");
    systemConfigDirs = List.copyOf(Objects.requireNonNull(systemConfigDirs, "systemConfigDirs"));
  }

  /** This process's environment. */
  public static CliEnvironment system() {
    return new CliEnvironment(
        System.getenv(),
        Path.of("").toAbsolutePath(),
        Path.of(System.getProperty("user.home")),
        List.of(Path.of("/etc/openstack")),
        isTerminal());
  }

  /** A variable's value, or null when unset or blank. */
  public String variable(String name) {
    String v = variables.get(name);
    return v == null || v.isBlank() ? null : v;
  }

  /**
   * Whether the process talks to a terminal. {@code System.console()} is non-null only for a
   * terminal up to JDK 21; later JDKs answer through {@code Console.isTerminal()}, called
   * reflectively because this module compiles for 21.
   */
  private static boolean isTerminal() {
    Console console = System.console();
    if (console == null) {
      return false;
    }
    try {
      Method m = Console.class.getMethod("isTerminal");
      return (Boolean) m.invoke(console);
    } catch (ReflectiveOperationException e) {
      return true;
    }
  }
}
