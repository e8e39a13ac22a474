/**
 * Ferrum's compute service: a Nova-compatible REST API over persistence, a compute manager and a
 * scheduler. This package holds what embedders and the command line name: the configuration ({@link
 * dev.ferrum.service.ServiceConfig}) and the one exception family every service layer throws
 * ({@link dev.ferrum.service.FerrumServiceException}). Persistence is in {@code
 * dev.ferrum.service.store}, the HTTP API in {@code dev.ferrum.service.api}.
 */
package dev.ferrum.service;
