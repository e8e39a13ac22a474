/**
 * Internal engine of {@link dev.ferrum.driver.IronicDriver}: node lookups, the deploy patch,
 * clean-up, unprovisioning, power, rescue, VIF and volume handling. Internal and unsupported: not
 * part of Ferrum's API and may change without notice.
 */
package dev.ferrum.driver.internal;
