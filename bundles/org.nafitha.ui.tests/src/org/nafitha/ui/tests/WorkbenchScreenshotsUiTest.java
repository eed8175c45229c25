package org.nafitha.ui.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;

import org.eclipse.core.runtime.Platform;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.nafitha.model.CenterStatus;
import org.nafitha.model.NafithaPackage;
import org.nafitha.model.ServiceCenter;
import org.nafitha.model.edit.CenterEdits;
import org.nafitha.sample.SampleScenario;
import org.nafitha.ui.NafithaUi;
import org.nafitha.ui.ScenarioSession;
import org.nafitha.ui.charts.ComparisonView;
import org.nafitha.ui.charts.ResultsView;
import org.nafitha.ui.internal.CentersView;

/**
 * Pictures of the workbench for the README and the record, in the language it runs in (this class runs in the
 * English and in the Arabic test run): the centers table in the default layout, the results after a what-if (40 more
 * counters at Zarqa, Tafilah's center planned) and a second run, and the comparison of that plan with the sample.
 * Written to target/screenshots/{centers,results,comparison}-{en,ar}.png.
 */
class WorkbenchScreenshotsUiTest {

    @Test
    void centersResultsAndComparison() throws Exception {
        String lang = Platform.getNL().startsWith("ar") ? "ar" : "en";
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        page.resetPerspective();
        page.showView(CentersView.ID);
        Gui.drain();
        ComparisonUiTest.capture(Path.of("target", "screenshots", "centers-" + lang + ".png"));

        ScenarioSession session = NafithaUi.getDefault().getSession();
        Gui.settle(NafithaUi.getDefault().getAnalyses().run(session.scenario(), Map.of()));
        ServiceCenter zarqa = session.scenario().getCenters().stream().filter(c -> c.getCode().equals("CSC-AZ")).findFirst().orElseThrow();
        ServiceCenter tafilah = session.scenario().getCenters().stream().filter(c -> c.getCode().equals("CSC-AT")).findFirst().orElseThrow();
        session.execute(CenterEdits.setCounters(session.domain(), zarqa, zarqa.getCounters().size() + 40, "what if"));
        session.execute(SetCommand.create(session.domain(), tafilah, NafithaPackage.Literals.SERVICE_CENTER__STATUS, CenterStatus.PLANNED));
        try {
            Gui.settle(NafithaUi.getDefault().getAnalyses().run(session.scenario(), Map.of()));
            ResultsView results = (ResultsView) page.showView(ResultsView.ID);
            page.setPartState(page.getReference(results), IWorkbenchPage.STATE_MAXIMIZED);
            results.showTab(3);
            Gui.drain();
            ComparisonUiTest.capture(Path.of("target", "screenshots", "results-" + lang + ".png"));
            results.showTab(1);
            Gui.drain();
            ComparisonUiTest.capture(Path.of("target", "screenshots", "capacity-" + lang + ".png"));
            page.setPartState(page.getReference(results), IWorkbenchPage.STATE_RESTORED);

            ComparisonView comparison = (ComparisonView) page.showView(ComparisonView.ID);
            page.setPartState(page.getReference(comparison), IWorkbenchPage.STATE_MAXIMIZED);
            Gui.settle(comparison.compare(SampleScenario.create(), SampleScenario.NAME));
            ComparisonUiTest.capture(Path.of("target", "screenshots", "comparison-" + lang + ".png"));
            page.setPartState(page.getReference(comparison), IWorkbenchPage.STATE_RESTORED);
            assertTrue(comparison.getFigures().getTable().getItemCount() == 10);
        } finally {
            session.commandStack().undo();
            session.commandStack().undo();
            session.saved();
        }
    }
}
