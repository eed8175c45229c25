package org.nafitha.core;

import org.nafitha.geo.CostTable;
import org.nafitha.geo.DistanceModel;
import org.nafitha.geo.TravelTime;

/**
 * The cost of a trip as every analyzer measures it: kilometres from the scenario's distance model, or the cost of a
 * cost table (minutes or kilometres, as the table says) when the run has one. With a table, a place is matched by its
 * own code first and then by its zone's code (a table may be by zone or by settlement), a destination by its code;
 * a pair the table lacks is unreachable ({@code POSITIVE_INFINITY}), never a straight line.
 */
public final class Travel {

    private final DistanceModel model;
    private final CostTable table;

    private Travel(DistanceModel model, CostTable table) {
        this.model = model;
        this.table = table;
    }

    /**
     * The run's costs: its cost table when it has one, else the scenario's distance model.
     *
     * @throws IllegalArgumentException when the scenario asks for a cost table and the run has none
     */
    public static Travel of(AnalysisContext context) {
        if (context.costs().isPresent()) {
            return new Travel(null, context.costs().get());
        }
        return new Travel(Distances.of(context.scenario().getParameters()), null);
    }

    /** Costs from a table. */
    public static Travel of(CostTable table) {
        return new Travel(null, table);
    }

    /** Kilometres from a distance model. */
    public static Travel of(DistanceModel model) {
        return new Travel(model, null);
    }

    /** Whether costs come from a cost table. */
    public boolean isTable() {
        return table != null;
    }

    /** Whether costs are minutes of travel (a table in minutes) rather than kilometres. */
    public boolean minutes() {
        return table != null && table.unit() == CostTable.Unit.MINUTES;
    }

    /** "min" or "km". */
    public String unit() {
        return minutes() ? CostTable.Unit.MINUTES.symbol() : CostTable.Unit.KILOMETRES.symbol();
    }

    /**
     * The cost from a place to a destination.
     *
     * @param code the place's code (tried first in a table); {@code zoneCode} its zone's (tried next; may be null)
     */
    public double cost(String code, String zoneCode, double lat, double lon, String destination, double destLat, double destLon) {
        if (table == null) {
            return model.km(lat, lon, destLat, destLon);
        }
        int d = table.destinationIndex(destination);
        int o = table.originIndex(code);
        if (o < 0 && zoneCode != null) {
            o = table.originIndex(zoneCode);
        }
        return table.cost(o, d);
    }

    /**
     * A number that orders the trips from a place as {@link #cost} does (smaller is cheaper) and may be quicker to
     * compute: a search for the nearest of many centers compares ranks and turns the winner's into a cost
     * ({@link #costOfRank}). A table's rank is its cost.
     */
    public double rank(String code, String zoneCode, double lat, double lon, String destination, double destLat, double destLon) {
        if (table == null) {
            return model.rank(lat, lon, destLat, destLon);
        }
        return cost(code, zoneCode, lat, lon, destination, destLat, destLon);
    }

    /** The cost of a {@link #rank}. */
    public double costOfRank(double rank) {
        return table == null && !Double.isInfinite(rank) ? model.kmOfRank(rank) : rank;
    }

    /** Kilometres of a cost, NaN when costs are minutes (the distance is then unknown). */
    public double km(double cost) {
        return minutes() ? Double.NaN : cost;
    }

    /** Minutes of a cost: itself when costs are minutes, else kilometres at a speed. */
    public double minutes(double cost, double speedKmh) {
        if (minutes()) {
            return cost;
        }
        return Double.isInfinite(cost) ? cost : TravelTime.minutes(cost, speedKmh);
    }

    /** The table, when costs come from one. */
    public CostTable table() {
        return table;
    }
}
