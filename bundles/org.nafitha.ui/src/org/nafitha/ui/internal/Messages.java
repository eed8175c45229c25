package org.nafitha.ui.internal;

import org.eclipse.osgi.util.NLS;

/** The workbench's user-visible strings, in messages.properties (English) and messages_ar.properties (Arabic). */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.nafitha.ui.internal.messages";

    public static String Window_title;
    public static String CentersView_code;
    public static String CentersView_name;
    public static String CentersView_kind;
    public static String CentersView_status;
    public static String CentersView_region;
    public static String CentersView_counters;
    public static String CentersView_staff;
    public static String CentersView_summary;
    public static String CenterKind_COMPREHENSIVE_CENTER;
    public static String CenterKind_AGENCY_BRANCH;
    public static String CenterKind_MUNICIPAL_OFFICE;
    public static String CenterKind_MOBILE_UNIT;
    public static String CenterKind_KIOSK;
    public static String CenterStatus_EXISTING;
    public static String CenterStatus_PLANNED;
    public static String CenterStatus_CANDIDATE;
    public static String CenterStatus_CLOSED;
    public static String Open_title;
    public static String Open_discard;
    public static String Save_failed;
    public static String CentersView_filter;
    public static String Edit_counters;
    public static String Edit_invalid;
    public static String Analysis_job;
    public static String Analysis_failed;
    public static String Import_title;
    public static String Import_sourceTitle;
    public static String Import_sourceDescription;
    public static String Import_kind;
    public static String Import_centers;
    public static String Import_demand;
    public static String Import_services;
    public static String Import_regions;
    public static String Import_file;
    public static String Import_browse;
    public static String Import_formats;
    public static String Import_previewTitle;
    public static String Import_noFile;
    public static String Import_nothingChanged;
    public static String Import_summary;
    public static String Import_code;
    public static String Import_name;
    public static String Import_action;
    public static String Import_adds;
    public static String Import_replaces;
    public static String Import_command;
    public static String Problems_message;
    public static String Problems_object;
    public static String Problems_rule;
    public static String Problems_summary;
    public static String Scenarios_save;
    public static String Scenarios_refresh;
    public static String Scenarios_revision;
    public static String Scenarios_saved;
    public static String Scenarios_centers;
    public static String Scenarios_zones;
    public static String Scenarios_population;
    public static String Scenarios_listing;
    public static String Scenarios_saving;
    public static String Scenarios_opening;
    public static String Scenarios_status;
    public static String Scenarios_savedAs;
    public static String Scenarios_opened;
    public static String Prefs_language;
    public static String Prefs_languageSystem;
    public static String Prefs_languageNote;
    public static String Prefs_scenario;
    public static String Prefs_distanceModel;
    public static String Prefs_detour;
    public static String Prefs_areaType;
    public static String Prefs_maxKm;
    public static String Prefs_maxMinutes;
    public static String Prefs_speed;
    public static String Prefs_badDetour;
    public static String Prefs_badNumber;
    public static String Prefs_command;
    public static String Objects_filter;
    public static String Zones_areaType;
    public static String Zones_position;
    public static String Zones_summary;
    public static String Services_agency;
    public static String Services_category;
    public static String Services_volume;
    public static String Services_minutes;
    public static String Services_digital;
    public static String Services_summary;
    public static String Export_title;
    public static String Export_description;
    public static String Export_what;
    public static String Export_format;
    public static String Export_done;
    public static String Import_reading;
    public static String Properties_property;
    public static String Properties_value;
    public static String Form_counters;
    public static String Form_countersTotal;
    public static String Form_countersUniversal;
    public static String Form_countersUniversalTip;
    public static String Form_countersAgency;
    public static String Form_countersAgencyTip;
    public static String Open_discardYes;
    public static String Open_keep;
    public static String Scenarios_saveTip;
    public static String Scenarios_rename;
    public static String Scenarios_saveTitle;
    public static String Scenarios_saveMessage;
    public static String Scenarios_code;
    public static String Scenarios_nameEn;
    public static String Scenarios_nameAr;
    public static String Scenarios_planNameEn;
    public static String Scenarios_planNameAr;
    public static String Scenarios_codeMissing;
    public static String Scenarios_codeInvalid;
    public static String Scenarios_nameMissing;
    public static String Scenarios_newRevision;
    public static String Scenarios_newScenario;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
