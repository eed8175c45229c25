package org.nafitha.ui.map;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.graphics.Point;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.nafitha.ui.NafithaUi;
import org.nafitha.ui.ViewedYear;

/**
 * The handler of the map's commands (plugin.xml: org.nafitha.ui.map.*): each command runs the map view's action of the
 * same name, so the toolbar's buttons, the context menu and the key bindings (in the map's context) all do the same
 * thing. It acts on the active map view, else the page's (the toolbar works while the Layers view has the focus).
 */
public final class MapHandler extends AbstractHandler {

    /** The command ids, as plugin.xml declares them. */
    public static final String PAN = "org.nafitha.ui.map.pan";
    public static final String ZOOM_IN = "org.nafitha.ui.map.zoomIn";
    public static final String ZOOM_OUT = "org.nafitha.ui.map.zoomOut";
    public static final String ZOOM_BOX = "org.nafitha.ui.map.zoomBox";
    public static final String ZOOM_ALL = "org.nafitha.ui.map.zoomAll";
    public static final String ZOOM_SELECTION = "org.nafitha.ui.map.zoomSelection";
    public static final String IDENTIFY = "org.nafitha.ui.map.identify";
    public static final String SELECT_BOX = "org.nafitha.ui.map.selectBox";
    public static final String MEASURE = "org.nafitha.ui.map.measure";
    public static final String EXPORT_IMAGE = "org.nafitha.ui.map.exportImage";
    public static final String ADD_LAYER = "org.nafitha.ui.map.addLayer";
    public static final String ADD_TABLE = "org.nafitha.ui.map.addTable";
    public static final String LEGEND = "org.nafitha.ui.map.legend";
    public static final String NEW_SITE = "org.nafitha.ui.map.newSite";
    public static final String NEW_CENTER = "org.nafitha.ui.map.newCenter";

    @Override
    public Object execute(ExecutionEvent event) {
        MapView map = map(event);
        if (map == null) {
            return null;
        }
        String id = event.getCommand().getId();
        ViewedYear viewed = NafithaUi.getDefault().getViewedYear();
        if ((NEW_SITE.equals(id) || NEW_CENTER.equals(id)) && viewed.isViewing()) {
            // a roadmap year's state is read-only: say so rather than do nothing
            MessageDialog.openInformation(HandlerUtil.getActiveShell(event), viewed.banner(), NLS.bind(Messages.readOnlyYear, viewed.banner()));
            return null;
        }
        switch (id) {
            case PAN -> map.setTool(MapTool.PAN);
            case ZOOM_IN -> map.zoomIn();
            case ZOOM_OUT -> map.zoomOut();
            case ZOOM_BOX -> map.setTool(MapTool.ZOOM_BOX);
            case ZOOM_ALL -> map.zoomToAll();
            case ZOOM_SELECTION -> map.zoomToSelection();
            case IDENTIFY -> map.setTool(MapTool.IDENTIFY);
            case SELECT_BOX -> map.setTool(MapTool.SELECT_BOX);
            case MEASURE -> map.setTool(MapTool.MEASURE);
            case EXPORT_IMAGE -> map.exportImage();
            case ADD_LAYER -> map.addLayer();
            case ADD_TABLE -> map.addTable();
            case LEGEND -> toggleLegend(map.getSite().getPage());
            case NEW_SITE -> {
                Point p = map.menuPoint();
                map.newCandidateSiteAt(p.x, p.y);
            }
            case NEW_CENTER -> {
                Point p = map.menuPoint();
                NewCenterDialog names = new NewCenterDialog(HandlerUtil.getActiveShell(event));
                if (names.open() == Window.OK) {
                    map.newCenterAt(p.x, p.y, names.nameEn(), names.nameAr());
                }
            }
            default -> throw new IllegalArgumentException("not a map command: " + id);
        }
        return null;
    }

    /** The map the command is for: the active map view, the one the Layers view follows, or the page's. */
    static MapView map(ExecutionEvent event) {
        IWorkbenchPart part = HandlerUtil.getActivePart(event);
        if (part instanceof MapView map) {
            return map;
        }
        if (part instanceof LayersView layers && layers.map() != null) {
            return layers.map();
        }
        return part != null && part.getSite().getPage().findView(MapView.ID) instanceof MapView map ? map : null;
    }

    /** Shows the legend view when it is not, hides it when it is. */
    static void toggleLegend(IWorkbenchPage page) {
        IViewPart legend = page.findView(LegendView.ID);
        if (legend != null) {
            page.hideView(legend);
        } else {
            try {
                page.showView(LegendView.ID, null, IWorkbenchPage.VIEW_VISIBLE);
            } catch (PartInitException e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
        }
    }
}
