package dev.ferrum.conformance;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.slf4j.LoggerFactory;

/**
 * Records everything Ferrum logs under {@code dev.ferrum}, down to TRACE, while it is open, so a
 * test can prove a secret never reaches a log line (the client logs request bodies at TRACE). The
 * captured events are not passed on to the console, and the logger's level and additivity are
 * restored on close.
 */
final class LogCapture implements AutoCloseable {
  private final Logger logger = (Logger) LoggerFactory.getLogger("dev.ferrum");
  private final Level previousLevel;
  private final boolean previousAdditive;
  private final ListAppender<ILoggingEvent> appender = new ListAppender<>();

  private LogCapture() {
    previousLevel = logger.getLevel();
    previousAdditive = logger.isAdditive();
    appender.setContext(logger.getLoggerContext());
    appender.start();
    logger.addAppender(appender);
    logger.setLevel(Level.TRACE);
    logger.setAdditive(false);
  }

  /** Starts capturing. */
  static LogCapture start() {
    return new LogCapture();
  }

  /**
   * Every captured line as text: logger, formatted message, the arguments and the whole exception
   * chain with its messages, so a secret hidden in any of them is found.
   */
  synchronized List<String> lines() {
    List<String> out = new ArrayList<>();
    for (ILoggingEvent e : List.copyOf(appender.list)) {
      StringBuilder sb = new StringBuilder();
      sb.append(e.getLevel()).append(' ').append(e.getLoggerName()).append(" - ");
      sb.append(e.getFormattedMessage());
      if (e.getArgumentArray() != null) {
        sb.append(" args=").append(Arrays.deepToString(e.getArgumentArray()));
      }
      IThrowableProxy t = e.getThrowableProxy();
      if (t != null) {
        sb.append(' ').append(ThrowableProxyUtil.asString(t));
      }
      out.add(sb.toString());
    }
    return out;
  }

  @Override
  public void close() {
    logger.detachAppender(appender);
    appender.stop();
    logger.setLevel(previousLevel);
    logger.setAdditive(previousAdditive);
  }
}
