package dev.ferrum.conformance;

import dev.ferrum.ironic.simulator.IronicSimulator;
import dev.ferrum.testkit.RealIronicProcess;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.opentest4j.TestAbortedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Everything one JVM starts for its target: the simulator or the real Ironic (and, on demand, the
 * slow sibling), closed in reverse order when JUnit closes the root store at the end of the run.
 * Also decides, once, whether the target is usable here, skipped (with a reason) or broken.
 */
final class TargetSession implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(TargetSession.class);

  /** Seconds every fake power action of the slow sibling sleeps. */
  static final int SLOW_POWER_SECONDS = 4;

  private final TargetKind kind;
  private final Deque<AutoCloseable> resources = new ArrayDeque<>();
  private IronicTarget target;
  private String skipReason;
  private RuntimeException failure;
  private IronicTarget slowTarget;
  private String slowSkipReason;

  TargetSession(TargetKind kind) {
    this.kind = kind;
    try {
      target = open(false);
    } catch (TestAbortedException e) {
      skipReason = e.getMessage();
    } catch (RuntimeException e) {
      failure = e;
    }
  }

  /** The target; aborts (skips) or fails the calling test if it is not usable. */
  IronicTarget target() {
    if (failure != null) {
      throw new IllegalStateException(
          "target " + kind.id() + " could not be started: " + failure.getMessage(), failure);
    }
    if (skipReason != null) {
      throw new TestAbortedException(skipReason);
    }
    return target;
  }

  private synchronized IronicTarget slow() {
    if (slowTarget == null && slowSkipReason == null) {
      try {
        slowTarget = open(true);
      } catch (TestAbortedException e) {
        slowSkipReason = e.getMessage();
      }
    }
    if (slowSkipReason != null) {
      throw new TestAbortedException(slowSkipReason);
    }
    return slowTarget;
  }

  private IronicTarget open(boolean slow) {
    if (!kind.selected()) {
      throw new TestAbortedException(
          "target " + kind.id() + " not selected by -D" + TargetKind.TARGETS_PROPERTY);
    }
    IronicTarget t =
        kind.real()
            ? openReal(slow)
            : new IronicTarget(kind, startSimulator(slow), null, null, slow ? null : this::slow);
    resources.push(t::close);
    return t;
  }

  private URI startSimulator(boolean slow) {
    // like the real target: fake-hardware is the only hardware type with a conductor,
    // and a write to a locked node waits about 2 s (Ironic's own lock retries) before its 409
    IronicSimulator.Builder b =
        IronicSimulator.builder()
            .drivers(List.of("fake-hardware"))
            .lockRetry(Duration.ofSeconds(2));
    if (slow) {
      b.timing("power", Duration.ofSeconds(SLOW_POWER_SECONDS));
    }
    IronicSimulator sim = b.build().start();
    resources.push(sim);
    return sim.baseUri();
  }

  private IronicTarget openReal(boolean slow) {
    String external = System.getenv("FERRUM_IRONIC_URL");
    if (external != null && !external.isBlank()) {
      if (slow) {
        throw new TestAbortedException(
            "an external Ironic (FERRUM_IRONIC_URL) cannot be given [fake] power_delay for a"
                + " NodeLocked test");
      }
      String mode = System.getenv().getOrDefault("FERRUM_IRONIC_AUTH", "noauth");
      mode = mode.toLowerCase(Locale.ROOT).equals("none") ? "noauth" : mode;
      if (!mode.equals(kind.authMode())) {
        throw new TestAbortedException(
            "FERRUM_IRONIC_URL is a "
                + mode
                + " Ironic; "
                + kind.id()
                + " needs "
                + kind.authMode());
      }
      String user = mode.equals("http_basic") ? System.getenv("FERRUM_IRONIC_USER") : null;
      String pw = mode.equals("http_basic") ? System.getenv("FERRUM_IRONIC_PASSWORD") : null;
      return new IronicTarget(kind, URI.create(external), user, pw, this::slow);
    }
    if (!RealIronicProcess.installed()) {
      String why = "/usr/bin/ironic and /usr/bin/ironic-dbsync are not installed";
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        throw new IllegalStateException(why + " but CI=true: real-Ironic tests must run in CI");
      }
      throw new TestAbortedException(why + " (install them: see scripts/ironic/README.md)");
    }
    boolean basic = kind.authMode().equals("http_basic");
    String user = basic ? "ferrum-conformance" : null;
    String password = basic ? randomPassword() : null;
    String name = kind.id() + (slow ? "-slow" : "");
    Path extraConf = slow ? writeSlowConf(name) : null;
    RealIronicProcess p = RealIronicProcess.start(name, kind.authMode(), user, password, extraConf);
    resources.push(p);
    return new IronicTarget(kind, p.baseUri(), user, password, slow ? null : this::slow);
  }

  private static Path writeSlowConf(String name) {
    Path conf = Path.of("target", "ironic", name + ".conf").toAbsolutePath();
    try {
      Files.createDirectories(conf.getParent());
      Files.writeString(
          conf, "[fake]\npower_delay = " + SLOW_POWER_SECONDS + "\n", StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException("cannot write " + conf, e);
    }
    return conf;
  }

  private static String randomPassword() {
    byte[] b = new byte[18];
    new SecureRandom().nextBytes(b);
    return HexFormat.of().formatHex(b);
  }

  @Override
  public synchronized void close() {
    RuntimeException first = null;
    while (!resources.isEmpty()) {
      try {
        resources.pop().close();
      } catch (Exception e) {
        LOG.warn("closing {} resource failed: {}", kind.id(), e.toString());
        if (first == null) {
          first = new IllegalStateException("closing " + kind.id() + " failed", e);
        }
      }
    }
    if (first != null) {
      throw first;
    }
  }
}
