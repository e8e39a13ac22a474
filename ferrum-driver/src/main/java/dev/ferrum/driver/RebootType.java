package dev.ferrum.driver;

/** Nova's reboot types; exists because a soft reboot falls back to a hard one when unsupported. */
public enum RebootType {
  /** Ask the OS to reboot (ACPI); Ironic {@code soft rebooting}. */
  SOFT,
  /** Power-cycle; Ironic {@code rebooting}. */
  HARD
}
