package org.nafitha.capacity;

/**
 * The M/M/n queue (Erlang C) and the loss system (Erlang B), for a load of {@code a} erlangs on {@code n} servers.
 *
 * <p>Erlang B comes from the recursion B(0) = 1, B(k) = a·B(k−1) / (k + a·B(k−1)), which never forms a factorial or
 * a power and stays exact for loads of thousands. Erlang C follows from it: C = n·B / (n − a·(1 − B)).
 * Waiting times are exponential given a wait: P(W > t) = C·e^(−(n−a)·t/AHT), ASA = C·AHT / (n − a).
 *
 * <p>For more than {@value #RECURSION_LIMIT} servers the recursion would take one step per server; there Erlang B comes
 * from its integral form 1/B(n, a) = a·∫₀^∞ e^(−a·u)·(1 + u)ⁿ du, whose integrand is computed in logarithms relative to
 * its peak (at u = n/a − 1, or 0 when n ≤ a) and integrated by Simpson's rule over the span where it is above e^−60 of
 * the peak: a fixed amount of work for any load, with relative errors near 1e-9 (checked against the recursion).
 *
 * <p>Handling times that are not exponential are taken into account by the Allen–Cunneen approximation: the waiting
 * time of M/G/n is that of M/M/n times (1 + cs²)/2, cs being the coefficient of variation of the handling time
 * (1 for exponential times, where the formulas are exact).
 */
public final class ErlangC {

    /** Above this many servers Erlang B is integrated instead of recursed. */
    public static final int RECURSION_LIMIT = 50_000;

    private static final int SIMPSON_INTERVALS = 4000;

    private ErlangC() {
    }

    /** Erlang B: the probability that all n servers are busy in the loss system (blocking). */
    public static double erlangB(long n, double a) {
        check(n, a);
        if (n > RECURSION_LIMIT) {
            return integratedB(n, a);
        }
        double b = 1;
        for (int k = 1; k <= n; k++) {
            b = a * b / (k + a * b);
        }
        return b;
    }

    /** Erlang C from Erlang B; 1 when the load is not below the number of servers (the queue grows without end). */
    public static double waitProbability(long n, double a) {
        return waitProbabilityFromB(n, a, erlangB(n, a));
    }

    static double waitProbabilityFromB(long n, double a, double b) {
        if (a >= n) {
            return 1;
        }
        return n * b / (n - a * (1 - b));
    }

    /** The share of arrivals served within {@code waitMinutes}: 1 − C·e^(−(n−a)·t/(AHT·f)), f = (1 + cs²)/2. */
    public static double serviceLevel(long n, double a, double ahtMinutes, double waitMinutes, double cs2) {
        return serviceLevelFromC(n, a, waitProbability(n, a), ahtMinutes, waitMinutes, cs2);
    }

    static double serviceLevelFromC(long n, double a, double c, double ahtMinutes, double waitMinutes, double cs2) {
        if (a >= n) {
            return 0;
        }
        return 1 - c * Math.exp(-(n - a) * waitMinutes / (ahtMinutes * (1 + cs2) / 2));
    }

    /** The average wait of all arrivals (average speed of answer), in minutes. */
    public static double averageWait(long n, double a, double ahtMinutes, double cs2) {
        if (a >= n) {
            return Double.POSITIVE_INFINITY;
        }
        return waitProbability(n, a) * ahtMinutes * (1 + cs2) / 2 / (n - a);
    }

    /** Erlang B from its integral form (see the class comment). */
    static double integratedB(long servers, double a) {
        if (a == 0) {
            return 0;
        }
        double n = servers;
        double peak = n > a ? (n - a) / a : 0;
        double logPeak = n > a ? a * xlogxTerm(peak) : 0; // f(u*) = n·ln(n/a) − (n − a)
        double step = Math.sqrt(n) / a;
        double lower = peak;
        if (peak > 0) {
            double s = step;
            while (peak - s > 0 && relative(n, a, peak, peak - s) > -60) {
                s *= 2;
            }
            lower = Math.max(0, peak - s);
        }
        double s = peak > 0 ? step : Math.min(step, 1 / a);
        while (relative(n, a, peak, peak + s) > -60) {
            s *= 2;
        }
        double upper = peak + s;
        double h = (upper - lower) / SIMPSON_INTERVALS;
        double sum = 0;
        for (int i = 0; i <= SIMPSON_INTERVALS; i++) {
            double w = i == 0 || i == SIMPSON_INTERVALS ? 1 : i % 2 == 1 ? 4 : 2;
            sum += w * Math.exp(relative(n, a, peak, lower + i * h));
        }
        double integral = sum * h / 3;
        return Math.exp(-(Math.log(a) + logPeak + Math.log(integral)));
    }

    /** f(u) − f(peak) for f(u) = n·ln(1 + u) − a·u, in a form that does not cancel. */
    private static double relative(double n, double a, double peak, double u) {
        if (peak == 0) {
            return n * Math.log1p(u) - a * u;
        }
        double w = (u - peak) * a / n;
        return n * log1pMinus(w);
    }

    /** ln(1 + w) − w. */
    private static double log1pMinus(double w) {
        if (Math.abs(w) < 1e-4) {
            return w * w * (-0.5 + w * (1.0 / 3 - w / 4));
        }
        return Math.log1p(w) - w;
    }

    /** (1 + d)·ln(1 + d) − d. */
    private static double xlogxTerm(double d) {
        if (Math.abs(d) < 1e-3) {
            return d * d * (0.5 + d * (-1.0 / 6 + d * (1.0 / 12 - d / 20)));
        }
        return (1 + d) * Math.log1p(d) - d;
    }

    static void check(long n, double a) {
        if (n < 0) {
            throw new IllegalArgumentException("servers " + n + ": expected 0 or more");
        }
        if (!(a >= 0) || Double.isInfinite(a)) {
            throw new IllegalArgumentException("load " + a + " erlangs: expected a finite number, 0 or more");
        }
    }
}
