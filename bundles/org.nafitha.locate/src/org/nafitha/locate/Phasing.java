package org.nafitha.locate;

import java.util.List;
import java.util.Locale;

/**
 * Phasing: which candidate sites to open in which period when each period's budget is limited and demand changes.
 * A candidate opens in one period or never and stays open; the costs of the sites opened in a period are at most that
 * period's budget (with {@code carryOver}, unspent budget rolls forward: the costs up to each period are at most the
 * budgets up to it); required sites are open at no cost, in every period or in their own window of periods
 * ({@code requiredFrom}..{@code requiredTo}: a site already decided to open, close or move in a later period; an empty
 * window, first after last, is never open); excluded
 * ones never open; demand of point i in period t is its base weight × the period's demand factor × the period's factor
 * for point i (1 when the period gives no per-point factors: demand growing at one rate everywhere).
 *
 * <ul>
 * <li>{@link Problem.Type#MCLP} maximizes Σ over periods of the demand within {@code radiusKm} of an open site;</li>
 * <li>{@link Problem.Type#PMEDIAN} minimizes Σ over periods of the demand-weighted distance to the nearest open site
 * (a point with no open site in its candidate list pays the instance's penalty distance).</li>
 * </ul>
 *
 * @param cost         each site's cost (by the instance's site index; required and excluded sites' costs are not used)
 * @param requiredFrom by site index, the first period a required site is open (null: every required site from the first)
 * @param requiredTo   by site index, the last period a required site is open (null: every required site to the last)
 */
public record Phasing(Problem.Type type, double radiusKm, List<Period> periods, double[] cost, boolean carryOver, int[] requiredFrom,
        int[] requiredTo) {

    /**
     * A period: its name, its budget, the factor its demand is the base weight times, and optionally a further factor
     * per demand point (by the instance's point index; null: 1 for every point).
     */
    public record Period(String id, double budget, double demandFactor, double[] pointFactors) {
        public Period {
            if (id == null || id.isBlank()) {
                throw new IllegalArgumentException("a period needs a name");
            }
            if (!(budget >= 0) || Double.isInfinite(budget)) {
                throw new IllegalArgumentException("period " + id + ": budget " + budget + ", expected a finite number, 0 or more");
            }
            if (!(demandFactor >= 0) || Double.isInfinite(demandFactor)) {
                throw new IllegalArgumentException("period " + id + ": demand factor " + demandFactor + ", expected a finite number, 0 or more");
            }
            if (pointFactors != null) {
                pointFactors = pointFactors.clone();
                for (int i = 0; i < pointFactors.length; i++) {
                    if (!(pointFactors[i] >= 0) || Double.isInfinite(pointFactors[i])) {
                        throw new IllegalArgumentException("period " + id + ", demand point " + i + ": factor " + pointFactors[i]
                                + ", expected a finite number, 0 or more");
                    }
                }
            }
        }

        /** A period whose demand grows at one rate everywhere. */
        public Period(String id, double budget, double demandFactor) {
            this(id, budget, demandFactor, null);
        }

        @Override
        public double[] pointFactors() {
            return pointFactors == null ? null : pointFactors.clone();
        }

        /** The factor on point i's base weight in this period: the demand factor × the point's own factor. */
        public double factor(int i) {
            return pointFactors == null ? demandFactor : demandFactor * pointFactors[i];
        }

        /** Whether the period has a factor per point (then it must have one for each of the instance's points). */
        public boolean perPoint() {
            return pointFactors != null;
        }
    }

    public Phasing {
        if (type != Problem.Type.MCLP && type != Problem.Type.PMEDIAN) {
            throw new IllegalArgumentException("phasing solves mclp or pmedian, not " + (type == null ? "nothing" : type.name().toLowerCase(Locale.ROOT)));
        }
        if (type == Problem.Type.MCLP && !(radiusKm > 0)) {
            throw new IllegalArgumentException("mclp needs a coverage radius of more than 0 km");
        }
        if (periods == null || periods.isEmpty()) {
            throw new IllegalArgumentException("phasing needs at least one period");
        }
        periods = List.copyOf(periods);
        cost = cost.clone();
        for (int j = 0; j < cost.length; j++) {
            if (!(cost[j] >= 0) || Double.isInfinite(cost[j])) {
                throw new IllegalArgumentException("site " + j + ": cost " + cost[j] + ", expected a finite number, 0 or more");
            }
        }
        requiredFrom = window(requiredFrom, cost.length, "first");
        requiredTo = window(requiredTo, cost.length, "last");
    }

    /** Required sites open in every period. */
    public Phasing(Problem.Type type, double radiusKm, List<Period> periods, double[] cost, boolean carryOver) {
        this(type, radiusKm, periods, cost, carryOver, null, null);
    }

    private static int[] window(int[] periods, int sites, String which) {
        if (periods == null) {
            return null;
        }
        if (periods.length != sites) {
            throw new IllegalArgumentException(periods.length + " " + which + " periods for " + sites + " sites");
        }
        return periods.clone();
    }

    /** The number of periods. */
    public int count() {
        return periods.size();
    }

    @Override
    public double[] cost() {
        return cost.clone();
    }

    @Override
    public int[] requiredFrom() {
        return requiredFrom == null ? null : requiredFrom.clone();
    }

    @Override
    public int[] requiredTo() {
        return requiredTo == null ? null : requiredTo.clone();
    }

    /** Site j's cost. */
    public double cost(int j) {
        return cost[j];
    }

    /** The first period required site j is open (0 without a window). */
    public int firstOpen(int j) {
        return requiredFrom == null ? 0 : requiredFrom[j];
    }

    /** The last period required site j is open (the last period without a window; before the first: never). */
    public int lastOpen(int j) {
        return requiredTo == null ? count() - 1 : requiredTo[j];
    }
}
