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

    public static String noRounds;
    public static String roundKind;
    public static String roundDate;
    public static String roundResult;
    public static String kind_MYSTERY_SHOPPER;
    public static String kind_SELF_ASSESSMENT;
    public static String kind_VOLUNTEER_VISITOR;
    public static String kind_SATISFACTION_SURVEY;
    public static String kind_NPS_SURVEY;
    public static String kind_COMPLAINTS;
    public static String kind_IMPROVEMENT;
    public static String resultScore;
    public static String resultWait;
    public static String resultSpecialist;
    public static String resultNoSpecialist;
    public static String resultSatisfaction;
    public static String resultNps;
    public static String resultComplaints;
    public static String resultFromFeedback;
    public static String voiceTab;
    public static String voiceNational;
    public static String programKpis;
    public static String satisfaction;
    public static String satisfactionPercent;
    public static String nps;
    public static String complaintsAnswered;
    public static String improvementsFromCitizens;
    public static String records;
    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
