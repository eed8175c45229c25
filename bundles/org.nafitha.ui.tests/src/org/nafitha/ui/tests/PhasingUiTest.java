package org.nafitha.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.IContributionItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.nafitha.locate.Problem;
import org.nafitha.model.Roadmap;
import org.nafitha.model.RoadmapAction;
import org.nafitha.model.RoadmapActionKind;
import org.nafitha.roadmap.PhasingProposal;
import org.nafitha.roadmap.RoadmapPlan;
import org.nafitha.ui.NafithaUi;
import org.nafitha.ui.ScenarioSession;
import org.nafitha.ui.charts.RoadmapView;
import org.nafitha.ui.charts.phasing.PhasingDialog;

/**
 * "Propose phasing…" on the sample, in the language the workbench runs in (English and Arabic runs): the Roadmap view's
 * toolbar offers it; the dialog runs the proposal in a job and shows a row per year of the horizon; Apply adds the
 * proposed openings to the roadmap as one command — each in a year of the horizon, each year's cost within its capital
 * budget less the actions already written for it — and one Undo takes them all away. The picture of the dialog with
 * its answer is target/screenshots/phasing-{en,ar}.png.
 */
class PhasingUiTest {

    @Test
    void theProposalIsShownAppliedAsOneCommandAndUndone() throws Exception {
        String lang = Platform.getNL().startsWith("ar") ? "ar" : "en";
        ScenarioSession session = NafithaUi.getDefault().getSession();
        Roadmap m = session.scenario().getRoadmap();
        assertNotNull(m, "the sample has a roadmap");
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        RoadmapView view = (RoadmapView) page.showView(RoadmapView.ID);
        Gui.drain();
        IContributionItem item = view.getViewSite().getActionBars().getToolBarManager().find("org.nafitha.ui.charts.proposePhasing.toolbar");
        assertNotNull(item, "the Roadmap view's toolbar offers Propose phasing…");
        assertTrue(item.isVisible());

        RoadmapPlan plan = RoadmapPlan.of(session.scenario());
        Map<Integer, Double> left = new HashMap<>();
        for (int y = plan.firstYear(); y <= plan.lastYear(); y++) {
            double written = plan.actionsIn(y).stream().mapToDouble(plan::actionCost).sum();
            left.put(y, Math.max(0, plan.capitalBudget(y).orElse(0) - written));
        }
        int before = m.getActions().size();
        PhasingDialog dialog = new PhasingDialog(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), session);
        dialog.setBlockOnOpen(false);
        dialog.open();
        PhasingProposal proposal;
        try {
            Gui.drain();
            dialog.setProblem(Problem.Type.MCLP);
            dialog.setRadiusKm(15);
            dialog.setTimeLimit(3);
            Job job = dialog.propose();
            Gui.settle(job);
            proposal = dialog.getProposal();
            assertNotNull(proposal, dialog.getSummary());
            assertEquals(m.getLastYear() - m.getFirstYear() + 1, dialog.getTable().getItemCount(), "a row per year");
            assertFalse(proposal.actions().isEmpty(), "the sample's budgets leave room for a satellite center");
            assertTrue(proposal.gap() >= 0 && proposal.gap() < 0.1, "gap " + proposal.gap());
            Gui.drain();
            Path file = Path.of("target", "screenshots", "phasing-" + lang + ".png");
            ComparisonUiTest.capture(dialog.getShell(), file);
            assertTrue(Files.size(file) > 5_000);
            assertTrue(dialog.apply(), "applied");
        } finally {
            dialog.close();
        }
        Gui.drain();
        List<RoadmapAction> added = proposal.actions();
        assertEquals(before + added.size(), m.getActions().size());
        Map<Integer, Double> spent = new HashMap<>();
        for (RoadmapAction a : added) {
            assertTrue(m.getActions().contains(a));
            assertEquals(RoadmapActionKind.OPEN_CENTER, a.getKind());
            assertTrue(a.getYear() >= m.getFirstYear() && a.getYear() <= m.getLastYear(), a.getCode() + " in " + a.getYear());
            spent.merge(a.getYear(), a.getCost(), Double::sum);
        }
        spent.forEach((year, cost) -> assertTrue(cost <= left.get(year) + 1e-6, year + ": " + cost + " over " + left.get(year)));
        assertEquals(List.of(), view.getProblems().keySet().stream().filter(added::contains).toList(), "the proposed actions pass the checks");

        session.commandStack().undo();
        Gui.drain();
        assertEquals(before, m.getActions().size(), "one Undo takes the proposal back");
        for (RoadmapAction a : added) {
            assertFalse(m.getActions().contains(a));
        }
        session.saved();
    }
}
