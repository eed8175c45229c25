package org.nafitha.capacity;

import java.util.Arrays;
import java.util.Locale;

/**
 * The M/M/n+M queue (Erlang A): citizens who wait longer than their patience (exponential, mean {@code patience})
 * leave. Solved exactly as the birth–death chain it is: from k citizens present, arrivals at rate λ, departures at
 * k·μ while k ≤ n and n·μ + (k − n)·θ above (μ = 1/AHT, θ = 1/patience). The chain's distribution is unimodal; it is
 * computed outward from its mode, relative to it, and kept where the terms are above e^−39 (~1e-17) of it, so the
 * work grows with the spread of the queue (about the square root of the load), not with the load; beyond
 * {@value #MAX_STATES} states the numbers are refused.
 *
 * <p>By PASTA an arrival finds k with the stationary probability. P(wait) sums k ≥ n; the mean queue gives the
 * abandonment (θ·E[Lq] = λ·P(abandon)) and, by Little's law, the mean wait E[Lq]/λ. The service level — the share of
 * arrivals served within t — follows an arrival who finds j citizens ahead: while i are ahead the line moves at rate
 * n·μ + i·θ and the arrival leaves at rate θ, so it reaches a counter with probability Π (nμ + iθ)/(nμ + (i+1)θ) =
 * γ/(γ + j + 1) (γ = nμ/θ, the product telescopes), after a time that is a sum of exponentials of rates θ·(γ + 1),
 * …, θ·(γ + j + 1). That sum is −ln(U)/θ with U of the Beta(γ + 1, j + 1) distribution (compare the Laplace transforms:
 * Π (γ + i)/(γ + i + s/θ) = E[U^(s/θ)]), so P(time ≤ t) = P(U ≥ e^−θt) = P(K ≥ j + 1) with K negative binomial
 * (γ + 1 successes, success probability e^−θt): one pass over j gives every term.
 */
public final class ErlangA {

    /** The most states of the chain this computes with. */
    public static final int MAX_STATES = 4_000_000;

    private static final double CUT = 39; // e^-39 ~ 1e-17

    private final long servers;
    private final double arrivalsPerMinute;
    private final double ahtMinutes;
    private final double patienceMinutes;
    private long first;
    private double[] stationary;

    /**
     * @param servers counters open, 1 or more
     * @param arrivalsPerHour arrivals an hour
     * @param ahtMinutes mean handling time
     * @param patienceMinutes mean time a citizen waits before leaving, more than 0
     * @throws IllegalArgumentException for values out of range, or a chain spreading over more than {@link #MAX_STATES}
     */
    public ErlangA(long servers, double arrivalsPerHour, double ahtMinutes, double patienceMinutes) {
        if (servers < 1) {
            throw new IllegalArgumentException("counters " + servers + ": expected 1 or more");
        }
        if (!(arrivalsPerHour >= 0) || !(ahtMinutes > 0) || !(patienceMinutes > 0) || Double.isInfinite(arrivalsPerHour)
                || Double.isInfinite(ahtMinutes) || Double.isInfinite(patienceMinutes)) {
            throw new IllegalArgumentException("arrivals " + arrivalsPerHour + "/h, handling " + ahtMinutes + " min, patience "
                    + patienceMinutes + " min: expected arrivals of 0 or more and finite positive times");
        }
        this.servers = servers;
        this.arrivalsPerMinute = arrivalsPerHour / 60;
        this.ahtMinutes = ahtMinutes;
        this.patienceMinutes = patienceMinutes;
        stationary();
    }

    private double departureRate(long k) {
        return k <= servers ? k / ahtMinutes : servers / ahtMinutes + (k - servers) / patienceMinutes;
    }

    private void stationary() {
        double lambda = arrivalsPerMinute;
        if (lambda == 0) {
            first = 0;
            stationary = new double[] {1};
            return;
        }
        double load = lambda * ahtMinutes;
        double modeEstimate = load < servers ? Math.floor(load) : servers + Math.floor((load - servers) * patienceMinutes / ahtMinutes);
        if (!(modeEstimate < 4e18)) {
            throw tooLarge();
        }
        long mode = (long) modeEstimate;
        // outwards from the mode, by the balance ratios π(k−1)/π(k) = rate(k)/λ and π(k+1)/π(k) = λ/rate(k+1): the terms
        // fall on both sides (the chain is log-concave), so they stay at most about 1 and are cut below e^-39
        double floor = Math.exp(-CUT);
        double[] down = new double[64];
        int nDown = 0;
        double v = 1;
        long k = mode;
        while (k > 0) {
            v *= departureRate(k) / lambda;
            k--;
            if (nDown == down.length) {
                down = grow(down);
            }
            down[nDown++] = v;
            if (v < floor) {
                break;
            }
        }
        double[] up = new double[64];
        int nUp = 0;
        v = 1;
        k = mode;
        while (true) {
            k++;
            v *= lambda / departureRate(k);
            if (nUp == up.length) {
                up = grow(up);
            }
            up[nUp++] = v;
            if (v < floor) {
                break;
            }
        }
        first = mode - nDown;
        double[] p = new double[nDown + 1 + nUp];
        for (int i = 0; i < nDown; i++) {
            p[nDown - 1 - i] = down[i];
        }
        p[nDown] = 1;
        System.arraycopy(up, 0, p, nDown + 1, nUp);
        double sum = 0;
        for (double x : p) {
            sum += x;
        }
        for (int i = 0; i < p.length; i++) {
            p[i] /= sum;
        }
        stationary = p;
    }

    private double[] grow(double[] a) {
        if (a.length >= MAX_STATES) {
            throw tooLarge();
        }
        return Arrays.copyOf(a, a.length * 2);
    }

    private IllegalArgumentException tooLarge() {
        return new IllegalArgumentException(String.format(Locale.ROOT,
                "Erlang A with %,d counters, %.6g arrivals an hour, %.6g min handling and %.6g min patience: the queue spreads over more "
                        + "than %,d states, beyond what is computed", servers, arrivalsPerMinute * 60, ahtMinutes, patienceMinutes, MAX_STATES));
    }

    /** The probability of k citizens present. */
    private double p(long k) {
        long i = k - first;
        return i < 0 || i >= stationary.length ? 0 : stationary[(int) i];
    }

    /** The probability that an arrival has to wait (finds every counter busy). */
    public double waitProbability() {
        double sum = 0;
        for (int i = 0; i < stationary.length; i++) {
            if (first + i >= servers) {
                sum += stationary[i];
            }
        }
        return sum;
    }

    /** The mean number waiting. */
    public double meanQueue() {
        double sum = 0;
        for (int i = 0; i < stationary.length; i++) {
            long k = first + i;
            if (k > servers) {
                sum += (k - servers) * stationary[i];
            }
        }
        return sum;
    }

    /** The share of arrivals who leave before being served. */
    public double abandonment() {
        return arrivalsPerMinute == 0 ? 0 : meanQueue() / patienceMinutes / arrivalsPerMinute;
    }

    /** The mean time in queue of all arrivals (served or not), minutes. */
    public double averageWait() {
        return arrivalsPerMinute == 0 ? 0 : meanQueue() / arrivalsPerMinute;
    }

    /** The share of time a counter is busy: served load over counters. */
    public double occupancy() {
        return Math.min(1, arrivalsPerMinute * (1 - abandonment()) * ahtMinutes / servers); // at most 1 but for rounding
    }

    /** The share of arrivals served within {@code waitMinutes}. */
    public double serviceLevel(double waitMinutes) {
        double immediately = 0;
        for (int i = 0; i < stationary.length && first + i < servers; i++) {
            immediately += stationary[i];
        }
        long last = first + stationary.length - 1;
        if (last < servers || waitMinutes <= 0) {
            return immediately;
        }
        long jMax = last - servers;
        if (jMax > MAX_STATES) {
            throw tooLarge();
        }
        double theta = 1 / patienceMinutes;
        double gamma = servers / ahtMinutes / theta;
        double r = gamma + 1;
        double logX = -theta * waitMinutes; // ln of the success probability
        double fail = -Math.expm1(logX);
        double logFail = Math.log(fail);
        double logQ = r * logX; // P(K = 0), in logarithms while it would underflow, then as a number
        boolean linear = logQ > -700;
        double q = linear ? Math.exp(logQ) : 0;
        double below = 0; // P(K ≤ j)
        double total = 0;
        for (long j = 0; j <= jMax; j++) {
            if (j > 0) {
                if (linear) {
                    q *= (r + j - 1) / j * fail;
                } else {
                    logQ += Math.log1p((r - 1) / j) + logFail; // (r + j − 1)/j
                    if (logQ > -700) {
                        linear = true;
                        q = Math.exp(logQ);
                    }
                }
            }
            below += q;
            if (below >= 1) {
                break; // every later arrival needs more departures than come within t
            }
            double found = p(servers + j);
            if (found > 0) {
                total += found * gamma / (gamma + j + 1) * Math.max(0, 1 - below);
            }
        }
        return immediately + total;
    }
}
