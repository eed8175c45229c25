package org.nafitha.locate;

import java.util.List;
import java.util.Locale;

/**
 * Phasing: which candidate sites to open in which period when each period's budget is limited and demand changes.
 * A candidate opens in one period or never and stays open; the costs of the sites opened in a period are at most that
 * period's budget (with {@code carryOver}, unspent budget rolls forward: the costs up to each period are at most the
 * budgets up to it); required sites are open in every period at no cost; excluded ones never open; demand in a period
 * is the base weight × that period's demand factor.
 *
 * <ul>
 * <li>{@link Problem.Type#MCLP} maximizes Σ over periods of the demand within {@code radiusKm} of an open site;</li>
 * <li>{@link Problem.Type#PMEDIAN} minimizes Σ over periods of the demand-weighted distance to the nearest open site
 * (a point with no open site in its candidate list pays the instance's penalty distance).</li>
 * </ul>
 *
 * @param cost each site's cost (by the instance's site index; required and excluded sites' costs are not used)
 */
public record Phasing(Problem.Type type, double radiusKm, List<Period> periods, double[] cost, boolean carryOver) {

    /** A period: its name, its budget and the factor its demand is the base weight times. */
    public record Period(String id, double budget, double demandFactor) {
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
    }

    /** The number of periods. */
    public int count() {
        return periods.size();
    }

    @Override
    public double[] cost() {
        return cost.clone();
    }

    /** Site j's cost. */
    public double cost(int j) {
        return cost[j];
    }
}
