package org.nafitha.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.nafitha.geo.Crs;
import org.nafitha.geo.GreatCircle;
import org.nafitha.map.MapLayer;
import org.nafitha.map.Viewport;
import org.nafitha.map.sources.ScenarioLayers;
import org.nafitha.model.CandidateSite;
import org.nafitha.model.CenterStatus;
import org.nafitha.model.Scenario;
import org.nafitha.model.ServiceCenter;
import org.nafitha.ui.AnalysisSession;
import org.nafitha.ui.NafithaUi;
import org.nafitha.ui.ScenarioSession;
import org.nafitha.ui.map.AttributeTableView;
import org.nafitha.ui.map.LayerGroup;
import org.nafitha.ui.map.LayerHandler;
import org.nafitha.ui.map.LayersView;
import org.nafitha.ui.map.LegendView;
import org.nafitha.ui.map.MapHandler;
import org.nafitha.ui.map.MapTool;
import org.nafitha.ui.map.MapView;
import org.nafitha.ui.map.NewCenterDialog;

/**
 * The map as a GIS specialist works with it, in the real workbench at 1600×1000: the map in the middle of the Network
 * planning perspective; layers shown, hidden and reordered in the Layers view (whose registered context menu carries
 * the layer commands); the attribute table's rows and the map's features selected together both ways; a candidate
 * site dragged to a new place and the move undone; a candidate site added from the map's context menu; the legend
 * view hidden and shown by its command; the measure tool and the status line.
 */
class MapWorkbenchUiTest {

    private static final Crs UTM = Crs.of(Crs.UTM_36N);

    private static IWorkbenchPage page() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }

    private static MapView map() throws Exception {
        MapView map = (MapView) page().showView(MapView.ID);
        Gui.settle(map.getRenderJob());
        return map;
    }

    private static void waitFor(BooleanSupplier condition, String what) throws InterruptedException {
        Display display = Display.getCurrent();
        long until = System.currentTimeMillis() + 20_000;
        while (!condition.getAsBoolean() && System.currentTimeMillis() < until) {
            if (!display.readAndDispatch()) {
                Thread.sleep(10);
            }
        }
        assertTrue(condition.getAsBoolean(), what);
    }

    /** A dialog's OK button (dialogs keep each button's id as its data). */
    private static Button okButton(Composite parent) {
        for (Control c : parent.getChildren()) {
            if (c instanceof Button b && Integer.valueOf(IDialogConstants.OK_ID).equals(b.getData())) {
                return b;
            }
            if (c instanceof Composite inner) {
                Button found = okButton(inner);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static void mouse(Control canvas, int type, int x, int y, int button, int stateMask) {
        Event e = new Event();
        e.x = x;
        e.y = y;
        e.button = button;
        e.stateMask = stateMask;
        canvas.notifyListeners(type, e);
    }

    private static int[] pixel(MapView map, MapLayer layer, String id) {
        Coordinate c = layer.features().stream().filter(f -> f.id().equals(id)).findFirst().orElseThrow().geometry().getCoordinate();
        Viewport view = map.getViewport();
        return new int[] {(int) Math.round(view.pixelX(c.x)), (int) Math.round(view.pixelY(c.y))};
    }

    private static List<String> names(TreeItem group) {
        return Arrays.stream(group.getItems()).map(TreeItem::getText).toList();
    }

    @Test
    void theMapIsTheMainAreaAndTheLayersViewShowsHidesAndReordersLayers() throws Exception {
        IWorkbenchPage page = page();
        page.resetPerspective();
        Gui.drain();
        MapView map = map();
        LayersView layers = (LayersView) page.findView(LayersView.ID);
        assertNotNull(layers, "the perspective opens the Layers view");
        assertNotNull(page.findView(LegendView.ID), "and the legend");
        var shell = map.getCanvas().getShell().getSize();
        var canvas = map.getCanvas().getSize();
        assertTrue(canvas.x > shell.x * 6 / 10 && canvas.y > shell.y / 2, "the map takes the middle of the window: " + canvas + " of " + shell);

        // the scenario's group lists its layers topmost first, as they are drawn
        Tree tree = layers.getViewer().getTree();
        TreeItem scenario = Arrays.stream(tree.getItems()).filter(i -> i.getText().equals(LayerGroup.SCENARIO.label())).findFirst()
                .orElseThrow();
        List<MapLayer> own = new ArrayList<>(map.getLayers().stream().filter(l -> map.group(l) == LayerGroup.SCENARIO).toList());
        Collections.reverse(own);
        assertEquals(own.stream().map(MapLayer::name).toList(), names(scenario));

        // a layer dropped on the one above it goes over it
        MapLayer zones = map.layer(ScenarioLayers.ZONES);
        MapLayer centers = map.layer(ScenarioLayers.CENTERS);
        assertTrue(map.getLayers().indexOf(zones) < map.getLayers().indexOf(centers), "zones start under the centers");
        assertTrue(layers.drop(zones, centers));
        Gui.settle(map.getRenderJob());
        assertTrue(map.getLayers().indexOf(zones) > map.getLayers().indexOf(centers), "dropped on the centers, the zones are drawn over them");
        scenario = Arrays.stream(tree.getItems()).filter(i -> i.getText().equals(LayerGroup.SCENARIO.label())).findFirst().orElseThrow();
        assertTrue(names(scenario).indexOf(zones.name()) < names(scenario).indexOf(centers.name()), "and listed above them: " + names(scenario));
        assertTrue(layers.drop(zones, centers), "dropped back");
        assertTrue(map.getLayers().indexOf(zones) < map.getLayers().indexOf(centers));

        // the check box hides a layer: off the map's drawing and off the legend
        LegendView legend = (LegendView) page.findView(LegendView.ID);
        assertTrue(legend.lines().contains(zones.name()), "the legend names the zones: " + legend.lines());
        scenario = Arrays.stream(tree.getItems()).filter(i -> i.getText().equals(LayerGroup.SCENARIO.label())).findFirst().orElseThrow();
        TreeItem zonesItem = Arrays.stream(scenario.getItems()).filter(i -> i.getText().equals(zones.name())).findFirst().orElseThrow();
        zonesItem.setChecked(false);
        Event check = new Event();
        check.item = zonesItem;
        check.detail = SWT.CHECK;
        tree.notifyListeners(SWT.Selection, check);
        Gui.settle(map.getRenderJob());
        assertFalse(map.layer(ScenarioLayers.ZONES).visible(), "unchecked, the zones are hidden");
        assertFalse(legend.lines().contains(zones.name()), "and gone from the legend");
        layers.setVisible(map.layer(ScenarioLayers.ZONES), true);
        Gui.settle(map.getRenderJob());
        assertTrue(map.layer(ScenarioLayers.ZONES).visible());

        // the tree's context menu is the registered one: the layer commands are contributed to it
        layers.getViewer().setSelection(new StructuredSelection(map.layer(ScenarioLayers.CENTERS)), true);
        page.activate(layers);
        Gui.drain();
        Menu menu = tree.getMenu();
        menu.notifyListeners(SWT.Show, new Event());
        List<String> entries = Arrays.stream(menu.getItems()).map(MenuItem::getText).map(t -> t.replaceAll("[&\t].*$|&", "")).toList();
        menu.notifyListeners(SWT.Hide, new Event());
        ICommandService commands = PlatformUI.getWorkbench().getService(ICommandService.class);
        for (String id : List.of(LayerHandler.STYLE, LayerHandler.ZOOM_LAYER, LayerHandler.OPACITY, LayerHandler.LABELS, LayerHandler.ATTRIBUTES,
                LayerHandler.REMOVE)) {
            String name = commands.getCommand(id).getName().replace("…", "");
            assertEquals(1, entries.stream().filter(e -> e.startsWith(name)).count(), name + " once in the menu: " + entries);
        }
    }

    @Test
    void attributeTableRowsAndMapFeaturesAreSelectedTogether() throws Exception {
        IWorkbenchPage page = page();
        MapView map = map();
        MapLayer centers = map.layer(ScenarioLayers.CENTERS);
        AttributeTableView table = LayerHandler.openAttributes(page, centers);
        Gui.drain();
        assertEquals(centers.features().size(), table.rowIds().size(), "a row a center");

        // sorted by id, both ways
        table.sortBy(0);
        List<String> sorted = centers.features().stream().map(MapLayer.MapFeature::id).sorted(String::compareToIgnoreCase).toList();
        assertEquals(sorted, table.rowIds());
        table.sortBy(0);
        assertEquals(sorted.get(sorted.size() - 1), table.rowIds().get(0), "again: the other way");

        // filtered: Aqaba's comprehensive center alone
        table.setFilter("csc-aq");
        Gui.drain();
        assertEquals(List.of("CSC-AQ"), table.rowIds());

        // its row selected: the center is selected on the map and in the workbench
        table.selectRows(0);
        Gui.settle(map.getRenderJob());
        assertEquals(Set.of("CSC-AQ"), map.layer(ScenarioLayers.CENTERS).selection());
        Object selected = ((IStructuredSelection) map.getSelection()).getFirstElement();
        assertTrue(selected instanceof ServiceCenter c && c.getCode().equals("CSC-AQ"), "the workbench sees the center: " + selected);

        // zoom to the row
        table.zoomToRows();
        Gui.settle(map.getRenderJob());
        Coordinate aqaba = centers.features().stream().filter(f -> f.id().equals("CSC-AQ")).findFirst().orElseThrow().geometry().getCoordinate();
        assertTrue(map.getViewport().world().contains(aqaba) && map.getViewport().world().getWidth() < 120_000,
                "zoomed to the row: " + map.getViewport().world());

        // the other way: a click on the map selects the row; Shift+click adds one
        table.setFilter("");
        Gui.drain();
        for (MapLayer other : map.getLayers()) {
            map.setLayerVisible(other, other.id().equals(ScenarioLayers.CENTERS)); // nothing over the centers where the clicks go
        }
        try {
            map.zoomToFeatures(centers, Set.of("CSC-IR"));
            Gui.settle(map.getRenderJob());
            int[] irbid = pixel(map, map.layer(ScenarioLayers.CENTERS), "CSC-IR");
            map.click(irbid[0], irbid[1], false);
            Gui.settle(map.getRenderJob());
            assertEquals(Set.of("CSC-IR"), map.layer(ScenarioLayers.CENTERS).selection());
            assertEquals(List.of("CSC-IR"), Arrays.stream(table.selectedRows()).mapToObj(i -> table.rowIds().get(i)).toList(),
                    "the clicked center's row is selected");
            map.zoomToFeatures(centers, Set.of("CSC-AQ"));
            Gui.settle(map.getRenderJob());
            int[] aq = pixel(map, map.layer(ScenarioLayers.CENTERS), "CSC-AQ");
            map.click(aq[0], aq[1], true);
            Gui.settle(map.getRenderJob());
            assertTrue(map.layer(ScenarioLayers.CENTERS).selection().containsAll(Set.of("CSC-IR", "CSC-AQ")),
                    "Shift+click adds: " + map.layer(ScenarioLayers.CENTERS).selection());
            assertEquals(map.layer(ScenarioLayers.CENTERS).selection().size(), table.selectedRows().length);

            // a box around Aqaba selects it (and whatever else is in the box) with the select tool
            map.setTool(MapTool.SELECT_BOX);
            mouse(map.getCanvas(), SWT.MouseDown, aq[0] - 10, aq[1] - 10, 1, 0);
            mouse(map.getCanvas(), SWT.MouseMove, aq[0] + 10, aq[1] + 10, 0, SWT.BUTTON1);
            mouse(map.getCanvas(), SWT.MouseUp, aq[0] + 10, aq[1] + 10, 1, SWT.BUTTON1);
            Gui.settle(map.getRenderJob());
            assertTrue(map.layer(ScenarioLayers.CENTERS).selection().contains("CSC-AQ"), "the box selects Aqaba's center");
            assertFalse(map.layer(ScenarioLayers.CENTERS).selection().contains("CSC-IR"), "and only what is in it");
        } finally {
            map.setTool(MapTool.PAN);
            for (MapLayer other : map.getLayers()) {
                map.setLayerVisible(other, true);
            }
            page.hideView(table);
        }
    }

    @Test
    void aCandidateSiteDraggedToANewPlaceIsOneUndoableEditThatMakesTheAnalysesStale() throws Exception {
        MapView map = map();
        ScenarioSession session = NafithaUi.getDefault().getSession();
        Scenario scenario = session.scenario();
        AnalysisSession analyses = NafithaUi.getDefault().getAnalyses();
        Gui.settle(analyses.run(scenario, Map.of()));
        assertFalse(analyses.state().stale(), "fresh results before the move");
        CandidateSite site = scenario.getCandidateSites().get(0);
        double lon = site.getLongitude();
        double lat = site.getLatitude();
        MapLayer sites = map.layer(ScenarioLayers.SITES);
        map.setLayerVisible(sites, true);
        map.zoomToFeatures(sites, Set.of(site.getCode()));
        Gui.settle(map.getRenderJob());
        int[] at = pixel(map, sites, site.getCode());
        Control canvas = map.getCanvas();
        Viewport before = map.getViewport();
        mouse(canvas, SWT.MouseDown, at[0], at[1], 1, 0);
        mouse(canvas, SWT.MouseMove, at[0] + 30, at[1] + 20, 0, SWT.BUTTON1);
        mouse(canvas, SWT.MouseMove, at[0] + 60, at[1] + 40, 0, SWT.BUTTON1);
        mouse(canvas, SWT.MouseUp, at[0] + 60, at[1] + 40, 1, SWT.BUTTON1);
        assertEquals(before.world(), map.getViewport().world(), "the drag moved the site, not the map");
        double[] w = before.toWorld(at[0] + 60, at[1] + 40);
        double[] expected = UTM.unproject(w[0], w[1]);
        assertEquals(expected[0], site.getLongitude(), 1e-9, "the site is where it was dropped");
        assertEquals(expected[1], site.getLatitude(), 1e-9);
        assertTrue(analyses.state().stale(), "the analyses' results are stale after the move");
        waitFor(() -> {
            int[] now = pixel(map, map.layer(ScenarioLayers.SITES), site.getCode());
            return Math.abs(now[0] - at[0] - 60) <= 1 && Math.abs(now[1] - at[1] - 40) <= 1;
        }, "the map draws the site where it was dropped");

        session.commandStack().undo();
        assertEquals(lon, site.getLongitude(), 0, "undone: back where it was");
        assertEquals(lat, site.getLatitude(), 0);
        waitFor(() -> Arrays.equals(at, pixel(map, map.layer(ScenarioLayers.SITES), site.getCode())), "and drawn there");

        // an existing center is not moved by a drag: the map pans
        ServiceCenter existing = scenario.getCenters().stream().filter(c -> c.getStatus() == CenterStatus.EXISTING).findFirst().orElseThrow();
        map.zoomToFeatures(map.layer(ScenarioLayers.CENTERS), Set.of(existing.getCode()));
        Gui.settle(map.getRenderJob());
        int[] c = pixel(map, map.layer(ScenarioLayers.CENTERS), existing.getCode());
        double clon = existing.getLongitude();
        mouse(canvas, SWT.MouseDown, c[0], c[1], 1, 0);
        mouse(canvas, SWT.MouseMove, c[0] + 50, c[1], 0, SWT.BUTTON1);
        mouse(canvas, SWT.MouseUp, c[0] + 50, c[1], 1, SWT.BUTTON1);
        Gui.settle(map.getRenderJob());
        assertEquals(clon, existing.getLongitude(), 0, "an existing center stays");
        assertNotEquals(before.world(), map.getViewport().world());

        // "New candidate site here": one more site where the menu was opened, undoable
        int count = scenario.getCandidateSites().size();
        var middle = map.menuPoint();
        Object added = map.newCandidateSiteAt(middle.x, middle.y);
        assertTrue(added instanceof CandidateSite, "a site is added: " + added);
        assertEquals(count + 1, scenario.getCandidateSites().size());
        assertEquals(added, ((IStructuredSelection) map.getSelection()).getFirstElement(), "and selected for its form");
        session.commandStack().undo();
        assertEquals(count, scenario.getCandidateSites().size());

        // "New center here…": the planner names it in English and Arabic; one name alone serves both languages
        NewCenterDialog names = new NewCenterDialog(map.getSite().getShell());
        names.setBlockOnOpen(false);
        names.open();
        Button ok = okButton(names.getShell());
        assertNotNull(ok, "the dialog has an OK button");
        names.setNames("", "");
        assertFalse(ok.isEnabled(), "no name: OK is off");
        names.setNames("", "مركز الشمال");
        assertTrue(ok.isEnabled(), "an Arabic name alone is enough");
        names.setNames("North center", "مركز الشمال");
        Gui.settle(null);
        ComparisonUiTest.capture(Path.of("target", "screenshots", "new-center-" + Locale.getDefault().getLanguage() + ".png"));
        ok.notifyListeners(SWT.Selection, new Event());
        assertEquals("North center", names.nameEn());
        assertEquals("مركز الشمال", names.nameAr());
        int centers = scenario.getCenters().size();
        Object center = map.newCenterAt(middle.x, middle.y, names.nameEn(), names.nameAr());
        assertTrue(center instanceof ServiceCenter, "a center is added: " + center);
        assertEquals("North center", ((ServiceCenter) center).getNameEn());
        assertEquals("مركز الشمال", ((ServiceCenter) center).getNameAr(), "each language keeps its own name");
        assertEquals(CenterStatus.PLANNED, ((ServiceCenter) center).getStatus());
        session.commandStack().undo();
        assertEquals(centers, scenario.getCenters().size());
        session.saved();
        map.zoomToAll();
        Gui.settle(map.getRenderJob());
    }

    @Test
    void theLegendIsAViewTheMapToolbarHidesAndShows() throws Exception {
        IWorkbenchPage page = page();
        MapView map = map();
        page.showView(LegendView.ID);
        page.activate(map);
        Gui.drain();
        IHandlerService handlers = PlatformUI.getWorkbench().getService(IHandlerService.class);
        handlers.executeCommand(MapHandler.LEGEND, null);
        Gui.drain();
        assertNull(page.findView(LegendView.ID), "the legend's command hides it");
        handlers.executeCommand(MapHandler.LEGEND, null);
        Gui.drain();
        LegendView legend = (LegendView) page.findView(LegendView.ID);
        assertNotNull(legend, "and shows it again");
        MapLayer centers = map.layer(ScenarioLayers.CENTERS);
        List<String> lines = legend.lines();
        int at = lines.indexOf(centers.name());
        assertTrue(at >= 0, "the legend names the centers: " + lines);
        assertEquals("  " + centers.legend().get(0).label(), lines.get(at + 1), "followed by their categories");
    }

    @Test
    void theMeasureToolAndTheStatusLine() throws Exception {
        MapView map = map();
        map.zoomToAll();
        Gui.settle(map.getRenderJob());
        Control canvas = map.getCanvas();
        mouse(canvas, SWT.MouseMove, 200, 150, 0, 0);
        Viewport view = map.getViewport();
        long denominator = Math.round(1 / view.scale() / (0.0254 / 96));
        assertTrue(map.getStatus().contains(NumberFormat.getIntegerInstance().format(denominator)),
                "the status line shows the scale 1:" + denominator + ": " + map.getStatus());
        double[] w = view.toWorld(200, 150);
        double[] lonLat = UTM.unproject(w[0], w[1]);
        assertTrue(map.getStatus().contains(String.format("%.5f", lonLat[1])), "and the pointer's latitude: " + map.getStatus());

        map.setTool(MapTool.MEASURE);
        try {
            for (int[] p : new int[][] {{200, 150}, {500, 150}, {500, 400}}) {
                mouse(canvas, SWT.MouseDown, p[0], p[1], 1, 0);
                mouse(canvas, SWT.MouseUp, p[0], p[1], 1, 0);
            }
            double km = 0;
            double[] last = null;
            for (int[] p : new int[][] {{200, 150}, {500, 150}, {500, 400}}) {
                double[] world = view.toWorld(p[0], p[1]);
                double[] ll = UTM.unproject(world[0], world[1]);
                if (last != null) {
                    km += GreatCircle.distanceKm(last[1], last[0], ll[1], ll[0]);
                }
                last = ll;
            }
            assertEquals(km, map.getMeasuredKm(), 1e-9, "the path's length along the great circle");
            assertTrue(map.getStatus().contains(String.format("%.2f", km)), "in the status line: " + map.getStatus());
            assertEquals(view.world(), map.getViewport().world(), "measuring does not move the map");
        } finally {
            map.setTool(MapTool.PAN);
        }
        assertTrue(Double.isNaN(map.getMeasuredKm()), "another tool ends the measurement");
    }
}
