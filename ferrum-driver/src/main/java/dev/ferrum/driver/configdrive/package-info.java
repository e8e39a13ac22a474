/**
 * Config drives for Ironic instances: a plain content model ({@link
 * dev.ferrum.driver.configdrive.ConfigDriveContent}), the OpenStack/EC2 file layout Nova writes,
 * and the two forms Ironic accepts in the {@code configdrive} field of a deploy request: a
 * gzip+base64 ISO 9660 image labelled {@code config-2}, and (Ironic API 1.56 or later) a JSON
 * object that Ironic turns into a drive itself.
 *
 * <p>The model is built from plain values rather than from Nova objects so that the driver, tests
 * and tools can produce exactly the same drive. Admin passwords and file contents are treated as
 * secrets: they never appear in {@code toString()} output or log lines.
 */
package dev.ferrum.driver.configdrive;
