package org.nafitha.core;

import org.nafitha.geo.Crs;
import org.nafitha.geo.DistanceModel;
import org.nafitha.model.PlanningParameters;

/** The distance model a scenario's planning parameters ask for, shared by every analyzer. */
public final class Distances {

    private Distances() {
    }

    /**
     * @throws IllegalArgumentException for ROAD_NETWORK, which needs a road graph no scenario carries yet, and for
     *         COST_TABLE, whose costs come with the run ({@link Travel#of(AnalysisContext)})
     */
    public static DistanceModel of(PlanningParameters p) {
        if (p == null) {
            return DistanceModel.greatCircle();
        }
        return switch (p.getDistanceModel()) {
            case GREAT_CIRCLE -> DistanceModel.greatCircle();
            case DETOUR -> DistanceModel.detour(DistanceModel.greatCircle(), p.getDetourFactor());
            case PROJECTED -> DistanceModel.projected(Crs.of(Crs.JORDAN_TM));
            case ROAD_NETWORK -> throw new IllegalArgumentException(
                    "the ROAD_NETWORK distance model needs a road graph, which this scenario does not have: use DETOUR");
            case COST_TABLE -> throw new IllegalArgumentException("the COST_TABLE distance model needs the scenario's cost table:"
                    + " import one (nafitha import --kind costs) or give --costs FILE");
        };
    }
}
