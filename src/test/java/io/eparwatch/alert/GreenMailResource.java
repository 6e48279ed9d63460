package io.eparwatch.alert;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Map;

/**
 * A real SMTP server (GreenMail) on a free loopback port; {@code quarkus.mailer.port} points at it.
 * Tests get it injected into a field annotated {@link InjectMailServer}.
 */
public class GreenMailResource implements QuarkusTestResourceLifecycleManager {

  private MailServer server;

  @Override
  public Map<String, String> start() {
    server = new MailServer(freePort());
    server.start();
    return Map.of(
        "quarkus.mailer.host", "127.0.0.1", "quarkus.mailer.port", String.valueOf(server.port()));
  }

  @Override
  public void inject(TestInjector injector) {
    injector.injectIntoFields(
        server, new TestInjector.AnnotatedAndMatchesType(InjectMailServer.class, MailServer.class));
  }

  @Override
  public void stop() {
    if (server != null) {
      server.stop();
    }
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Retention(RetentionPolicy.RUNTIME)
  @Target(ElementType.FIELD)
  public @interface InjectMailServer {}
}
