package dev.cleave.bench;

import com.sun.management.GarbageCollectionNotificationInfo;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * Measures the heap of one contender in its own JVM, three ways:
 * <ul>
 *   <li><b>retained</b>: heap used right after a forced full GC at the end, while the contender's result is
 *       still reachable: the live set the analysis leaves behind;</li>
 *   <li><b>peak after GC</b>: the largest heap used after any collection during the run (from the JVM's GC
 *       notifications, summed over the heap pools), the forced one included: an upper bound of the peak live
 *       set, since a young collection leaves old-generation garbage in place;</li>
 *   <li><b>peak used</b>: the sum over the heap pools of each pool's peak usage: what the heap had to hold at
 *       most, garbage included; it depends on the GC's sizing and is an upper bound, as pools peak at different
 *       times.</li>
 * </ul>
 */
public final class HeapMeter implements NotificationListener {
    private final List<MemoryPoolMXBean> heapPools;
    private final List<GarbageCollectorMXBean> collectors;
    private final AtomicLong peakAfterGc = new AtomicLong();

    private HeapMeter() {
        heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        collectors = ManagementFactory.getGarbageCollectorMXBeans();
    }

    /** Collects what came before, resets the pools' peaks and starts listening to collections. */
    public static HeapMeter start() {
        System.gc();
        HeapMeter meter = new HeapMeter();
        meter.heapPools.forEach(MemoryPoolMXBean::resetPeakUsage);
        for (GarbageCollectorMXBean collector : meter.collectors) {
            ((NotificationEmitter) collector).addNotificationListener(meter, null, null);
        }
        return meter;
    }

    /** Forces a full collection, reads the figures and stops listening. Keep the result reachable until then. */
    public HeapFigures finish() {
        long peakUsed = heapPools.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        long gcMillis = collectors.stream().mapToLong(GarbageCollectorMXBean::getCollectionTime).sum();
        System.gc();
        System.gc();
        long retained = heapPools.stream().mapToLong(p -> p.getUsage().getUsed()).sum();
        for (GarbageCollectorMXBean collector : collectors) {
            try {
                ((NotificationEmitter) collector).removeNotificationListener(this);
            } catch (ListenerNotFoundException e) {
                throw new IllegalStateException(e);
            }
        }
        long afterGc = Math.max(peakAfterGc.get(), retained);
        return new HeapFigures(retained, afterGc, Math.max(peakUsed, afterGc), gcMillis);
    }

    @Override
    public void handleNotification(Notification notification, Object handback) {
        if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
            return;
        }
        Map<String, MemoryUsage> after = GarbageCollectionNotificationInfo
                .from((CompositeData) notification.getUserData()).getGcInfo().getMemoryUsageAfterGc();
        long used = heapPools.stream().map(p -> after.get(p.getName()))
                .mapToLong(u -> u == null ? 0 : u.getUsed()).sum();
        peakAfterGc.accumulateAndGet(used, Math::max);
    }
}
