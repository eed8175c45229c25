package org.nafitha.ui.locate;

import org.eclipse.osgi.util.NLS;

/** The location-allocation wizard's and view's strings (messages.properties, messages_ar.properties). */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.nafitha.ui.locate.messages";

    public static String wizardTitle;
    public static String pageTitle;
    public static String pageMessage;
    public static String problem;
    public static String problemPmedian;
    public static String problemMclp;
    public static String problemLscp;
    public static String problemPcenter;
    public static String p;
    public static String radius;
    public static String group;
    public static String allResidents;
    public static String capacity;
    public static String timeLimit;
    public static String sites;
    public static String siteCode;
    public static String siteName;
    public static String siteStatus;
    public static String siteRole;
    public static String roleRequired;
    public static String roleCandidate;
    public static String roleExcluded;
    public static String badRadius;
    public static String badP;
    public static String job;
    public static String jobFailed;
    public static String notRun;
    public static String summary;
    public static String noBound;
    public static String role;
    public static String kept;
    public static String opened;
    public static String residents;
    public static String places;
    public static String meanKm;
    public static String maxKm;
    public static String capacityColumn;
    public static String load;
    public static String apply;
    public static String applyTitle;
    public static String applyMessage;
    public static String closeUnchosen;
    public static String applyCommand;
    public static String beforeApply;
    public static String stale;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
