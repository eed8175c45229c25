package org.nafitha.model.validation;

import java.util.Locale;

import org.eclipse.emf.ecore.EObject;
import org.nafitha.model.AreaType;
import org.nafitha.model.DemandPoints;
import org.nafitha.model.DemandZone;
import org.nafitha.model.NafithaPackage;
import org.nafitha.model.PlanningParameters;
import org.nafitha.model.Scenario;
import org.nafitha.model.Settlement;
import org.nafitha.model.validation.ScenarioValidator.Report;

/** The rules of where a demand zone's residents are counted (its settlements), part of {@link ScenarioValidator}. */
final class DemandPlacementRules {

    private static final NafithaPackage P = NafithaPackage.eINSTANCE;

    private DemandPlacementRules() {
    }

    /**
     * Where a zone's residents are counted: its settlements' shares sum to one, each from 0 to 1, codes unique in the
     * zone; warnings when many residents sit at a rural or badia point, or when a zone without settlements is counted
     * at a point far from every town of the scenario (the thresholds are the planning parameters').
     */
    static void check(DemandZone z, Report r) {
        if (!z.getSettlements().isEmpty()) {
            double sum = 0;
            for (Settlement st : z.getSettlements()) {
                if (!(st.getShare() >= 0 && st.getShare() <= 1)) {
                    r.error(ScenarioValidator.Rule.SHARE_OUT_OF_RANGE, st, P.getSettlement_Share(), "share is " + st.getShare()
                            + "; expected a share of the zone's residents from 0 to 1");
                }
                sum += st.getShare();
            }
            if (!(Math.abs(sum - 1) <= ScenarioValidator.SHARE_TOLERANCE)) {
                r.error(ScenarioValidator.Rule.SETTLEMENT_SHARES, z, P.getDemandZone_Settlements(), String.format(Locale.ROOT,
                        "the shares of its %d settlements sum to %.4f; expected them to sum to 1", z.getSettlements().size(), sum));
            }
            ScenarioValidator.duplicates(z.getSettlements(), r);
        }
        Scenario s = ScenarioValidator.scenarioOf(z);
        PlanningParameters p = s == null ? null : s.getParameters();
        double ruralMax = p == null ? 50_000 : p.getRuralMaxResidents();
        double townMin = p == null ? 5_000 : p.getTownMinPopulation();
        double townKm = p == null ? 20 : p.getTownMaxKm();
        for (DemandPoints.Point point : DemandPoints.of(z)) {
            if ((point.areaType() == AreaType.RURAL || point.areaType() == AreaType.BADIA) && ruralMax > 0
                    && point.population() > ruralMax) {
                EObject where = z.getSettlements().isEmpty() ? z : settlementOf(z, point);
                r.warning(ScenarioValidator.Rule.POPULOUS_RURAL, where, where == z ? P.getDemandZone_AreaType() : P.getSettlement_AreaType(),
                        String.format(Locale.ROOT, "counts %,.0f residents at one %s point; a town that size is urban:"
                                + " give the zone its settlements, or set their area type", point.population(),
                                point.areaType().getLiteral().toLowerCase(Locale.ROOT)));
            }
        }
        if (z.getSettlements().isEmpty() && s != null && townKm > 0 && z.getPopulation() >= townMin) {
            double nearest = Double.POSITIVE_INFINITY;
            String town = null;
            for (DemandZone other : s.getDemandZones()) {
                for (Settlement st : other.getSettlements()) {
                    if (other.getPopulation() * st.getShare() >= townMin) {
                        double km = greatCircleKm(z.getLatitude(), z.getLongitude(), st.getLatitude(), st.getLongitude());
                        if (km < nearest) {
                            nearest = km;
                            town = st.getNameEn() == null ? st.getCode() : st.getNameEn();
                        }
                    }
                }
            }
            if (town != null && nearest > townKm) {
                r.warning(ScenarioValidator.Rule.DEMAND_FAR_FROM_TOWN, z, P.getLocated_Latitude(), String.format(Locale.ROOT,
                        "counts its %,d residents at a point %.1f km from the nearest town (%s), more than %.0f km:"
                                + " give the zone its settlements", z.getPopulation(), nearest, town, townKm));
            }
        }
    }

    private static Settlement settlementOf(DemandZone z, DemandPoints.Point point) {
        for (Settlement st : z.getSettlements()) {
            if (point.code().equals(z.getCode() + "/" + st.getCode())) {
                return st;
            }
        }
        return z.getSettlements().get(0);
    }

    /** Haversine on the WGS84 mean radius: precise enough for a warning threshold. */
    static double greatCircleKm(double lat1, double lon1, double lat2, double lon2) {
        double p1 = Math.toRadians(lat1);
        double p2 = Math.toRadians(lat2);
        double a = Math.pow(Math.sin((p2 - p1) / 2), 2)
                + Math.cos(p1) * Math.cos(p2) * Math.pow(Math.sin(Math.toRadians(lon2 - lon1) / 2), 2);
        return 2 * 6371.0088 * Math.asin(Math.min(1, Math.sqrt(a)));
    }
}
