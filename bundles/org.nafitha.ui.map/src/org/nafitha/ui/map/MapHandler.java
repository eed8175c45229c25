package org.nafitha.ui.map;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * The handler of the map's commands (plugin.xml: org.nafitha.ui.map.*), active while the map view is: each command
 * runs the view's action of the same name, so the buttons, the context menus, the view's toolbar and the key bindings
 * all do the same thing.
 */
public final class MapHandler extends AbstractHandler {

    /** The command ids, as plugin.xml declares them. */
    public static final String PAN = "org.nafitha.ui.map.pan";
    public static final String ZOOM_IN = "org.nafitha.ui.map.zoomIn";
    public static final String ZOOM_OUT = "org.nafitha.ui.map.zoomOut";
    public static final String ZOOM_BOX = "org.nafitha.ui.map.zoomBox";
    public static final String ZOOM_ALL = "org.nafitha.ui.map.zoomAll";
    public static final String ZOOM_SELECTION = "org.nafitha.ui.map.zoomSelection";
    public static final String ZOOM_LAYER = "org.nafitha.ui.map.zoomLayer";
    public static final String EXPORT_IMAGE = "org.nafitha.ui.map.exportImage";
    public static final String ADD_LAYER = "org.nafitha.ui.map.addLayer";
    public static final String ADD_TABLE = "org.nafitha.ui.map.addTable";
    public static final String STYLE = "org.nafitha.ui.map.style";

    @Override
    public Object execute(ExecutionEvent event) {
        if (!(HandlerUtil.getActivePart(event) instanceof MapView map)) {
            return null;
        }
        switch (event.getCommand().getId()) {
            case PAN -> map.setBoxMode(false);
            case ZOOM_IN -> map.zoomIn();
            case ZOOM_OUT -> map.zoomOut();
            case ZOOM_BOX -> map.setBoxMode(!map.isBoxMode());
            case ZOOM_ALL -> map.zoomToAll();
            case ZOOM_SELECTION -> map.zoomToSelection();
            case ZOOM_LAYER -> map.zoomToLayer();
            case EXPORT_IMAGE -> map.exportImage();
            case ADD_LAYER -> map.addLayer();
            case ADD_TABLE -> map.addTable();
            case STYLE -> map.editStyle();
            default -> throw new IllegalArgumentException("not a map command: " + event.getCommand().getId());
        }
        return null;
    }
}
