package org.nafitha.capacity;

/**
 * The M/M/n queue (Erlang C) and the loss system (Erlang B), for a load of {@code a} erlangs on {@code n} servers.
 *
 * <p>Erlang B comes from the recursion B(0) = 1, B(k) = a·B(k−1) / (k + a·B(k−1)), which never forms a factorial or
 * a power and stays exact for loads of thousands. Erlang C follows from it: C = n·B / (n − a·(1 − B)).
 * Waiting times are exponential given a wait: P(W > t) = C·e^(−(n−a)·t/AHT), ASA = C·AHT / (n − a).
 *
 * <p>Handling times that are not exponential are taken into account by the Allen–Cunneen approximation: the waiting
 * time of M/G/n is that of M/M/n times (1 + cs²)/2, cs being the coefficient of variation of the handling time
 * (1 for exponential times, where the formulas are exact).
 */
public final class ErlangC {

    private ErlangC() {
    }

    /** Erlang B: the probability that all n servers are busy in the loss system (blocking). */
    public static double erlangB(int n, double a) {
        check(n, a);
        double b = 1;
        for (int k = 1; k <= n; k++) {
            b = a * b / (k + a * b);
        }
        return b;
    }

    /** Erlang C from Erlang B; 1 when the load is not below the number of servers (the queue grows without end). */
    public static double waitProbability(int n, double a) {
        return waitProbabilityFromB(n, a, erlangB(n, a));
    }

    static double waitProbabilityFromB(int n, double a, double b) {
        if (a >= n) {
            return 1;
        }
        return n * b / (n - a * (1 - b));
    }

    /** The share of arrivals served within {@code waitMinutes}: 1 − C·e^(−(n−a)·t/(AHT·f)), f = (1 + cs²)/2. */
    public static double serviceLevel(int n, double a, double ahtMinutes, double waitMinutes, double cs2) {
        return serviceLevelFromC(n, a, waitProbability(n, a), ahtMinutes, waitMinutes, cs2);
    }

    static double serviceLevelFromC(int n, double a, double c, double ahtMinutes, double waitMinutes, double cs2) {
        if (a >= n) {
            return 0;
        }
        return 1 - c * Math.exp(-(n - a) * waitMinutes / (ahtMinutes * (1 + cs2) / 2));
    }

    /** The average wait of all arrivals (average speed of answer), in minutes. */
    public static double averageWait(int n, double a, double ahtMinutes, double cs2) {
        if (a >= n) {
            return Double.POSITIVE_INFINITY;
        }
        return waitProbability(n, a) * ahtMinutes * (1 + cs2) / 2 / (n - a);
    }

    static void check(int n, double a) {
        if (n < 0) {
            throw new IllegalArgumentException("servers " + n + ": expected 0 or more");
        }
        if (!(a >= 0) || Double.isInfinite(a)) {
            throw new IllegalArgumentException("load " + a + " erlangs: expected a finite number, 0 or more");
        }
    }
}
