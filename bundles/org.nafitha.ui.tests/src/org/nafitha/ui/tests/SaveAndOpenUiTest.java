package org.nafitha.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.views.properties.PropertySheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nafitha.model.ServiceCenter;
import org.nafitha.model.edit.CenterEdits;
import org.nafitha.sample.SampleScenario;
import org.nafitha.store.ScenarioStore;
import org.nafitha.store.StoredScenario;
import org.nafitha.ui.NafithaUi;
import org.nafitha.ui.ScenarioSession;
import org.nafitha.ui.internal.CentersView;
import org.nafitha.ui.internal.EditHandlers;
import org.nafitha.ui.internal.Messages;
import org.nafitha.ui.internal.ScenariosView;

/**
 * Saving and opening name things and default to the safe answer: Save as proposes the scenario's name, not
 * "Untitled"; "discard changes?" has Keep editing as its default button; the first save of a changed sample to the
 * store asks for a code and names and proposes a plan's code, so the sample is not overwritten; after Open, the
 * Properties view shows nothing of the discarded scenario.
 */
class SaveAndOpenUiTest {

    @TempDir
    Path temp;

    @Test
    void saveAsProposesTheScenariosNameAndDiscardingIsNotTheDefault() throws Exception {
        ScenarioSession session = NafithaUi.getDefault().getSession();
        String name = EditHandlers.suggestedFileName(session);
        assertTrue(name.endsWith(".nafitha") && !name.toLowerCase().startsWith("untitled"), name);
        ServiceCenter aqaba = center(session, "CSC-AQ");
        session.execute(CenterEdits.setStaff(session.domain(), aqaba, aqaba.getStaff() + 1));
        try {
            assertEquals(ScenariosView.PLAN_CODE + ".nafitha", EditHandlers.suggestedFileName(session), "a changed sample is saved as a plan");
            Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
            MessageDialog ask = EditHandlers.discardDialog(shell);
            ask.setBlockOnOpen(false);
            ask.open();
            try {
                Gui.drain();
                Button focused = ask.getShell().getDefaultButton();
                assertNotNull(focused);
                assertEquals(Messages.Open_keep, focused.getText(), "Enter keeps the changes");
            } finally {
                ask.close();
            }
        } finally {
            session.commandStack().undo();
            session.saved();
        }
    }

    @Test
    void theFirstStoreSaveOfAChangedSampleAsksForAPlansCodeAndName() throws Exception {
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        ScenariosView view = (ScenariosView) page.showView(ScenariosView.ID);
        Path store = temp.resolve("store");
        view.setStore(store);
        Gui.settle(view.refresh());
        ScenarioSession session = NafithaUi.getDefault().getSession();
        ServiceCenter aqaba = center(session, "CSC-AQ");
        int before = aqaba.getCounters().size();
        session.execute(CenterEdits.setCounters(session.domain(), aqaba, before + 2, "more"));
        ScenariosView.StoreSaveDialog dialog = view.saveDialog();
        dialog.setBlockOnOpen(false);
        dialog.open();
        try {
            Gui.drain();
            assertEquals(ScenariosView.PLAN_CODE, dialog.codeField().getText(), "not the sample's code");
            assertNotEquals(session.scenario().getNameEn(), dialog.nameEnField().getText());
            dialog.codeField().setText("bad code!");
            Gui.drain();
            assertFalse(dialog.okButton().isEnabled(), "a code with spaces is refused");
            dialog.codeField().setText("JO-PLAN-TEST");
            Gui.drain();
            assertTrue(dialog.okButton().isEnabled());
            dialog.okButton().notifyListeners(SWT.Selection, new Event());
            Gui.settle(view.lastSave());
            try (ScenarioStore s = ScenarioStore.open(store)) {
                List<String> codes = s.list().stream().map(StoredScenario::code).toList();
                assertEquals(List.of("JO-PLAN-TEST"), codes, "the sample's code is not written to");
            }
            assertEquals("JO-PLAN-TEST", session.scenario().getCode());
            assertFalse(session.isDirty());
        } finally {
            dialog.close();
            session.commandStack().undo(); // the names
            session.commandStack().undo(); // the counters
            session.saved();
            view.setStore(ScenarioStore.defaultPath());
        }
        assertEquals("JO-SAMPLE", session.scenario().getCode());
        assertEquals(before, aqaba.getCounters().size());
    }

    @Test
    void afterOpenThePropertiesViewShowsNothingOfTheDiscardedScenario() throws Exception {
        ScenarioSession session = NafithaUi.getDefault().getSession();
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        CentersView centers = (CentersView) page.showView(CentersView.ID);
        ServiceCenter aqaba = center(session, "CSC-AQ");
        centers.getViewer().setSelection(new StructuredSelection(aqaba), true);
        PropertySheet properties = (PropertySheet) page.showView(IPageLayout.ID_PROP_SHEET);
        page.activate(centers);
        Gui.drain();
        session.execute(CenterEdits.setStaff(session.domain(), aqaba, 977));
        Gui.drain();
        Tree tree = (Tree) properties.getCurrentPage().getControl();
        assertTrue(contains(tree.getItems(), "977"), "the form shows the edit");
        // Open: another scenario replaces this one, its edit discarded
        session.open(SampleScenario.create(), null, SampleScenario.NAME);
        Gui.drain();
        tree = (Tree) properties.getCurrentPage().getControl();
        assertFalse(contains(tree.getItems(), "977"), "nothing of the discarded edit stays in the Properties view");
        assertTrue(centers.getViewer().getSelection().isEmpty());
        assertEquals(session.scenario().getCenters().size(), centers.getViewer().getTable().getItemCount());
    }

    private static boolean contains(TreeItem[] items, String text) {
        for (TreeItem i : items) {
            if (i.getText(1).equals(text)) {
                return true;
            }
            i.setExpanded(true);
            if (contains(i.getItems(), text)) {
                return true;
            }
        }
        return false;
    }

    private static ServiceCenter center(ScenarioSession session, String code) {
        return session.scenario().getCenters().stream().filter(c -> c.getCode().equals(code)).findFirst().orElseThrow();
    }
}
