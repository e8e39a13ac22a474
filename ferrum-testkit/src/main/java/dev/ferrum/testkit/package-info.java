/**
 * Support for Ferrum's integration tests that several modules share (a real Ironic on loopback).
 * Test infrastructure, not part of Ferrum's supported API.
 */
package dev.ferrum.testkit;
