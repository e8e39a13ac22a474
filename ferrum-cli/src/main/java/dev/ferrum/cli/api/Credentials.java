package dev.ferrum.cli.api;

import java.util.Objects;

/**
 * How the client proves who it is to Ferrum: the two schemes the service accepts without Keystone,
 * or nothing (loopback {@code authNone}). Sealed so the HTTP layer handles every kind. {@code
 * toString()} never shows a secret.
 */
public sealed interface Credentials {

  /** A static token sent as {@code X-Auth-Token} ({@code auth_type: admin_token}). */
  record Token(String token) implements Credentials {
    /** Checks for null. */
    public Token {
      Objects.requireNonNull(token, "token");
    }

    @Override
    public String toString() {
      return "Token[***]";
    }
  }

  /** A user and password sent as HTTP Basic ({@code auth_type: http_basic}). */
  record Basic(String user, String password) implements Credentials {
    /** Checks for nulls. */
    public Basic {
      Objects.requireNonNull(user, "user");
      Objects.requireNonNull(password, "password");
    }

    @Override
    public String toString() {
      return "Basic[user=" + user + ", password=***]";
    }
  }

  /** No credentials at all ({@code auth_type: none}). */
  record None() implements Credentials {}
}
