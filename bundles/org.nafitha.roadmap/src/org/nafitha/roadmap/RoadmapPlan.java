package org.nafitha.roadmap;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalDouble;

import org.nafitha.model.CandidateSite;
import org.nafitha.model.CenterKind;
import org.nafitha.model.DemandZone;
import org.nafitha.model.Region;
import org.nafitha.model.Roadmap;
import org.nafitha.model.RoadmapAction;
import org.nafitha.model.RoadmapBudget;
import org.nafitha.model.RoadmapCost;
import org.nafitha.model.RoadmapCostKind;
import org.nafitha.model.RoadmapGrowth;
import org.nafitha.model.Scenario;
import org.nafitha.model.ServiceCenter;

/**
 * The money and demand side of a scenario's roadmap, read from code: the horizon, each year's budgets, the unit costs
 * of the cost model, an action's cost, a center's yearly operating cost, a site's opening cost and the demand factor
 * of a zone (or the nation) in a year. A scenario without a roadmap gives an empty plan (no costs, no budgets, no
 * growth; its horizon is its base year).
 *
 * <p>Demand growth: a zone grows by the rate of the most specific growth entry that matches it, a region's own or its
 * nearest ancestor's first, then its area type's, then an entry for neither (all zones); no entry means 0. The factor
 * for a year is (1 + rate)^(year − base year), the base year being the year of the scenario's populations.
 */
public final class RoadmapPlan {

    private final Scenario scenario;
    private final Roadmap roadmap;

    private RoadmapPlan(Scenario scenario) {
        this.scenario = scenario;
        this.roadmap = scenario.getRoadmap();
    }

    public static RoadmapPlan of(Scenario scenario) {
        return new RoadmapPlan(scenario);
    }

    public Scenario scenario() {
        return scenario;
    }

    public boolean hasRoadmap() {
        return roadmap != null;
    }

    public int firstYear() {
        return roadmap == null ? scenario.getBaseYear() : roadmap.getFirstYear();
    }

    public int lastYear() {
        return roadmap == null ? scenario.getBaseYear() : roadmap.getLastYear();
    }

    /** The year the scenario's populations describe; the first year less one when the scenario names none. */
    public int baseYear() {
        return scenario.getBaseYear() > 0 ? scenario.getBaseYear() : firstYear() - 1;
    }

    /** The actions, in time order (year, then month, unknown month first, then as listed). */
    public List<RoadmapAction> actions() {
        List<RoadmapAction> all = roadmap == null ? new ArrayList<>() : new ArrayList<>(roadmap.getActions());
        all.sort(Comparator.comparingInt(RoadmapAction::getYear).thenComparingInt(a -> a.isSetMonth() ? a.getMonth() : 0));
        return all;
    }

    /** The actions of one year, in time order. */
    public List<RoadmapAction> actionsIn(int year) {
        return actions().stream().filter(a -> a.getYear() == year).toList();
    }

    /** The capital budget of a year, empty when none is given. */
    public OptionalDouble capitalBudget(int year) {
        RoadmapBudget b = budget(year);
        return b != null && b.isSetCapital() ? OptionalDouble.of(b.getCapital()) : OptionalDouble.empty();
    }

    /** The operating budget of a year, empty when none is given. */
    public OptionalDouble operatingBudget(int year) {
        RoadmapBudget b = budget(year);
        return b != null && b.isSetOperating() ? OptionalDouble.of(b.getOperating()) : OptionalDouble.empty();
    }

    private RoadmapBudget budget(int year) {
        if (roadmap == null) {
            return null;
        }
        return roadmap.getBudgets().stream().filter(b -> b.getYear() == year).findFirst().orElse(null);
    }

    /**
     * A unit cost: the entry for the center kind when there is one, else the entry for any kind, else 0.
     *
     * @param centerKind may be null (then only an entry for any kind matches)
     */
    public double unitCost(RoadmapCostKind kind, CenterKind centerKind) {
        if (roadmap == null) {
            return 0;
        }
        RoadmapCost any = null;
        for (RoadmapCost c : roadmap.getCosts()) {
            if (c.getKind() != kind) {
                continue;
            }
            if (c.isSetCenterKind() && c.getCenterKind() == centerKind) {
                return c.getAmount();
            }
            if (!c.isSetCenterKind() && any == null) {
                any = c;
            }
        }
        return any == null ? 0 : any.getAmount();
    }

    /** The capital cost of opening a center of a kind with a number of counters: opening by kind plus the counters. */
    public double openingCost(CenterKind kind, int counters) {
        return unitCost(RoadmapCostKind.CENTER_OPENING, kind) + counters * unitCost(RoadmapCostKind.COUNTER, kind);
    }

    /**
     * The capital cost of opening a center of a kind at a candidate site: the site's own fixed cost when it has one,
     * else the cost model's opening cost for the kind with the site's maximum counters.
     */
    public double openingCost(CandidateSite site, CenterKind kind) {
        return site.getFixedCost() > 0 ? site.getFixedCost() : openingCost(kind, Math.max(0, site.getMaxCounters()));
    }

    /** An action's capital cost: its own when set, else derived from the cost model ({@link ActionCosts}). */
    public double actionCost(RoadmapAction a) {
        return a.isSetCost() ? a.getCost() : ActionCosts.derived(this, a);
    }

    /** Whether the action's cost is derived from the cost model rather than given. */
    public boolean costDerived(RoadmapAction a) {
        return !a.isSetCost();
    }

    /** A center's operating cost for a year: by kind, plus its counters and staff. */
    public double operatingCost(ServiceCenter c) {
        return unitCost(RoadmapCostKind.CENTER_OPERATING, c.getKind())
                + c.getCounters().size() * unitCost(RoadmapCostKind.COUNTER_OPERATING, c.getKind())
                + Math.max(0, c.getStaff()) * unitCost(RoadmapCostKind.STAFF_OPERATING, c.getKind());
    }

    /** The yearly growth rate of a zone (see the class comment). */
    public double growthRate(DemandZone zone) {
        if (roadmap == null || roadmap.getGrowth().isEmpty()) {
            return 0;
        }
        for (Region r = zone.getRegion(); r != null; r = r.getParent()) {
            for (RoadmapGrowth g : roadmap.getGrowth()) {
                if (g.getRegion() == r) {
                    return g.getAnnualRate();
                }
            }
        }
        for (RoadmapGrowth g : roadmap.getGrowth()) {
            if (g.getRegion() == null && g.isSetAreaType() && g.getAreaType() == zone.getAreaType()) {
                return g.getAnnualRate();
            }
        }
        for (RoadmapGrowth g : roadmap.getGrowth()) {
            if (g.getRegion() == null && !g.isSetAreaType()) {
                return g.getAnnualRate();
            }
        }
        return 0;
    }

    /** The factor on a zone's base-year population in a year: (1 + rate)^(year − base year). */
    public double demandFactor(DemandZone zone, int year) {
        return Math.pow(1 + growthRate(zone), year - baseYear());
    }

    /** The national factor on the base-year population in a year: the zones' factors weighted by their population. */
    public double demandFactor(int year) {
        double base = 0;
        double grown = 0;
        for (DemandZone z : scenario.getDemandZones()) {
            base += z.getPopulation();
            grown += z.getPopulation() * demandFactor(z, year);
        }
        return base > 0 ? grown / base : 1;
    }
}
