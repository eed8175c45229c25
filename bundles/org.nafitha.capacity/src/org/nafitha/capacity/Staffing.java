package org.nafitha.capacity;

import java.util.Locale;

/**
 * The fewest counters that meet a service-level target, and the staff to keep them open.
 *
 * <p>A design meets the target when at least {@code serviceLevel} of arrivals are served within {@code waitMinutes},
 * and counters are busy no more than {@code maxOccupancy} of the time. Staff = counters / (1 − shrinkage), rounded up:
 * shrinkage is the share of paid time a person is not at the counter (breaks, leave, training).
 */
public final class Staffing {

    /** What a design must achieve. {@code patienceMinutes} NaN (or infinite) means citizens never leave (Erlang C). */
    public record Target(double serviceLevel, double waitMinutes, double maxOccupancy, double shrinkage, double patienceMinutes) {

        public Target {
            if (!(serviceLevel > 0 && serviceLevel < 1)) {
                throw new IllegalArgumentException("service level " + serviceLevel + ": expected a share between 0 and 1");
            }
            if (!(waitMinutes >= 0)) {
                throw new IllegalArgumentException("target wait " + waitMinutes + " min: expected 0 or more");
            }
            if (!(maxOccupancy > 0 && maxOccupancy <= 1)) {
                throw new IllegalArgumentException("maximum occupancy " + maxOccupancy + ": expected more than 0 and at most 1");
            }
            if (!(shrinkage >= 0 && shrinkage < 1)) {
                throw new IllegalArgumentException("shrinkage " + shrinkage + ": expected 0 or more and less than 1");
            }
            if (patienceMinutes <= 0) {
                throw new IllegalArgumentException("patience " + patienceMinutes + " min: expected more than 0");
            }
        }

        /** Erlang C targets: no abandonment. */
        public static Target of(double serviceLevel, double waitMinutes, double maxOccupancy, double shrinkage) {
            return new Target(serviceLevel, waitMinutes, maxOccupancy, shrinkage, Double.NaN);
        }

        boolean withPatience() {
            return !Double.isNaN(patienceMinutes) && !Double.isInfinite(patienceMinutes);
        }
    }

    /**
     * A design and how it performs.
     *
     * @param abandonment the share of arrivals who leave unserved; 0 without patience
     */
    public record Design(long counters, long staff, double load, double serviceLevel, double averageWaitMinutes, double occupancy,
            double waitProbability, double abandonment) {
    }

    /** The largest load staffed, in erlangs: beyond it a design would be meaningless and the arithmetic inexact. */
    public static final double MAX_LOAD = 1e12;

    /** The largest load staffed with patience (Erlang A), whose chain is computed state by state. */
    public static final double MAX_LOAD_WITH_PATIENCE = 1e6;

    private Staffing() {
    }

    /**
     * The fewest counters meeting the target for a queue.
     *
     * @param arrivalsPerHour arrivals an hour, 0 or more
     * @param ahtMinutes mean handling time, more than 0
     * @param cs2 squared coefficient of variation of the handling time (1 for exponential); Erlang C only
     */
    public static Design required(Target target, double arrivalsPerHour, double ahtMinutes, double cs2) {
        double load = load(arrivalsPerHour, ahtMinutes);
        if (load == 0) {
            return new Design(0, 0, 0, 1, 0, 0, 0, 0);
        }
        if (target.withPatience()) {
            return withPatience(target, arrivalsPerHour, ahtMinutes, load);
        }
        if (load <= ErlangC.RECURSION_LIMIT / 2.0) {
            return erlangC(target, ahtMinutes, load, cs2);
        }
        // many servers: the service level grows with the counters, so the fewest that meet the target are found by
        // bisection between the fewest the load and the occupancy allow and a bound found from the square-root rule
        long lo = Math.max((long) Math.floor(load) + 1, (long) Math.ceil(load / target.maxOccupancy() - 1e-9));
        if (meetsC(target, lo, load, ahtMinutes, cs2)) {
            return designC(target, lo, load, ahtMinutes, cs2);
        }
        long step = Math.max(1, (long) Math.ceil(Math.sqrt(load)));
        long hi = lo + step;
        while (!meetsC(target, hi, load, ahtMinutes, cs2)) {
            lo = hi;
            step *= 2;
            hi = lo + step;
        }
        while (hi - lo > 1) { // lo misses, hi meets
            long mid = lo + (hi - lo) / 2;
            if (meetsC(target, mid, load, ahtMinutes, cs2)) {
                hi = mid;
            } else {
                lo = mid;
            }
        }
        return designC(target, hi, load, ahtMinutes, cs2);
    }

    /** The load in erlangs, checked. */
    private static double load(double arrivalsPerHour, double ahtMinutes) {
        if (!(arrivalsPerHour >= 0) || Double.isInfinite(arrivalsPerHour)) {
            throw new IllegalArgumentException("arrivals " + arrivalsPerHour + " an hour: expected a finite number, 0 or more");
        }
        if (!(ahtMinutes > 0) || Double.isInfinite(ahtMinutes)) {
            throw new IllegalArgumentException("handling time " + ahtMinutes + " min: expected a finite number more than 0");
        }
        double load = arrivalsPerHour * ahtMinutes / 60;
        if (!(load <= MAX_LOAD)) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "a load of %.4g erlangs (%.4g arrivals an hour x %.4g min / 60): expected at most %.0g erlangs", load, arrivalsPerHour,
                    ahtMinutes, MAX_LOAD));
        }
        return load;
    }

    private static boolean meetsC(Target target, long n, double load, double aht, double cs2) {
        return load / n <= target.maxOccupancy() && ErlangC.serviceLevel(n, load, aht, target.waitMinutes(), cs2) >= target.serviceLevel();
    }

    private static Design designC(Target target, long n, double load, double aht, double cs2) {
        double c = ErlangC.waitProbability(n, load);
        double sl = ErlangC.serviceLevelFromC(n, load, c, aht, target.waitMinutes(), cs2);
        return new Design(n, staff(n, target), load, sl, c * aht * (1 + cs2) / 2 / (n - load), load / n, c, 0);
    }

    private static Design erlangC(Target target, double aht, double load, double cs2) {
        double b = 1;
        for (int n = 1;; n++) {
            b = load * b / (n + load * b); // Erlang B, one server more
            if (n <= load || load / n > target.maxOccupancy()) {
                continue;
            }
            double c = ErlangC.waitProbabilityFromB(n, load, b);
            double sl = ErlangC.serviceLevelFromC(n, load, c, aht, target.waitMinutes(), cs2);
            if (sl >= target.serviceLevel()) {
                return new Design(n, staff(n, target), load, sl, c * aht * (1 + cs2) / 2 / (n - load), load / n, c, 0);
            }
        }
    }

    /** Evaluates a given number of counters (Erlang C; Erlang A with patience). */
    public static Design evaluate(Target target, long counters, double arrivalsPerHour, double ahtMinutes, double cs2) {
        double load = load(arrivalsPerHour, ahtMinutes);
        if (counters <= 0) {
            return new Design(0, 0, load, load == 0 ? 1 : 0, load == 0 ? 0 : Double.POSITIVE_INFINITY, load == 0 ? 0 : 1, load == 0 ? 0 : 1,
                    target.withPatience() && load > 0 ? 1 : 0);
        }
        if (target.withPatience()) {
            ErlangA q = new ErlangA(counters, arrivalsPerHour, ahtMinutes, target.patienceMinutes());
            return new Design(counters, staff(counters, target), load, q.serviceLevel(target.waitMinutes()), q.averageWait(),
                    q.occupancy(), q.waitProbability(), q.abandonment());
        }
        double c = ErlangC.waitProbability(counters, load);
        return new Design(counters, staff(counters, target), load, ErlangC.serviceLevel(counters, load, ahtMinutes, target.waitMinutes(), cs2),
                ErlangC.averageWait(counters, load, ahtMinutes, cs2), Math.min(1, load / counters), c, 0);
    }

    /**
     * With abandonment the queue is stable at any number of counters, and both the service level and the spare time
     * grow with them: the fewest counters meeting the target are found by bisection, in a bracket found from the load
     * in steps of its square root, doubling; counters far below the load whose queue would spread beyond
     * what {@link ErlangA} computes miss any target worth having and count as missing it.
     */
    private static Design withPatience(Target target, double arrivalsPerHour, double aht, double load) {
        if (load > MAX_LOAD_WITH_PATIENCE) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "a load of %.4g erlangs with patience (Erlang A): expected at most %.0g erlangs", load, MAX_LOAD_WITH_PATIENCE));
        }
        // gallop from the load in steps of its square root (the answer is usually a few steps away), then bisect
        long start = Math.max(1, (long) Math.ceil(load));
        long step = Math.max(1, (long) Math.ceil(Math.sqrt(load)));
        long lo;
        long hi;
        if (meetsA(target, start, arrivalsPerHour, aht, load)) {
            hi = start;
            lo = Math.max(0, hi - step);
            while (lo > 0 && meetsA(target, lo, arrivalsPerHour, aht, load)) {
                hi = lo;
                step *= 2;
                lo = Math.max(0, hi - step);
            }
        } else {
            lo = start;
            hi = start + step;
            while (!meetsA(target, hi, arrivalsPerHour, aht, load)) {
                lo = hi;
                step *= 2;
                hi = lo + step;
            }
        }
        while (hi - lo > 1) {
            long mid = lo + (hi - lo) / 2;
            if (meetsA(target, mid, arrivalsPerHour, aht, load)) {
                hi = mid;
            } else {
                lo = mid;
            }
        }
        return evaluate(target, hi, arrivalsPerHour, aht, 1);
    }

    private static boolean meetsA(Target target, long n, double arrivalsPerHour, double aht, double load) {
        try {
            return meets(evaluate(target, n, arrivalsPerHour, aht, 1), target);
        } catch (IllegalArgumentException e) {
            if (n < load) {
                return false;
            }
            throw e;
        }
    }

    private static boolean meets(Design d, Target target) {
        return d.serviceLevel() >= target.serviceLevel() && d.occupancy() <= target.maxOccupancy();
    }

    static int staff(int counters, Target target) {
        return Math.toIntExact(staff((long) counters, target));
    }

    static long staff(long counters, Target target) {
        return (long) Math.ceil(counters / (1 - target.shrinkage()) - 1e-9);
    }
}
