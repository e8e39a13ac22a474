package dev.ferrum.service.api.internal;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.server.HttpChannel;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.util.thread.Scheduler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Drops clients that hold connections without using them, as a listener on the API's connector
 * (Jetty 11 has neither a header deadline nor a per-address connection limit of its own):
 *
 * <ul>
 *   <li><b>Header deadline.</b> A request's line and headers must arrive within {@code
 *       headerTimeout}, counted from the connection's opening or the end of its previous response;
 *       a client still sending headers then (a "slow loris", which the idle timeout does not stop
 *       as long as it trickles a byte now and then) is disconnected. The time a request spends in
 *       its handler is not counted.
 *   <li><b>Connections per client.</b> At most {@code maxPerAddress} connections from one remote
 *       address are open at once; a further one is closed as soon as it is accepted, before any of
 *       its bytes are read.
 * </ul>
 */
final class ConnectionGuard implements Connection.Listener, HttpChannel.Listener {
  private static final Logger LOG = LoggerFactory.getLogger(ConnectionGuard.class);

  private final Scheduler scheduler;
  private final long headerTimeoutMillis;
  private final int maxPerAddress;
  private final Map<InetAddress, Integer> open = new ConcurrentHashMap<>();

  /** The client address of each open connection, read while its socket is open. */
  private final Map<EndPoint, InetAddress> addresses = new ConcurrentHashMap<>();

  private final Map<EndPoint, Deadline> deadlines = new ConcurrentHashMap<>();

  ConnectionGuard(Scheduler scheduler, Duration headerTimeout, int maxPerAddress) {
    this.scheduler = scheduler;
    this.headerTimeoutMillis = Math.max(1, headerTimeout.toMillis());
    this.maxPerAddress = maxPerAddress;
  }

  @Override
  public void onOpened(Connection connection) {
    EndPoint endPoint = connection.getEndPoint();
    InetAddress address = address(endPoint);
    if (address != null) {
      addresses.put(endPoint, address);
      int count = open.merge(address, 1, Integer::sum);
      if (count > maxPerAddress) {
        if (count == maxPerAddress + 1) {
          LOG.warn(
              "Client {} holds {} connections (limit {}); closing its further connections",
              address.getHostAddress(),
              maxPerAddress,
              maxPerAddress);
        }
        endPoint.close();
        return;
      }
    }
    awaitHeaders(endPoint);
  }

  @Override
  public void onClosed(Connection connection) {
    EndPoint endPoint = connection.getEndPoint();
    cancelDeadline(endPoint);
    InetAddress address = addresses.remove(endPoint);
    if (address != null) {
      open.computeIfPresent(address, (a, n) -> n > 1 ? n - 1 : null);
    }
  }

  @Override
  public void onRequestBegin(Request request) {
    cancelDeadline(request.getHttpChannel().getEndPoint());
  }

  @Override
  public void onComplete(Request request) {
    EndPoint endPoint = request.getHttpChannel().getEndPoint();
    if (endPoint.isOpen()) {
      awaitHeaders(endPoint);
    }
  }

  private void awaitHeaders(EndPoint endPoint) {
    Deadline deadline = new Deadline(endPoint);
    Deadline previous = deadlines.put(endPoint, deadline);
    if (previous != null) {
      previous.cancel();
    }
    deadline.task = scheduler.schedule(deadline, headerTimeoutMillis, TimeUnit.MILLISECONDS);
  }

  private void cancelDeadline(EndPoint endPoint) {
    Deadline deadline = deadlines.remove(endPoint);
    if (deadline != null) {
      deadline.cancel();
    }
  }

  /** The header deadline of one connection; closes it unless cancelled first. */
  private final class Deadline implements Runnable {
    private final EndPoint endPoint;
    private volatile boolean cancelled;
    private volatile Scheduler.Task task;

    Deadline(EndPoint endPoint) {
      this.endPoint = endPoint;
    }

    void cancel() {
      cancelled = true;
      Scheduler.Task t = task;
      if (t != null) {
        t.cancel();
      }
    }

    @Override
    public void run() {
      if (!cancelled && deadlines.remove(endPoint, this) && endPoint.isOpen()) {
        LOG.debug(
            "Closing the connection of {}: no complete request headers within {} ms",
            endPoint.getRemoteSocketAddress(),
            headerTimeoutMillis);
        endPoint.close();
      }
    }
  }

  private static InetAddress address(EndPoint endPoint) {
    SocketAddress remote = endPoint.getRemoteSocketAddress();
    return remote instanceof InetSocketAddress inet ? inet.getAddress() : null;
  }
}
