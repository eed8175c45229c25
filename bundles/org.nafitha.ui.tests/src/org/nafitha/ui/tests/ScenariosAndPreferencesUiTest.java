package org.nafitha.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.dialogs.PreferencesUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nafitha.model.AreaType;
import org.nafitha.model.CoverageThreshold;
import org.nafitha.model.ServiceCenter;
import org.nafitha.model.edit.CenterEdits;
import org.nafitha.store.StoredScenario;
import org.nafitha.ui.NafithaUi;
import org.nafitha.ui.ScenarioSession;
import org.nafitha.ui.internal.NafithaPreferencePage;
import org.nafitha.ui.internal.ScenariosView;

/** The scenarios view over a store (save, a second revision, open) and the preference page (thresholds, language). */
class ScenariosAndPreferencesUiTest {


    @Test
    void saveTwiceToTheStoreAndOpen(@TempDir Path dir) throws Exception {
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        ScenariosView view = (ScenariosView) page.showView(ScenariosView.ID);
        Gui.settle(null);
        view.setStore(dir.resolve("store"));
        Gui.settle(view.refresh());
        assertEquals(0, view.getViewer().getTable().getItemCount());
        ScenarioSession session = NafithaUi.getDefault().getSession();
        Gui.settle(view.saveOpenScenario());
        assertEquals(1, view.getViewer().getTable().getItemCount());
        StoredScenario first = (StoredScenario) view.getViewer().getElementAt(0);
        assertEquals(1, first.revision());
        assertEquals(session.scenario().getCenters().size(), first.centers());

        ServiceCenter aqaba = session.scenario().getCenters().stream().filter(c -> c.getCode().equals("CSC-AQ")).findFirst().orElseThrow();
        int before = aqaba.getCounters().size();
        session.execute(CenterEdits.setCounters(session.domain(), aqaba, before + 5, "more"));
        assertTrue(session.isDirty());
        Gui.settle(view.saveOpenScenario());
        assertFalse(session.isDirty(), "saved to the store");
        assertEquals(2, ((StoredScenario) view.getViewer().getElementAt(0)).revision());

        Gui.settle(view.open(first.code()));
        ServiceCenter reopened = session.scenario().getCenters().stream().filter(c -> c.getCode().equals("CSC-AQ")).findFirst().orElseThrow();
        assertTrue(reopened != aqaba, "a new scenario object from the store");
        assertEquals(before + 5, reopened.getCounters().size(), "the last revision");
        assertFalse(session.commandStack().canUndo(), "a fresh history");
        // put the sample back for the other tests
        session.execute(CenterEdits.setCounters(session.domain(), reopened, before, "back"));
        session.saved();
    }

    @Test
    void preferencesChangeTheThresholdsUndoablyAndKeepTheLanguage(@TempDir Path home) throws Exception {
        String realHome = System.getProperty("user.home");
        System.setProperty("user.home", home.toString());
        Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
        PreferenceDialog dialog = PreferencesUtil.createPreferenceDialogOn(shell, "org.nafitha.ui.preferences", null, null);
        dialog.setBlockOnOpen(false);
        try {
            dialog.open();
            Gui.settle(null);
            NafithaPreferencePage pref = (NafithaPreferencePage) dialog.getSelectedPage();
            assertNotNull(pref);
            ScenarioSession session = NafithaUi.getDefault().getSession();
            CoverageThreshold urban = session.scenario().getParameters().getCoverageThresholds().stream()
                    .filter(t -> t.getAreaType() == AreaType.URBAN).findFirst().orElseThrow();
            double km = urban.getMaxDistanceKm();
            pref.detourField().setText("abc");
            assertFalse(pref.isValid(), "a detour factor must be a number of 1 or more");
            pref.detourField().setText("1.4");
            pref.thresholdFields(AreaType.URBAN)[0].setText("7.5");
            assertTrue(pref.isValid());
            assertTrue(pref.performOk());
            assertEquals(7.5, urban.getMaxDistanceKm());
            assertEquals(1.4, session.scenario().getParameters().getDetourFactor());
            session.commandStack().undo();
            assertEquals(km, urban.getMaxDistanceKm(), "one undo takes the page's changes back");
            assertFalse(Files.exists(home.resolve(".nafitha").resolve("language")), "the system language: no file");
            session.saved();
        } finally {
            dialog.close();
            System.setProperty("user.home", realHome);
        }
    }
}
