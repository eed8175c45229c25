package org.nafitha.ui.map;

/**
 * What a drag or a click on the map does, as in any desktop GIS: one tool at a time, chosen on the map's toolbar or
 * with its key.
 */
public enum MapTool {
    /** A drag moves the map (or a planned center or candidate site grabbed under the pointer); a click selects. */
    PAN,
    /** A drag draws a box and zooms to it. */
    ZOOM_BOX,
    /** A click shows the attributes of the features under the pointer. */
    IDENTIFY,
    /** A drag draws a box and selects what is inside it (Shift adds); a click selects. */
    SELECT_BOX,
    /** Each click adds a point of a path; the status line shows its length; a double-click starts again. */
    MEASURE
}
