package org.nafitha.capacity;

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
    public record Design(int counters, int staff, double load, double serviceLevel, double averageWaitMinutes, double occupancy,
            double waitProbability, double abandonment) {
    }

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
        if (!(arrivalsPerHour >= 0) || Double.isInfinite(arrivalsPerHour)) {
            throw new IllegalArgumentException("arrivals " + arrivalsPerHour + " an hour: expected a finite number, 0 or more");
        }
        if (!(ahtMinutes > 0)) {
            throw new IllegalArgumentException("handling time " + ahtMinutes + " min: expected more than 0");
        }
        double load = arrivalsPerHour * ahtMinutes / 60;
        if (load == 0) {
            return new Design(0, 0, 0, 1, 0, 0, 0, 0);
        }
        return target.withPatience() ? withPatience(target, arrivalsPerHour, ahtMinutes, load) : erlangC(target, ahtMinutes, load, cs2);
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
    public static Design evaluate(Target target, int counters, double arrivalsPerHour, double ahtMinutes, double cs2) {
        double load = arrivalsPerHour * ahtMinutes / 60;
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

    private static Design withPatience(Target target, double arrivalsPerHour, double aht, double load) {
        // with abandonment the queue is stable at any number of counters: search down and up from near the load
        int n = Math.max(1, (int) Math.floor(load - 3 * Math.sqrt(load)));
        Design d = evaluate(target, n, arrivalsPerHour, aht, 1);
        if (meets(d, target)) {
            while (n > 1) {
                Design fewer = evaluate(target, n - 1, arrivalsPerHour, aht, 1);
                if (!meets(fewer, target)) {
                    break;
                }
                n--;
                d = fewer;
            }
            return d;
        }
        while (!meets(d, target)) {
            n++;
            d = evaluate(target, n, arrivalsPerHour, aht, 1);
        }
        return d;
    }

    private static boolean meets(Design d, Target target) {
        return d.serviceLevel() >= target.serviceLevel() && d.occupancy() <= target.maxOccupancy();
    }

    static int staff(int counters, Target target) {
        return (int) Math.ceil(counters / (1 - target.shrinkage()) - 1e-9);
    }
}
