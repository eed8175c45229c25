package org.nafitha.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.function.BooleanSupplier;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.nafitha.card.CardResult;
import org.nafitha.model.ServiceCenter;
import org.nafitha.model.edit.BilingualLabels;
import org.nafitha.model.edit.CenterEdits;
import org.nafitha.ui.NafithaUi;
import org.nafitha.ui.ScenarioSession;
import org.nafitha.ui.card.CardModel;
import org.nafitha.ui.card.CenterCardView;
import org.nafitha.ui.card.Messages;
import org.nafitha.ui.card.NationalCardView;
import org.nafitha.ui.internal.CentersView;

/**
 * The cards follow the analyses: after an edit the card is out of date, and running the analyses (F9) rates it again
 * from their results — the center card no longer says "changed since computed". Pressing Compute on the national card
 * keeps the center card on the center the planner picked.
 */
class CardsFollowAnalysesUiTest {

    @Test
    void runningTheAnalysesRatesTheCardAgain() throws Exception {
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        ScenarioSession session = NafithaUi.getDefault().getSession();
        CenterCardView view = (CenterCardView) page.showView(CenterCardView.ID);
        view.showCenter("CSC-AM");
        Gui.settle(CardModel.get().compute());
        assertNotNull(CardModel.get().state().card());
        ServiceCenter am = center(session, "CSC-AM");
        session.execute(CenterEdits.setStaff(session.domain(), am, am.getStaff() + 3));
        try {
            Gui.drain();
            assertTrue(CardModel.get().state().stale(), "an edit makes the card out of date");
            assertTrue(view.getDetailText().contains(Messages.stale), view.getDetailText());
            CardResult before = CardModel.get().state().card();

            Gui.settle(NafithaUi.getDefault().getAnalyses().run(session.scenario(), Map.of()));
            waitFor(() -> CardModel.get().state().card() != before && !CardModel.get().state().running());
            assertFalse(CardModel.get().state().stale(), "the analyses rated the card again");
            assertFalse(view.getDetailText().contains(Messages.stale), view.getDetailText());
        } finally {
            session.commandStack().undo();
            session.saved();
        }
    }

    @Test
    void computingTheNationalCardKeepsTheCenterPicked() throws Exception {
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        NationalCardView national = (NationalCardView) page.showView(NationalCardView.ID);
        Gui.settle(CardModel.get().compute());
        // pick the weakest center in the national card: its card shows; then another center in the centers list
        CenterCardView card = (CenterCardView) page.showView(CenterCardView.ID, null, IWorkbenchPage.VIEW_VISIBLE);
        page.activate(national);
        CardResult.CenterCard weakest = (CardResult.CenterCard) national.getWeakest().getElementAt(0);
        national.getWeakest().setSelection(new StructuredSelection(weakest), true);
        Gui.settle(Job.createSystem("noop", m -> { }));
        String weakestName = BilingualLabels.arabic() && weakest.nameAr() != null ? weakest.nameAr() : weakest.nameEn();
        assertTrue(card.getHeaderText().startsWith(weakestName), card.getHeaderText());
        CentersView centers = (CentersView) page.showView(CentersView.ID);
        ServiceCenter irbid = center(NafithaUi.getDefault().getSession(), "CSC-IR");
        centers.getViewer().setSelection(StructuredSelection.EMPTY); // a pick, even when Irbid was picked before
        Gui.drain();
        centers.getViewer().setSelection(new StructuredSelection(irbid), true);
        Gui.settle(Job.createSystem("noop", m -> { }));
        String name = BilingualLabels.name(irbid);
        assertTrue(card.getHeaderText().startsWith(name), card.getHeaderText());
        // Compute on the national card: the view comes forward (its selection is told again), the card is rated again
        page.activate(national);
        Gui.settle(CardModel.get().compute());
        Gui.settle(Job.createSystem("noop", m -> { }));
        assertTrue(card.getHeaderText().startsWith(name), "still " + name + ": " + card.getHeaderText());
    }

    private static void waitFor(BooleanSupplier done) throws InterruptedException {
        long until = System.currentTimeMillis() + 60_000;
        while (!done.getAsBoolean() && System.currentTimeMillis() < until) {
            Gui.drain();
            Thread.sleep(20);
        }
        Gui.drain();
        assertTrue(done.getAsBoolean(), "in time");
    }

    private static ServiceCenter center(ScenarioSession session, String code) {
        return session.scenario().getCenters().stream().filter(c -> c.getCode().equals(code)).findFirst().orElseThrow();
    }
}
