package io.eparwatch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.quartz.Nonconcurrent;
import io.quarkus.scheduler.Scheduled;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Which scheduled jobs run on every instance of a cluster (the simple scheduler; their work is
 * claimed in the database) and which run once per cluster (Quartz, never concurrently).
 */
class ClusterJobsTest {

  @Test
  void theCheckTickAndTheOutboxRunOnEveryInstance() throws Exception {
    for (Method job :
        List.of(
            method("io.eparwatch.watch.CheckJob", "checkDueWatches"),
            method("io.eparwatch.alert.OutboxWorker", "sendOnSchedule"))) {
      assertEquals(
          Scheduled.SIMPLE, job.getAnnotation(Scheduled.class).executeWith(), job.getName());
      assertFalse(job.isAnnotationPresent(Nonconcurrent.class), job.getName());
    }
  }

  @Test
  void theExportAndDigestJobsRunOnceAtATimeInTheCluster() throws Exception {
    for (Method job :
        List.of(
            method("io.eparwatch.export.ExportJob", "ingestExports"),
            method("io.eparwatch.export.ExportJob", "resumePostponedExports"),
            method("io.eparwatch.alert.DigestJob", "writeDue"))) {
      assertTrue(job.isAnnotationPresent(Nonconcurrent.class), job.getName());
      assertEquals(Scheduled.AUTO, job.getAnnotation(Scheduled.class).executeWith(), job.getName());
    }
  }

  private static Method method(String type, String name) throws ClassNotFoundException {
    return Arrays.stream(Class.forName(type).getDeclaredMethods())
        .filter(m -> m.getName().equals(name))
        .findFirst()
        .orElseThrow();
  }
}
