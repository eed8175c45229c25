package org.nafitha.ui.map;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
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
import org.eclipse.swt.custom.SashForm;
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
import org.nafitha.map.sources.LayerSources;
import org.nafitha.map.sources.ScenarioLayers;
import org.nafitha.model.DemandZone;
import org.nafitha.model.Named;
import org.nafitha.model.Scenario;
import org.nafitha.model.ServiceCenter;
import org.nafitha.ui.AnalysisSession;
import org.nafitha.ui.NafithaUi;
import org.nafitha.ui.ScenarioSession;

/**
 * The map of the scenario: its regions, zones, centers and sites, the layers of the latest analysis results, and the
 * layers a GIS specialist adds from files or tables. The view puts together the layer list ({@link LayerPanel}), the map
 * and its mouse ({@link MapCanvas}) and the loading of files and tables ({@link LayerLoader}); its tools are commands
 * ({@link MapHandler}, with key bindings in the map's context) and its two context menus are registered, so plugins add
 * entries to them. Click to select a center or zone (the Properties view shows it); a center selected elsewhere is
 * ringed here. Layer names and legends follow the workbench's language.
 */
public final class MapView extends ViewPart implements ISelectionProvider {

    public static final String ID = "org.nafitha.ui.map.view";
    /** The context of the map's key bindings, active while the map view is. */
    public static final String CONTEXT = "org.nafitha.ui.map.context";

    private final Projector projector = new Projector(Crs.of(Crs.UTM_36N));
    private final List<MapLayer> layers = new ArrayList<>();
    private final ListenerList<ISelectionChangedListener> listeners = new ListenerList<>();
    private Scenario scenario;
    private MapCanvas map;
    private LayerPanel panel;
    private LayerLoader loader;
    private ISelection selection = StructuredSelection.EMPTY;
    private boolean reloadScheduled;

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

    private final AnalysisSession.Listener analysisListener = st -> {
        if (!st.running() && map != null && !map.control().isDisposed()) {
            map.control().getDisplay().asyncExec(this::scheduleReload);
        }
    };

    @Override
    public void createPartControl(Composite parent) {
        SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
        Composite side = new Composite(sash, SWT.NONE);
        Composite main = new Composite(sash, SWT.NONE);
        GridLayout mainLayout = new GridLayout(1, false);
        mainLayout.marginWidth = 0;
        mainLayout.marginHeight = 0;
        main.setLayout(mainLayout);
        map = new MapCanvas(main, projector, () -> layers, this::selectAt);
        panel = new LayerPanel(side, this);
        loader = new LayerLoader(parent.getShell(), projector, this::addLoaded);
        sash.setWeights(1, 3);
        panel.setMenu(registeredMenu(LayerPanel.MENU_ID).createContextMenu(panel.table()));
        map.control().setMenu(registeredMenu(ID).createContextMenu(map.control()));
        getSite().setSelectionProvider(this);
        getSite().getPage().addPostSelectionListener(fromOtherViews);
        IContextService contexts = getSite().getService(IContextService.class);
        if (contexts != null) {
            contexts.activateContext(CONTEXT);
        }
        show(NafithaUi.getDefault().getScenario());
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
        layers.removeIf(l -> l.id().equals(layer.id()));
        layers.add(0, layer); // files and tables go below the scenario's layers
        panel.refresh(layers);
        render();
    }

    // ---- the commands' actions (MapHandler), also the buttons'

    /** Opens the style dialog of the layer chosen in the list (nothing when none is). */
    public void editStyle() {
        MapLayer layer = panel.selected();
        if (layer != null) {
            createStyleDialog(layer).open();
        }
    }

    /** The style dialog of a layer: its OK applies the new style ({@link #applyStyle}); not yet open. */
    public StyleDialog createStyleDialog(MapLayer layer) {
        return new StyleDialog(map.control().getShell(), layer, style -> applyStyle(layer, style));
    }

    /** Gives a layer a new style (swapped under the layer's lock, so a frame being drawn is not disturbed) and draws again. */
    public Job applyStyle(MapLayer layer, Style style) {
        layer.setStyle(style);
        panel.showOpacity();
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

    /** The pan tool (a drag moves the map) when {@code false}; the zoom-to-box tool (a drag draws a box) when {@code true}. */
    public void setBoxMode(boolean on) {
        map.setBoxMode(on);
        panel.showBoxMode(on);
    }

    public boolean isBoxMode() {
        return map.boxMode();
    }

    /** Zooms to the layer chosen in the list. */
    public void zoomToLayer() {
        MapLayer layer = panel.selected();
        if (layer != null) {
            map.zoomTo(layer.bounds());
        }
    }

    /** Zooms to the box between two pixels of the map (any two opposite corners); a box under 4 pixels across or up is ignored. */
    public void zoomToBox(int x0, int y0, int x1, int y1) {
        map.zoomToBox(x0, y0, x1, y1);
    }

    /** Fits the selected centers and zones in the view. */
    public void zoomToSelection() {
        Envelope e = new Envelope();
        for (MapLayer layer : layers) {
            for (MapLayer.MapFeature f : layer.features()) {
                if (layer.selection().contains(f.id())) {
                    e.expandToInclude(f.geometry().getEnvelopeInternal());
                }
            }
        }
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

    /** Moves the layer chosen in the list up (+1, drawn later, on top) or down (−1). */
    public void move(int step) {
        MapLayer layer = panel.selected();
        if (layer == null) {
            return;
        }
        int at = layers.indexOf(layer);
        int to = Math.max(0, Math.min(layers.size() - 1, at + step));
        if (to != at) {
            layers.remove(at);
            layers.add(to, layer);
            panel.refresh(layers);
            panel.select(to, layers.size());
            render();
        }
    }

    // ---- the layers

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

    /**
     * The layers of every source again, for the scenario as it is now and the latest analysis results of it (coverage's
     * catchments and accessibility, a plugin's routes...): after an edit or an analysis run. Visibility is kept by layer id.
     */
    private void reload() {
        Set<String> hidden = new HashSet<>();
        Map<String, Style> styles = new HashMap<>();
        for (MapLayer l : layers) {
            if (!l.visible()) {
                hidden.add(l.id());
            }
            styles.put(l.id(), l.style());
        }
        AnalysisSession.State st = NafithaUi.getDefault().getAnalyses().state();
        Map<String, Object> results = st.scenario() == scenario && !st.stale() ? st.results() : Map.of();
        List<MapLayer> files = new ArrayList<>(layers.stream().filter(l -> l.id().startsWith("file:") || l.id().startsWith("table:")).toList());
        layers.clear();
        layers.addAll(files);
        Map<String, LayerSource> sources = LayerSources.inLanguage(LayerSources.fromExtensions(null), arabic());
        for (MapLayer l : LayerSources.layers(sources, new LayerSource.Input(scenario, results, projector))) {
            l.setVisible(!hidden.contains(l.id()));
            if (styles.containsKey(l.id())) {
                l.setStyle(styles.get(l.id())); // the planner's style survives an edit or a new run
            }
            layers.add(l);
        }
        if (panel != null) {
            panel.refresh(layers);
        }
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
            Scenario now = NafithaUi.getDefault().getScenario();
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

    // ---- selection

    /** Selects the center (else the zone) under a pixel, as a click does. */
    public void selectAt(int x, int y) {
        Viewport view = map.viewport();
        if (view == null) {
            return;
        }
        Object picked = null;
        for (String id : new String[] {ScenarioLayers.CENTERS, ScenarioLayers.ZONES}) {
            MapLayer layer = layer(id);
            if (layer == null || !layer.visible()) {
                continue;
            }
            MapLayer.MapFeature hit = layer.hit(view, x, y, 6);
            if (hit != null) {
                picked = find(id, hit.id());
                break;
            }
        }
        setSelection(picked == null ? StructuredSelection.EMPTY : new StructuredSelection(picked));
        highlight((IStructuredSelection) selection);
    }

    private Object find(String layer, String code) {
        List<? extends Named> objects = ScenarioLayers.CENTERS.equals(layer) ? scenario.getCenters() : scenario.getDemandZones();
        for (Named n : objects) {
            if (code.equals(n.getCode())) {
                return n;
            }
        }
        return null;
    }

    private void highlight(IStructuredSelection s) {
        Set<String> centers = new HashSet<>();
        Set<String> zones = new HashSet<>();
        for (Object o : s.toList()) {
            if (o instanceof ServiceCenter c) {
                centers.add(c.getCode());
            } else if (o instanceof DemandZone z) {
                zones.add(z.getCode());
            }
        }
        MapLayer c = layer(ScenarioLayers.CENTERS);
        MapLayer z = layer(ScenarioLayers.ZONES);
        if (c != null) {
            c.select(centers);
        }
        if (z != null) {
            z.select(zones);
        }
        render();
    }

    // ---- what tests and callers read

    /** The map's canvas (for tests that drive the mouse). */
    public Canvas getCanvas() {
        return map.control();
    }

    /** A layer by id, or null. */
    public MapLayer layer(String id) {
        return layers.stream().filter(l -> l.id().equals(id)).findFirst().orElse(null);
    }

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
        NafithaUi.getDefault().getAnalyses().removeListener(analysisListener);
        map.dispose();
        super.dispose();
    }
}
