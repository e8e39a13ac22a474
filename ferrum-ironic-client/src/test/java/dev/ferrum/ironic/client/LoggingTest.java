package dev.ferrum.ironic.client;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.ferrum.ironic.client.model.ConfigDrive;
import dev.ferrum.ironic.client.model.JsonPatch;
import dev.ferrum.ironic.client.model.NodeCreate;
import dev.ferrum.ironic.client.model.ProvisionRequest;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class LoggingTest extends MockIronic {

  final ListAppender<ILoggingEvent> appender = new ListAppender<>();
  Logger logger;
  Level previous;

  @BeforeEach
  void capture() {
    logger = (Logger) LoggerFactory.getLogger("dev.ferrum.ironic.client");
    previous = logger.getLevel();
    logger.setLevel(Level.TRACE);
    appender.start();
    logger.addAppender(appender);
  }

  @AfterEach
  void release() {
    logger.detachAppender(appender);
    logger.setLevel(previous);
  }

  List<String> lines() {
    return appender.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
  }

  @Test
  void everyCallIsLoggedWithMethodPathStatusDurationAndRequestId() throws Exception {
    enqueueRoot(82);
    server.enqueue(json(200, "{\"uuid\": \"" + NODE_UUID + "\"}"));
    try (IronicClient client = client()) {
      client.nodes().get(NODE_UUID, List.of("uuid"));
    }
    assertThat(lines())
        .anySatisfy(l ->
            assertThat(l)
                .matches(
                    "Ironic GET /v1/nodes/"
                        + NODE_UUID
                        + "\\?fields=uuid -> 200 in \\d+ ms, request id req-200"));
    assertThat(appender.list)
        .allSatisfy(e -> assertThat(e.getLevel()).isIn(Level.DEBUG, Level.TRACE));
  }

  @Test
  void secretsInBodiesNeverReachALogLine() throws Exception {
    enqueueRoot(82);
    server.enqueue(json(201, "{\"uuid\": \"" + NODE_UUID + "\"}"));
    server.enqueue(locked());
    server.enqueue(empty(202));
    server.enqueue(empty(202));
    server.enqueue(json(200, "{\"uuid\": \"" + NODE_UUID + "\"}"));
    server.enqueue(errorA(400, "bad"));
    try (IronicClient client = client()) {
      client
          .nodes()
          .create(
              NodeCreate.builder("ipmi")
                  .driverInfo(Map.of("ipmi_address", "10.1.1.1", "ipmi_password", "BMC-SECRET"))
                  .build());
      client.nodes().setProvisionState(NODE_UUID, ProvisionRequest.rescue("RESCUE-SECRET"));
      client
          .nodes()
          .setProvisionState(
              NODE_UUID,
              ProvisionRequest.deploy(Optional.of(ConfigDrive.encoded("CONFIGDRIVE-SECRET"))));
      client
          .nodes()
          .update(
              NODE_UUID,
              JsonPatch.builder()
                  .add(
                      "/instance_info", Map.of("admin_pass", "ADMIN-SECRET", "image_source", "img"))
                  .build());
      try {
        client
            .nodes()
            .update(
                NODE_UUID,
                JsonPatch.builder().add("/driver_info/ipmi_password", "PATCH-SECRET").build());
      } catch (IronicBadRequestException expected) {
        assertThat(expected.getMessage()).doesNotContain("PATCH-SECRET");
      }
    }
    List<String> lines = lines();
    assertThat(lines).anySatisfy(l -> assertThat(l).contains("body", "ipmi_address", "***"));
    assertThat(lines).anySatisfy(l -> assertThat(l).contains("retrying"));
    assertThat(String.join("\n", lines))
        .doesNotContain(
            "BMC-SECRET", "RESCUE-SECRET", "CONFIGDRIVE-SECRET", "ADMIN-SECRET", "PATCH-SECRET");
  }
}
