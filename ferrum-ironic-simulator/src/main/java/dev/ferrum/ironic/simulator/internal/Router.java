package dev.ferrum.ironic.simulator.internal;

import io.javalin.Javalin;
import io.javalin.http.Handler;
import java.time.Duration;

/**
 * Registers routes on Javalin and remembers their templates. Write routes retry on NodeLocked for
 * the configured window, like Ironic's API retrying to get the conductor's lock before it gives up
 * with 409.
 */
final class Router {
  private static final long RETRY_PAUSE_MILLIS = 20;

  private final Javalin app;
  private final RouteTemplates templates;
  private final Duration lockRetry;

  Router(Javalin app, RouteTemplates templates, Duration lockRetry) {
    this.app = app;
    this.templates = templates;
    this.lockRetry = lockRetry;
  }

  private Handler retrying(Handler h) {
    if (lockRetry.isZero()) {
      return h;
    }
    return ctx -> {
      long deadline = System.nanoTime() + lockRetry.toNanos();
      while (true) {
        try {
          h.handle(ctx);
          return;
        } catch (ApiException.NodeLocked e) {
          if (System.nanoTime() + RETRY_PAUSE_MILLIS * 1_000_000 > deadline) {
            throw e;
          }
          Thread.sleep(RETRY_PAUSE_MILLIS);
        }
      }
    };
  }

  Router get(String path, Handler h) {
    templates.register("GET", path);
    app.get(path, h);
    return this;
  }

  Router post(String path, Handler h) {
    templates.register("POST", path);
    app.post(path, retrying(h));
    return this;
  }

  Router put(String path, Handler h) {
    templates.register("PUT", path);
    app.put(path, retrying(h));
    return this;
  }

  Router patch(String path, Handler h) {
    templates.register("PATCH", path);
    app.patch(path, retrying(h));
    return this;
  }

  Router delete(String path, Handler h) {
    templates.register("DELETE", path);
    app.delete(path, retrying(h));
    return this;
  }
}
