package dev.ferrum.service.api.internal;

import dev.ferrum.service.ServiceConfig;
import dev.ferrum.service.store.Database;
import io.javalin.Javalin;
import java.time.Clock;
import java.util.Objects;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.ServerConnector;

/**
 * Builds the Javalin application (virtual threads, configured address) with the pipeline and every
 * route. Public only so that {@link dev.ferrum.service.api.ApiServer} can reach it.
 */
public final class ApiEngine {
  private static final int ACCEPT_QUEUE = 512;

  private final Javalin app;

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
      new HypervisorRoutes(compute, database.services(), config.bindHost(), clock).register(app);
    }
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
