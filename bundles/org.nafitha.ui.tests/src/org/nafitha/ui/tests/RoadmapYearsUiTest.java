package org.nafitha.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.text.NumberFormat;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.Platform;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.nafitha.card.CardCatalog;
import org.nafitha.core.AnalysisRunner;
import org.nafitha.coverage.CoverageAnalyzer;
import org.nafitha.coverage.CoverageResult;
import org.nafitha.map.MapLayer;
import org.nafitha.map.sources.ScenarioLayers;
import org.nafitha.model.CenterStatus;
import org.nafitha.model.NafithaFactory;
import org.nafitha.model.NafithaPackage;
import org.nafitha.model.RoadmapAction;
import org.nafitha.model.RoadmapActionKind;
import org.nafitha.model.Scenario;
import org.nafitha.model.ServiceCenter;
import org.nafitha.model.edit.CenterEdits;
import org.nafitha.roadmap.RoadmapEngine;
import org.nafitha.roadmap.RoadmapResult;
import org.nafitha.roadmap.YearState;
import org.nafitha.ui.AnalysisSession;
import org.nafitha.ui.NafithaUi;
import org.nafitha.ui.ScenarioSession;
import org.nafitha.ui.ViewedYear;
import org.nafitha.ui.card.CardModel;
import org.nafitha.ui.card.NationalCardView;
import org.nafitha.ui.charts.ComparisonView;
import org.nafitha.ui.charts.Messages;
import org.nafitha.ui.charts.ResultsView;
import org.nafitha.ui.charts.RoadmapView;
import org.nafitha.ui.internal.CentersView;
import org.nafitha.ui.map.MapView;

/**
 * The Roadmap view's year selector switches the workbench to the roadmap's state in that year, and back; Compare years…
 * and Compare with roadmap… open the comparison view (this class runs in the English and the Arabic test run, so it
 * asserts codes and numbers, never words). The sample's roadmap opens the Tafilah comprehensive center CSC-AT (a
 * candidate in centers.csv) and the municipal one-stop shop OSS-IR-04 (a new office) in 2027 (roadmap_actions.csv
 * RM-040, RM-041); it closes none, so the test adds a closing in 2027 and takes it back. The expected figures are the
 * roadmap engine's for the same years (covered share, mean card score). Pictures: target/screenshots/roadmap-year-{en,ar}.png and
 * roadmap-compare-years-{en,ar}.png.
 */
class RoadmapYearsUiTest {

    private final ViewedYear viewed = NafithaUi.getDefault().getViewedYear();

    /** The base scenario again, and the comparison view closed (its columns name the last comparison's sides). */
    @AfterEach
    void backToBase() {
        viewed.showBase();
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        if (page.findView(ComparisonView.ID) != null) {
            page.hideView(page.findView(ComparisonView.ID));
        }
        Gui.drain();
    }

    @Test
    void aChosenYearShowsItsStateInTheTableTheMapAndTheResultsAndBaseRestoresThem() throws Exception {
        String lang = Platform.getNL().startsWith("ar") ? "ar" : "en";
        ScenarioSession session = NafithaUi.getDefault().getSession();
        Scenario base = session.scenario();
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        CentersView centers = (CentersView) page.showView(CentersView.ID);
        MapView map = (MapView) page.showView(MapView.ID);
        ResultsView results = (ResultsView) page.showView(ResultsView.ID);
        NationalCardView national = (NationalCardView) page.showView(NationalCardView.ID);
        RoadmapView view = (RoadmapView) page.showView(RoadmapView.ID);
        Gui.drain();
        RoadmapResult engine = new RoadmapEngine(AnalysisRunner.fromExtensions(), CardCatalog.fromExtensions())
                .run(EcoreUtil.copy(base), 2026, 2028, 1, new NullProgressMonitor());

        // the base scenario analysed first: its results come back after the years
        Gui.settle(NafithaUi.getDefault().getAnalyses().run(base, Map.of()));
        AnalysisSession.State baseResults = NafithaUi.getDefault().getAnalyses().state();
        assertSame(base, baseResults.scenario());
        Set<String> allCenters = codes(base.getCenters());
        assertEquals(allCenters, tableCodes(centers.getViewer().getTable()));

        view.selectYear(2026);
        awaitYear(2026);
        assertEquals(open(base, 2026), tableCodes(centers.getViewer().getTable()), "the centers open in 2026");
        assertFalse(tableCodes(centers.getViewer().getTable()).contains("CSC-AT"), "Tafilah opens in 2027");
        assertFalse(tableCodes(centers.getViewer().getTable()).contains("OSS-IR-04"), "the one-stop shop opens in 2027");
        assertTrue(centers.getContentDescription().contains("2026"), centers.getContentDescription());
        assertTrue(results.getContentDescription().contains("2026") && map.getContentDescription().contains("2026"));
        awaitMapCenters(map, open(base, 2026).size());
        awaitCoveredShare(results, engine.years().get(0));

        // read-only: the table adds nothing, and no command edits the year's state
        assertNull(centers.addNew(), "no New while a year is viewed");
        ServiceCenter shownCenter = viewed.scenario().getCenters().get(0);
        int counters = shownCenter.getCounters().size();
        assertFalse(session.execute(CenterEdits.setCounters(session.domain(), shownCenter, counters + 2, "more")), "the state is read-only");
        assertEquals(counters, shownCenter.getCounters().size());
        int sites = viewed.scenario().getCandidateSites().size();
        assertNull(map.newCandidateSiteAt(200, 200), "the map adds nothing to the year's state");
        assertEquals(sites, viewed.scenario().getCandidateSites().size());
        assertEquals(allCenters, codes(base.getCenters()), "nothing was added to the base");

        view.selectYear(2028);
        awaitYear(2028);
        Set<String> in2028 = tableCodes(centers.getViewer().getTable());
        assertEquals(open(base, 2028), in2028, "the centers open in 2028");
        assertTrue(in2028.contains("CSC-AT") && in2028.contains("OSS-IR-04"), "both opened in 2027: " + in2028);
        awaitMapCenters(map, in2028.size());
        awaitCoveredShare(results, engine.years().get(2));
        // the card follows the year's analyses: the engine's mean card score of 2028, with the center opened in 2027 rated
        Gui.until(() -> {
            CardModel.State card = CardModel.get().state();
            return card.card() != null && !card.running() && card.card().centers().stream().anyMatch(c -> c.code().equals("CSC-AT"));
        }, "the card of 2028");
        assertTrue(national.getContentDescription().contains("2028"), national.getContentDescription());
        assertEquals(engine.years().get(2).cardMeanScore(), CardModel.get().state().card().national().meanScore(), 1e-9);

        // a closing added to the roadmap (the base) while 2028 is viewed: the year's state follows, and Undo takes it back
        ServiceCenter closed = base.getCenters().stream().filter(c -> c.getStatus() == CenterStatus.EXISTING).findFirst().orElseThrow();
        RoadmapAction close = NafithaFactory.eINSTANCE.createRoadmapAction();
        close.setCode("TEST-CLOSE");
        close.setYear(2027);
        close.setKind(RoadmapActionKind.CLOSE_CENTER);
        close.setCenter(closed);
        assertTrue(session.execute(AddCommand.create(session.domain(), base.getRoadmap(), NafithaPackage.Literals.ROADMAP__ACTIONS, close)));
        awaitYear(2028);
        assertFalse(tableCodes(centers.getViewer().getTable()).contains(closed.getCode()), closed.getCode() + " closed in 2027");
        awaitMapCenters(map, in2028.size() - 1);
        session.commandStack().undo();
        awaitYear(2028);
        assertEquals(in2028, tableCodes(centers.getViewer().getTable()));
        session.saved();

        page.activate(centers);
        Gui.until(() -> centers.getViewer().getTable().getItemCount() == in2028.size(), "the table of 2028");
        Gui.settle(null); // the map redraws with the year's results a moment after the run (a 300 ms timer)
        Gui.settle(null);
        Path file = Path.of("target", "screenshots", "roadmap-year-" + lang + ".png");
        ComparisonUiTest.capture(file);

        // back to the base: every center again, editable, and the base's own results without a run
        view.showBase();
        Gui.until(() -> !NafithaUi.getDefault().getAnalyses().state().running(), "the analyses to settle");
        assertFalse(viewed.isViewing());
        assertEquals(allCenters, tableCodes(centers.getViewer().getTable()));
        assertEquals("", centers.getContentDescription());
        assertSame(baseResults.results(), NafithaUi.getDefault().getAnalyses().state().results(), "the base's results, restored");
        awaitMapCenters(map, allCenters.size());
    }

    @Test
    void compareYearsShowsBothYearsFiguresAndCompareWithRoadmapTheTrajectories() throws Exception {
        String lang = Platform.getNL().startsWith("ar") ? "ar" : "en";
        Scenario base = NafithaUi.getDefault().getSession().scenario();
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        RoadmapView view = (RoadmapView) page.showView(RoadmapView.ID);
        Gui.drain();
        RoadmapResult engine = new RoadmapEngine(AnalysisRunner.fromExtensions(), CardCatalog.fromExtensions())
                .run(EcoreUtil.copy(base), 2026, 2028, 1, new NullProgressMonitor());

        Gui.settle(view.compareYears(2026, 2028));
        ComparisonView comparison = (ComparisonView) page.findView(ComparisonView.ID);
        assertNotNull(comparison, "Compare years… opens the comparison view");
        Table figures = comparison.getFigures().getTable();
        assertEquals("2028", figures.getColumn(1).getText(), "the later year first");
        assertEquals("2026", figures.getColumn(2).getText());
        TableItem covered = row(figures, Messages.fig_coveredShare);
        assertEquals(percent(engine.years().get(2).coveredShare()), covered.getText(1));
        assertEquals(percent(engine.years().get(0).coveredShare()), covered.getText(2));
        Map<String, String> changes = new HashMap<>();
        for (TableItem i : comparison.getChanges().getTable().getItems()) {
            changes.put(i.getText(2), i.getText(0));
        }
        assertEquals(Messages.changeAdded, changes.get("OSS-IR-04"), "the one-stop shop is new in 2027: " + changes);
        assertEquals(Messages.changeChanged, changes.get("CSC-AT"), "Tafilah, a candidate in 2026, is open in 2028");
        page.activate(comparison);
        page.setPartState(page.getReference(comparison), IWorkbenchPage.STATE_MAXIMIZED);
        Gui.drain();
        ComparisonUiTest.capture(Path.of("target", "screenshots", "roadmap-compare-years-" + lang + ".png"));
        page.setPartState(page.getReference(comparison), IWorkbenchPage.STATE_RESTORED);
        Gui.drain();

        // another roadmap: the sample's without the Tafilah center; the covered share by year in both
        Scenario other = EcoreUtil.copy(base);
        // (its opening and what the roadmap does there later: an action on a center not open is an error)
        other.getRoadmap().getActions().removeIf(a -> a.getCenter() != null && "CSC-AT".equals(a.getCenter().getCode()));
        view.selectIndicator("coveredShare");
        view.selectYear(2028);
        Gui.drain();
        Gui.settle(view.compareRoadmaps(other, "without Tafilah"));
        XYDataset lines = comparison.getChart().getChart().getXYPlot().getDataset();
        assertEquals(3, lines.getSeriesCount(), "this roadmap, the other, and this one's targets");
        int years = base.getRoadmap().getLastYear() - base.getRoadmap().getFirstYear() + 1;
        assertEquals(years, lines.getItemCount(0), "a value per year");
        assertEquals(years, lines.getItemCount(1));
        assertEquals(engine.years().get(2).coveredShare(), lines.getYValue(0, 2), 1e-9, "this roadmap's 2028, as the engine says");
        assertEquals(lines.getYValue(0, 0), lines.getYValue(1, 0), 1e-9, "both alike in 2026");
        assertTrue(lines.getYValue(1, 2) <= lines.getYValue(0, 2) + 1e-12, "without Tafilah, no more residents within reach");
        assertEquals(percent(engine.years().get(2).coveredShare()), row(figures, Messages.fig_coveredShare).getText(1), "2028 side by side");
    }

    private void awaitYear(int year) throws InterruptedException {
        Gui.until(() -> {
            AnalysisSession.State st = NafithaUi.getDefault().getAnalyses().state();
            return viewed.year() == year && st.scenario() == viewed.scenario() && !st.running() && !st.stale() && !st.results().isEmpty();
        }, "the analyses of " + year);
    }

    private static void awaitMapCenters(MapView map, int expected) throws InterruptedException {
        Gui.until(() -> {
            MapLayer layer = map.layer(ScenarioLayers.CENTERS);
            return layer != null && layer.features().size() == expected;
        }, expected + " centers on the map");
    }

    /** The results view says the engine's covered share of the year, and its coverage result is the engine's figure. */
    private static void awaitCoveredShare(ResultsView results, RoadmapResult.Year year) throws InterruptedException {
        String share = percent(year.coveredShare());
        Gui.until(() -> results.getSummaryText().contains(share), "the covered share " + share + " of " + year.year());
        CoverageResult cov = NafithaUi.getDefault().getAnalyses().state().result(CoverageAnalyzer.ID, CoverageResult.class);
        long population = cov.zones().stream().mapToLong(CoverageResult.Zone::population).sum();
        long covered = cov.zones().stream().mapToLong(CoverageResult.Zone::coveredPopulation).sum();
        assertEquals(year.coveredShare(), (double) covered / population, 1e-9, "the engine's covered share of " + year.year());
    }

    /** The codes of the centers open in a year, by the roadmap engine's state of that year. */
    private static Set<String> open(Scenario base, int year) {
        return codes(YearState.of(base, year).openCenters());
    }

    private static Set<String> codes(List<ServiceCenter> centers) {
        return centers.stream().map(ServiceCenter::getCode).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static Set<String> tableCodes(Table table) {
        Set<String> out = new LinkedHashSet<>();
        for (TableItem i : table.getItems()) {
            out.add(((ServiceCenter) i.getData()).getCode());
        }
        return out;
    }

    private static TableItem row(Table table, String label) {
        for (TableItem i : table.getItems()) {
            if (i.getText(0).equals(label)) {
                return i;
            }
        }
        throw new AssertionError("no row " + label);
    }

    /** A share as the views write it (ResultsView.percent: the locale's percent, one decimal at most). */
    private static String percent(double share) {
        NumberFormat f = NumberFormat.getPercentInstance();
        f.setMaximumFractionDigits(1);
        return f.format(share);
    }
}
