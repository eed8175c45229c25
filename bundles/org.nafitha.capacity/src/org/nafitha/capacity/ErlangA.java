package org.nafitha.capacity;

import java.util.Arrays;

/**
 * The M/M/n+M queue (Erlang A): citizens who wait longer than their patience (exponential, mean {@code patience})
 * leave. Solved exactly as the birth–death chain it is: from k citizens present, arrivals at rate λ, departures at
 * k·μ while k ≤ n and n·μ + (k − n)·θ above (μ = 1/AHT, θ = 1/patience). The stationary distribution is computed in
 * logarithms (no factorial or power overflows for loads of thousands) and truncated where the terms fall below 1e-17
 * of the largest.
 *
 * <p>By PASTA an arrival finds k with the stationary probability. P(wait) sums k ≥ n; the mean queue gives the
 * abandonment (θ·E[Lq] = λ·P(abandon)) and, by Little's law, the mean wait E[Lq]/λ. The service level — the share of
 * arrivals served within t — follows the arrival through the queue: with j citizens ahead, the line moves at rate
 * n·μ + i·θ while i are ahead, and the arrival leaves at rate θ; that chain is solved by uniformization.
 */
public final class ErlangA {

    private final int servers;
    private final double arrivalsPerMinute;
    private final double ahtMinutes;
    private final double patienceMinutes;
    private final double[] stationary;

    /**
     * @param servers counters open, 1 or more
     * @param arrivalsPerHour arrivals an hour
     * @param ahtMinutes mean handling time
     * @param patienceMinutes mean time a citizen waits before leaving, more than 0
     */
    public ErlangA(int servers, double arrivalsPerHour, double ahtMinutes, double patienceMinutes) {
        if (servers < 1) {
            throw new IllegalArgumentException("counters " + servers + ": expected 1 or more");
        }
        if (!(arrivalsPerHour >= 0) || !(ahtMinutes > 0) || !(patienceMinutes > 0) || Double.isInfinite(arrivalsPerHour)) {
            throw new IllegalArgumentException("arrivals " + arrivalsPerHour + "/h, handling " + ahtMinutes + " min, patience "
                    + patienceMinutes + " min: expected arrivals of 0 or more and positive times");
        }
        this.servers = servers;
        this.arrivalsPerMinute = arrivalsPerHour / 60;
        this.ahtMinutes = ahtMinutes;
        this.patienceMinutes = patienceMinutes;
        this.stationary = stationary();
    }

    private double departureRate(int k) {
        return k <= servers ? k / ahtMinutes : servers / ahtMinutes + (k - servers) / patienceMinutes;
    }

    private double[] stationary() {
        double lambda = arrivalsPerMinute;
        if (lambda == 0) {
            return new double[] {1};
        }
        int capacity = Math.max(64, servers * 2);
        double[] logTerm = new double[capacity];
        double max = 0;
        int k = 0;
        while (true) {
            k++;
            double log = logTerm[k - 1] + Math.log(lambda / departureRate(k));
            if (k == logTerm.length) {
                logTerm = Arrays.copyOf(logTerm, logTerm.length * 2);
            }
            logTerm[k] = log;
            max = Math.max(max, log);
            if (k > servers && log < max - 39 && log < logTerm[k - 1]) { // e^-39 ~ 1e-17 and falling
                break;
            }
            if (k > servers + 10_000_000) {
                throw new IllegalStateException("the queue does not settle");
            }
        }
        double[] p = new double[k + 1];
        double sum = 0;
        for (int i = 0; i <= k; i++) {
            p[i] = Math.exp(logTerm[i] - max);
            sum += p[i];
        }
        for (int i = 0; i <= k; i++) {
            p[i] /= sum;
        }
        return p;
    }

    /** The probability that an arrival has to wait (finds every counter busy). */
    public double waitProbability() {
        double sum = 0;
        for (int k = servers; k < stationary.length; k++) {
            sum += stationary[k];
        }
        return sum;
    }

    /** The mean number waiting. */
    public double meanQueue() {
        double sum = 0;
        for (int k = servers + 1; k < stationary.length; k++) {
            sum += (k - servers) * stationary[k];
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
        return arrivalsPerMinute * (1 - abandonment()) * ahtMinutes / servers;
    }

    /** The share of arrivals served within {@code waitMinutes}. */
    public double serviceLevel(double waitMinutes) {
        double immediately = 0;
        for (int k = 0; k < Math.min(servers, stationary.length); k++) {
            immediately += stationary[k];
        }
        int ahead = stationary.length - servers; // j = 0 .. ahead-1 citizens ahead of the arrival
        if (ahead <= 0) {
            return immediately;
        }
        double mu = 1 / ahtMinutes;
        double theta = 1 / patienceMinutes;
        double uniform = servers * mu + (ahead - 1) * theta + theta;
        double mean = uniform * waitMinutes;
        // served[i]: probability of being served within m jumps of the uniformized chain with i citizens ahead
        double[] served = new double[ahead];
        double[] next = new double[ahead];
        double poisson = Math.exp(-mean); // P(m = 0 jumps); served within 0 jumps is 0 for everyone
        double total = 0;
        double tail = 1 - poisson;
        int limit = (int) Math.ceil(mean + 12 * Math.sqrt(mean) + 30);
        double logPoisson = -mean;
        for (int m = 1; m <= limit && tail > 1e-13; m++) {
            for (int i = 0; i < ahead; i++) {
                double moves = (servers * mu + i * theta) / uniform;
                double stays = 1 - moves - theta / uniform;
                double forward = i == 0 ? 1 : served[i - 1];
                next[i] = moves * forward + stays * served[i];
            }
            double[] swap = served;
            served = next;
            next = swap;
            logPoisson += Math.log(mean) - Math.log(m);
            double weight = Math.exp(logPoisson);
            tail -= weight;
            double within = 0;
            for (int j = 0; j < ahead; j++) {
                within += stationary[servers + j] * served[j];
            }
            total += weight * within;
        }
        // jumps beyond the limit: served within them is at most the limit's value; the remaining weight is < 1e-13
        return immediately + total;
    }
}
