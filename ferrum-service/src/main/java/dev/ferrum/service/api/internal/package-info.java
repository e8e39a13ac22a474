/**
 * The REST API's engine: request pipeline (request ids, authentication, microversions, Nova error
 * bodies), input validation, JSON views and the route handlers. This package is internal and
 * unsupported: it may change in any release; use {@link dev.ferrum.service.api.ApiServer}.
 */
package dev.ferrum.service.api.internal;
