package org.nafitha.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.nafitha.card.CardResult;
import org.nafitha.model.ServiceCenter;
import org.nafitha.ui.NafithaUi;
import org.nafitha.ui.card.CardModel;
import org.nafitha.ui.card.CenterCardView;
import org.nafitha.ui.card.NationalCardView;
import org.nafitha.ui.internal.CentersView;

/**
 * The card views in the real workbench: computing the national card in the background, its ten weakest centers,
 * and the card of a center chosen in the centers list, with a missing indicator shown as missing.
 */
class CardViewsUiTest {


    @Test
    void computeTheCardAndReadACentersCard() throws Exception {
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        NationalCardView national = (NationalCardView) page.showView(NationalCardView.ID);
        Gui.settle(CardModel.get().compute());
        CardResult card = CardModel.get().state().card();
        assertNotNull(card, "the card is computed: " + CardModel.get().state().error());
        Table weakest = national.getWeakest().getTable();
        assertEquals(card.national().weakest().size(), weakest.getItemCount());
        assertEquals(card.national().weakest().get(0).code(), weakest.getItem(0).getText(0));

        // choose Maqablin in the centers list: its card shows, seven dimensions, all scored
        CenterCardView view = (CenterCardView) page.showView(CenterCardView.ID);
        CentersView centers = (CentersView) page.showView(CentersView.ID);
        ServiceCenter am = NafithaUi.getDefault().getScenario().getCenters().stream().filter(c -> c.getCode().equals("CSC-AM")).findFirst()
                .orElseThrow();
        centers.getViewer().setSelection(new StructuredSelection(am), true);
        Gui.settle(Job.createSystem("noop", m -> { }));
        page.showView(CenterCardView.ID);
        Gui.settle(Job.createSystem("noop", m -> { }));
        assertTrue(view.getHeaderText().contains("★"), view.getHeaderText());
        TreeItem[] dims = view.getTree().getTree().getItems();
        assertEquals(7, dims.length);

        // an agency office with no evaluation rounds and no single survey value (center_evaluations.csv): its citizen
        // voice is missing and says so
        ServiceCenter office = NafithaUi.getDefault().getScenario().getCenters().stream().filter(c -> c.getCode().equals("CSPD-AM-02"))
                .findFirst().orElseThrow();
        assertTrue(office.getEvaluationRecords().isEmpty());
        page.activate(centers);
        centers.getViewer().setSelection(new StructuredSelection(office), true);
        Gui.settle(Job.createSystem("noop", m -> { }));
        view.showCenter("CSPD-AM-02");
        TreeItem voice = view.getTree().getTree().getItems()[6];
        TreeItem satisfaction = voice.getItems()[0];
        assertTrue(satisfaction.getText(1).endsWith("no citizen satisfaction survey"), satisfaction.getText(1));
        assertEquals("–", satisfaction.getText(2), "a missing indicator has no score");
    }
}
