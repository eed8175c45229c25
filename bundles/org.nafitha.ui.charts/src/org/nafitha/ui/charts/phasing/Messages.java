package org.nafitha.ui.charts.phasing;

import org.eclipse.osgi.util.NLS;

/** The phasing proposal's strings (messages.properties, messages_ar.properties). */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.nafitha.ui.charts.phasing.messages";

    public static String title;
    public static String message;
    public static String problem;
    public static String mclp;
    public static String pmedian;
    public static String radius;
    public static String timeLimit;
    public static String propose;
    public static String stop;
    public static String running;
    public static String canceled;
    public static String failed;
    public static String noRoadmap;
    public static String summary;
    public static String budgetBasis;
    public static String nothing;
    public static String year;
    public static String budget;
    public static String written;
    public static String left;
    public static String spent;
    public static String opened;
    public static String none;
    public static String apply;
    public static String command;
    public static String cancel;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
