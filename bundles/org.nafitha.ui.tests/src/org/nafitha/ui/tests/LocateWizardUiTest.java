package org.nafitha.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.nafitha.analysis.layers.LocateLayers;
import org.nafitha.locate.Instance;
import org.nafitha.locate.LocateAnalyzer;
import org.nafitha.locate.LocatePlan;
import org.nafitha.locate.LocateResult;
import org.nafitha.locate.Problem;
import org.nafitha.map.MapLayer;
import org.nafitha.model.CenterStatus;
import org.nafitha.model.Scenario;
import org.nafitha.model.ServiceCenter;
import org.nafitha.ui.NafithaUi;
import org.nafitha.ui.ScenarioSession;
import org.nafitha.ui.charts.ComparisonView;
import org.nafitha.ui.locate.LocateJob;
import org.nafitha.ui.locate.LocateResultsView;
import org.nafitha.ui.locate.LocateWizard;
import org.nafitha.ui.map.MapView;

/**
 * Analysis → Location-allocation… driven to an applied scenario and back: the wizard's settings become the engine's
 * options (p = 13, Ma'an's existing center offered as a mere candidate, 3 s), the job's answer is drawn on the map
 * (one star per chosen site) and listed per site, "Apply" turns it into a new scenario as one command (the opened
 * sites planned centers, Ma'an's center closed when the answer dropped it), the comparison view opens on it, and one
 * Undo restores the sample. A picture of the workbench is kept in target/screenshots/locate-{en,ar}.png.
 */
class LocateWizardUiTest {

    @Test
    void theWizardRunsTheEngineAndItsAnswerBecomesAScenarioThatOneUndoTakesBack() throws Exception {
        String lang = Platform.getNL().startsWith("ar") ? "ar" : "en";
        ScenarioSession session = NafithaUi.getDefault().getSession();
        Scenario scenario = session.scenario();
        String code = scenario.getCode();
        int centers = scenario.getCenters().size();
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        MapView map = (MapView) page.showView(MapView.ID);

        LocateWizard wizard = new LocateWizard(scenario);
        WizardDialog dialog = new WizardDialog(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), wizard);
        dialog.setBlockOnOpen(false);
        dialog.open();
        try {
            Gui.drain();
            wizard.getPage().setProblem(Problem.Type.PMEDIAN);
            wizard.getPage().setP(13);
            wizard.getPage().setTimeLimit(3);
            assertTrue(wizard.getPage().setRole("CSC-MN", Instance.Status.CANDIDATE));
            assertTrue(wizard.getPage().isPageComplete());
            Map<String, String> options = wizard.getPage().options();
            assertEquals(Map.of("locate.problem", "pmedian", "locate.p", "13", "locate.timeLimit", "3", "locate.roles", "CSC-MN=candidate"), options);
            wizard.getPage().setP(5);
            assertFalse(wizard.getPage().isPageComplete(), "fewer sites than the 10 required ones");
            wizard.getPage().setP(13);
            assertTrue(wizard.performFinish());
        } finally {
            dialog.close();
        }
        Gui.settle(wizard.getJob());
        LocateJob.Answer answer = LocateJob.latest();
        assertNotNull(answer);
        LocateResult result = answer.result();
        assertEquals(13, result.solution().chosen().length);
        assertTrue(NafithaUi.getDefault().getAnalyses().state().results().get(LocateAnalyzer.ID) == result, "the answer joins the results");

        // on the map: the locate layers of the analysis layers bundle, one star per chosen site
        Gui.settle(map.render());
        MapLayer sites = map.layer(LocateLayers.SITES);
        assertNotNull(sites, "the chosen sites are drawn");
        assertEquals(13, sites.features().size());
        assertNotNull(map.layer(LocateLayers.ALLOCATION), "the allocation lines are drawn");

        // the results view: one row per chosen site, the objective above
        LocateResultsView view = (LocateResultsView) page.showView(LocateResultsView.ID);
        Gui.drain();
        assertEquals(13, view.getTable().getTable().getItemCount());
        assertTrue(view.getApply().isEnabled(), "the answer is of the open scenario as it is");
        ComparisonUiTest.capture(Path.of("target", "screenshots", "locate-" + lang + ".png"));

        List<String> chosen = Arrays.stream(result.solution().chosen()).mapToObj(j -> result.instance().siteId(j)).toList();
        LocatePlan plan = LocatePlan.of(scenario, result, true);
        int commandsBefore = session.commandStack().canUndo() ? 1 : 0;
        assertTrue(view.apply(true));
        Gui.drain();
        assertEquals(code + "-LA", scenario.getCode(), "a new scenario");
        assertEquals(centers + plan.newCenters().size(), scenario.getCenters().size());
        ServiceCenter maan = scenario.getCenters().stream().filter(c -> c.getCode().equals("CSC-MN")).findFirst().orElseThrow();
        assertEquals(chosen.contains("CSC-MN") ? CenterStatus.EXISTING : CenterStatus.CLOSED, maan.getStatus());
        assertFalse(plan.newCenters().isEmpty(), "13 sites for 11 existing centers: candidate sites are opened");
        for (ServiceCenter opened : plan.newCenters()) {
            ServiceCenter added = scenario.getCenters().stream().filter(c -> c.getCode().equals(opened.getCode())).findFirst().orElseThrow();
            assertEquals(CenterStatus.PLANNED, added.getStatus(), added.getCode());
        }
        assertNotNull(page.findView(ComparisonView.ID), "the comparison view opens on the new scenario");
        assertFalse(view.getApply().isEnabled(), "the answer is of the scenario before it was applied");

        session.commandStack().undo();
        Gui.drain();
        assertEquals(code, scenario.getCode(), "one Undo takes it all back");
        assertEquals(centers, scenario.getCenters().size());
        assertEquals(CenterStatus.EXISTING, maan.getStatus());
        assertEquals(commandsBefore == 1, session.commandStack().canUndo());
    }
}
