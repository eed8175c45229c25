package org.nafitha.ui.card;

import org.eclipse.osgi.util.NLS;

/** The card views' strings (messages.properties, messages_ar.properties). */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.nafitha.ui.card.messages";

    public static String compute;
    public static String computing;
    public static String notComputed;
    public static String stale;
    public static String summary;
    public static String ratings;
    public static String unrated;
    public static String weakest;
    public static String governorates;
    public static String unserved;
    public static String code;
    public static String name;
    public static String score;
    public static String rating;
    public static String pullDown;
    public static String population;
    public static String covered;
    public static String meanScore;
    public static String centers;
    public static String distance;
    public static String dimension;
    public static String value;
    public static String missing;
    public static String selectCenter;
    public static String notOpen;
    public static String header;
    public static String completeness;
    public static String failed;
    public static String computeTip;
    public static String sinceLastRating;
    public static String noBound;
    public static String unitMin;
    public static String unitKm;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
