package org.nafitha.cli.internal;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The heap's peak during a benchmark: the most heap in use at one moment, sampled every 5 ms by a daemon thread (and at
 * each {@link #peak} call). Adding each memory pool's own peak, as the benches did, overstates it: the pools peak at
 * different moments, and the sum could exceed the maximum heap (5,030 MiB reported with a 4,096 MiB maximum). A
 * sample can miss the last few milliseconds of allocation before a collection, so this is a slight underestimate.
 */
final class HeapPeak {

    private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();
    private static final AtomicLong PEAK = new AtomicLong();
    private static Thread sampler;

    private HeapPeak() {
    }

    /** Starts measuring afresh from the heap in use now. */
    static synchronized void reset() {
        PEAK.set(used());
        if (sampler == null) {
            sampler = new Thread(() -> {
                while (true) {
                    PEAK.accumulateAndGet(used(), Math::max);
                    try {
                        Thread.sleep(5);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "nafitha-heap-peak");
            sampler.setDaemon(true);
            sampler.start();
        }
    }

    /** The most heap in use since the last {@link #reset}, in bytes. */
    static long peak() {
        return PEAK.accumulateAndGet(used(), Math::max);
    }

    private static long used() {
        return MEMORY.getHeapMemoryUsage().getUsed();
    }
}
