/**
 * How the Ironic client authenticates: Ironic's {@code noauth}, HTTP basic, and Keystone v3 tokens
 * (password or application credential) with the bare-metal endpoint taken from Keystone's service
 * catalog.
 *
 * <p>Start from the factories on {@link dev.ferrum.ironic.client.auth.IronicAuth}. Failures are
 * unchecked and rooted at {@link dev.ferrum.ironic.client.auth.IronicAuthException}. No class here
 * ever logs a password, secret or token.
 */
package dev.ferrum.ironic.client.auth;
