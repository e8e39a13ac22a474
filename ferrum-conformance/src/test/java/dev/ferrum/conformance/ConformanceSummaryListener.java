package dev.ferrum.conformance;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Prints one plain line per target at the end of the run, e.g. {@code conformance[real-noauth]: 41
 * run, 0 failed, 3 skipped}, followed by each skipped test with its reason, so a reader sees at a
 * glance which targets were really exercised and what each one could not do. Registered through
 * {@code META-INF/services}; public because the JUnit launcher loads it with ServiceLoader.
 */
public final class ConformanceSummaryListener implements TestExecutionListener {
  private TestPlan plan;
  private int run;
  private int failed;
  private final List<String[]> skipped = new ArrayList<>();
  private final List<String> failures = new ArrayList<>();

  /** Creates the listener (ServiceLoader needs a public no-argument constructor). */
  public ConformanceSummaryListener() {}

  @Override
  public synchronized void testPlanExecutionStarted(TestPlan testPlan) {
    plan = testPlan;
    run = 0;
    failed = 0;
    skipped.clear();
    failures.clear();
  }

  @Override
  public synchronized void executionSkipped(TestIdentifier id, String reason) {
    for (TestIdentifier t : testsUnder(id)) {
      run++;
      skipped.add(new String[] {name(t), reason});
    }
  }

  @Override
  public synchronized void executionFinished(TestIdentifier id, TestExecutionResult result) {
    if (id.isTest()) {
      run++;
      switch (result.getStatus()) {
        case SUCCESSFUL -> {}
        case ABORTED -> skipped.add(new String[] {name(id), reason(result)});
        case FAILED -> {
          failed++;
          failures.add(
              name(id)
                  + ": "
                  + result.getThrowable().map(ConformanceSummaryListener::brief).orElse("?"));
        }
      }
    } else if (result.getStatus() == TestExecutionResult.Status.ABORTED
        && id.getSource().filter(MethodSource.class::isInstance).isPresent()) {
      // a test factory (DriverLifecycleIT) skipped before it produced its dynamic tests
      run++;
      skipped.add(new String[] {name(id), reason(result)});
    } else if (result.getStatus() == TestExecutionResult.Status.FAILED && id.isContainer()) {
      failed++;
      failures.add(
          name(id)
              + ": "
              + result.getThrowable().map(ConformanceSummaryListener::brief).orElse("?"));
    }
  }

  @Override
  public synchronized void testPlanExecutionFinished(TestPlan testPlan) {
    if (!testPlan.containsTests()) {
      return;
    }
    String target = System.getProperty(TargetKind.TARGET_PROPERTY, TargetKind.SIMULATOR.id());
    StringBuilder sb = new StringBuilder();
    sb.append("conformance[")
        .append(target)
        .append("]: ")
        .append(run)
        .append(" run, ")
        .append(failed)
        .append(" failed, ")
        .append(skipped.size())
        .append(" skipped");
    Map<String, List<String>> byReason = new TreeMap<>();
    for (String[] s : skipped) {
      byReason.computeIfAbsent(s[1], k -> new ArrayList<>()).add(s[0]);
    }
    byReason.forEach((reason, tests) -> {
      sb.append(System.lineSeparator()).append("  skipped: ").append(reason);
      if (tests.size() > 3) {
        sb.append(System.lineSeparator()).append("    (").append(tests.size()).append(" tests)");
      } else {
        tests.forEach(t -> sb.append(System.lineSeparator()).append("    ").append(t));
      }
    });
    for (String f : failures) {
      sb.append(System.lineSeparator()).append("  FAILED ").append(f);
    }
    System.out.println(sb);
  }

  private List<TestIdentifier> testsUnder(TestIdentifier id) {
    if (id.isTest()) {
      return List.of(id);
    }
    if (plan == null) {
      return List.of();
    }
    Set<TestIdentifier> all = plan.getDescendants(id);
    return all.stream().filter(TestIdentifier::isTest).toList();
  }

  private String name(TestIdentifier id) {
    String parent =
        plan == null
            ? ""
            : plan.getParent(id).map(p -> withoutParameters(p.getDisplayName()) + ".").orElse("");
    return parent + withoutParameters(id.getDisplayName());
  }

  /** {@code m(A, B)} → {@code m}: method display names carry their parameter types. */
  private static String withoutParameters(String display) {
    int paren = display.indexOf('(');
    return paren > 0 ? display.substring(0, paren) : display;
  }

  /** Why a test or factory was aborted: the assumption's message. */
  private static String reason(TestExecutionResult result) {
    return result
        .getThrowable()
        .map(t -> String.valueOf(t.getMessage()).replaceFirst("^Assumption failed: ", ""))
        .orElse("aborted");
  }

  /** The exception type and its message on one line, at most 240 characters. */
  private static String brief(Throwable t) {
    String msg = String.valueOf(t.getMessage()).strip().replaceAll("\\s+", " ");
    String one = t.getClass().getSimpleName() + ": " + msg;
    return one.length() > 240 ? one.substring(0, 237) + "..." : one;
  }
}
