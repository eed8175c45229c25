package org.nafitha.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.views.properties.PropertySheet;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.nafitha.map.MapLayer;
import org.nafitha.map.ScenarioLayers;
import org.nafitha.map.Viewport;
import org.nafitha.model.ServiceCenter;
import org.nafitha.ui.internal.CentersView;
import org.nafitha.ui.map.MapView;

/**
 * The map view in the real workbench: a click that selects a center and the Properties view showing it, a center chosen
 * in the list ringed on the map, and the district GeoPackage added as a layer (skipped without ../shared/data).
 */
class MapViewUiTest {

    private static void settle(Job job) throws InterruptedException {
        Display display = Display.getCurrent();
        long until = System.currentTimeMillis() + 20_000;
        while (job != null && job.getState() != Job.NONE && System.currentTimeMillis() < until) {
            if (!display.readAndDispatch()) {
                Thread.sleep(10);
            }
        }
        for (int i = 0; i < 50; i++) {
            while (display.readAndDispatch()) {
                // drain
            }
            Thread.sleep(10);
        }
    }

    private static Path districts() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path c = p.resolveSibling("shared").resolve("data").resolve("jordan-boundaries").resolve("dis_simpl_20m.gpkg");
            if (Files.isRegularFile(c)) {
                return c;
            }
        }
        return null;
    }

    @Test
    void addALayerClickACenterAndSeeItsProperties() throws Exception {
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        MapView map = (MapView) page.showView(MapView.ID);
        page.showView(IPageLayout.ID_PROP_SHEET);
        map = (MapView) page.showView(MapView.ID);
        settle(map.getRenderJob());
        assertNotNull(map.getViewport(), "the map has a view once shown");
        MapLayer centers = map.layer(ScenarioLayers.CENTERS);
        assertNotNull(centers);
        assertNotNull(map.getPicture(), "the map is drawn when the view opens");
        int background = new java.awt.Color(0xF4F1EA).getRGB();
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
        map.selectAt(x, y);
        settle(map.getRenderJob());
        Object selected = ((IStructuredSelection) map.getSelection()).getFirstElement();
        assertTrue(selected instanceof ServiceCenter, "a center is selected: " + selected);
        String code = ((ServiceCenter) selected).getCode();
        assertTrue(centers.selection().contains(code), "and ringed on the map");
        map.zoomToSelection();
        settle(map.getRenderJob());
        assertTrue(map.getViewport().world().getWidth() < 120_000, "zoomed to the selected center: " + map.getViewport().world());
        assertTrue(map.getViewport().world().contains(aqaba.geometry().getCoordinate()));
        map.zoomToAll();
        settle(map.getRenderJob());

        // the Properties view shows the center
        page.activate(map);
        settle(null);
        PropertySheet sheet = (PropertySheet) page.findView(IPageLayout.ID_PROP_SHEET);
        assertNotNull(sheet);
        List<String> rows = new ArrayList<>();
        collect(sheet.getCurrentPage().getControl(), rows);
        assertTrue(rows.stream().anyMatch(r -> r.endsWith("=" + code)), "the Properties view shows the code " + code + ": " + rows);

        // a center selected in the list is ringed on the map
        CentersView list = (CentersView) page.findView(CentersView.ID);
        ServiceCenter irbid = org.nafitha.ui.NafithaUi.getDefault().getScenario().getCenters().stream()
                .filter(c -> c.getCode().equals("CSC-IR")).findFirst().orElseThrow();
        page.activate(list);
        list.getViewer().setSelection(new StructuredSelection(irbid), true);
        settle(map.getRenderJob());
        settle(map.getRenderJob());
        assertTrue(centers.selection().contains("CSC-IR"), "selection in the list shows on the map: " + centers.selection());

        // last, as it needs ../shared/data: a GIS specialist's file as a layer
        Path file = districts();
        Assumptions.assumeTrue(file != null, "skipped: ../shared/data/jordan-boundaries is not on this machine");
        Job adding = map.addLayerFile(file);
        adding.join();
        settle(map.getRenderJob());
        MapLayer districts = map.layer("file:dis_simpl_20m.gpkg");
        assertNotNull(districts, "the district GeoPackage is a layer");
        assertEquals(51, districts.features().size());
    }

    private static void collect(Control control, List<String> rows) {
        if (control instanceof Tree tree) {
            for (TreeItem item : tree.getItems()) {
                collect(item, rows);
            }
        } else if (control instanceof org.eclipse.swt.widgets.Composite c) {
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
