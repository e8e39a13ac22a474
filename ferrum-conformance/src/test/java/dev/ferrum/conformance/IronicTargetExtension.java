package dev.ferrum.conformance;

import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives each conformance test the JVM's {@link IronicTarget} and a fresh {@link TestNodes}.
 *
 * <p>The target is opened once per run and kept in the root store, which closes it (stopping the
 * simulator or running {@code stop-ironic.sh}) when the run ends; a JVM shutdown hook stops a real
 * Ironic if the run is killed. Before each test the target's availability is checked: an
 * unavailable target (Ironic not installed outside CI, target not selected, external Ironic of the
 * other auth mode) skips the test with the reason, a broken one fails it.
 */
final class IronicTargetExtension implements BeforeEachCallback, ParameterResolver {
  private static final ExtensionContext.Namespace NS =
      ExtensionContext.Namespace.create(IronicTargetExtension.class);

  @Override
  public void beforeEach(ExtensionContext context) {
    session(context).target();
  }

  @Override
  public boolean supportsParameter(ParameterContext pc, ExtensionContext ec) {
    Class<?> type = pc.getParameter().getType();
    return type == IronicTarget.class || type == TestNodes.class;
  }

  @Override
  public Object resolveParameter(ParameterContext pc, ExtensionContext ec) {
    IronicTarget target = session(ec).target();
    if (pc.getParameter().getType() == IronicTarget.class) {
      return target;
    }
    String prefix = ec.getRequiredTestMethod().getName();
    return ec.getStore(NS)
        .computeIfAbsent(TestNodes.class, k -> new TestNodes(target, prefix), TestNodes.class);
  }

  private static TargetSession session(ExtensionContext context) {
    return context
        .getRoot()
        .getStore(NS)
        .computeIfAbsent(
            TargetSession.class, k -> new TargetSession(TargetKind.current()), TargetSession.class);
  }
}
