package org.nafitha.ui.map;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.runtime.ListenerList;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.contexts.IContextService;
import org.eclipse.ui.part.ViewPart;
import org.locationtech.jts.geom.Envelope;
import org.nafitha.geo.Crs;
import org.nafitha.map.MapLayer;
import org.nafitha.map.Projector;
import org.nafitha.map.Style;
import org.nafitha.map.Viewport;
import org.nafitha.map.sources.LayerSource;
import org.nafitha.map.sources.ScenarioLayers;
import org.nafitha.model.Located;
import org.nafitha.model.Named;
import org.nafitha.model.Scenario;
import org.nafitha.ui.AnalysisSession;
import org.nafitha.ui.NafithaUi;
import org.nafitha.ui.ScenarioSession;
import org.nafitha.ui.ViewedYear;

/**
 * The map of the scenario, the main area of the Network planning perspective: its regions, zones, centers and sites,
 * the layers of the latest analysis results, and the layers a GIS specialist adds from files or tables. The layers are
 * listed, shown, hidden, reordered and styled in the Layers view ({@link LayersView}), explained in the Legend view
 * ({@link LegendView}) and tabulated in the attribute table ({@link AttributeTableView}), which all follow this view.
 * The mouse ({@link MapCanvas}) acts as the current {@link MapTool}; the tools are commands with icons and keys
 * ({@link MapHandler}); edits made on the map are undoable ({@link SiteEditing}). The pointer's coordinates, the scale and
 * a measured length are in the status line. Both context menus are registered, so plugins add entries to them. While
 * a roadmap year is viewed ({@link ViewedYear}) the map shows that year's state, its open centers only, and edits nothing.
 */
public final class MapView extends ViewPart implements ISelectionProvider, MapCanvas.Mouse {

    public static final String ID = "org.nafitha.ui.map.view";
    /** The context of the map's key bindings, active while the map view is. */
    public static final String CONTEXT = "org.nafitha.ui.map.context";

    /** Told when the layers change (added, removed, reordered, shown or hidden, restyled), on the UI thread. */
    public interface LayersListener {
        void layersChanged(MapView map);
    }

    /** Told when the selected features change (in any layer), on the UI thread. */
    public interface FeatureSelectionListener {
        void featuresSelected(MapView map);
    }

    private final Projector projector = new Projector(Crs.of(Crs.UTM_36N));
    private final LayerStack stack = new LayerStack(this);
    /** The layers, bottom first (the stack's list itself). */
    private final List<MapLayer> layers = stack.list();
    private final ListenerList<ISelectionChangedListener> listeners = new ListenerList<>();
    private final ListenerList<FeatureSelectionListener> featureListeners = new ListenerList<>();
    private Scenario scenario;
    private MapCanvas map;
    private LayerLoader loader;
    private ISelection selection = StructuredSelection.EMPTY;
    private boolean reloadScheduled;
    private Located grabbed;
    private Point menuAt;
    private String status = "";

    private final ISelectionListener fromOtherViews = (IWorkbenchPart part, ISelection sel) -> {
        if (part != this && sel instanceof IStructuredSelection s) {
            highlight(s);
        }
    };

    private final ScenarioSession.Listener sessionListener = s -> {
        if (map != null && !map.control().isDisposed()) {
            map.control().getDisplay().asyncExec(this::scheduleReload);
        }
    };

    private final ViewedYear.Listener yearListener = v -> sessionListener.changed(null);
    private final AnalysisSession.Listener analysisListener = st -> {
        if (!st.running() && map != null && !map.control().isDisposed()) {
            map.control().getDisplay().asyncExec(this::scheduleReload);
        }
    };

    @Override
    public void createPartControl(Composite parent) {
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        parent.setLayout(layout);
        map = new MapCanvas(parent, projector, () -> layers, this);
        loader = new LayerLoader(parent.getShell(), projector, this::addLoaded);
        map.control().setMenu(registeredMenu(ID).createContextMenu(map.control()));
        map.control().addListener(SWT.MenuDetect, e -> menuAt = map.control().toControl(e.x, e.y));
        getSite().setSelectionProvider(this);
        getSite().getPage().addPostSelectionListener(fromOtherViews);
        IContextService contexts = getSite().getService(IContextService.class);
        if (contexts != null) {
            contexts.activateContext(CONTEXT);
        }
        show(NafithaUi.getDefault().getViewedScenario());
        NafithaUi.getDefault().getViewedYear().addListener(yearListener);
        NafithaUi.getDefault().getSession().addListener(sessionListener);
        NafithaUi.getDefault().getAnalyses().addListener(analysisListener);
    }

    /** A context menu whose entries come from plugin.xml (menuContribution popup:ID), registered under {@code id}. */
    private MenuManager registeredMenu(String id) {
        MenuManager menu = new MenuManager("#" + id, id);
        // filled afresh on every show: a manager filled once gets the contributions a second time when shown
        menu.setRemoveAllWhenShown(true);
        menu.addMenuListener(m -> m.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS)));
        getSite().registerContextMenu(id, menu, this);
        return menu;
    }

    private void addLoaded(MapLayer layer) {
        stack.addBelow(layer);
        render();
    }

    // ---- the commands' actions (MapHandler, LayerHandler)

    /** The style dialog of a layer: its OK applies the new style ({@link #applyStyle}); not yet open. */
    public StyleDialog createStyleDialog(MapLayer layer) {
        return new StyleDialog(map.control().getShell(), layer, style -> applyStyle(layer, style));
    }

    /** Gives a layer a new style (swapped under the layer's lock, so a frame being drawn is not disturbed) and draws again. */
    public Job applyStyle(MapLayer layer, Style style) {
        layer.setStyle(style);
        stack.fire();
        return render();
    }

    /** Asks for a file of any reading format and adds it as a layer. */
    public void addLayer() {
        loader.askForFile();
    }

    /** Asks for a table of a store or an H2 database and adds it as a layer. */
    public void addTable() {
        loader.askForTable(scenario == null ? null : scenario.getCode());
    }

    /** Asks where to write the map as shown, as PNG. */
    public void exportImage() {
        loader.askForExport(map.picture());
    }

    public void zoomIn() {
        map.zoom(1.5);
    }

    public void zoomOut() {
        map.zoom(1 / 1.5);
    }

    /** Chooses the tool of the mouse (its toolbar button and key do). */
    public void setTool(MapTool tool) {
        map.setTool(tool);
        pointer(-1, -1, Double.NaN);
    }

    public MapTool getTool() {
        return map.tool();
    }

    /** Zooms to a layer's features. */
    public void zoomToLayer(MapLayer layer) {
        if (layer != null && !layer.bounds().isNull()) {
            Envelope e = new Envelope(layer.bounds());
            e.expandBy(Math.max(2_000, 0.02 * Math.max(e.getWidth(), e.getHeight()))); // a point alone: some room around it
            map.zoomTo(e);
        }
    }

    /** Zooms to the box between two pixels of the map (any two opposite corners); a box under 4 pixels across or up is ignored. */
    public void zoomToBox(int x0, int y0, int x1, int y1) {
        map.zoomToBox(x0, y0, x1, y1);
    }

    /** Fits the selected features (of every layer) in the view. */
    public void zoomToSelection() {
        Envelope e = new Envelope();
        for (MapLayer layer : layers) {
            Set<String> ids = layer.selection();
            for (MapLayer.MapFeature f : layer.features()) {
                if (ids.contains(f.id())) {
                    e.expandToInclude(f.geometry().getEnvelopeInternal());
                }
            }
        }
        zoomToEnvelope(e);
    }

    /** Fits some features of a layer in the view (the attribute table's "zoom to row"). */
    public void zoomToFeatures(MapLayer layer, Set<String> ids) {
        Envelope e = new Envelope();
        for (MapLayer.MapFeature f : layer.features()) {
            if (ids.contains(f.id())) {
                e.expandToInclude(f.geometry().getEnvelopeInternal());
            }
        }
        zoomToEnvelope(e);
    }

    private void zoomToEnvelope(Envelope e) {
        if (!e.isNull()) {
            e.expandBy(20_000); // a point alone: show 20 km around it
            map.zoomTo(e);
        }
    }

    /** Fits every visible layer in the view. */
    public void zoomToAll() {
        if (map != null) {
            map.zoomToAll();
        }
    }

    // ---- the layers (the Layers view's actions)

    /** Moves a layer to a place in the drawing order (0 is the bottom). */
    public void moveLayer(MapLayer layer, int to) {
        if (stack.move(layer, to)) {
            render();
        }
    }

    /** Shows or hides a layer. */
    public void setLayerVisible(MapLayer layer, boolean visible) {
        if (stack.setVisible(layer, visible)) {
            render();
        }
    }

    /** Takes a layer off the map (a scenario's or an analysis's stays off until the view is opened again). */
    public void removeLayer(MapLayer layer) {
        if (stack.remove(layer)) {
            render();
            fireFeatures();
        }
    }

    /** The group a layer is listed under in the Layers view. */
    public LayerGroup group(MapLayer layer) {
        return stack.group(layer);
    }

    public void addLayersListener(LayersListener l) {
        stack.listeners().add(l);
    }

    public void removeLayersListener(LayersListener l) {
        stack.listeners().remove(l);
    }

    public void addFeatureSelectionListener(FeatureSelectionListener l) {
        featureListeners.add(l);
    }

    public void removeFeatureSelectionListener(FeatureSelectionListener l) {
        featureListeners.remove(l);
    }

    private void fireFeatures() {
        for (FeatureSelectionListener l : featureListeners) {
            l.featuresSelected(this);
        }
    }

    /** Reads a file as a layer in the background; the map shows it when it is read. */
    public Job addLayerFile(Path file) {
        return loader.addFile(file);
    }

    /** Reads a table of an H2 database (a store's, by scenario, or any) as a layer in the background; the map shows it when it is read. */
    public Job addLayerTable(Path database, String table, String scenarioCode) {
        return loader.addTable(database, table, scenarioCode);
    }

    /** Shows a scenario: the layers of every source, with the files added so far below them. */
    public void show(Scenario s) {
        this.scenario = s;
        reload();
        zoomToAll();
    }

    /** Whether layer names and legends are in Arabic: the workbench runs in Arabic. */
    static boolean arabic() {
        String nl = Platform.getNL();
        return nl != null && nl.startsWith("ar");
    }

    /** The layers of every source again, for the scenario as it is now and its latest analysis results ({@link LayerStack#reload}). */
    private void reload() {
        AnalysisSession.State st = NafithaUi.getDefault().getAnalyses().state();
        Map<String, Object> results = st.scenario() == scenario && !st.stale() ? st.results() : Map.of();
        setContentDescription(NafithaUi.getDefault().getViewedYear().banner());
        stack.reload(new LayerSource.Input(scenario, results, projector), arabic());
        fireFeatures();
    }

    /** Reloads shortly after a burst of edits or when an analysis run ends, on the UI thread. */
    private void scheduleReload() {
        Canvas canvas = map == null ? null : map.control();
        if (canvas == null || canvas.isDisposed() || reloadScheduled) {
            return;
        }
        reloadScheduled = true;
        canvas.getDisplay().timerExec(300, () -> {
            reloadScheduled = false;
            if (canvas.isDisposed()) {
                return;
            }
            Scenario now = NafithaUi.getDefault().getViewedScenario();
            if (now != scenario) {
                show(now);
            } else {
                reload();
                render();
            }
        });
    }

    /** Draws the map in a background job; a newer request makes an older one's image unwanted. */
    public Job render() {
        return map == null ? null : map.render();
    }

    // ---- selection and editing

    /** Selects the topmost feature under a pixel, as a click does; Shift ({@code add}) adds it, or takes it off when selected. */
    @Override
    public void click(int x, int y, boolean add) {
        Viewport view = map.viewport();
        if (view == null) {
            return;
        }
        Object[] hit = MapSelection.hit(layers, view, x, y);
        if (!add) {
            layers.forEach(l -> l.select(Set.of()));
        }
        if (hit != null) {
            MapLayer layer = (MapLayer) hit[0];
            Set<String> ids = new HashSet<>(layer.selection());
            String id = ((MapLayer.MapFeature) hit[1]).id();
            if (add && ids.contains(id)) {
                ids.remove(id);
            } else {
                ids.add(id);
            }
            layer.select(ids);
        }
        featuresChanged();
    }

    /** Selects what is inside a box of pixels (the select tool's drag); Shift ({@code add}) adds to the selection. */
    @Override
    public void select(int x0, int y0, int x1, int y1, boolean add) {
        Viewport view = map.viewport();
        if (view == null) {
            return;
        }
        Map<MapLayer, Set<String>> found = MapSelection.inBox(layers, view, x0, y0, x1, y1);
        for (MapLayer layer : layers) {
            Set<String> ids = new HashSet<>(add ? layer.selection() : Set.of());
            ids.addAll(found.getOrDefault(layer, Set.of()));
            layer.select(ids);
        }
        featuresChanged();
    }

    /** Selects features of one layer (the attribute table's rows); the other layers keep theirs. */
    public void selectFeatures(MapLayer layer, Set<String> ids) {
        layer.select(ids);
        featuresChanged();
    }

    /** After a selection on the map: the workbench sees the scenario's objects, the attribute table the features. */
    private void featuresChanged() {
        setSelection(new StructuredSelection(MapSelection.objects(scenario, layers)));
        fireFeatures();
        render();
    }

    /** Shows the attributes of the topmost feature under a pixel (the identify tool), and selects it. */
    @Override
    public void identify(int x, int y) {
        Viewport view = map.viewport();
        Object[] hit = view == null ? null : MapSelection.hit(layers, view, x, y);
        click(x, y, false);
        if (hit != null) {
            new IdentifyPopup(map.control().getShell(), (MapLayer) hit[0], (MapLayer.MapFeature) hit[1],
                    map.control().toDisplay(x, y)).open();
        }
    }

    /** Whether a planned center or candidate site is under a pixel: a drag starting there moves it. */
    @Override
    public boolean grab(int x, int y) {
        grabbed = null;
        Viewport view = map.viewport();
        if (view == null || scenario == null || NafithaUi.getDefault().getViewedYear().isViewing()) {
            return false; // nothing moves on a viewed roadmap year's state (read-only)
        }
        // only the scenario's sites and centers can be grabbed, whatever result is drawn over them
        for (String id : List.of(ScenarioLayers.SITES, ScenarioLayers.CENTERS)) {
            MapLayer layer = layer(id);
            MapLayer.MapFeature f = layer == null || !layer.visible() ? null : layer.hit(view, x, y, 6);
            Named n = f == null ? null : MapSelection.object(scenario, id, f.id());
            if (n != null && SiteEditing.movable(n)) {
                grabbed = (Located) n;
                break;
            }
        }
        return grabbed != null;
    }

    /** Drops the grabbed site at a pixel: one undoable command moves it there. */
    @Override
    public void drop(int x, int y) {
        Located site = grabbed;
        grabbed = null;
        double[] lonLat = lonLat(x, y);
        if (site != null && lonLat != null) {
            SiteEditing.move(site, lonLat[0], lonLat[1]);
        }
    }

    /** Adds a candidate site where the context menu was opened (or at a pixel); returns it. */
    public Named newCandidateSiteAt(int x, int y) {
        double[] lonLat = lonLat(x, y);
        return lonLat == null || scenario == null ? null : select(SiteEditing.newCandidateSite(scenario, lonLat[0], lonLat[1]));
    }

    /** Adds a planned center with its English and Arabic names at a pixel; returns it. */
    public Named newCenterAt(int x, int y, String nameEn, String nameAr) {
        double[] lonLat = lonLat(x, y);
        return lonLat == null || scenario == null ? null : select(SiteEditing.newCenter(scenario, lonLat[0], lonLat[1], nameEn, nameAr));
    }

    private Named select(Named added) {
        if (added != null) {
            setSelection(new StructuredSelection(added)); // the Properties view shows its form
        }
        return added;
    }

    /** Where the map's context menu was last opened (the middle of the map if never). */
    public Point menuPoint() {
        if (menuAt != null) {
            return menuAt;
        }
        var size = map.control().getSize();
        return new Point(size.x / 2, size.y / 2);
    }

    private double[] lonLat(int x, int y) {
        Viewport view = map.viewport();
        if (view == null) {
            return null;
        }
        double[] w = view.toWorld(x, y);
        return projector.crs().unproject(w[0], w[1]);
    }

    /** A selection made elsewhere (a list, the Properties view) rings the scenario's objects on the map. */
    private void highlight(IStructuredSelection s) {
        Map<String, Set<String>> codes = MapSelection.codes(s.toList());
        codes.forEach((id, selected) -> {
            MapLayer layer = layer(id);
            if (layer != null) {
                layer.select(selected);
            }
        });
        fireFeatures();
        render();
    }

    // ---- the status line: where the pointer is, the scale, a measured length

    @Override
    public void pointer(int x, int y, double measuredKm) {
        Viewport view = map.viewport();
        if (view != null) {
            status = MapStatus.text(view, x < 0 ? null : lonLat(x, y), measuredKm);
            getViewSite().getActionBars().getStatusLineManager().setMessage(status);
        }
    }

    // ---- what the other views, tests and callers read

    /** The status line's text as the map last set it (coordinates, scale, measured length). */
    public String getStatus() {
        return status;
    }

    /** The length of the path measured so far, in km (NaN when nothing is measured). */
    public double getMeasuredKm() {
        return map.measuredKm();
    }

    /** The milliseconds the last frame took to draw in the background. */
    public double getLastFrameMillis() {
        return map.lastFrameMillis();
    }

    /** The map's canvas (for tests that drive the mouse). */
    public Canvas getCanvas() {
        return map.control();
    }

    /** A layer by id, or null. */
    public MapLayer layer(String id) {
        return layers.stream().filter(l -> l.id().equals(id)).findFirst().orElse(null);
    }

    /** The layers, bottom first. */
    public List<MapLayer> getLayers() {
        return List.copyOf(layers);
    }

    public Viewport getViewport() {
        return map.viewport();
    }

    /** The image the view shows now (null before the first frame). */
    public BufferedImage getPicture() {
        return map.picture();
    }

    /** The last render job (for tests and for callers that wait for the map). */
    public Job getRenderJob() {
        return map.renderJob();
    }

    @Override
    public void addSelectionChangedListener(ISelectionChangedListener listener) {
        listeners.add(listener);
    }

    @Override
    public void removeSelectionChangedListener(ISelectionChangedListener listener) {
        listeners.remove(listener);
    }

    @Override
    public ISelection getSelection() {
        return selection;
    }

    @Override
    public void setSelection(ISelection s) {
        this.selection = s;
        SelectionChangedEvent event = new SelectionChangedEvent(this, s);
        for (ISelectionChangedListener l : listeners) {
            l.selectionChanged(event);
        }
    }

    @Override
    public void setFocus() {
        map.control().setFocus();
    }

    @Override
    public void dispose() {
        getSite().getPage().removePostSelectionListener(fromOtherViews);
        NafithaUi.getDefault().getSession().removeListener(sessionListener);
        NafithaUi.getDefault().getViewedYear().removeListener(yearListener);
        NafithaUi.getDefault().getAnalyses().removeListener(analysisListener);
        map.dispose();
        super.dispose();
    }
}
