/**
 * The compute service's REST API: a Nova v2.1 subset plus a Glance v2 subset, shaped so the stock
 * OpenStack client works against it. {@link dev.ferrum.service.api.ApiServer} is the entry point;
 * the engine is in {@code dev.ferrum.service.api.internal}.
 */
package dev.ferrum.service.api;
