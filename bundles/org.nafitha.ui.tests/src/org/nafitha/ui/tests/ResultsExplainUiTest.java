package org.nafitha.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.NumberFormat;
import java.util.Comparator;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.nafitha.coverage.CoverageAnalyzer;
import org.nafitha.coverage.CoverageResult;
import org.nafitha.model.ServiceCenter;
import org.nafitha.model.edit.BilingualLabels;
import org.nafitha.model.edit.CenterEdits;
import org.nafitha.ui.AnalysisSession;
import org.nafitha.ui.NafithaUi;
import org.nafitha.ui.ScenarioSession;
import org.nafitha.ui.Tables;
import org.nafitha.ui.charts.Messages;
import org.nafitha.ui.charts.ResultsView;

/**
 * The results explain themselves: the zones beyond reach are listed with their nearest open center and its distance
 * (why a region's coverage is low), headers are whole and sort the rows, and after an edit and a new run the view
 * says what changed since the last run (Δ).
 */
class ResultsExplainUiTest {

    @Test
    void zonesBeyondReachShowTheirNearestCenterAndANewRunShowsTheChange() throws Exception {
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        ResultsView view = (ResultsView) page.showView(ResultsView.ID);
        ScenarioSession session = NafithaUi.getDefault().getSession();
        AnalysisSession analyses = NafithaUi.getDefault().getAnalyses();
        Gui.settle(analyses.run(session.scenario(), Map.of()));
        CoverageResult coverage = analyses.state().result(CoverageAnalyzer.ID, CoverageResult.class);
        assertNotNull(coverage);
        CoverageResult.Zone largest = coverage.zones().stream().filter(z -> !z.covered())
                .max(Comparator.comparingLong(CoverageResult.Zone::uncoveredPopulation)).orElseThrow();
        Table beyond = view.getBeyondReachTable().getTable();
        assertEquals(coverage.zones().stream().filter(z -> !z.covered()).count(), beyond.getItemCount());
        TableItem first = beyond.getItem(0);
        assertEquals(largest.code(), first.getText(0), "the largest population beyond reach first");
        ServiceCenter nearest = session.scenario().getCenters().stream().filter(c -> c.getCode().equals(largest.nearestCenter())).findFirst()
                .orElseThrow();
        assertTrue(Gui.shows(first.getText(4), BilingualLabels.name(nearest)), first.getText(4));
        assertTrue(first.getText(5).endsWith(" " + Messages.km) && first.getText(5).length() > Messages.km.length() + 1, first.getText(5));
        // headers are whole: each column is at least as wide as its title
        for (var column : view.getCapacityTable().getTable().getColumns()) {
            assertTrue(column.getWidth() >= Tables.titleWidth(column.getParent(), column.getText()), column.getText());
        }
        // a click on Residents sorts the zones beyond reach by residents, smallest first
        beyond.getColumn(3).notifyListeners(SWT.Selection, new Event());
        Gui.drain();
        CoverageResult.Zone smallest = coverage.zones().stream().filter(z -> !z.covered())
                .min(Comparator.comparingLong(CoverageResult.Zone::uncoveredPopulation)).orElseThrow();
        assertEquals(smallest.code(), beyond.getItem(0).getText(0));

        // a what-if: 40 more counters at Zarqa's center, run again: the change since the last run is shown
        ServiceCenter zarqa = session.scenario().getCenters().stream().filter(c -> c.getCode().equals("CSC-AZ")).findFirst().orElseThrow();
        int before = zarqa.getCounters().size();
        session.execute(CenterEdits.setCounters(session.domain(), zarqa, before + 40, "what if"));
        try {
            Gui.settle(analyses.run(session.scenario(), Map.of()));
            String prefix = Messages.sinceLastRun.substring(0, Messages.sinceLastRun.indexOf('{'));
            assertTrue(view.getSummaryText().contains(prefix), view.getSummaryText());
            Table capacity = view.getCapacityTable().getTable();
            TableItem row = null;
            for (TableItem i : capacity.getItems()) {
                if (i.getText(0).equals("CSC-AZ")) {
                    row = i;
                }
            }
            assertNotNull(row);
            assertEquals(NumberFormat.getIntegerInstance().format(0), row.getText(6), "the counters needed do not depend on the counters there");
            assertFalse(row.getText(11).isEmpty(), "the wait's change is shown");
            // 40 more counters never lengthen the wait: the change is negative, or none when it had and has no bound
            String wait = row.getText(11);
            assertTrue(wait.startsWith("−") || wait.equals("–") || wait.equals(Messages.noBound) || wait.matches("[0٠]([.,٫][0٠])?"), wait);
        } finally {
            session.commandStack().undo();
            session.saved();
        }
    }
}
