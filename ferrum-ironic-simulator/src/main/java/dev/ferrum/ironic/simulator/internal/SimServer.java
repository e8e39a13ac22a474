package dev.ferrum.ironic.simulator.internal;

import io.javalin.Javalin;
import java.net.URI;
import java.util.Objects;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.ServerConnector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Wires the engine together and runs it on Javalin (virtual threads, loopback by default). */
public final class SimServer implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(SimServer.class);
  private static final int ACCEPT_QUEUE = 1024;

  private final SimConfig config;
  private final TaskScheduler scheduler;
  private final Control control;
  private final Javalin app;
  private URI baseUri;

  /**
   * Builds the engine; nothing listens until {@link #start()}.
   *
   * @param config the settings
   */
  public SimServer(SimConfig config) {
    this.config = Objects.requireNonNull(config, "config");
    this.scheduler = TaskScheduler.forClock(config.clock());
    Inventory inv = new Inventory(config);
    NodeFactory factory = new NodeFactory(config);
    Conductor conductor = new Conductor(inv, scheduler);
    RouteTemplates templates = new RouteTemplates();
    RequestCounters counters = new RequestCounters();
    FaultInjector faults = new FaultInjector(config.faultSeed());
    this.control = new Control(inv, new Seeder(inv, factory), conductor, faults, counters);
    this.app =
        Javalin.create(c -> {
          c.useVirtualThreads = true;
          c.showJavalinBanner = false;
          c.startupWatcherEnabled = false;
          c.router.ignoreTrailingSlashes = true;
          c.http.defaultContentType = "application/json";
          c.jetty.addConnector((server, httpConfig) -> {
            ServerConnector connector =
                new ServerConnector(server, new HttpConnectionFactory(httpConfig));
            connector.setHost(config.host());
            connector.setPort(config.port());
            // Bursts of hundreds of new connections must queue, not be reset.
            connector.setAcceptQueueSize(ACCEPT_QUEUE);
            return connector;
          });
        });
    new HttpPipeline(config, templates, counters, faults).install(app);
    Router router = new Router(app, templates, config.lockRetry());
    new DiscoveryRoutes(config).register(router);
    new NodeRoutes(inv, factory, new NodePatcher(conductor, factory), conductor).register(router);
    new NodeStateRoutes(inv, conductor, new ProvisionVerbs(inv, conductor)).register(router);
    new NodeExtraRoutes(inv, conductor).register(router);
    for (ChildResource res : ChildCatalog.all(inv)) {
      new ChildRoutes(inv, res).register(router);
    }
    new ControlRoutes(control, config).register(app);
  }

  /**
   * Starts listening.
   *
   * @return this server
   */
  public SimServer start() {
    app.start();
    String host = config.host().contains(":") ? "[" + config.host() + "]" : config.host();
    baseUri = URI.create("http://" + host + ":" + app.port());
    LOG.info("Ironic simulator listening on {}", baseUri);
    return this;
  }

  /**
   * Returns the URL clients use.
   *
   * @return e.g. {@code http://127.0.0.1:43123}
   */
  public URI baseUri() {
    if (baseUri == null) {
      throw new IllegalStateException("not started");
    }
    return baseUri;
  }

  /**
   * Returns the control handle.
   *
   * @return the control engine
   */
  public Control control() {
    return control;
  }

  @Override
  public void close() {
    app.stop();
    scheduler.close();
  }
}
