package io.eparwatch.source;

import io.eparwatch.config.Alerts;
import io.eparwatch.config.Cluster;
import io.eparwatch.config.EparWatchConfig;
import io.eparwatch.config.Exports;
import io.eparwatch.config.Feeds;
import io.eparwatch.config.Web;

/** The configuration the source package reads in tests: fetch and exports; other groups unused. */
final class TestConfig implements EparWatchConfig {

  final TestFetchConfig fetch = new TestFetchConfig();
  final TestExportsConfig exports = new TestExportsConfig();

  @Override
  public Fetch fetch() {
    return fetch;
  }

  @Override
  public Exports exports() {
    return exports;
  }

  @Override
  public Ema ema() {
    throw new UnsupportedOperationException("tests pass the EMA origin to EmaUrls directly");
  }

  @Override
  public Schedule schedule() {
    throw new UnsupportedOperationException();
  }

  @Override
  public Guards guards() {
    throw new UnsupportedOperationException();
  }

  @Override
  public Admin admin() {
    throw new UnsupportedOperationException();
  }

  @Override
  public Demo demo() {
    throw new UnsupportedOperationException();
  }

  @Override
  public java.net.URI publicUrl() {
    throw new UnsupportedOperationException();
  }

  @Override
  public Alerts alerts() {
    throw new UnsupportedOperationException();
  }

  @Override
  public Feeds feeds() {
    throw new UnsupportedOperationException();
  }

  @Override
  public Web web() {
    throw new UnsupportedOperationException();
  }

  @Override
  public Cluster cluster() {
    throw new UnsupportedOperationException();
  }
}
