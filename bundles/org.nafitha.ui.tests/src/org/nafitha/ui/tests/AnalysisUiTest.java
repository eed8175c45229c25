package org.nafitha.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import javax.imageio.ImageIO;

import org.eclipse.core.commands.Command;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.Test;
import org.nafitha.capacity.CapacityAnalyzer;
import org.nafitha.capacity.CapacityResult;
import org.nafitha.coverage.CoverageAnalyzer;
import org.nafitha.coverage.CoverageResult;
import org.nafitha.model.CenterStatus;
import org.nafitha.ui.AnalysisSession;
import org.nafitha.ui.NafithaUi;
import org.nafitha.ui.charts.ChartExportHandler;
import org.nafitha.ui.charts.ResultsView;
import org.nafitha.ui.map.MapView;

/** Analysis → Run the analyses: a background job, the UI thread free meanwhile, the results view filled at the end. */
class AnalysisUiTest {

    @Test
    void runTheAnalysesAsAJobAndSeeTheResults() throws Exception {
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        IHandlerService handlers = PlatformUI.getWorkbench().getService(IHandlerService.class);
        Thread ui = Thread.currentThread();
        AtomicReference<Thread> worker = new AtomicReference<>();
        AnalysisSession.Listener spy = st -> {
            if (st.running()) {
                worker.set(Thread.currentThread());
            }
        };
        NafithaUi.getDefault().getAnalyses().addListener(spy);
        handlers.executeCommand("org.nafitha.ui.runAnalyses", null);
        ResultsView view = (ResultsView) page.findView(ResultsView.ID);
        assertNotNull(view, "running the analyses shows the results view");
        Display display = Display.getCurrent();
        AnalysisSession analyses = NafithaUi.getDefault().getAnalyses();
        long until = System.currentTimeMillis() + 60_000;
        while ((analyses.state().running() || analyses.state().results().isEmpty()) && analyses.state().error() == null
                && System.currentTimeMillis() < until) {
            if (!display.readAndDispatch()) {
                Thread.sleep(5);
            }
        }
        for (int i = 0; i < 20; i++) {
            while (display.readAndDispatch()) {
                // let the view fill
            }
            Thread.sleep(5);
        }
        assertEquals(null, analyses.state().error());
        analyses.removeListener(spy);
        assertNotNull(worker.get(), "the analyses ran");
        assertTrue(worker.get() != ui, "the analyses ran in a job, not on the UI thread");
        CapacityResult capacity = analyses.state().result(CapacityAnalyzer.ID, CapacityResult.class);
        assertNotNull(capacity);
        long open = NafithaUi.getDefault().getScenario().getCenters().stream()
                .filter(c -> c.getStatus() == CenterStatus.EXISTING || c.getStatus() == CenterStatus.PLANNED).count();
        Table table = view.getCapacityTable().getTable();
        assertEquals(open, table.getItemCount());
        assertEquals(capacity.centers().get(0).code(), table.getItem(0).getText(0));
        assertTrue(view.getSummaryText().contains(String.format("%,d", capacity.totals().requiredCounters())), view.getSummaryText());

        // the map draws the results: the coverage layers join the scenario's (after its short reload delay)
        MapView map = (MapView) page.showView(MapView.ID);
        long wait = System.currentTimeMillis() + 5_000;
        while (map.layer("coverage.catchments") == null && System.currentTimeMillis() < wait) {
            if (!display.readAndDispatch()) {
                Thread.sleep(10);
            }
        }
        assertNotNull(map.layer("coverage.catchments"), "the catchments are on the map after the run");
        assertNotNull(map.layer("coverage.access"));

        // the five charts are drawn, and export as PNG and SVG
        assertEquals(5, view.getCharts().size());
        assertTrue(view.getCharts().get(0).getTitle().getText().contains(String.format("%.3f", analyses.state()
                .result(CoverageAnalyzer.ID, CoverageResult.class).equity().gini())));
        Path dir = Files.createTempDirectory("charts");
        view.showChart(0);
        view.getChartCanvas().export(dir.resolve("lorenz.png"), "png");
        view.showChart(4);
        assertEquals(view.getCharts().get(4), view.getChartCanvas().getChart());
        view.getChartCanvas().export(dir.resolve("counters.svg"), "svg");
        BufferedImage png = ImageIO.read(dir.resolve("lorenz.png").toFile());
        assertTrue(png.getWidth() >= 800 && png.getHeight() >= 500);
        String svg = Files.readString(dir.resolve("counters.svg"));
        assertTrue(svg.startsWith("<svg") || svg.contains("<svg"), svg.substring(0, Math.min(80, svg.length())));

        // export is a command in the chart's registered context menu (plugins can add entries there too)
        Menu menu = view.getChartCanvas().getMenu();
        assertNotNull(menu, "the chart has a context menu");
        List<String> entries = shownEntries(menu);
        ICommandService commands = PlatformUI.getWorkbench().getService(ICommandService.class);
        String pngName = commands.getCommand(ChartExportHandler.EXPORT_PNG).getName();
        String svgName = commands.getCommand(ChartExportHandler.EXPORT_SVG).getName();
        assertEquals(1, entries.stream().filter(pngName::equals).count(), entries.toString());
        assertEquals(1, entries.stream().filter(svgName::equals).count(), entries.toString());
        Command export = commands.getCommand(ChartExportHandler.EXPORT_PNG);
        assertTrue(export.isDefined() && export.isHandled(), "the export command has its handler");

        // the map's registered context menu lists each of its commands once
        List<String> mapEntries = shownEntries(map.getCanvas().getMenu());
        assertTrue(mapEntries.size() >= 5, mapEntries.toString());
        assertEquals(mapEntries.stream().distinct().count(), mapEntries.size(), mapEntries.toString());
    }

    /** The texts of a context menu's items while it is shown (the workbench fills registered menus on show). */
    private static List<String> shownEntries(Menu menu) throws InterruptedException {
        Display display = Display.getCurrent();
        menu.setVisible(true);
        for (int i = 0; i < 20; i++) {
            while (display.readAndDispatch()) {
                // let the menu fill
            }
            Thread.sleep(5);
        }
        List<String> entries = new ArrayList<>();
        for (MenuItem item : menu.getItems()) {
            if (!item.getText().isEmpty()) {
                entries.add(item.getText());
            }
        }
        menu.setVisible(false);
        return entries;
    }
}
