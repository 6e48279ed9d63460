package io.eparwatch.config;

import jakarta.inject.Singleton;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.UUID;

/** This instance's name in the cluster: {@code eparwatch.cluster.instance-id}, or one made up. */
@Singleton
public class InstanceId {

  /** The width of the claim columns ({@code claimed_by}, {@code holder}). */
  private static final int MAX_LENGTH = 200;

  private final String value;

  public InstanceId(EparWatchConfig config) {
    this.value =
        config.cluster().instanceId().filter(id -> !id.isBlank()).orElseGet(InstanceId::madeUp);
    if (value.length() > MAX_LENGTH) {
      throw new IllegalArgumentException(
          "eparwatch.cluster.instance-id is longer than " + MAX_LENGTH + " characters");
    }
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
    // A host name may be up to 253 characters; the id must fit the claim columns.
    return host.substring(0, Math.min(host.length(), 150))
        + "-"
        + ProcessHandle.current().pid()
        + "-"
        + UUID.randomUUID().toString().substring(0, 6);
  }
}
