package io.eparwatch.config;

import jakarta.inject.Singleton;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.UUID;

/** This instance's name in the cluster: {@code eparwatch.cluster.instance-id}, or one made up. */
@Singleton
public class InstanceId {

  private final String value;

  public InstanceId(EparWatchConfig config) {
    this.value =
        config.cluster().instanceId().filter(id -> !id.isBlank()).orElseGet(InstanceId::madeUp);
  }

  public String value() {
    return value;
  }

  @Override
  public String toString() {
    return value;
  }

  private static String madeUp() {
    String host;
    try {
      host = InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      host = "unknown-host";
    }
    return host
        + "-"
        + ProcessHandle.current().pid()
        + "-"
        + UUID.randomUUID().toString().substring(0, 6);
  }
}
