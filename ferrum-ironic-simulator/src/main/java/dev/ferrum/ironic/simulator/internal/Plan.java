package dev.ferrum.ironic.simulator.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ferrum.ironic.simulator.FailureAction;
import java.util.List;
import java.util.function.Consumer;

/**
 * What one accepted provision verb does: changes applied at once, then transient steps (each
 * holding the node lock for its configured duration and able to fail), then the final state.
 *
 * @param target the {@code target_provision_state} while the plan runs
 * @param onStart changes applied when the request is accepted
 * @param steps the transient states, in order (empty: the verb completes at once)
 * @param finalState the state reached when every step succeeded
 * @param onDone changes applied when the final state is reached
 */
record Plan(
    String target,
    Consumer<ObjectNode> onStart,
    List<Step> steps,
    String finalState,
    Consumer<ObjectNode> onDone) {

  static final Consumer<ObjectNode> NOTHING = d -> {};

  /**
   * One transient state.
   *
   * @param state the provision state shown while the step runs (also its timing key)
   * @param failure the failure a test can plan for this step, or null
   * @param failState the state a planned failure leads to
   * @param failTarget the target state shown after that failure
   * @param onComplete changes applied when the step ends successfully
   */
  record Step(
      String state,
      FailureAction failure,
      String failState,
      String failTarget,
      Consumer<ObjectNode> onComplete) {

    static Step of(String state) {
      return new Step(state, null, null, null, NOTHING);
    }

    static Step failing(String state, FailureAction failure, String failState, String failTarget) {
      return new Step(state, failure, failState, failTarget, NOTHING);
    }

    Step then(Consumer<ObjectNode> effect) {
      return new Step(state, failure, failState, failTarget, effect);
    }
  }
}
