package org.nafitha.ui.charts;

import java.util.MissingResourceException;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.nafitha.model.NafithaPackage;
import org.nafitha.model.ScenarioComparison;
import org.nafitha.model.provider.NafithaEditPlugin;

/**
 * A changed feature as a planner reads it, in the workbench's language: the feature's label from the edit bundle
 * ("Population", "عدد السكان") rather than its code, numbers in the locale's digits and grouping, enumeration values by
 * their labels, the arrow from old to new pointing the way the text runs. What the model does not know (a plugin's feature) is shown as it comes.
 */
final class ChangeLabels {

    private ChangeLabels() {
    }

    /** "Population: 177,118 → 185,384" for one feature of a thing of an EClass named {@code type}. */
    static String describe(String type, ScenarioComparison.FeatureChange f) {
        EStructuralFeature feature = feature(type, f.feature());
        // the arrow points from the old value to the new in the direction the text runs
        String arrow = Window.getDefaultOrientation() == SWT.RIGHT_TO_LEFT ? " ← " : " → ";
        return label(feature, f.feature()) + ": " + value(feature, f.before()) + arrow + value(feature, f.after());
    }

    private static EStructuralFeature feature(String type, String name) {
        EClassifier c = NafithaPackage.eINSTANCE.getEClassifier(type);
        return c instanceof EClass e ? e.getEStructuralFeature(name) : null;
    }

    private static String label(EStructuralFeature feature, String name) {
        if (feature == null) {
            return name;
        }
        return text("_UI_" + feature.getEContainingClass().getName() + "_" + name + "_feature", name);
    }

    private static String value(EStructuralFeature feature, String v) {
        if (v == null || v.isEmpty()) {
            return "—";
        }
        if (feature != null && feature.getEType() instanceof EEnum e) {
            EEnumLiteral l = e.getEEnumLiteral(v);
            return l == null ? v : text("_UI_" + e.getName() + "_" + l.getName() + "_literal", v);
        }
        if (feature != null && feature.getEType().getInstanceClass() != null
                && Number.class.isAssignableFrom(box(feature.getEType().getInstanceClass()))) {
            try {
                double d = Double.parseDouble(v);
                return ResultsView.number(d, d == Math.rint(d) ? 0 : 2);
            } catch (NumberFormatException notANumber) {
                return v;
            }
        }
        return ComparisonView.value(v);
    }

    private static Class<?> box(Class<?> c) {
        if (c == int.class || c == long.class || c == double.class || c == float.class || c == short.class) {
            return Number.class;
        }
        return c;
    }

    private static String text(String key, String fallback) {
        try {
            return NafithaEditPlugin.INSTANCE.getString(key);
        } catch (MissingResourceException missing) {
            return fallback;
        }
    }
}
