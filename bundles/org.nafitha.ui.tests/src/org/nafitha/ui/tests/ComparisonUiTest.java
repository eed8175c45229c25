package org.nafitha.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nafitha.core.AnalysisContext;
import org.nafitha.core.AnalysisRunner;
import org.nafitha.coverage.CoverageAnalyzer;
import org.nafitha.coverage.CoverageResult;
import org.nafitha.model.DemandZone;
import org.nafitha.model.NafithaPackage;
import org.nafitha.model.Scenario;
import org.nafitha.model.ServiceCenter;
import org.nafitha.model.edit.CenterEdits;
import org.nafitha.model.provider.NafithaEditPlugin;
import org.nafitha.sample.SampleScenario;
import org.nafitha.store.ScenarioStore;
import org.nafitha.ui.NafithaUi;
import org.nafitha.ui.ScenarioSession;
import org.nafitha.ui.charts.ComparisonView;
import org.nafitha.ui.charts.Messages;

/**
 * The scenario comparison reads open − other. The open scenario is the sample with three known changes: Zarqa's
 * center has 40 more counters, a zone beyond reach has 10,000 more residents, and a copy of that zone is added under a
 * new code. Against the sample, counters differ by +40 and residents beyond reach by +(10,000 + the copy's residents);
 * the new zone is "added in this scenario". Then the same scenario, saved to a store, is compared with the sample open:
 * every sign turns and the zone is "not in this scenario". A picture of the workbench is kept in
 * target/screenshots/comparison.png.
 */
class ComparisonUiTest {

    @TempDir
    Path temp;

    @Test
    void theDifferenceIsOpenMinusOtherAgainstTheSampleAndAStoreRevision() throws Exception {
        ScenarioSession session = NafithaUi.getDefault().getSession();
        Scenario scenario = session.scenario();
        ServiceCenter zarqa = scenario.getCenters().stream().filter(c -> c.getCode().equals("CSC-AZ")).findFirst().orElseThrow();
        DemandZone beyond = firstZoneBeyondReach(scenario);
        long copyResidents = beyond.getPopulation() + 10_000;
        int before = zarqa.getCounters().size();
        session.execute(CenterEdits.setCounters(session.domain(), zarqa, before + 40, "more counters"));
        session.execute(SetCommand.create(session.domain(), beyond, NafithaPackage.Literals.DEMAND_ZONE__POPULATION, beyond.getPopulation() + 10_000));
        DemandZone copy = EcoreUtil.copy(beyond);
        copy.setCode("TEST-NEW-ZONE");
        session.execute(AddCommand.create(session.domain(), scenario, NafithaPackage.Literals.SCENARIO__DEMAND_ZONES, copy));
        int edits = 3;
        try {
            IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
            ComparisonView view = (ComparisonView) page.showView(ComparisonView.ID);
            Table figures = view.getFigures().getTable();
            assertTrue(figures.getColumn(3).getText().equals(Messages.difference) && Messages.difference.contains("−"), figures.getColumn(3).getText());

            Gui.settle(view.compare(SampleScenario.create(), "sample"));
            Map<String, String> diff = differences(figures);
            assertEquals("+" + grouped(40), diff.get(Messages.fig_counters));
            assertEquals("+" + grouped(10_000 + copyResidents), diff.get(Messages.fig_unservedPopulation));
            assertTrue(diff.get(Messages.fig_coveredShare).startsWith("−"), "more residents beyond reach: a lower share " + diff);
            // more counters is better (green), more residents beyond reach is worse (red)
            assertEquals(0x2E, row(figures, Messages.fig_counters).getForeground(3).getRed());
            assertEquals(0xC6, row(figures, Messages.fig_unservedPopulation).getForeground(3).getRed());
            Map<String, String> kinds = changes(view.getChanges().getTable());
            assertEquals(Messages.changeAdded, kinds.get("TEST-NEW-ZONE"), kinds.toString());
            assertEquals(Messages.changeChanged, kinds.get(beyond.getCode()));
            assertEquals(Messages.changeChanged, kinds.get("CSC-AZ"));
            // what changed, in the planner's words and digits: the feature's label, the numbers grouped
            String what = null;
            for (TableItem item : view.getChanges().getTable().getItems()) {
                if (item.getText(2).equals(beyond.getCode())) {
                    what = item.getText(3);
                }
            }
            String population = NafithaEditPlugin.INSTANCE.getString("_UI_DemandZone_population_feature");
            String arrow = Window.getDefaultOrientation() == SWT.RIGHT_TO_LEFT ? " ← " : " → "; // old to new, as the text runs
            assertEquals(population + ": " + grouped(beyond.getPopulation() - 10_000) + arrow + grouped(beyond.getPopulation()), what);
            capture(Path.of("target", "screenshots", "comparison.png"));

            // the same scenario as a store revision, against the sample open in the workbench
            Scenario stored = EcoreUtil.copy(scenario);
            stored.setCode("JO-MORE");
            Path store = temp.resolve("store");
            try (ScenarioStore s = ScenarioStore.open(store)) {
                s.save(stored);
            }
            for (; edits > 0; edits--) {
                session.commandStack().undo();
            }
            Gui.settle(view.compareStored(store, "JO-MORE"));
            diff = differences(figures);
            assertEquals("−" + grouped(40), diff.get(Messages.fig_counters), diff.toString());
            assertEquals("−" + grouped(10_000 + copyResidents), diff.get(Messages.fig_unservedPopulation));
            kinds = changes(view.getChanges().getTable());
            assertEquals(Messages.changeRemoved, kinds.get("TEST-NEW-ZONE"), kinds.toString());
        } finally {
            for (; edits > 0; edits--) {
                session.commandStack().undo();
            }
            session.saved();
        }
        assertEquals(before, zarqa.getCounters().size());
    }

    private static DemandZone firstZoneBeyondReach(Scenario s) {
        AnalysisContext context = AnalysisRunner.fromExtensions().run(new AnalysisContext(s, Map.of()), List.of(CoverageAnalyzer.ID),
                new NullProgressMonitor());
        CoverageResult coverage = context.result(CoverageAnalyzer.ID, CoverageResult.class).orElseThrow();
        // a zone none of whose residents is within reach: more residents there are all beyond reach
        String code = coverage.zones().stream().filter(z -> z.coveredPopulation() == 0 && z.population() > 0).map(CoverageResult.Zone::code).findFirst()
                .orElseThrow(() -> new AssertionError("the sample has residents beyond reach"));
        return s.getDemandZones().stream().filter(z -> z.getCode().equals(code)).findFirst().orElseThrow();
    }

    private static String grouped(long n) {
        return NumberFormat.getIntegerInstance().format(n);
    }

    private static TableItem row(Table figures, String label) {
        for (TableItem item : figures.getItems()) {
            if (item.getText(0).equals(label)) {
                return item;
            }
        }
        throw new AssertionError("no row " + label);
    }

    /** The Difference column by figure. */
    private static Map<String, String> differences(Table figures) {
        assertEquals(10, figures.getItemCount());
        Map<String, String> out = new HashMap<>();
        for (TableItem item : figures.getItems()) {
            out.put(item.getText(0), item.getText(3));
        }
        assertNotNull(out.get(Messages.fig_counters));
        return out;
    }

    /** What the changes table says of each code (the whole kind when the cell shows its start). */
    private static Map<String, String> changes(Table changes) {
        Map<String, String> out = new HashMap<>();
        for (TableItem item : changes.getItems()) {
            String shown = item.getText(0);
            String kind = Stream.of(Messages.changeAdded, Messages.changeRemoved, Messages.changeChanged)
                    .filter(k -> Gui.shows(shown, k)).findFirst().orElse(shown);
            out.put(item.getText(2), kind);
        }
        return out;
    }

    static void capture(Path file) throws Exception {
        capture(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), file);
        assertTrue(Files.size(file) > 10_000);
    }

    /** A PNG of a shell as it is on the screen. */
    static void capture(Shell shell, Path file) throws Exception {
        Display d = shell.getDisplay();
        Rectangle r = shell.getBounds();
        Image image = new Image(d, r.width, r.height);
        GC gc = new GC(d);
        gc.copyArea(image, r.x, r.y);
        gc.dispose();
        Files.createDirectories(file.getParent());
        ImageLoader loader = new ImageLoader();
        loader.data = new ImageData[] { image.getImageData() };
        loader.save(file.toString(), SWT.IMAGE_PNG);
        image.dispose();
    }
}
