package org.nafitha.ui.internal;

import java.text.NumberFormat;

import org.nafitha.model.AreaType;
import org.nafitha.model.CenterKind;
import org.nafitha.model.CenterStatus;
import org.nafitha.model.Named;
import org.nafitha.model.Scenario;
import org.nafitha.model.edit.BilingualLabels;

/** Bilingual labels: the Arabic name when the workbench runs in Arabic, the English one otherwise. */
public final class ScenarioLabels {

    private ScenarioLabels() {
    }

    public static boolean arabic() {
        return BilingualLabels.arabic();
    }

    public static String name(Named named) {
        return named == null ? "" : BilingualLabels.name(named);
    }

    /** A count in the workbench's locale, with grouping: 11,625,745 (or ١١٬٦٢٥٬٧٤٥ in Arabic). */
    public static String number(long value) {
        return NumberFormat.getIntegerInstance().format(value);
    }

    /** A number with a fixed count of decimals in the workbench's locale (the same digits as every other number). */
    public static String decimal(double value, int decimals) {
        NumberFormat f = NumberFormat.getNumberInstance();
        f.setMinimumFractionDigits(decimals);
        f.setMaximumFractionDigits(decimals);
        f.setGroupingUsed(false);
        return f.format(value);
    }

    public static String name(Scenario scenario) {
        return name((Named) scenario);
    }

    public static String kind(CenterKind kind) {
        return switch (kind) {
            case COMPREHENSIVE_CENTER -> Messages.CenterKind_COMPREHENSIVE_CENTER;
            case AGENCY_BRANCH -> Messages.CenterKind_AGENCY_BRANCH;
            case MUNICIPAL_OFFICE -> Messages.CenterKind_MUNICIPAL_OFFICE;
            case MOBILE_UNIT -> Messages.CenterKind_MOBILE_UNIT;
            case KIOSK -> Messages.CenterKind_KIOSK;
        };
    }

    /** An area type in the planner's words ("Urban", "حضري"), not its code. */
    public static String areaType(AreaType type) {
        if (type == null) {
            return "";
        }
        return switch (type) {
            case URBAN -> Messages.AreaType_URBAN;
            case RURAL -> Messages.AreaType_RURAL;
            case BADIA -> Messages.AreaType_BADIA;
        };
    }

    public static String status(CenterStatus status) {
        return switch (status) {
            case EXISTING -> Messages.CenterStatus_EXISTING;
            case PLANNED -> Messages.CenterStatus_PLANNED;
            case CANDIDATE -> Messages.CenterStatus_CANDIDATE;
            case CLOSED -> Messages.CenterStatus_CLOSED;
        };
    }
}
