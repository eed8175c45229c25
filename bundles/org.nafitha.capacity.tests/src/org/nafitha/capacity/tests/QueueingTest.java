package org.nafitha.capacity.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.PriorityQueue;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.nafitha.capacity.ErlangA;
import org.nafitha.capacity.ErlangC;
import org.nafitha.capacity.Staffing;

class QueueingTest {

    /**
     * The standard Erlang C worked example (e.g. Call Centre Helper, "Erlang C formula – made simple"): 100 calls in
     * 30 minutes, average handling time 3 minutes, 80 % answered within 20 seconds: 14 agents, service level 88.8 %,
     * occupancy 71.4 %, probability of waiting 17.4 %.
     */
    @Test
    void theWorkedErlangCExample() {
        Staffing.Design d = Staffing.required(Staffing.Target.of(0.8, 20.0 / 60, 1, 0.3), 200, 3, 1);
        assertEquals(14, d.counters());
        assertEquals(0.888, d.serviceLevel(), 0.0005);
        assertEquals(0.714, d.occupancy(), 0.0005);
        assertEquals(0.174, d.waitProbability(), 0.0005);
        assertEquals(0.1306, d.averageWaitMinutes(), 0.0005); // ASA 7.8 s in the same example
        assertEquals(20, d.staff(), "14 counters with 30 % shrinkage need 20 people");
        Staffing.Design thirteen = Staffing.evaluate(Staffing.Target.of(0.8, 20.0 / 60, 1, 0.3), 13, 200, 3, 1);
        assertTrue(thirteen.serviceLevel() < 0.8, "13 agents miss the target: " + thirteen.serviceLevel());
    }

    /** Erlang B from its definition B = (aⁿ/n!) / Σ aᵏ/k!, computed exactly in BigDecimal, against the recursion. */
    @Test
    void erlangBMatchesItsDefinitionAndTheTables() {
        for (int n = 1; n <= 40; n++) {
            for (double a : new double[] {0.5, 2, 5, 15, 30}) {
                assertEquals(definitionB(n, a), ErlangC.erlangB(n, a), 1e-12, "B(" + n + ", " + a + ")");
            }
        }
        // Erlang B tables: 10 circuits at 5 erlangs block 1.84 %, 5 circuits at 2 erlangs 3.67 %
        assertEquals(0.01838, ErlangC.erlangB(10, 5), 5e-6);
        assertEquals(0.03670, ErlangC.erlangB(5, 2), 5e-6);
    }

    private static double definitionB(int n, double a) {
        MathContext mc = MathContext.DECIMAL128;
        BigDecimal term = BigDecimal.ONE;
        BigDecimal sum = BigDecimal.ONE;
        BigDecimal load = BigDecimal.valueOf(a);
        for (int k = 1; k <= n; k++) {
            term = term.multiply(load, mc).divide(BigDecimal.valueOf(k), mc);
            sum = sum.add(term, mc);
        }
        return term.divide(sum, mc).doubleValue();
    }

    /** Erlang C from its own definition, C = (aⁿ/n!)·n/(n−a) / (Σ_{k<n} aᵏ/k! + (aⁿ/n!)·n/(n−a)), and C = B/(1 − ρ(1 − B)). */
    @Test
    void erlangCIdentities() {
        for (int n = 1; n <= 30; n++) {
            for (double a : new double[] {0.3, 0.9 * n, n - 0.01}) {
                double b = ErlangC.erlangB(n, a);
                double rho = a / n;
                double c = ErlangC.waitProbability(n, a);
                assertEquals(b / (1 - rho * (1 - b)), c, 1e-12);
                assertEquals(definitionC(n, a), c, 1e-9, "C(" + n + ", " + a + ")");
                assertTrue(c >= b, "waiting is at least as likely as blocking");
            }
        }
        assertEquals(1, ErlangC.waitProbability(10, 10));
        assertEquals(0, ErlangC.serviceLevel(10, 12, 3, 1, 1));
    }

    private static double definitionC(int n, double a) {
        MathContext mc = MathContext.DECIMAL128;
        BigDecimal term = BigDecimal.ONE;
        BigDecimal below = BigDecimal.ZERO;
        BigDecimal load = BigDecimal.valueOf(a);
        for (int k = 0; k < n; k++) {
            below = below.add(term, mc);
            term = term.multiply(load, mc).divide(BigDecimal.valueOf(k + 1), mc);
        }
        BigDecimal top = term.multiply(BigDecimal.valueOf(n), mc).divide(BigDecimal.valueOf(n).subtract(load), mc);
        return top.divide(below.add(top, mc), mc).doubleValue();
    }

    /** Several hundred erlangs: no factorial overflow, sensible values, fewer counters never serve better. */
    @Test
    void largeLoadsStayFiniteAndMonotone() {
        double previous = 0;
        for (int n = 501; n <= 560; n++) {
            double sl = ErlangC.serviceLevel(n, 500, 5, 1, 1);
            assertTrue(Double.isFinite(sl) && sl >= previous && sl <= 1, n + ": " + sl);
            previous = sl;
        }
        Staffing.Design d = Staffing.required(Staffing.Target.of(0.8, 1, 1, 0), 6000, 5, 1); // 500 erlangs
        assertTrue(d.counters() > 500 && d.counters() < 540, "counters " + d.counters());
        ErlangA a = new ErlangA(500, 6000, 5, 3);
        assertTrue(Double.isFinite(a.serviceLevel(1)) && a.abandonment() > 0 && a.abandonment() < 0.1);
    }

    /**
     * The pooling example of the issue (hand computation with the formulas above): five services of 24 arrivals an
     * hour each, 10 minutes each, 80 % within 5 minutes: 6 counters each when specialized (30), 23 when pooled.
     */
    @Test
    void universalCountersPoolTheQueues() {
        Staffing.Target target = Staffing.Target.of(0.8, 5, 1, 0);
        long specialized = 5 * Staffing.required(target, 24, 10, 1).counters();
        long pooled = Staffing.required(target, 5 * 24, 10, 1).counters();
        assertEquals(30, specialized);
        assertEquals(23, pooled);
    }

    /** Handling times more variable than exponential wait longer (Allen–Cunneen): more counters for the same target. */
    @Test
    void variableHandlingTimesNeedMoreCounters() {
        Staffing.Target target = Staffing.Target.of(0.8, 2, 1, 0);
        assertTrue(Staffing.required(target, 120, 10, 4).counters() > Staffing.required(target, 120, 10, 1).counters());
        assertTrue(Staffing.required(target, 120, 10, 0.1).counters() <= Staffing.required(target, 120, 10, 1).counters());
    }

    @Test
    void aMaximumOccupancyAddsCounters() {
        Staffing.Design d = Staffing.required(Staffing.Target.of(0.8, 5, 0.85, 0), 120, 10, 1); // 20 erlangs
        assertEquals(24, d.counters(), "23 would be 87 % busy");
        assertTrue(d.occupancy() <= 0.85);
    }

    @Test
    void badTargetsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> Staffing.Target.of(1.2, 5, 1, 0));
        assertThrows(IllegalArgumentException.class, () -> Staffing.Target.of(0.8, 5, 1, 1));
        assertThrows(IllegalArgumentException.class, () -> Staffing.required(Staffing.Target.of(0.8, 5, 1, 0), Double.NaN, 10, 1));
        assertThrows(IllegalArgumentException.class, () -> new ErlangA(0, 10, 5, 3));
    }

    /** Beyond the recursion's reach Erlang B is integrated: it agrees with the recursion (run here) to 1e-8, relatively. */
    @Test
    void integratedErlangBAgreesWithTheRecursion() {
        int n = ErlangC.RECURSION_LIMIT + 10_000;
        for (double a : new double[] {30_000, 55_000, 59_500, 60_000, 60_400, 61_000, 70_000}) {
            double b = 1;
            for (int k = 1; k <= n; k++) {
                b = a * b / (k + a * b);
            }
            assertEquals(b, ErlangC.erlangB(n, a), 1e-8 * b, "B(" + n + ", " + a + ")");
        }
    }

    /**
     * Halfin and Whitt (1981, "Heavy-traffic limits for queues with many exponential servers", Operations Research
     * 29(3)): with n = a + β·√a servers, P(wait) tends to 1 / (1 + β·Φ(β)/φ(β)) as the load grows; for β = 1,
     * Φ(1) = 0.8413447, φ(1) = 0.2419707: 0.223362. At 1e10 erlangs the difference is of order 1/√a.
     */
    @Test
    void hugeLoadsMeetTheHalfinWhittLimit() {
        double a = 1e10;
        long n = (long) (a + Math.sqrt(a));
        assertEquals(0.223362, ErlangC.waitProbability(n, a), 2e-4);
        double beta = 2; // Φ(2) = 0.9772499, φ(2) = 0.0539910: 1 / (1 + 2·18.1003) = 0.026889
        assertEquals(0.026889, ErlangC.waitProbability((long) (a + beta * Math.sqrt(a)), a), 1e-4);
    }

    /** A trillion arrivals an hour: the fewest counters are found (one fewer misses), and loads beyond the limit are refused. */
    @Test
    void hugeLoadsAreStaffedAndLoadsBeyondTheLimitRefused() {
        Staffing.Target target = Staffing.Target.of(0.8, 0.333, 1, 0);
        Staffing.Design d = Staffing.required(target, 1e12, 3, 1);
        assertTrue(d.counters() > 5e10 && d.counters() < 5e10 + 5 * Math.sqrt(5e10), "counters " + d.counters());
        assertTrue(d.serviceLevel() >= 0.8);
        assertTrue(Staffing.evaluate(target, d.counters() - 1, 1e12, 3, 1).serviceLevel() < 0.8);
        assertThrows(IllegalArgumentException.class, () -> Staffing.required(target, 1e308, 3, 1));
        assertThrows(IllegalArgumentException.class, () -> Staffing.required(target, 1e12, 1e308, 1));
        Staffing.Design a = Staffing.required(new Staffing.Target(0.8, 0.333, 1, 0, 5), 1e7, 3, 1);
        assertTrue(a.serviceLevel() >= 0.8 && a.counters() > 0, "Erlang A at 500,000 erlangs: " + a);
        assertTrue(Staffing.evaluate(new Staffing.Target(0.8, 0.333, 1, 0, 5), a.counters() - 1, 1e7, 3, 1).serviceLevel() < 0.8);
        Staffing.Design impatient = Staffing.required(new Staffing.Target(0.8, 0.333, 1, 0, 1e-9), 200, 3, 1);
        assertTrue(impatient.counters() > 0);
    }

    /**
     * The closed form of the Erlang A service level (a negative binomial tail) against the chain of an arrival solved
     * step by step by uniformization: with j ahead the line moves at n·μ + i·θ and the arrival leaves at θ.
     */
    @Test
    void erlangAServiceLevelAgreesWithUniformization() {
        for (double[] c : new double[][] {{10, 150, 4, 3, 1}, {5, 80, 3, 0.5, 0.2}, {30, 700, 3, 10, 0.5}, {3, 20, 6, 2, 4}}) {
            int n = (int) c[0];
            ErlangA q = new ErlangA(n, c[1], c[2], c[3]);
            assertEquals(uniformized(n, c[1] / 60, c[2], c[3], c[4]), q.serviceLevel(c[4]), 1e-7, Arrays.toString(c));
        }
    }

    /** The service level by the stationary distribution (from 0, by its ratios) and the uniformized chain of an arrival. */
    private static double uniformized(int n, double lambda, double aht, double patience, double t) {
        double mu = 1 / aht;
        double theta = 1 / patience;
        int states = n + 2000;
        double[] p = new double[states];
        p[0] = 1;
        double sum = 1;
        for (int k = 1; k < states; k++) {
            p[k] = p[k - 1] * lambda / (Math.min(k, n) * mu + Math.max(0, k - n) * theta);
            sum += p[k];
        }
        double immediately = 0;
        for (int k = 0; k < n; k++) {
            immediately += p[k] / sum;
        }
        int ahead = states - n;
        double uniform = n * mu + ahead * theta;
        double mean = uniform * t;
        double[] served = new double[ahead];
        double[] next = new double[ahead];
        double logWeight = -mean; // in logarithms: e^-mean underflows for a few hundred jumps
        double total = 0;
        for (int m = 1; m < mean + 20 * Math.sqrt(mean) + 50; m++) {
            for (int i = 0; i < ahead; i++) {
                double moves = (n * mu + i * theta) / uniform;
                double stays = 1 - moves - theta / uniform;
                next[i] = moves * (i == 0 ? 1 : served[i - 1]) + stays * served[i];
            }
            double[] swap = served;
            served = next;
            next = swap;
            logWeight += Math.log(mean / m);
            double weight = Math.exp(logWeight);
            double within = 0;
            for (int j = 0; j < ahead; j++) {
                within += p[n + j] / sum * served[j];
            }
            total += weight * within;
        }
        return immediately + total;
    }

    /** With patience far longer than any wait, Erlang A is Erlang C. */
    @Test
    void erlangAWithoutAbandonmentIsErlangC() {
        ErlangA a = new ErlangA(14, 200, 3, 1e7);
        assertEquals(ErlangC.waitProbability(14, 10), a.waitProbability(), 1e-5);
        assertEquals(ErlangC.serviceLevel(14, 10, 3, 1.0 / 3, 1), a.serviceLevel(1.0 / 3), 1e-4);
        assertEquals(ErlangC.averageWait(14, 10, 3, 1), a.averageWait(), 1e-4);
        assertEquals(0, a.abandonment(), 1e-5);
    }

    /**
     * When patience equals the handling time, every citizen present leaves at the same rate whether served or not: the
     * number present is Poisson with mean a (the M/M/∞ queue), so P(wait) = P(Poisson(a) ≥ n).
     */
    @Test
    void erlangAWithPatienceEqualToHandlingIsPoisson() {
        double a = 8;
        ErlangA q = new ErlangA(10, 120, 4, 4);
        double below = 0;
        double term = Math.exp(-a);
        for (int k = 0; k < 10; k++) {
            below += term;
            term *= a / (k + 1);
        }
        assertEquals(1 - below, q.waitProbability(), 1e-9);
    }

    /**
     * Erlang A against a discrete-event simulation of the same queue (FCFS, exponential arrivals, handling and
     * patience; 400,000 arrivals after a warm-up, seeded): P(wait), P(abandon), mean wait and the share served
     * within a minute agree within 0.01 (the simulation's own error is about 0.002).
     */
    @Test
    void erlangAAgreesWithASimulation() {
        int n = 10;
        double perHour = 150; // 2.5 a minute, 10 erlangs on 10 counters: abandonment keeps it stable
        double aht = 4;
        double patience = 3;
        double within = 1;
        ErlangA exact = new ErlangA(n, perHour, aht, patience);
        double[] sim = simulate(n, perHour / 60, aht, patience, within, 400_000, 20_000, new Random(2026));
        assertEquals(exact.waitProbability(), sim[0], 0.01, "P(wait)");
        assertEquals(exact.abandonment(), sim[1], 0.01, "P(abandon)");
        assertEquals(exact.averageWait(), sim[2], 0.02, "mean wait (minutes)");
        assertEquals(exact.serviceLevel(within), sim[3], 0.01, "served within " + within + " min");
    }

    /** {P(wait), P(abandon), mean wait, P(served within t)} of a simulated M/M/n+M queue. */
    static double[] simulate(int n, double lambda, double aht, double patience, double t, int arrivals, int warmup, Random rnd) {
        PriorityQueue<Double> busyUntil = new PriorityQueue<>();
        ArrayDeque<double[]> queue = new ArrayDeque<>(); // {arrival time, deadline}
        double now = 0;
        long waited = 0;
        long abandoned = 0;
        long servedWithin = 0;
        double totalWait = 0;
        long counted = 0;
        for (int i = 0; i < arrivals + warmup; i++) {
            now += -Math.log(1 - rnd.nextDouble()) / lambda;
            // free the counters that finished before now, each taking the next citizen still waiting
            while (!busyUntil.isEmpty() && busyUntil.peek() <= now) {
                double free = busyUntil.poll();
                while (!queue.isEmpty() && queue.peekFirst()[1] <= free) {
                    queue.pollFirst(); // left before this counter freed (already counted when they arrived)
                }
                if (!queue.isEmpty()) {
                    queue.pollFirst();
                    busyUntil.add(free + -Math.log(1 - rnd.nextDouble()) * aht);
                }
            }
            double myPatience = -Math.log(1 - rnd.nextDouble()) * patience;
            boolean measure = i >= warmup;
            if (busyUntil.size() < n) {
                busyUntil.add(now + -Math.log(1 - rnd.nextDouble()) * aht);
                if (measure) {
                    counted++;
                    servedWithin++;
                }
                continue;
            }
            // wait: when does a counter take me? simulate the queue ahead forward without disturbing the real one
            double start = startTime(busyUntil, queue, now, n, aht, rnd);
            // the counter that will take me is now decided by the queue ahead; commit this path
            queue.addLast(new double[] {now, now + myPatience});
            if (measure) {
                counted++;
                waited++;
                double wait = Math.min(start - now, myPatience);
                totalWait += wait;
                if (myPatience < start - now) {
                    abandoned++;
                } else if (start - now <= t) {
                    servedWithin++;
                }
            }
        }
        return new double[] {(double) waited / counted, (double) abandoned / counted, totalWait / counted, (double) servedWithin / counted};
    }

    /**
     * The time a counter would take a citizen joining now: replays the queue ahead (their patience is known, service
     * times are drawn now and reused when the real events come, by seeding a generator per arrival).
     */
    private static double startTime(PriorityQueue<Double> busyUntil, ArrayDeque<double[]> queue, double now, int n,
            double aht, Random rnd) {
        PriorityQueue<Double> counters = new PriorityQueue<>(busyUntil);
        for (double[] ahead : queue) {
            double free = counters.peek();
            if (ahead[1] <= free) {
                continue; // gone before a counter frees
            }
            counters.poll();
            counters.add(free + -Math.log(1 - rnd.nextDouble()) * aht);
        }
        return counters.peek();
    }
}
