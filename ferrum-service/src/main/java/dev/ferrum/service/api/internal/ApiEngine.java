package dev.ferrum.service.api.internal;

import dev.ferrum.service.ServiceConfig;
import dev.ferrum.service.network.NetworkBackend;
import dev.ferrum.service.store.Database;
import io.javalin.Javalin;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.ServerConnector;

/**
 * Builds the Javalin application (virtual threads, configured address) with the pipeline and every
 * route. Public only so that {@link dev.ferrum.service.api.ApiServer} can reach it.
 */
public final class ApiEngine {
  private static final int ACCEPT_QUEUE = 512;

  private final Javalin app;
  private final List<Route> routes = new CopyOnWriteArrayList<>();

  /**
   * One registered endpoint, as Javalin saw it being added. Recorded so that the authorization
   * tests sweep every route the API serves, and a route added later cannot escape them.
   *
   * @param method the HTTP method, e.g. {@code GET}
   * @param path the path pattern, e.g. {@code /v2.1/servers/{id}}
   */
  public record Route(String method, String path) {
    /** Checks both parts. */
    public Route {
      Objects.requireNonNull(method, "method");
      Objects.requireNonNull(path, "path");
    }
  }

  /**
   * Wires the routes; nothing listens until {@link #start()}.
   *
   * @param config the service configuration
   * @param database the persistence
   * @param clock the clock for creation times
   */
  public ApiEngine(ServiceConfig config, Database database, Clock clock) {
    this(config, database, null, clock);
  }

  /**
   * Creates the engine with the server, instance-action and hypervisor routes of a compute manager.
   *
   * @param config the service configuration
   * @param database the database
   * @param compute the compute manager, or {@code null} for the catalog APIs only
   * @param clock the clock
   */
  public ApiEngine(
      ServiceConfig config,
      Database database,
      dev.ferrum.service.compute.ComputeManager compute,
      Clock clock) {
    this(config, database, compute, null, clock);
  }

  /**
   * Creates the engine with the compute routes of a compute manager and the Neutron-shaped network
   * API ({@code /network}) of a network backend.
   *
   * @param config the service configuration
   * @param database the database
   * @param compute the compute manager, or {@code null} for the catalog APIs only
   * @param network the network backend, or {@code null} for no {@code /network} API
   * @param clock the clock
   */
  public ApiEngine(
      ServiceConfig config,
      Database database,
      dev.ferrum.service.compute.ComputeManager compute,
      NetworkBackend network,
      Clock clock) {
    Objects.requireNonNull(config, "config");
    Objects.requireNonNull(database, "database");
    Objects.requireNonNull(clock, "clock");
    this.app =
        Javalin.create(c -> {
          c.useVirtualThreads = true;
          c.showJavalinBanner = false;
          c.startupWatcherEnabled = false;
          c.router.ignoreTrailingSlashes = true;
          c.http.defaultContentType = "application/json";
          c.events(e ->
              e.handlerAdded(info -> {
                if (info.getHttpMethod().isHttpMethod()) {
                  routes.add(new Route(info.getHttpMethod().name(), info.getPath()));
                }
              }));
          c.jetty.addConnector((server, httpConfig) -> {
            httpConfig.setSendServerVersion(false);
            ServerConnector connector =
                new ServerConnector(server, new HttpConnectionFactory(httpConfig));
            connector.setHost(config.bindHost());
            connector.setPort(config.port());
            connector.setAcceptQueueSize(ACCEPT_QUEUE);
            return connector;
          });
        });
    new Pipeline(new Authenticator(config)).install(app);
    new VersionRoutes().register(app);
    new FlavorRoutes(database.flavors(), clock).register(app);
    new ExtraSpecRoutes(database.flavors()).register(app);
    new FlavorAccessRoutes(database.flavors()).register(app);
    new ImageRoutes(database.images(), clock).register(app);
    new KeyPairRoutes(database.keyPairs(), clock).register(app);
    new ServiceRoutes(database.services(), clock).register(app);
    if (compute != null) {
      new ServerRoutes(database, compute).register(app);
      new ServerActionRoutes(database, compute).register(app);
      new InstanceActionRoutes(database).register(app);
      new ServerInterfaceRoutes(database, compute.networks()).register(app);
      new HypervisorRoutes(compute, database.services(), config.bindHost(), clock).register(app);
    }
    if (network != null) {
      new NeutronRoutes(network).register(app);
    }
  }

  /**
   * Returns every HTTP route registered, in registration order (filters such as the authentication
   * step are not routes).
   *
   * @return an immutable snapshot
   */
  public List<Route> routes() {
    return List.copyOf(routes);
  }

  /** Starts listening. */
  public void start() {
    app.start();
  }

  /**
   * Returns the bound port.
   *
   * @return the port
   */
  public int port() {
    return app.port();
  }

  /** Stops listening and waits for in-flight requests. */
  public void stop() {
    app.stop();
  }
}
