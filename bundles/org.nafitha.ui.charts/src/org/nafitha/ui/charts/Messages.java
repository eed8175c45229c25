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

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
