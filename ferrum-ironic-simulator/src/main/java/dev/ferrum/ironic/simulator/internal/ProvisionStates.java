package dev.ferrum.ironic.simulator.internal;

import java.util.Set;

/** The provision state names of Ironic's state machine ({@code ironic/common/states.py}). */
final class ProvisionStates {
  static final String ENROLL = "enroll";
  static final String VERIFYING = "verifying";
  static final String MANAGEABLE = "manageable";
  static final String AVAILABLE = "available";
  static final String ACTIVE = "active";
  static final String DEPLOYING = "deploying";
  static final String DEPLOYWAIT = "wait call-back";
  static final String DEPLOYHOLD = "deploy hold";
  static final String DEPLOYFAIL = "deploy failed";
  static final String DELETING = "deleting";
  static final String CLEANING = "cleaning";
  static final String CLEANWAIT = "clean wait";
  static final String CLEANHOLD = "clean hold";
  static final String CLEANFAIL = "clean failed";
  static final String ERROR = "error";
  static final String INSPECTING = "inspecting";
  static final String INSPECTWAIT = "inspect wait";
  static final String INSPECTFAIL = "inspect failed";
  static final String ADOPTING = "adopting";
  static final String ADOPTFAIL = "adopt failed";
  static final String RESCUING = "rescuing";
  static final String RESCUEWAIT = "rescue wait";
  static final String RESCUEFAIL = "rescue failed";
  static final String RESCUE = "rescue";
  static final String UNRESCUING = "unrescuing";
  static final String UNRESCUEFAIL = "unrescue failed";

  /** Every state a node can be in (what the {@code provision_state} filter accepts). */
  static final Set<String> ALL =
      Set.of(
          ENROLL,
          VERIFYING,
          MANAGEABLE,
          AVAILABLE,
          ACTIVE,
          DEPLOYING,
          DEPLOYWAIT,
          DEPLOYHOLD,
          DEPLOYFAIL,
          DELETING,
          CLEANING,
          CLEANWAIT,
          CLEANHOLD,
          CLEANFAIL,
          ERROR,
          INSPECTING,
          INSPECTWAIT,
          INSPECTFAIL,
          ADOPTING,
          ADOPTFAIL,
          RESCUING,
          RESCUEWAIT,
          RESCUEFAIL,
          RESCUE,
          UNRESCUING,
          UNRESCUEFAIL,
          "servicing",
          "service wait",
          "service hold",
          "service failed");

  /** States from which a node may be deleted through the API. */
  static final Set<String> DELETE_ALLOWED =
      Set.of(AVAILABLE, MANAGEABLE, ENROLL, ADOPTFAIL, CLEANFAIL, INSPECTFAIL);

  /** States in which the driver and interfaces may change outside maintenance. */
  static final Set<String> INTERFACE_UPDATE_ALLOWED =
      Set.of(
          ENROLL,
          MANAGEABLE,
          AVAILABLE,
          DEPLOYFAIL,
          INSPECTING,
          INSPECTWAIT,
          INSPECTFAIL,
          CLEANWAIT,
          CLEANFAIL,
          ADOPTFAIL,
          RESCUEFAIL,
          UNRESCUEFAIL);

  /** States whose undeploy ({@code deleted}) is accepted. */
  static final Set<String> UNDEPLOY_FROM =
      Set.of(
          ACTIVE,
          DEPLOYWAIT,
          DEPLOYFAIL,
          ERROR,
          RESCUE,
          RESCUEWAIT,
          RESCUEFAIL,
          UNRESCUEFAIL,
          "service wait",
          "service failed");

  /** Stable states a node can be seeded or forced into without work pending. */
  static final Set<String> STABLE = Set.of(ENROLL, MANAGEABLE, AVAILABLE, ACTIVE, ERROR, RESCUE);

  private ProvisionStates() {}
}
