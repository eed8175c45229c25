package org.nafitha.ui.map;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import javax.imageio.ImageIO;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.ListenerList;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.PaletteData;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.part.ViewPart;
import org.locationtech.jts.geom.Envelope;
import org.nafitha.geo.Crs;
import org.nafitha.io.Formats;
import org.nafitha.io.ImportException;
import org.nafitha.map.sources.FileLayers;
import org.nafitha.map.sources.LayerSource;
import org.nafitha.map.sources.LayerSources;
import org.nafitha.map.MapLayer;
import org.nafitha.map.MapRenderer;
import org.nafitha.map.Projector;
import org.nafitha.map.sources.ScenarioLayers;
import org.nafitha.map.sources.TableLayers;
import org.nafitha.map.Viewport;
import org.nafitha.model.DemandZone;
import org.nafitha.model.Named;
import org.nafitha.model.Scenario;
import org.nafitha.model.ServiceCenter;
import org.nafitha.ui.NafithaUi;

/**
 * The map of the scenario: its regions, zones, centers and sites, and the layers a GIS specialist adds from files.
 * Drag to pan, wheel to zoom about the cursor, Shift+drag (or drag with "Zoom to box" pressed) to zoom to a box,
 * click to select a center or zone (the Properties view shows it), and a center selected elsewhere (the centers list)
 * is ringed here. A layer's style is edited in {@link StyleDialog} and swapped in under the layer's lock. Maps are
 * drawn by the UI-free engine in a background job; the UI thread only shows the finished image.
 */
public final class MapView extends ViewPart implements ISelectionProvider {

    public static final String ID = "org.nafitha.ui.map.view";

    private final Projector projector = new Projector(Crs.of(Crs.UTM_36N));
    private final org.eclipse.core.runtime.jobs.ISchedulingRule renderingRule = new org.eclipse.core.runtime.jobs.ISchedulingRule() {
        @Override
        public boolean contains(org.eclipse.core.runtime.jobs.ISchedulingRule rule) {
            return rule == this;
        }

        @Override
        public boolean isConflicting(org.eclipse.core.runtime.jobs.ISchedulingRule rule) {
            return rule == this;
        }
    };
    private final List<MapLayer> layers = new ArrayList<>();
    private final ListenerList<ISelectionChangedListener> listeners = new ListenerList<>();
    private final AtomicInteger generation = new AtomicInteger();
    private Scenario scenario;
    private Viewport view;
    private Canvas canvas;
    private Table layerTable;
    private Label pointer;
    private org.eclipse.swt.widgets.Scale opacity;
    private Image image;
    private BufferedImage picture;
    private Job renderJob;
    private ISelection selection = StructuredSelection.EMPTY;
    private int dragX = -1;
    private int dragY;
    private int offsetX;
    private int offsetY;
    private boolean dragged;
    private boolean boxing;
    private int boxX;
    private int boxY;
    private Button boxTool;

    private final ISelectionListener fromOtherViews = (IWorkbenchPart part, ISelection sel) -> {
        if (part != this && sel instanceof IStructuredSelection s) {
            highlight(s);
        }
    };

    @Override
    public void createPartControl(Composite parent) {
        SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
        Composite side = new Composite(sash, SWT.NONE);
        side.setLayout(new GridLayout(1, false));
        new Label(side, SWT.NONE).setText(Messages.layers);
        layerTable = new Table(side, SWT.CHECK | SWT.BORDER | SWT.SINGLE);
        layerTable.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        layerTable.addListener(SWT.Selection, e -> {
            if (e.detail == SWT.CHECK && e.item.getData() instanceof MapLayer layer) {
                layer.setVisible(((TableItem) e.item).getChecked());
                render();
            }
        });
        layerTable.addListener(SWT.DefaultSelection, e -> {
            if (e.item != null && e.item.getData() instanceof MapLayer layer) {
                zoomTo(layer.bounds()); // double-click: zoom to the layer
            }
        });
        Composite order = new Composite(side, SWT.NONE);
        order.setLayout(new GridLayout(3, false));
        order.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        Button up = new Button(order, SWT.PUSH);
        up.setText("\u25B2");
        up.setToolTipText(Messages.raise);
        up.addListener(SWT.Selection, e -> move(1));
        Button down = new Button(order, SWT.PUSH);
        down.setText("\u25BC");
        down.setToolTipText(Messages.lower);
        down.addListener(SWT.Selection, e -> move(-1));
        opacity = new org.eclipse.swt.widgets.Scale(order, SWT.HORIZONTAL);
        opacity.setMinimum(0);
        opacity.setMaximum(100);
        opacity.setSelection(100);
        opacity.setEnabled(false); // until a layer is chosen in the list
        opacity.setToolTipText(Messages.opacity);
        opacity.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        opacity.addListener(SWT.Selection, e -> {
            MapLayer layer = selectedLayer();
            if (layer != null) {
                layer.setStyle(layer.style().copy().opacity(opacity.getSelection() / 100.0));
                render();
            }
        });
        layerTable.addListener(SWT.Selection, e -> {
            MapLayer layer = selectedLayer();
            opacity.setEnabled(layer != null);
            if (layer != null) {
                opacity.setSelection((int) Math.round(layer.style().opacity() * 100));
            }
        });
        button(side, Messages.style, this::editStyle).setData(StyleDialog.WIDGET, "style");
        org.eclipse.swt.widgets.Menu menu = new org.eclipse.swt.widgets.Menu(layerTable);
        menuItem(menu, Messages.style, this::editStyle);
        menuItem(menu, Messages.zoomLayer, () -> {
            MapLayer layer = selectedLayer();
            if (layer != null) {
                zoomTo(layer.bounds());
            }
        });
        layerTable.setMenu(menu);
        button(side, Messages.addLayer, this::askForLayer);
        button(side, Messages.addTable, this::askForTable);
        button(side, Messages.zoomAll, this::zoomToAll);
        button(side, Messages.zoomSelection, this::zoomToSelection);
        boxTool = new Button(side, SWT.TOGGLE);
        boxTool.setText(Messages.zoomBox);
        boxTool.setToolTipText(Messages.zoomBoxTip);
        boxTool.setData(StyleDialog.WIDGET, "zoomBox");
        boxTool.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        boxTool.addListener(SWT.Selection, e -> canvas.setCursor(boxTool.getSelection() ? canvas.getDisplay().getSystemCursor(SWT.CURSOR_CROSS) : null));
        button(side, Messages.exportPng, this::askForExport);
        Composite main = new Composite(sash, SWT.NONE);
        GridLayout mainLayout = new GridLayout(1, false);
        mainLayout.marginWidth = 0;
        mainLayout.marginHeight = 0;
        main.setLayout(mainLayout);
        // a map is not mirrored in a right-to-left workbench: east stays on the right
        canvas = new Canvas(main, SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND | SWT.LEFT_TO_RIGHT);
        canvas.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        pointer = new Label(main, SWT.NONE);
        pointer.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        sash.setWeights(1, 3);
        canvas.addListener(SWT.Paint, e -> paint(e.gc));
        canvas.addListener(SWT.Resize, e -> {
            var size = canvas.getSize();
            if (size.x > 0 && size.y > 0) {
                view = view == null ? null : view.resize(size.x, size.y);
                if (view == null) {
                    zoomToAll();
                } else {
                    render();
                }
            }
        });
        canvas.addListener(SWT.MouseDown, e -> {
            if (e.button != 1) {
                return;
            }
            dragX = e.x;
            dragY = e.y;
            dragged = false;
            // Shift+drag, or any drag while "Zoom to box" is pressed, draws a box; a plain drag pans
            boxing = (e.stateMask & SWT.SHIFT) != 0 || boxTool.getSelection();
            boxX = e.x;
            boxY = e.y;
        });
        canvas.addListener(SWT.MouseMove, e -> {
            showPointer(e.x, e.y);
            if (dragX >= 0 && (e.stateMask & SWT.BUTTON1) != 0) {
                dragged |= Math.abs(e.x - dragX) + Math.abs(e.y - dragY) > 3;
                if (boxing) {
                    boxX = e.x;
                    boxY = e.y;
                } else {
                    offsetX = e.x - dragX;
                    offsetY = e.y - dragY;
                }
                canvas.redraw();
            }
        });
        canvas.addListener(SWT.MouseUp, e -> {
            if (dragX < 0 || e.button != 1) {
                return;
            }
            if (dragged && boxing) {
                boxing = false;
                zoomToBox(dragX, dragY, e.x, e.y);
            } else if (dragged && view != null) {
                view = view.pan(e.x - dragX, e.y - dragY);
                render();
            } else {
                selectAt(e.x, e.y);
            }
            boxing = false;
            dragX = -1;
            canvas.redraw();
        });
        canvas.addListener(SWT.MouseVerticalWheel, e -> {
            if (view != null) {
                view = view.zoom(e.count > 0 ? 1.25 : 0.8, e.x, e.y);
                render();
            }
        });
        getSite().setSelectionProvider(this);
        getSite().getPage().addPostSelectionListener(fromOtherViews);
        show(NafithaUi.getDefault().getScenario());
        NafithaUi.getDefault().getSession().addListener(sessionListener);
        NafithaUi.getDefault().getAnalyses().addListener(analysisListener);
    }

    private static Button button(Composite parent, String text, Runnable action) {
        Button b = new Button(parent, SWT.PUSH);
        b.setText(text);
        b.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        b.addListener(SWT.Selection, e -> action.run());
        return b;
    }

    private static void menuItem(org.eclipse.swt.widgets.Menu menu, String text, Runnable action) {
        org.eclipse.swt.widgets.MenuItem item = new org.eclipse.swt.widgets.MenuItem(menu, SWT.PUSH);
        item.setText(text);
        item.addListener(SWT.Selection, e -> action.run());
    }

    /** Opens the style dialog of the layer chosen in the list (nothing when none is). */
    private void editStyle() {
        MapLayer layer = selectedLayer();
        if (layer != null) {
            createStyleDialog(layer).open();
        }
    }

    /** The style dialog of a layer: its OK applies the new style ({@link #applyStyle}); not yet open. */
    public StyleDialog createStyleDialog(MapLayer layer) {
        return new StyleDialog(canvas.getShell(), layer, style -> applyStyle(layer, style));
    }

    /** Gives a layer a new style (swapped under the layer's lock, so a frame being drawn is not disturbed) and draws again. */
    public Job applyStyle(MapLayer layer, org.nafitha.map.Style style) {
        layer.setStyle(style);
        if (layer == selectedLayer()) {
            opacity.setSelection((int) Math.round(style.opacity() * 100));
        }
        return render();
    }

    /** Zooms to the box between two pixels of the map (any two opposite corners); a box under 4 pixels across or up is ignored. */
    public void zoomToBox(int x0, int y0, int x1, int y1) {
        if (view == null || Math.abs(x1 - x0) < 4 || Math.abs(y1 - y0) < 4) {
            return;
        }
        view = view.box(x0, y0, x1, y1);
        render();
    }

    /** The map's canvas (for tests that drive the mouse). */
    public Canvas getCanvas() {
        return canvas;
    }

    /** Reads a table of an H2 database (a store's, by scenario, or any) as a layer in the background; the map shows it when it is read. */
    public Job addLayerTable(Path database, String table, String scenarioCode) {
        Job job = Job.create(NLS.bind("{0}: {1}", Messages.addTable, table), monitor -> {
            try {
                MapLayer layer = TableLayers.load(database, table, projector, null, scenarioCode);
                Display.getDefault().asyncExec(() -> {
                    if (canvas.isDisposed()) {
                        return;
                    }
                    layers.removeIf(l -> l.id().equals(layer.id()));
                    layers.add(0, layer); // tables go below the scenario's layers, as files do
                    refreshLayerTable();
                    render();
                });
            } catch (org.nafitha.store.StoreException | java.sql.SQLException | RuntimeException e) {
                Display.getDefault().asyncExec(() -> {
                    if (!canvas.isDisposed()) {
                        MessageDialog.openError(canvas.getShell(), Messages.cannotAdd, e.getMessage());
                    }
                });
            }
            return Status.OK_STATUS; // a failure is reported to the user above
        });
        job.schedule();
        return job;
    }

    private void askForTable() {
        TableLayerDialog dialog = new TableLayerDialog(canvas.getShell(), scenario == null ? null : scenario.getCode());
        if (dialog.open() == org.eclipse.jface.window.Window.OK && dialog.getChoice() != null) {
            TableLayerDialog.Choice c = dialog.getChoice();
            addLayerTable(c.database(), c.table(), c.scenario());
        }
    }

    /** Shows a scenario: the layers of every source, with the files added so far below them. */
    public void show(Scenario s) {
        this.scenario = s;
        reload();
        zoomToAll();
    }

    /**
     * The layers of every source again, for the scenario as it is now and the latest analysis results of it (coverage's
     * catchments and accessibility, a plugin's routes...): after an edit or an analysis run. Visibility is kept by layer id.
     */
    private void reload() {
        java.util.Set<String> hidden = new java.util.HashSet<>();
        Map<String, org.nafitha.map.Style> styles = new java.util.HashMap<>();
        for (MapLayer l : layers) {
            if (!l.visible()) {
                hidden.add(l.id());
            }
            styles.put(l.id(), l.style());
        }
        org.nafitha.ui.AnalysisSession.State st = NafithaUi.getDefault().getAnalyses().state();
        Map<String, Object> results = st.scenario() == scenario && !st.stale() ? st.results() : Map.of();
        List<MapLayer> files = new ArrayList<>(layers.stream().filter(l -> l.id().startsWith("file:") || l.id().startsWith("table:")).toList());
        layers.clear();
        layers.addAll(files);
        for (MapLayer l : LayerSources.layers(LayerSources.fromExtensions(null), new LayerSource.Input(scenario, results, projector))) {
            l.setVisible(!hidden.contains(l.id()));
            if (styles.containsKey(l.id())) {
                l.setStyle(styles.get(l.id())); // the planner's style survives an edit or a new run
            }
            layers.add(l);
        }
        refreshLayerTable();
    }

    private boolean reloadScheduled;

    /** Reloads shortly after a burst of edits or when an analysis run ends, on the UI thread. */
    private void scheduleReload() {
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

    private final org.nafitha.ui.ScenarioSession.Listener sessionListener = s -> {
        if (canvas != null && !canvas.isDisposed()) {
            canvas.getDisplay().asyncExec(this::scheduleReload);
        }
    };

    private final org.nafitha.ui.AnalysisSession.Listener analysisListener = st -> {
        if (!st.running() && canvas != null && !canvas.isDisposed()) {
            canvas.getDisplay().asyncExec(this::scheduleReload);
        }
    };

    private void refreshLayerTable() {
        if (layerTable == null || layerTable.isDisposed()) {
            return;
        }
        layerTable.removeAll();
        for (int i = layers.size() - 1; i >= 0; i--) { // topmost first, as in any GIS
            MapLayer layer = layers.get(i);
            TableItem item = new TableItem(layerTable, SWT.NONE);
            item.setText(layer.name());
            item.setChecked(layer.visible());
            item.setData(layer);
        }
    }

    /** Reads a file as a layer in the background; the map shows it when it is read. */
    public Job addLayerFile(Path file) {
        Job job = Job.create(NLS.bind("{0}: {1}", Messages.addLayer, file.getFileName()), monitor -> {
            try {
                MapLayer layer = FileLayers.load(Formats.fromExtensions(null), file, null, projector, "name_en");
                Display.getDefault().asyncExec(() -> {
                    if (canvas.isDisposed()) {
                        return;
                    }
                    layers.add(0, layer); // files go below the scenario's layers
                    refreshLayerTable();
                    render();
                });
                return Status.OK_STATUS;
            } catch (ImportException e) {
                Display.getDefault().asyncExec(() -> {
                    if (!canvas.isDisposed()) {
                        MessageDialog.openError(canvas.getShell(), Messages.cannotAdd, e.getMessage());
                    }
                });
                return Status.OK_STATUS; // reported to the user above
            }
        });
        job.schedule();
        return job;
    }

    private void askForLayer() {
        FileDialog dialog = new FileDialog(canvas.getShell(), SWT.OPEN);
        dialog.setFilterExtensions(new String[] {"*.gpkg;*.geojson;*.json;*.shp;*.csv;*.xlsx", "*.*"});
        String file = dialog.open();
        if (file != null) {
            addLayerFile(Path.of(file));
        }
    }

    private void askForExport() {
        FileDialog dialog = new FileDialog(canvas.getShell(), SWT.SAVE);
        dialog.setFilterExtensions(new String[] {"*.png"});
        dialog.setOverwrite(true);
        String file = dialog.open();
        if (file != null && picture != null) {
            try {
                ImageIO.write(picture, "png", Path.of(file).toFile());
            } catch (IOException e) {
                MessageDialog.openError(canvas.getShell(), Messages.exportPng, file + ": " + e.getMessage());
            }
        }
    }

    private MapLayer selectedLayer() {
        int i = layerTable.getSelectionIndex();
        return i < 0 ? null : (MapLayer) layerTable.getItem(i).getData();
    }

    /** Moves the layer chosen in the list up (+1, drawn later, on top) or down (−1). */
    public void move(int step) {
        MapLayer layer = selectedLayer();
        if (layer == null) {
            return;
        }
        int at = layers.indexOf(layer);
        int to = Math.max(0, Math.min(layers.size() - 1, at + step));
        if (to != at) {
            layers.remove(at);
            layers.add(to, layer);
            refreshLayerTable();
            layerTable.setSelection(layers.size() - 1 - to);
            render();
        }
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
            zoomTo(e);
        }
    }

    private void zoomTo(Envelope world) {
        var size = canvas.getSize();
        if (!world.isNull() && size.x > 0 && size.y > 0) {
            view = Viewport.fit(projector.crs(), world, 0.04, size.x, size.y);
            render();
        }
    }

    /** Fits every visible layer in the view. */
    public void zoomToAll() {
        if (canvas == null || canvas.isDisposed()) {
            return;
        }
        var size = canvas.getSize();
        Envelope all = new Envelope();
        layers.stream().filter(MapLayer::visible).forEach(l -> all.expandToInclude(l.bounds()));
        if (size.x <= 0 || size.y <= 0 || all.isNull()) {
            return;
        }
        view = Viewport.fit(projector.crs(), all, 0.04, size.x, size.y);
        render();
    }

    /** Draws the map in a background job; a newer request makes an older one's image unwanted. */
    public Job render() {
        if (view == null) {
            return null;
        }
        int mine = generation.incrementAndGet();
        List<MapLayer> snapshot = List.copyOf(layers);
        Viewport at = view;
        Job job = new Job(Messages.rendering) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                if (monitor.isCanceled() || mine != generation.get()) {
                    return Status.CANCEL_STATUS;
                }
                BufferedImage drawn = MapRenderer.render(snapshot, at, MapRenderer.Decorations.all(null));
                ImageData data = imageData(drawn);
                Display.getDefault().asyncExec(() -> {
                    if (canvas.isDisposed() || mine != generation.get()) {
                        return;
                    }
                    if (image != null) {
                        image.dispose();
                    }
                    image = new Image(canvas.getDisplay(), data);
                    picture = drawn;
                    offsetX = 0;
                    offsetY = 0;
                    canvas.redraw();
                });
                return Status.OK_STATUS;
            }
        };
        job.setSystem(true);
        job.setRule(renderingRule); // one frame at a time; a newer request makes the queued ones' images unwanted
        if (renderJob != null) {
            renderJob.cancel();
        }
        job.schedule();
        renderJob = job;
        return job;
    }

    private static ImageData imageData(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        ImageData data = new ImageData(w, h, 24, new PaletteData(0xFF0000, 0x00FF00, 0x0000FF));
        int[] pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        for (int y = 0; y < h; y++) {
            data.setPixels(0, y, w, pixels, y * w);
        }
        return data;
    }

    private void paint(GC gc) {
        var area = canvas.getClientArea();
        gc.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_WHITE));
        gc.fillRectangle(area);
        if (image != null) {
            gc.drawImage(image, boxing ? 0 : offsetX, boxing ? 0 : offsetY);
        }
        if (boxing && dragged) {
            // the rubber band: a dashed outline over a light veil
            int x = Math.min(dragX, boxX);
            int y = Math.min(dragY, boxY);
            int w = Math.abs(boxX - dragX);
            int h = Math.abs(boxY - dragY);
            gc.setAlpha(50);
            gc.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_BLUE));
            gc.fillRectangle(x, y, w, h);
            gc.setAlpha(255);
            gc.setLineStyle(SWT.LINE_DASH);
            gc.setLineWidth(1);
            gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_DARK_BLUE));
            gc.drawRectangle(x, y, w, h);
        }
    }

    private void showPointer(int x, int y) {
        if (view == null) {
            return;
        }
        double[] w = view.toWorld(x, y);
        double[] lonLat = projector.crs().unproject(w[0], w[1]);
        pointer.setText(NLS.bind(Messages.pointer, String.format("%.5f", lonLat[1]), String.format("%.5f", lonLat[0])));
    }

    /** Selects the center (else the zone) under a pixel, as a click does. */
    public void selectAt(int x, int y) {
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

    /** A layer by id, or null. */
    public MapLayer layer(String id) {
        return layers.stream().filter(l -> l.id().equals(id)).findFirst().orElse(null);
    }

    public List<MapLayer> getLayers() {
        return List.copyOf(layers);
    }

    public Viewport getViewport() {
        return view;
    }

    /** The image the view shows now (null before the first frame). */
    public BufferedImage getPicture() {
        return picture;
    }

    /** The last render job (for tests and for callers that wait for the map). */
    public Job getRenderJob() {
        return renderJob;
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
        canvas.setFocus();
    }

    @Override
    public void dispose() {
        getSite().getPage().removePostSelectionListener(fromOtherViews);
        NafithaUi.getDefault().getSession().removeListener(sessionListener);
        NafithaUi.getDefault().getAnalyses().removeListener(analysisListener);
        if (image != null) {
            image.dispose();
        }
        super.dispose();
    }
}
