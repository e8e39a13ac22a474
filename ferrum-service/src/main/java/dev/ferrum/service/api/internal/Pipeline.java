package dev.ferrum.service.api.internal;

import dev.ferrum.service.ConflictException;
import dev.ferrum.service.FerrumServiceException;
import dev.ferrum.service.ForbiddenException;
import dev.ferrum.service.InvalidRequestException;
import dev.ferrum.service.NotFoundException;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What happens around every route: request ids, authentication (discovery documents are open),
 * microversion negotiation and headers on compute paths, and error bodies: Neutron-shaped under
 * {@code /network}, Nova-shaped everywhere else.
 */
final class Pipeline {
  private static final Logger LOG = LoggerFactory.getLogger(Pipeline.class);
  static final String CALLER_ATTR = "ferrum.caller";
  private static final String ERROR_WRITTEN_ATTR = "ferrum.errorWritten";
  private static final Set<String> OPEN_PATHS =
      Set.of("", "/", "/v2.1", "/image", "/network", "/network/v2.0");
  private static final String VERSION_HEADER = "X-OpenStack-Nova-API-Version";
  private static final String OPENSTACK_HEADER = "OpenStack-API-Version";

  private final Authenticator authenticator;

  Pipeline(Authenticator authenticator) {
    this.authenticator = authenticator;
  }

  static Caller caller(Context ctx) {
    Caller c = ctx.attribute(CALLER_ATTR);
    if (c == null) {
      throw new IllegalStateException("route reached without authentication");
    }
    return c;
  }

  void install(Javalin app) {
    app.before(this::before);
    app.after(ctx -> LOG.debug("{} {} -> {}", ctx.method(), ctx.path(), ctx.status().getCode()));
    app.exception(ApiException.class, (e, ctx) -> error(ctx, e.status(), e, e.getMessage()));
    app.exception(NotFoundException.class, (e, ctx) -> error(ctx, 404, e, e.getMessage()));
    app.exception(InvalidRequestException.class, (e, ctx) -> error(ctx, 400, e, e.getMessage()));
    app.exception(ForbiddenException.class, (e, ctx) -> error(ctx, 403, e, e.getMessage()));
    app.exception(ConflictException.class, (e, ctx) -> error(ctx, 409, e, e.getMessage()));
    app.exception(
        FerrumServiceException.class,
        (e, ctx) -> {
          LOG.warn("service failure on {} {}", ctx.method(), ctx.path(), e);
          error(ctx, 500, e, e.getMessage());
        });
    app.exception(
        Exception.class,
        (e, ctx) -> {
          LOG.warn("unexpected error on {} {}", ctx.method(), ctx.path(), e);
          error(
              ctx,
              500,
              e,
              NeutronErrors.applies(ctx.path())
                  ? "Request Failed: internal server error while processing your request."
                  : "Unexpected API Error. Please report this at the Ferrum issue tracker and"
                      + " attach the service log if possible.");
        });
    app.error(404, ctx -> fallback(ctx, 404, "The resource could not be found."));
    app.error(405, ctx -> fallback(ctx, 405, "The method is not allowed for this resource."));
  }

  private void before(Context ctx) {
    String requestId = "req-" + UUID.randomUUID();
    ctx.header("x-openstack-request-id", requestId);
    ctx.header("x-compute-request-id", requestId);
    String path = trimSlash(ctx.path());
    boolean compute = path.equals("/v2.1") || path.startsWith("/v2.1/");
    Microversion version = Microversion.MIN;
    if (compute) {
      ctx.header("Vary", OPENSTACK_HEADER + ", " + VERSION_HEADER);
      ctx.header(VERSION_HEADER, Microversion.MIN.toString());
      ctx.header(OPENSTACK_HEADER, "compute " + Microversion.MIN);
      version = Microversion.negotiate(ctx.header(OPENSTACK_HEADER), ctx.header(VERSION_HEADER));
      ctx.header(VERSION_HEADER, version.toString());
      ctx.header(OPENSTACK_HEADER, "compute " + version);
    }
    if (OPEN_PATHS.contains(path) && ctx.method().name().equals("GET")) {
      return;
    }
    Authenticator.Identity id;
    try {
      id = authenticator.authenticate(ctx.header("X-Auth-Token"), ctx.header("Authorization"));
    } catch (ApiException e) {
      if (authenticator.hasBasicUsers()) {
        ctx.header("WWW-Authenticate", "Basic realm=\"ferrum\"");
      }
      throw e;
    }
    ctx.attribute(
        CALLER_ATTR, new Caller(id.userId(), id.projectId(), id.role(), version, requestId));
  }

  private static String trimSlash(String path) {
    return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
  }

  /**
   * Writes the error body for the path: Neutron's under {@code /network}, Nova's elsewhere.
   *
   * @param cause the exception, or {@code null} for a routing failure (404, 405)
   */
  private static void error(Context ctx, int status, Throwable cause, String message) {
    ctx.attribute(ERROR_WRITTEN_ATTR, Boolean.TRUE);
    if (NeutronErrors.applies(trimSlash(ctx.path()))) {
      Json.respond(ctx, status, NeutronErrors.body(NeutronErrors.type(status, cause), message));
    } else {
      Json.respond(ctx, status, NovaErrors.body(status, message));
    }
  }

  private static void fallback(Context ctx, int status, String message) {
    if (ctx.attribute(ERROR_WRITTEN_ATTR) == null) {
      error(ctx, status, null, message);
    }
  }
}
