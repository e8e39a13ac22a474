/**
 * Internal and unsupported: JSON rendering, network-metadata arithmetic and ISO 9660 writing behind
 * {@link dev.ferrum.driver.configdrive}. Nothing here is API; it may change without notice.
 */
package dev.ferrum.driver.configdrive.internal;
