package org.nafitha.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * What differs between two scenarios: the things added, removed and changed, matched by kind and code, with the
 * features that changed and their old and new values. References are compared by the codes they point to, so a
 * scenario and its copy compare equal.
 */
public final class ScenarioComparison {

    public enum ChangeKind { ADDED, REMOVED, CHANGED }

    /** One feature that changed: its name and the values before and after, as text. */
    public record FeatureChange(String feature, String before, String after) {
    }

    /** One thing that differs. */
    public record Change(ChangeKind kind, String type, String code, List<FeatureChange> features) {
        @Override
        public String toString() {
            StringBuilder sb = new StringBuilder(kind + " " + type + " " + code);
            for (FeatureChange f : features) {
                sb.append("\n  ").append(f.feature()).append(": ").append(f.before()).append(" -> ").append(f.after());
            }
            return sb.toString();
        }
    }

    private final List<Change> changes = new ArrayList<>();
    private final long populationBefore;
    private final long populationAfter;

    private ScenarioComparison(Scenario base, Scenario other) {
        this.populationBefore = ScenarioSummary.of(base).totalPopulation();
        this.populationAfter = ScenarioSummary.of(other).totalPopulation();
        NafithaPackage p = NafithaPackage.eINSTANCE;
        for (EReference list : List.of(p.getScenario_PopulationGroups(), p.getScenario_Regions(),
                p.getScenario_DemandZones(), p.getScenario_Agencies(), p.getScenario_Services(), p.getScenario_Bundles(),
                p.getScenario_Centers(), p.getScenario_CandidateSites())) {
            compareLists(byCode(base, list), byCode(other, list));
        }
        List<FeatureChange> own = new ArrayList<>();
        for (EStructuralFeature f : List.of(p.getScenario_BaseYear(), p.getScenario_StudyArea())) {
            diff(f.getName(), text(base.eGet(f)), text(other.eGet(f)), own);
        }
        diff("parameters", describe(base.getParameters()), describe(other.getParameters()), own);
        if (!own.isEmpty()) {
            changes.add(new Change(ChangeKind.CHANGED, "Scenario", Objects.toString(other.getCode()), own));
        }
    }

    public static ScenarioComparison compare(Scenario base, Scenario other) {
        return new ScenarioComparison(base, other);
    }

    public List<Change> changes() {
        return changes;
    }

    public boolean identical() {
        return changes.isEmpty();
    }

    public long count(ChangeKind kind) {
        return changes.stream().filter(c -> c.kind() == kind).count();
    }

    public long populationBefore() {
        return populationBefore;
    }

    public long populationAfter() {
        return populationAfter;
    }

    private void compareLists(Map<String, Named> before, Map<String, Named> after) {
        for (Map.Entry<String, Named> e : before.entrySet()) {
            Named b = e.getValue();
            Named a = after.get(e.getKey());
            if (a == null) {
                changes.add(new Change(ChangeKind.REMOVED, b.eClass().getName(), b.getCode(), List.of()));
            } else {
                List<FeatureChange> features = new ArrayList<>();
                for (EStructuralFeature f : b.eClass().getEAllStructuralFeatures()) {
                    diff(f.getName(), value(b, f), value(a, f), features);
                }
                if (!features.isEmpty()) {
                    changes.add(new Change(ChangeKind.CHANGED, b.eClass().getName(), b.getCode(), features));
                }
            }
        }
        for (Map.Entry<String, Named> e : after.entrySet()) {
            if (!before.containsKey(e.getKey())) {
                changes.add(new Change(ChangeKind.ADDED, e.getValue().eClass().getName(), e.getValue().getCode(), List.of()));
            }
        }
    }

    private static void diff(String feature, String before, String after, List<FeatureChange> into) {
        if (!Objects.equals(before, after)) {
            into.add(new FeatureChange(feature, before, after));
        }
    }

    /** Things of one list keyed by code; things without a code are keyed by position. */
    private static Map<String, Named> byCode(Scenario s, EReference list) {
        Map<String, Named> map = new LinkedHashMap<>();
        int i = 0;
        for (Object o : (EList<?>) s.eGet(list)) {
            Named n = (Named) o;
            String key = n.getCode() == null || n.getCode().isBlank() ? "#" + i : n.getCode();
            map.putIfAbsent(key, n);
            i++;
        }
        return map;
    }

    private static String value(EObject o, EStructuralFeature f) {
        Object v = o.eGet(f);
        if (f instanceof EAttribute) {
            return f.isUnsettable() && !o.eIsSet(f) ? "(not set)" : text(v);
        }
        EReference r = (EReference) f;
        if (r.isContainment()) {
            if (r.isMany()) {
                List<String> parts = new ArrayList<>();
                for (Object child : (EList<?>) v) {
                    parts.add(describe((EObject) child));
                }
                return parts.toString();
            }
            return describe((EObject) v);
        }
        if (r.isMany()) {
            List<String> codes = new ArrayList<>();
            for (Object t : (EList<?>) v) {
                codes.add(reference((EObject) t));
            }
            return codes.toString();
        }
        return reference((EObject) v);
    }

    /** A canonical text of an object's features, references as codes. */
    private static String describe(EObject o) {
        if (o == null) {
            return "(none)";
        }
        StringBuilder sb = new StringBuilder("{");
        for (EStructuralFeature f : o.eClass().getEAllStructuralFeatures()) {
            if (o.eIsSet(f)) {
                sb.append(sb.length() > 1 ? ", " : "").append(f.getName()).append('=').append(value(o, f));
            }
        }
        return sb.append('}').toString();
    }

    private static String reference(EObject target) {
        if (target == null) {
            return "(none)";
        }
        return target instanceof Named n ? n.getCode() : describe(target);
    }

    private static String text(Object v) {
        return v == null ? "(none)" : v.toString();
    }
}
