package org.nafitha.ui.tests;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.runtime.Platform;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.nafitha.map.MapLayer;
import org.nafitha.map.Style;
import org.nafitha.map.sources.ScenarioLayers;
import org.nafitha.ui.NafithaUi;
import org.nafitha.ui.map.AttributeTableView;
import org.nafitha.ui.map.LayerGroup;
import org.nafitha.ui.map.LayerHandler;
import org.nafitha.ui.map.MapView;

/**
 * The picture of the GIS layout for the README, in the language the workbench runs in (this class runs in the English
 * and the Arabic test run): the map in the middle with the district outlines (../shared/data/jordan-boundaries, when
 * on this machine) and the latest analysis results, the Layers view and the legend on the leading side, the lists and
 * the Properties view on the trailing side, the centers' attribute table under the map with two centers selected.
 * Written to target/screenshots/map-layout-{en,ar}.png.
 */
class MapLayoutScreenshotUiTest {

    @Test
    void mapInTheMiddle() throws Exception {
        String lang = Platform.getNL().startsWith("ar") ? "ar" : "en";
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        page.resetPerspective();
        Gui.settle(NafithaUi.getDefault().getAnalyses().run(NafithaUi.getDefault().getScenario(), Map.of()));
        MapView map = (MapView) page.showView(MapView.ID);
        Gui.settle(map.getRenderJob());
        for (MapLayer added : map.getLayers()) {
            if (map.group(added) == LayerGroup.ADDED && !added.id().equals("file:dis_simpl_20m.gpkg")) {
                map.removeLayer(added); // another test's table: not part of the picture
            }
        }
        Path districts = SharedDataFiles.districts();
        if (districts != null && map.layer("file:dis_simpl_20m.gpkg") == null) {
            map.addLayerFile(districts).join();
            Gui.settle(map.getRenderJob());
            MapLayer outlines = map.layer("file:dis_simpl_20m.gpkg");
            assertNotNull(outlines);
            map.applyStyle(outlines, new Style().fill(new Color(0xEDE7DA)).stroke(new Color(0x8A7F6A), 1f).label(null));
        }
        // the results are drawn over the scenario, but a planner reading the layout wants the centers on top
        MapLayer centers = map.layer(ScenarioLayers.CENTERS);
        map.moveLayer(centers, map.getLayers().size() - 1);
        AttributeTableView table = LayerHandler.openAttributes(page, centers);
        Gui.drain();
        table.sortBy(1);
        map.selectFeatures(centers, Set.of("CSC-AQ", "CSC-IR"));
        page.activate(map);
        map.zoomToAll();
        Gui.settle(map.getRenderJob());
        Gui.settle(map.getRenderJob());
        Path file = Path.of("target", "screenshots", "map-layout-" + lang + ".png");
        ComparisonUiTest.capture(file);
        assertTrue(Files.size(file) > 10_000);
        page.hideView(table);
    }
}
