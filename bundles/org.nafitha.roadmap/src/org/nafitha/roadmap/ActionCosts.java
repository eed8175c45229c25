package org.nafitha.roadmap;

import org.nafitha.model.CenterKind;
import org.nafitha.model.RoadmapAction;
import org.nafitha.model.RoadmapCostKind;
import org.nafitha.model.ServiceCenter;

/**
 * The capital cost of an action without a cost of its own, from the cost model:
 * <ul>
 * <li>open a center: opening by its kind + its counters × a counter;</li>
 * <li>relocate a center: opening by its kind (new premises; the counters move);</li>
 * <li>add counters: n × a counter; convert counters to universal: n × a conversion;</li>
 * <li>train universal employees, license certified providers: n × a trained employee;</li>
 * <li>add accessibility features: the features named × a feature;</li>
 * <li>anything else (staff hired, services, channels, hours, partnerships): 0 — their cost is operating or must be
 * given on the action.</li>
 * </ul>
 */
final class ActionCosts {

    private ActionCosts() {
    }

    static double derived(RoadmapPlan plan, RoadmapAction a) {
        ServiceCenter c = a.getNewCenter() != null ? a.getNewCenter() : a.getCenter();
        CenterKind kind = c == null ? null : c.getKind();
        double n = a.isSetAmount() ? a.getAmount() : 0;
        return switch (a.getKind()) {
            case OPEN_CENTER -> c == null ? 0 : plan.openingCost(kind, c.getCounters().size());
            case RELOCATE_CENTER -> plan.unitCost(RoadmapCostKind.CENTER_OPENING, kind);
            case ADD_COUNTERS -> n * plan.unitCost(RoadmapCostKind.COUNTER, kind);
            case CONVERT_COUNTERS_UNIVERSAL -> n * plan.unitCost(RoadmapCostKind.UNIVERSAL_CONVERSION, kind);
            case TRAIN_UNIVERSAL_STAFF, LICENSE_CERTIFIED_PROVIDERS -> n * plan.unitCost(RoadmapCostKind.TRAINED_EMPLOYEE, kind);
            case ADD_ACCESSIBILITY -> features(a.getParameter()) * plan.unitCost(RoadmapCostKind.ACCESSIBILITY_FEATURE, kind);
            default -> 0;
        };
    }

    static int features(String parameter) {
        String p = parameter == null ? "" : parameter.strip();
        return p.isEmpty() ? 0 : p.split("[\\s;]+").length;
    }
}
