package dev.ferrum.service.api.internal;

import java.security.SecureRandom;

/**
 * Generates admin passwords the way Nova does (12 characters without look-alikes), for servers
 * created or rebuilt without one; the password is returned once and never logged.
 */
final class ServerPasswords {
  private static final String CHARS = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
  private static final int LENGTH = 12;
  private static final SecureRandom RANDOM = new SecureRandom();

  private ServerPasswords() {}

  static String generate() {
    StringBuilder sb = new StringBuilder(LENGTH);
    for (int i = 0; i < LENGTH; i++) {
      sb.append(CHARS.charAt(RANDOM.nextInt(CHARS.length())));
    }
    return sb.toString();
  }
}
