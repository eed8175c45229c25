package org.nafitha.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;

import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.nafitha.model.ServiceCenter;
import org.nafitha.model.edit.BilingualLabels;
import org.nafitha.sample.SampleScenario;
import org.nafitha.ui.internal.CentersView;
import org.nafitha.ui.internal.NetworkPlanningPerspective;

/** Runs inside the real Nafitha workbench (tycho-surefire UI harness, under Xvfb). */
class CentersViewUiTest {

    @Test
    void workbenchOpensOnTheNetworkPlanningPerspectiveListingTheSampleCenters() {
        assertTrue(PlatformUI.isWorkbenchRunning());
        assertNotNull(Display.getCurrent(), "the test must run on the UI thread");
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        assertNotNull(window);
        IWorkbenchPage page = window.getActivePage();
        assertEquals(NetworkPlanningPerspective.ID, page.getPerspective().getId());

        IViewPart part = page.findView(CentersView.ID);
        assertNotNull(part, "the centers view is open when the workbench starts");
        Table table = ((CentersView) part).getViewer().getTable();
        while (Display.getCurrent().readAndDispatch()) {
            // let the table fill and paint
        }

        Set<String> expected = new HashSet<>();
        for (ServiceCenter c : SampleScenario.create().getCenters()) {
            expected.add(c.getCode());
        }
        Set<String> shown = new HashSet<>();
        for (TableItem item : table.getItems()) {
            shown.add(item.getText(0));
        }
        assertEquals(expected.size(), table.getItemCount());
        assertEquals(expected, shown);
        assertTrue(shown.containsAll(Set.of("CSC-AM", "CSC-IR", "CSC-AQ", "CSC-AT")), shown.toString());
        ServiceCenter first = SampleScenario.create().getCenters().get(0);
        String name = BilingualLabels.name(first);
        assertTrue(name.contains("Comprehensive Service Center") || name.contains("مركز"), name);
        assertTrue(Gui.shows(table.getItem(0).getText(1), name), table.getItem(0).getText(1) + " shows " + name);
    }
}
