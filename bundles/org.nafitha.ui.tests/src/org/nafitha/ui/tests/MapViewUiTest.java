package org.nafitha.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.views.properties.PropertySheet;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Envelope;
import org.nafitha.map.MapLayer;
import org.nafitha.map.Style;
import org.nafitha.map.Viewport;
import org.nafitha.map.sources.ScenarioLayers;
import org.nafitha.model.DemandZone;
import org.nafitha.model.Scenario;
import org.nafitha.model.ServiceCenter;
import org.nafitha.store.ScenarioStore;
import org.nafitha.ui.NafithaUi;
import org.nafitha.ui.internal.CentersView;
import org.nafitha.ui.map.MapHandler;
import org.nafitha.ui.map.MapTool;
import org.nafitha.ui.map.MapView;
import org.nafitha.ui.map.StyleDialog;
import org.nafitha.ui.map.TableLayerDialog;

/**
 * The map view in the real workbench: a click that selects a center and the Properties view showing it, a center chosen
 * in the list ringed on the map, and the district GeoPackage added as a layer (skipped without ../shared/data); a
 * layer styled through the style dialog (graduated), box zoom with Shift+drag and with the zoom-to-box tool, and a table of a
 * store added as a layer through its dialog.
 */
class MapViewUiTest {


    private static Path districts() {
        return SharedDataFiles.districts();
    }

    @Test
    void addALayerClickACenterAndSeeItsProperties() throws Exception {
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        MapView map = (MapView) page.showView(MapView.ID);
        page.showView(IPageLayout.ID_PROP_SHEET);
        map = (MapView) page.showView(MapView.ID);
        Gui.settle(map.getRenderJob());
        assertNotNull(map.getViewport(), "the map has a view once shown");
        MapLayer centers = map.layer(ScenarioLayers.CENTERS);
        assertNotNull(centers);
        assertNotNull(map.getPicture(), "the map is drawn when the view opens");
        int background = new Color(0xF4F1EA).getRGB();
        long drawn = 0;
        for (int px = 0; px < map.getPicture().getWidth(); px += 4) {
            for (int py = 0; py < map.getPicture().getHeight(); py += 4) {
                drawn += map.getPicture().getRGB(px, py) != background ? 1 : 0;
            }
        }
        assertTrue(drawn > 100, "zones and centers are on the map: " + drawn + " sampled pixels drawn");

        // click Aqaba's comprehensive center
        MapLayer.MapFeature aqaba = centers.features().stream().filter(f -> f.id().equals("CSC-AQ")).findFirst().orElseThrow();
        Viewport view = map.getViewport();
        int x = (int) Math.round(view.pixelX(aqaba.geometry().getCoordinate().x));
        int y = (int) Math.round(view.pixelY(aqaba.geometry().getCoordinate().y));
        map.click(x, y, false);
        Gui.settle(map.getRenderJob());
        Object selected = ((IStructuredSelection) map.getSelection()).getFirstElement();
        assertTrue(selected instanceof ServiceCenter, "a center is selected: " + selected);
        String code = ((ServiceCenter) selected).getCode();
        assertTrue(centers.selection().contains(code), "and ringed on the map");
        map.zoomToSelection();
        Gui.settle(map.getRenderJob());
        assertTrue(map.getViewport().world().getWidth() < 120_000, "zoomed to the selected center: " + map.getViewport().world());
        assertTrue(map.getViewport().world().contains(aqaba.geometry().getCoordinate()));
        map.zoomToAll();
        Gui.settle(map.getRenderJob());

        // the Properties view shows the center
        page.activate(map);
        Gui.settle(null);
        PropertySheet sheet = (PropertySheet) page.findView(IPageLayout.ID_PROP_SHEET);
        assertNotNull(sheet);
        List<String> rows = new ArrayList<>();
        collect(sheet.getCurrentPage().getControl(), rows);
        assertTrue(rows.stream().anyMatch(r -> r.endsWith("=" + code)), "the Properties view shows the code " + code + ": " + rows);

        // a center selected in the list is ringed on the map
        CentersView list = (CentersView) page.findView(CentersView.ID);
        ServiceCenter irbid = NafithaUi.getDefault().getScenario().getCenters().stream()
                .filter(c -> c.getCode().equals("CSC-IR")).findFirst().orElseThrow();
        page.activate(list);
        list.getViewer().setSelection(new StructuredSelection(irbid), true);
        Gui.settle(map.getRenderJob());
        Gui.settle(map.getRenderJob());
        assertTrue(centers.selection().contains("CSC-IR"), "selection in the list shows on the map: " + centers.selection());

        // last, as it needs ../shared/data: a GIS specialist's file as a layer
        Path file = districts();
        Assumptions.assumeTrue(file != null, "skipped: ../shared/data/jordan-boundaries is not on this machine");
        Job adding = map.addLayerFile(file);
        adding.join();
        Gui.settle(map.getRenderJob());
        MapLayer districts = map.layer("file:dis_simpl_20m.gpkg");
        assertNotNull(districts, "the district GeoPackage is a layer");
        assertEquals(51, districts.features().size());
    }

    /** The widget of a dialog (or any shell) named {@code name} under {@link StyleDialog#WIDGET}. */
    @SuppressWarnings("unchecked")
    private static <T extends Control> T widget(Control root, String name) {
        if (name.equals(root.getData(StyleDialog.WIDGET))) {
            return (T) root;
        }
        if (root instanceof Composite c) {
            for (Control child : c.getChildren()) {
                T found = widget(child, name);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static void choose(Combo combo, int index) {
        combo.select(index);
        combo.notifyListeners(SWT.Selection, new Event());
    }

    private static void press(Button button) {
        assertTrue(button.isEnabled(), button.getText() + " is enabled");
        button.notifyListeners(SWT.Selection, new Event());
    }

    private static void mouse(Control canvas, int type, int x, int y, int button, int stateMask) {
        Event e = new Event();
        e.x = x;
        e.y = y;
        e.button = button;
        e.stateMask = stateMask;
        canvas.notifyListeners(type, e);
    }

    @Test
    void styleALayerZoomToABoxAndAddAStoreTable(@TempDir Path dir) throws Exception {
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        MapView map = (MapView) page.showView(MapView.ID);
        Gui.settle(map.getRenderJob());
        map.zoomToAll();
        Gui.settle(map.getRenderJob());
        MapLayer zones = map.layer(ScenarioLayers.ZONES);
        Style before = zones.style();
        BufferedImage oldPicture = map.getPicture();

        // Cancel changes nothing
        StyleDialog cancelled = map.createStyleDialog(zones);
        cancelled.setBlockOnOpen(false);
        cancelled.open();
        choose(widget(cancelled.getShell(), "classification"), 2); // categorized
        press(widget(cancelled.getShell(), "cancel"));
        assertSame(before, zones.style(), "Cancel leaves the layer's style as it was");
        assertNull(cancelled.getResult());

        // graduated by population: 5 quantile classes along the blues, labelled by name, at 90 % opacity
        StyleDialog dialog = map.createStyleDialog(zones);
        dialog.setBlockOnOpen(false);
        dialog.open();
        Shell shell = dialog.getShell();
        choose(widget(shell, "classification"), 1);
        Combo field = widget(shell, "field");
        assertEquals(List.of("population"), List.of(field.getItems()), "only the numeric attribute can be graded");
        Spinner classes = widget(shell, "classes");
        classes.setSelection(5);
        classes.notifyListeners(SWT.Selection, new Event());
        choose(widget(shell, "method"), 0); // quantiles
        choose(widget(shell, "ramp"), 1); // blues
        Combo label = widget(shell, "label");
        label.select(List.of(label.getItems()).indexOf("name"));
        Spinner opacity = widget(shell, "opacity");
        opacity.setSelection(90);
        press(widget(shell, "ok"));
        Gui.settle(map.getRenderJob());
        Style after = zones.style();
        assertNotSame(before, after, "OK swaps in a new style");
        assertEquals("population", after.classField());
        // 51 zones in 5 quantile classes: class k ends at the population of rank ceil(51k/5): the 11th, 21st, 31st,
        // 41st and 51st smallest (all different: five classes)
        long[] populations = NafithaUi.getDefault().getScenario().getDemandZones().stream().mapToLong(
                DemandZone::getPopulation).sorted().toArray();
        assertEquals(List.of((double) populations[10], (double) populations[20], (double) populations[30], (double) populations[40],
                (double) populations[50]), after.bands().stream().map(Style.Band::upTo).toList());
        assertEquals(new Color(0xEFF3FF), after.bands().get(0).color(), "the blues' lightest");
        assertEquals(new Color(0x08519C), after.bands().get(4).color(), "and darkest");
        assertEquals("name", after.labelField());
        assertEquals(0.9, after.opacity(), 1e-9);
        assertEquals(5, zones.legend().size(), "the legend follows the new style");
        assertNotSame(oldPicture, map.getPicture(), "the map was drawn again");

        // Shift+drag draws a box and zooms to it
        Control canvas = map.getCanvas();
        Viewport start = map.getViewport();
        int w = canvas.getSize().x;
        int h = canvas.getSize().y;
        assertTrue(w > 200 && h > 200, "the map has room: " + w + "x" + h);
        int x0 = w / 4;
        int y0 = h / 4;
        int x1 = w / 2;
        int y1 = h / 2;
        mouse(canvas, SWT.MouseDown, x0, y0, 1, SWT.SHIFT);
        mouse(canvas, SWT.MouseMove, (x0 + x1) / 2, (y0 + y1) / 2, 0, SWT.SHIFT | SWT.BUTTON1);
        mouse(canvas, SWT.MouseMove, x1, y1, 0, SWT.SHIFT | SWT.BUTTON1);
        mouse(canvas, SWT.MouseUp, x1, y1, 1, SWT.SHIFT | SWT.BUTTON1);
        Gui.settle(map.getRenderJob());
        Viewport boxed = map.getViewport();
        // a box of a quarter of the map across and up has the map's shape: it fills the view, four times closer
        Envelope expected = start.box(x0, y0, x1, y1).world();
        assertEquals(expected.getMinX(), boxed.world().getMinX(), 1e-6);
        assertEquals(expected.getMaxY(), boxed.world().getMaxY(), 1e-6);
        assertEquals(start.world().getMinX() + x0 / start.scale(), boxed.world().getMinX(), Math.abs(2 / start.scale()),
                "the box's left edge is the view's");
        assertTrue(boxed.scale() > 1.9 * start.scale(), "closer: " + start.scale() + " -> " + boxed.scale());

        // a plain drag still pans: 40 px right moves the view 40 px of metres west
        mouse(canvas, SWT.MouseDown, 100, 100, 1, 0);
        mouse(canvas, SWT.MouseMove, 140, 100, 0, SWT.BUTTON1);
        mouse(canvas, SWT.MouseUp, 140, 100, 1, SWT.BUTTON1);
        Gui.settle(map.getRenderJob());
        assertEquals(boxed.world().getMinX() - 40 / boxed.scale(), map.getViewport().world().getMinX(), 1e-6);
        assertEquals(boxed.scale(), map.getViewport().scale(), 1e-12, "panning keeps the scale");

        // the "Zoom to box" tool (its command, as its toolbar button and key run it) makes a plain drag draw a box
        IHandlerService handlers = PlatformUI.getWorkbench().getService(IHandlerService.class);
        page.activate(map);
        handlers.executeCommand(MapHandler.ZOOM_BOX, null);
        assertEquals(MapTool.ZOOM_BOX, map.getTool());
        Viewport panned = map.getViewport();
        mouse(canvas, SWT.MouseDown, 10, 10, 1, 0);
        mouse(canvas, SWT.MouseMove, 10 + w / 2, 10 + h / 2, 0, SWT.BUTTON1);
        mouse(canvas, SWT.MouseUp, 10 + w / 2, 10 + h / 2, 1, SWT.BUTTON1);
        Gui.settle(map.getRenderJob());
        assertEquals(panned.box(10, 10, 10 + w / 2, 10 + h / 2).world().getMinX(), map.getViewport().world().getMinX(), 1e-6);
        handlers.executeCommand(MapHandler.PAN, null);
        assertEquals(MapTool.PAN, map.getTool());
        map.zoomToAll();
        Gui.settle(map.getRenderJob());

        // a table of a store: the sample saved, its centers read back as a layer through the dialog's choice
        Path store = dir.resolve("store");
        Scenario sample = NafithaUi.getDefault().getScenario();
        try (ScenarioStore s = ScenarioStore.open(store)) {
            s.save(sample);
        }
        TableLayerDialog tables = new TableLayerDialog(canvas.getShell(), sample.getCode());
        tables.setBlockOnOpen(false);
        tables.open();
        Text database = widget(tables.getShell(), "database");
        database.setText(store + ".mv.db"); // lists the tables
        org.eclipse.swt.widgets.List names = widget(tables.getShell(), "tables");
        // the sample's regions: its governorates and districts (the districts' outlines came with the base geography)
        assertEquals(List.of("center_layer (185 rows)", "region_layer (" + sample.getRegions().size() + " rows)"), List.of(names.getItems()));
        Combo scenario = widget(tables.getShell(), "scenario");
        assertEquals(sample.getCode(), scenario.getText(), "the workbench's scenario is offered first");
        press(widget(tables.getShell(), "ok"));
        TableLayerDialog.Choice choice = tables.getChoice();
        assertEquals("CENTER_LAYER", choice.table());
        map.addLayerTable(choice.database(), choice.table(), choice.scenario()).join();
        Gui.settle(map.getRenderJob());
        MapLayer table = map.layer("table:center_layer");
        assertNotNull(table, "the table is a layer");
        assertEquals(sample.getCenters().size(), table.features().size());
        assertEquals("Aqaba Comprehensive Service Center", table.features().stream().filter(f -> f.id().equals("CSC-AQ")).findFirst()
                .orElseThrow().attributes().get("name_en"));
    }

    private static void collect(Control control, List<String> rows) {
        if (control instanceof Tree tree) {
            for (TreeItem item : tree.getItems()) {
                collect(item, rows);
            }
        } else if (control instanceof Composite c) {
            for (Control child : c.getChildren()) {
                collect(child, rows);
            }
        }
    }

    private static void collect(TreeItem item, List<String> rows) {
        item.setExpanded(true);
        rows.add(item.getText(0) + "=" + item.getText(1));
        for (TreeItem child : item.getItems()) {
            collect(child, rows);
        }
    }
}
