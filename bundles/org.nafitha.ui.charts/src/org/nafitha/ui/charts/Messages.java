package org.nafitha.ui.charts;

import org.eclipse.osgi.util.NLS;

/** The results and chart views' strings (messages.properties, messages_ar.properties). */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.nafitha.ui.charts.messages";

    public static String run;
    public static String running;
    public static String notRun;
    public static String stale;
    public static String failed;
    public static String summary;
    public static String capacity;
    public static String regions;
    public static String groups;
    public static String code;
    public static String name;
    public static String design;
    public static String visits;
    public static String required;
    public static String existing;
    public static String shortfall;
    public static String staff;
    public static String peak;
    public static String wait;
    public static String utilization;
    public static String population;
    public static String covered;
    public static String share;
    public static String access;
    public static String gini;
    public static String compareWith;
    public static String compareSample;
    public static String compareFile;
    public static String comparing;
    public static String compared;
    public static String figure;
    public static String open;
    public static String other;
    public static String difference;
    public static String change;
    public static String type;
    public static String what;
    public static String fig_coveredShare;
    public static String fig_unservedPopulation;
    public static String fig_meanTravelMinutes;
    public static String fig_gini;
    public static String fig_counters;
    public static String fig_countersNeeded;
    public static String fig_shortfall;
    public static String fig_staffNeeded;
    public static String fig_meanScore;
    public static String fig_ratedFourStarsOrMore;
    public static String charts;
    public static String exportFailed;
    public static String chartLorenzSeries;
    public static String chartEquality;
    public static String chartLorenz;
    public static String chartPopulationShare;
    public static String chartAccessShare;
    public static String chartCoverageGovernorate;
    public static String chartPercent;
    public static String chartCoverageGroup;
    public static String chartWait;
    public static String chartUtilization;
    public static String chartWaiting;
    public static String chartWaitAxis;
    public static String chartCounters;
    public static String chartRatings;
    public static String centers;
    public static String unrated;
    public static String changeAdded;
    public static String changeRemoved;
    public static String changeChanged;
    public static String compareStored;
    public static String compareStoredTip;
    public static String compareSampleTip;
    public static String compareFileTip;
    public static String storeEmpty;
    public static String storedItem;
    public static String storedRevision;
    public static String percentagePoints;
    public static String requiredDelta;
    public static String waitDelta;
    public static String shareDelta;
    public static String beyondReach;
    public static String region;
    public static String nearest;
    public static String distance;
    public static String travel;
    public static String noCenter;
    public static String km;
    public static String min;
    public static String noBound;
    public static String sinceLastRun;
    public static String designUniversal;
    public static String designSpecialized;
    public static String waitTip;
    public static String waitDeltaTip;
    public static String runTip;
    public static String typeCenter;
    public static String typeZone;
    public static String typeService;
    public static String typeRegion;
    public static String typeAgency;
    public static String typeSite;
    public static String typeGroup;
    public static String typeScenario;
    public static String items;

    public static String trendTitle;
    public static String trendDate;
    public static String trendValue;
    public static String trendMystery;
    public static String trendSelf;
    public static String trendVolunteer;
    public static String trendSatisfaction;
    public static String trendNps;
    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
