package org.nafitha.model.validation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.nafitha.model.AccessibilityFeature;
import org.nafitha.model.CenterStatus;
import org.nafitha.model.NafithaPackage;
import org.nafitha.model.Roadmap;
import org.nafitha.model.RoadmapAction;
import org.nafitha.model.RoadmapActionKind;
import org.nafitha.model.RoadmapBudget;
import org.nafitha.model.RoadmapCost;
import org.nafitha.model.RoadmapDigitalShift;
import org.nafitha.model.RoadmapGrowth;
import org.nafitha.model.RoadmapTarget;
import org.nafitha.model.Scenario;
import org.nafitha.model.ServiceCenter;
import org.nafitha.model.validation.ScenarioValidator.Report;
import org.nafitha.model.validation.ScenarioValidator.Rule;

/**
 * The rules of a scenario's roadmap, part of {@link ScenarioValidator}: the horizon, each action's year, target and
 * figures, and the actions replayed in order so that one acting on a center that is not open at that time (closed
 * earlier, or opened later) is an error; costs, budgets, growth, digital shifts and targets in range.
 */
final class RoadmapRules {

    private static final NafithaPackage P = NafithaPackage.eINSTANCE;

    private RoadmapRules() {
    }

    static void check(Roadmap m, Report r) {
        int first = m.getFirstYear();
        int last = m.getLastYear();
        if (first <= 0 || last < first) {
            r.error(Rule.ROADMAP_HORIZON, m, P.getRoadmap_LastYear(), "horizon " + first + "-" + last
                    + ": expected a first year and a last year not before it");
        }
        Set<String> codes = new HashSet<>();
        for (RoadmapAction a : m.getActions()) {
            action(m, a, r);
            if (a.getCode() != null && !codes.add(a.getCode())) {
                r.error(Rule.DUPLICATE_CODE, a, P.getRoadmapAction_Code(), "a second action with the code " + a.getCode());
            }
        }
        replay(m, r);
        for (RoadmapCost c : m.getCosts()) {
            if (!(c.getAmount() >= 0)) {
                r.error(Rule.ROADMAP_COST, c, P.getRoadmapCost_Amount(), "amount " + c.getAmount() + "; expected 0 or more dinars");
            }
        }
        Set<Integer> years = new HashSet<>();
        for (RoadmapBudget b : m.getBudgets()) {
            if (!years.add(b.getYear())) {
                r.error(Rule.ROADMAP_COST, b, P.getRoadmapBudget_Year(), "a second budget for " + b.getYear());
            }
            if (b.isSetCapital() && !(b.getCapital() >= 0) || b.isSetOperating() && !(b.getOperating() >= 0)) {
                r.error(Rule.ROADMAP_COST, b, P.getRoadmapBudget_Capital(), "budget of " + b.getYear() + " below 0");
            }
        }
        for (RoadmapGrowth g : m.getGrowth()) {
            if (!(g.getAnnualRate() > -0.5 && g.getAnnualRate() < 0.5)) {
                r.error(Rule.ROADMAP_RANGE, g, P.getRoadmapGrowth_AnnualRate(), "annual growth " + g.getAnnualRate()
                        + "; expected a rate between -0.5 and 0.5 (e.g. 0.025 for 2.5 %)");
            }
        }
        for (RoadmapDigitalShift d : m.getDigitalShifts()) {
            if (!(d.getDigitalShare() >= 0 && d.getDigitalShare() <= 1)) {
                r.error(Rule.ROADMAP_RANGE, d, P.getRoadmapDigitalShift_DigitalShare(), "digital share " + d.getDigitalShare()
                        + "; expected 0 to 1");
            }
            if (d.getService() == null && (d.getCategory() == null || d.getCategory().isBlank())) {
                r.error(Rule.ROADMAP_RANGE, d, P.getRoadmapDigitalShift_Service(), "names neither a service nor a category");
            }
        }
        for (RoadmapTarget t : m.getTargets()) {
            if (t.getIndicator() == null || t.getIndicator().isBlank()) {
                r.error(Rule.ROADMAP_RANGE, t, P.getRoadmapTarget_Indicator(), "names no indicator");
            }
            if (!Double.isFinite(t.getValue())) {
                r.error(Rule.ROADMAP_RANGE, t, P.getRoadmapTarget_Value(), "value " + t.getValue() + "; expected a number");
            }
        }
    }

    private static String what(RoadmapAction a) {
        return "action " + a.getCode() + " (" + a.getKind().getName().toLowerCase().replace('_', ' ') + ", " + a.getYear() + ")";
    }

    private static void action(Roadmap m, RoadmapAction a, Report r) {
        if (a.getYear() < m.getFirstYear() || a.getYear() > m.getLastYear()) {
            r.error(Rule.ROADMAP_ACTION, a, P.getRoadmapAction_Year(), what(a) + ": the year is outside the horizon "
                    + m.getFirstYear() + "-" + m.getLastYear());
        }
        if (a.isSetMonth() && (a.getMonth() < 1 || a.getMonth() > 12)) {
            r.error(Rule.ROADMAP_ACTION, a, P.getRoadmapAction_Month(), what(a) + ": month " + a.getMonth() + ", expected 1 to 12");
        }
        if (a.isSetCost() && !(a.getCost() >= 0)) {
            r.error(Rule.ROADMAP_COST, a, P.getRoadmapAction_Cost(), what(a) + ": cost " + a.getCost() + "; expected 0 or more dinars");
        }
        RoadmapActionKind k = a.getKind();
        if (k == RoadmapActionKind.OPEN_CENTER) {
            if (a.getNewCenter() == null && (a.getCenter() == null || a.getCenter().getStatus() == CenterStatus.EXISTING)) {
                r.error(Rule.ROADMAP_ACTION, a, P.getRoadmapAction_NewCenter(), what(a)
                        + ": expected the center to open (a new center, or a planned, candidate or closed one)");
            }
        } else if (centerKind(k) && a.getCenter() == null) {
            r.error(Rule.ROADMAP_ACTION, a, P.getRoadmapAction_Center(), what(a) + ": names no center, or a center the scenario does not have");
        }
        if ((k == RoadmapActionKind.OFFER_SERVICE || k == RoadmapActionKind.WITHDRAW_SERVICE || k == RoadmapActionKind.CHANGE_CHANNEL
                || k == RoadmapActionKind.CHANGE_DIGITAL_SHARE) && a.getService() == null) {
            r.error(Rule.ROADMAP_ACTION, a, P.getRoadmapAction_Service(), what(a) + ": names no service, or one the scenario does not have");
        }
        if ((k == RoadmapActionKind.OFFER_BUNDLE || k == RoadmapActionKind.WITHDRAW_BUNDLE) && a.getBundle() == null) {
            r.error(Rule.ROADMAP_ACTION, a, P.getRoadmapAction_Bundle(), what(a) + ": names no bundle, or one the scenario does not have");
        }
        if (countKind(k) && !(a.isSetAmount() && a.getAmount() >= 1 && a.getAmount() == Math.rint(a.getAmount()))) {
            r.error(Rule.ROADMAP_ACTION, a, P.getRoadmapAction_Amount(), what(a) + ": expected a whole number of 1 or more as the amount");
        }
        if (k == RoadmapActionKind.CHANGE_DIGITAL_SHARE && !(a.isSetAmount() && a.getAmount() >= 0 && a.getAmount() <= 1)) {
            r.error(Rule.ROADMAP_ACTION, a, P.getRoadmapAction_Amount(), what(a) + ": expected the new digital share (0 to 1) as the amount");
        }
        if (k == RoadmapActionKind.ADD_ACCESSIBILITY) {
            String p = a.getParameter() == null ? "" : a.getParameter().strip();
            for (String f : p.isEmpty() ? new String[0] : p.split("[\\s;]+")) {
                if (AccessibilityFeature.get(f) == null) {
                    r.error(Rule.ROADMAP_ACTION, a, P.getRoadmapAction_Parameter(), what(a) + ": unknown accessibility feature '" + f
                            + "'; expected one of " + AccessibilityFeature.VALUES);
                }
            }
            if (p.isEmpty()) {
                r.error(Rule.ROADMAP_ACTION, a, P.getRoadmapAction_Parameter(), what(a) + ": names no accessibility feature");
            }
        }
        if (k == RoadmapActionKind.RELOCATE_CENTER && !RoadmapRules.position(a.getParameter())) {
            r.error(Rule.ROADMAP_ACTION, a, P.getRoadmapAction_Parameter(), what(a) + ": expected the new position as latitude,longitude");
        }
    }

    static boolean centerKind(RoadmapActionKind k) {
        return switch (k) {
            case CLOSE_CENTER, RELOCATE_CENTER, ADD_COUNTERS, REMOVE_COUNTERS, CONVERT_COUNTERS_UNIVERSAL, HIRE_STAFF,
                    TRAIN_UNIVERSAL_STAFF, ADD_ACCESSIBILITY, OFFER_SERVICE, WITHDRAW_SERVICE, OFFER_BUNDLE, WITHDRAW_BUNDLE,
                    CHANGE_HOURS, PARTNERSHIP -> true;
            default -> false;
        };
    }

    private static boolean countKind(RoadmapActionKind k) {
        return k == RoadmapActionKind.ADD_COUNTERS || k == RoadmapActionKind.REMOVE_COUNTERS || k == RoadmapActionKind.CONVERT_COUNTERS_UNIVERSAL
                || k == RoadmapActionKind.HIRE_STAFF || k == RoadmapActionKind.TRAIN_UNIVERSAL_STAFF
                || k == RoadmapActionKind.LICENSE_CERTIFIED_PROVIDERS;
    }

    private static boolean position(String p) {
        if (p == null) {
            return false;
        }
        String[] parts = p.split(",");
        try {
            return parts.length == 2 && Math.abs(Double.parseDouble(parts[0].strip())) <= 90 && Math.abs(Double.parseDouble(parts[1].strip())) <= 180;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** Replays the actions in time order: each center action needs its center open, counters removed need counters. */
    private static void replay(Roadmap m, Report r) {
        Scenario s = ScenarioValidator.scenarioOf(m);
        Map<ServiceCenter, Boolean> open = new HashMap<>();
        Map<ServiceCenter, Integer> counters = new HashMap<>();
        if (s != null) {
            for (ServiceCenter c : s.getCenters()) {
                open.put(c, c.getStatus() == CenterStatus.EXISTING || c.getStatus() == CenterStatus.PLANNED);
                counters.put(c, c.getCounters().size());
            }
        }
        List<RoadmapAction> ordered = new ArrayList<>(m.getActions());
        ordered.sort(Comparator.comparingInt(RoadmapAction::getYear).thenComparingInt(a -> a.isSetMonth() ? a.getMonth() : 0));
        Map<ServiceCenter, RoadmapAction> closedBy = new HashMap<>();
        for (RoadmapAction a : ordered) {
            ServiceCenter c = a.getKind() == RoadmapActionKind.OPEN_CENTER ? (a.getNewCenter() != null ? a.getNewCenter() : a.getCenter()) : a.getCenter();
            if (c == null) {
                continue;
            }
            boolean isOpen = open.getOrDefault(c, false);
            if (a.getKind() == RoadmapActionKind.OPEN_CENTER) {
                if (isOpen && a.getNewCenter() == null) {
                    r.error(Rule.ROADMAP_CONFLICT, a, P.getRoadmapAction_Center(), what(a) + ": " + ScenarioValidator.label(c) + " is already open");
                }
                open.put(c, true);
                counters.put(c, c.getCounters().size());
                closedBy.remove(c);
                continue;
            }
            if (!isOpen) {
                RoadmapAction closer = closedBy.get(c);
                r.error(Rule.ROADMAP_CONFLICT, a, P.getRoadmapAction_Center(), what(a) + ": " + ScenarioValidator.label(c)
                        + (closer != null ? " is closed by action " + closer.getCode() + " in " + closer.getYear()
                                : c.eContainer() instanceof RoadmapAction opener ? " opens only in " + opener.getYear() + " (action " + opener.getCode() + ")"
                                        : " is not open (" + c.getStatus().getName().toLowerCase() + ")"));
                continue;
            }
            switch (a.getKind()) {
                case CLOSE_CENTER -> {
                    open.put(c, false);
                    closedBy.put(c, a);
                }
                case ADD_COUNTERS -> counters.merge(c, (int) a.getAmount(), Integer::sum);
                case REMOVE_COUNTERS -> {
                    int left = counters.getOrDefault(c, 0) - (int) a.getAmount();
                    if (left < 0) {
                        r.error(Rule.ROADMAP_CONFLICT, a, P.getRoadmapAction_Amount(), what(a) + ": removes " + (int) a.getAmount()
                                + " counters from " + ScenarioValidator.label(c) + ", which has " + counters.getOrDefault(c, 0) + " then");
                    }
                    counters.put(c, Math.max(0, left));
                }
                case CONVERT_COUNTERS_UNIVERSAL -> {
                    if (a.getAmount() > counters.getOrDefault(c, 0)) {
                        r.error(Rule.ROADMAP_CONFLICT, a, P.getRoadmapAction_Amount(), what(a) + ": converts " + (int) a.getAmount()
                                + " counters at " + ScenarioValidator.label(c) + ", which has " + counters.getOrDefault(c, 0) + " then");
                    }
                }
                default -> {
                    // no state to track
                }
            }
        }
    }
}
