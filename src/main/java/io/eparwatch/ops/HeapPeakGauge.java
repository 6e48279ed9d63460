package io.eparwatch.ops;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/**
 * {@code eparwatch_jvm_heap_peak_bytes}: the most heap the JVM has used since it started, the
 * figure to size {@code -Xmx} by (ingesting the exports is the heaviest moment of the day).
 */
@ApplicationScoped
public class HeapPeakGauge {

  void register(@Observes StartupEvent event, MeterRegistry registry) {
    Gauge.builder("eparwatch.jvm.heap.peak", HeapPeakGauge::peakHeapBytes)
        .description("Peak heap used since the JVM started")
        .baseUnit("bytes")
        .register(registry);
  }

  static double peakHeapBytes() {
    return ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(pool -> pool.getType() == MemoryType.HEAP)
        .map(MemoryPoolMXBean::getPeakUsage)
        .mapToLong(usage -> usage == null ? 0 : usage.getUsed())
        .sum();
  }
}
