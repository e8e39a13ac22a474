package dev.ferrum.ironic.simulator.internal;

import io.javalin.Javalin;
import io.javalin.http.Handler;

/** Registers routes on Javalin and remembers their templates. */
final class Router {
  private final Javalin app;
  private final RouteTemplates templates;

  Router(Javalin app, RouteTemplates templates) {
    this.app = app;
    this.templates = templates;
  }

  Router get(String path, Handler h) {
    templates.register("GET", path);
    app.get(path, h);
    return this;
  }

  Router post(String path, Handler h) {
    templates.register("POST", path);
    app.post(path, h);
    return this;
  }

  Router put(String path, Handler h) {
    templates.register("PUT", path);
    app.put(path, h);
    return this;
  }

  Router patch(String path, Handler h) {
    templates.register("PATCH", path);
    app.patch(path, h);
    return this;
  }

  Router delete(String path, Handler h) {
    templates.register("DELETE", path);
    app.delete(path, h);
    return this;
  }
}
