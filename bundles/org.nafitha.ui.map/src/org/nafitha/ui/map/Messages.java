package org.nafitha.ui.map;

import org.eclipse.osgi.util.NLS;

/** The map view's strings (messages.properties, messages_ar.properties). */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.nafitha.ui.map.messages";

    public static String everyFormat;
    public static String allFiles;
    public static String addLayer;
    public static String exportPng;
    public static String rendering;
    public static String cannotAdd;
    public static String pointer;
    public static String styleTitle;
    public static String styleMessage;
    public static String symbolGroup;
    public static String fillColor;
    public static String strokeColor;
    public static String chooseColor;
    public static String strokeWidth;
    public static String pointSize;
    public static String symbol;
    public static String symbolCircle;
    public static String symbolSquare;
    public static String symbolTriangle;
    public static String symbolDiamond;
    public static String symbolStar;
    public static String opacityPercent;
    public static String labelField;
    public static String none;
    public static String classification;
    public static String scheme;
    public static String singleSymbol;
    public static String graduated;
    public static String categorized;
    public static String field;
    public static String classes;
    public static String method;
    public static String quantile;
    public static String equalInterval;
    public static String ramp;
    public static String rampYellowRed;
    public static String rampBlues;
    public static String rampGreens;
    public static String rampPurples;
    public static String rampRedYellowGreen;
    public static String other;
    public static String noNumericField;
    public static String noField;
    public static String addTable;
    public static String tableTitle;
    public static String tableMessage;
    public static String database;
    public static String browse;
    public static String tables;
    public static String tableRows;
    public static String scenario;
    public static String allScenarios;
    public static String noTables;
    public static String noDatabase;
    public static String cannotOpen;
    public static String badValue;

    public static String scale;
    public static String measured;
    public static String groupResults;
    public static String groupScenario;
    public static String groupAdded;
    public static String identifyInfo;
    public static String attribute;
    public static String value;
    public static String featureId;
    public static String moveCommand;
    public static String newSiteEn;
    public static String newSiteAr;
    public static String newSiteCommand;
    public static String readOnlyYear;
    public static String newCenterCommand;
    public static String newCenterTitle;
    public static String newCenterMessage;
    public static String newCenterName;
    public static String newCenterEmpty;
    public static String newCenterNameEn;
    public static String newCenterNameAr;
    public static String newCenterOneName;
    public static String tableLayer;
    public static String tableFilter;
    public static String tableCount;
    public static String zoomToRows;
    public static String attributesTitle;
    public static String attributesOf;
    public static String opacityTitle;
    public static String opacityMessage;
    public static String labelsTitle;
    public static String labelsMessage;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
