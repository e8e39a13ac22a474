package dev.ferrum.ironic.client.model;

import java.util.Set;

/**
 * Ironic's provision state strings, as {@link Node#provisionState()} carries them.
 *
 * <p>String constants rather than an enum because Ironic adds states over time and a client must
 * still read a node in a state it has never heard of. {@code null} is Ironic's NOSTATE.
 */
public final class ProvisionState {
  /** Just enrolled, credentials not verified. */
  public static final String ENROLL = "enroll";

  /** Checking the credentials after {@code manage}. */
  public static final String VERIFYING = "verifying";

  /** Under operator control. */
  public static final String MANAGEABLE = "manageable";

  /** Ready to deploy. */
  public static final String AVAILABLE = "available";

  /** Deployed. */
  public static final String ACTIVE = "active";

  /** Deploying. */
  public static final String DEPLOYING = "deploying";

  /** Waiting for the ramdisk to call back during deploy. */
  public static final String DEPLOY_WAIT = "wait call-back";

  /** Deploy paused at a hold step. */
  public static final String DEPLOY_HOLD = "deploy hold";

  /** Deploy failed. */
  public static final String DEPLOY_FAILED = "deploy failed";

  /** Target-only value meaning the deploy finished. */
  public static final String DEPLOY_COMPLETE = "deploy complete";

  /** Tearing down. */
  public static final String DELETING = "deleting";

  /** Transitory value after tear-down. */
  public static final String DELETED = "deleted";

  /** Cleaning. */
  public static final String CLEANING = "cleaning";

  /** Waiting for the ramdisk during cleaning. */
  public static final String CLEAN_WAIT = "clean wait";

  /** Cleaning paused at a hold step. */
  public static final String CLEAN_HOLD = "clean hold";

  /** Cleaning failed. */
  public static final String CLEAN_FAILED = "clean failed";

  /** Tear-down failed. */
  public static final String ERROR = "error";

  /** Inspecting. */
  public static final String INSPECTING = "inspecting";

  /** Waiting for the inspection ramdisk. */
  public static final String INSPECT_WAIT = "inspect wait";

  /** Inspection failed. */
  public static final String INSPECT_FAILED = "inspect failed";

  /** Adopting. */
  public static final String ADOPTING = "adopting";

  /** Adoption failed. */
  public static final String ADOPT_FAILED = "adopt failed";

  /** Entering rescue. */
  public static final String RESCUING = "rescuing";

  /** Waiting for the rescue ramdisk. */
  public static final String RESCUE_WAIT = "rescue wait";

  /** Rescue failed. */
  public static final String RESCUE_FAILED = "rescue failed";

  /** Rescued. */
  public static final String RESCUE = "rescue";

  /** Leaving rescue. */
  public static final String UNRESCUING = "unrescuing";

  /** Leaving rescue failed. */
  public static final String UNRESCUE_FAILED = "unrescue failed";

  /** Servicing (1.87). */
  public static final String SERVICING = "servicing";

  /** Waiting for the ramdisk during servicing. */
  public static final String SERVICE_WAIT = "service wait";

  /** Servicing paused at a hold step. */
  public static final String SERVICE_HOLD = "service hold";

  /** Servicing failed. */
  public static final String SERVICE_FAILED = "service failed";

  /** States Ironic leaves a node in until someone acts. */
  public static final Set<String> STABLE =
      Set.of(ENROLL, MANAGEABLE, AVAILABLE, ACTIVE, ERROR, RESCUE);

  /** States a conductor is still working on. */
  public static final Set<String> UNSTABLE =
      Set.of(
          DEPLOYING,
          DEPLOY_WAIT,
          CLEANING,
          CLEAN_WAIT,
          VERIFYING,
          DELETING,
          INSPECTING,
          INSPECT_WAIT,
          ADOPTING,
          RESCUING,
          RESCUE_WAIT,
          UNRESCUING,
          SERVICING,
          SERVICE_WAIT);

  /** States that record a failed operation. */
  public static final Set<String> FAILURE =
      Set.of(
          DEPLOY_FAILED,
          CLEAN_FAILED,
          INSPECT_FAILED,
          RESCUE_FAILED,
          UNRESCUE_FAILED,
          ADOPT_FAILED,
          SERVICE_FAILED);

  private ProvisionState() {}
}
