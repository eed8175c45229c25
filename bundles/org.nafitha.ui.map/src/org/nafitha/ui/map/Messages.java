package org.nafitha.ui.map;

import org.eclipse.osgi.util.NLS;

/** The map view's strings (messages.properties, messages_ar.properties). */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.nafitha.ui.map.messages";

    public static String layers;
    public static String addLayer;
    public static String zoomAll;
    public static String exportPng;
    public static String rendering;
    public static String cannotAdd;
    public static String pointer;
    public static String zoomSelection;
    public static String raise;
    public static String lower;
    public static String opacity;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
