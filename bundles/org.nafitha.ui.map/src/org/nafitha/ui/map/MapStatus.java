package org.nafitha.ui.map;

import java.text.NumberFormat;

import org.eclipse.osgi.util.NLS;
import org.nafitha.map.Viewport;

/** The map's part of the status line: the pointer's latitude and longitude, the scale, the measured length. */
final class MapStatus {

    private MapStatus() {
    }

    /** The status text; {@code lonLat} null when the pointer is off the map, {@code measuredKm} NaN when nothing is measured. */
    static String text(Viewport view, double[] lonLat, double measuredKm) {
        StringBuilder text = new StringBuilder();
        if (lonLat != null) {
            text.append(NLS.bind(Messages.pointer, String.format("%.5f", lonLat[1]), String.format("%.5f", lonLat[0]))).append("    ");
        }
        text.append(NLS.bind(Messages.scale, NumberFormat.getIntegerInstance().format(scaleDenominator(view))));
        if (!Double.isNaN(measuredKm)) {
            text.append("    ").append(NLS.bind(Messages.measured, String.format("%.2f", measuredKm)));
        }
        return text.toString();
    }

    /** The map's scale as 1 : N on a screen of 96 pixels an inch. */
    static long scaleDenominator(Viewport view) {
        double metresPerPixel = 1 / view.scale();
        return Math.round(metresPerPixel / (0.0254 / 96));
    }
}
