package dev.ferrum.ironic.simulator.internal;

import dev.ferrum.ironic.simulator.FaultRule;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.UUID;
import org.eclipse.jetty.server.Request;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What happens to every request around the routes: version headers and negotiation, request ids,
 * counters, fault injection, and Ironic's error envelopes for every failure.
 */
final class HttpPipeline {
  private static final Logger LOG = LoggerFactory.getLogger(HttpPipeline.class);
  static final String CONTROL_PREFIX = "/_sim";

  private final SimConfig config;
  private final RouteTemplates templates;
  private final RequestCounters counters;
  private final FaultInjector faults;

  HttpPipeline(
      SimConfig config, RouteTemplates templates, RequestCounters counters, FaultInjector faults) {
    this.config = config;
    this.templates = templates;
    this.counters = counters;
    this.faults = faults;
  }

  void install(Javalin app) {
    app.before(this::before);
    app.exception(ApiException.VersionNotAcceptable.class, (e, ctx) -> versionError(ctx, e));
    app.exception(
        ApiException.class,
        (e, ctx) -> Http.error(ctx, e.status(), ErrorBodies.shapeA(e.status(), e.faultstring())));
    app.exception(
        Exception.class,
        (e, ctx) -> {
          LOG.warn("unexpected error on {} {}", ctx.method(), ctx.path(), e);
          Http.error(ctx, 500, ErrorBodies.shapeA(500, "Internal server error"));
        });
    app.error(
        404,
        ctx -> {
          if (ctx.attribute(Http.HANDLED_ATTR) == null) {
            Http.error(ctx, 404, ErrorBodies.shapeA(404, "The resource could not be found."));
          }
        });
    app.error(
        405,
        ctx -> {
          if (ctx.attribute(Http.HANDLED_ATTR) == null) {
            Http.error(ctx, 405, ErrorBodies.shapeA(405, "The method is not allowed."));
          }
        });
  }

  private void before(Context ctx) throws InterruptedException {
    ctx.header("Openstack-Request-Id", "req-" + UUID.randomUUID());
    ctx.header("X-OpenStack-Ironic-API-Minimum-Version", config.microversions().minimumText());
    ctx.header("X-OpenStack-Ironic-API-Maximum-Version", config.microversions().maximumText());
    String path = ctx.path();
    if (path.startsWith(CONTROL_PREFIX)) {
      return;
    }
    String method = ctx.method().name();
    counters.count(method, templates.match(method, path));
    FaultRule fault = faults.decide(method, path);
    if (fault != null) {
      applyFault(ctx, fault);
      if (fault.drop() || fault.status() != 0) {
        return;
      }
    }
    int version =
        ApiVersion.negotiate(
            ctx.header("X-OpenStack-Ironic-API-Version"),
            ctx.header("OpenStack-API-Version"),
            config.microversions());
    ctx.attribute(Http.VERSION_ATTR, version);
    ctx.header("X-OpenStack-Ironic-API-Version", "1." + version);
    ctx.header("OpenStack-API-Version", "baremetal 1." + version);
  }

  private void applyFault(Context ctx, FaultRule fault) throws InterruptedException {
    if (!fault.latency().isZero()) {
      Thread.sleep(fault.latency());
    }
    if (fault.drop()) {
      ctx.attribute(Http.HANDLED_ATTR, Boolean.TRUE);
      Request base = Request.getBaseRequest(ctx.req());
      if (base != null) {
        base.getHttpChannel().getEndPoint().close();
        base.getHttpChannel().abort(new IOException("connection dropped by fault rule"));
      }
      ctx.skipRemainingHandlers();
      return;
    }
    if (fault.status() != 0) {
      Http.error(
          ctx,
          fault.status(),
          ErrorBodies.shapeA(fault.status(), "Fault injected by the Ironic simulator."));
      ctx.skipRemainingHandlers();
    }
  }

  private void versionError(Context ctx, ApiException e) {
    ctx.header("X-OpenStack-Ironic-API-Version", config.microversions().maximumText());
    Http.error(ctx, e.status(), ErrorBodies.shapeB(e.status(), e.faultstring()));
  }
}
