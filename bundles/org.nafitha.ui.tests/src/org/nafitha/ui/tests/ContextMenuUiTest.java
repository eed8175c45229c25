package org.nafitha.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.nafitha.model.CenterStatus;
import org.nafitha.model.DemandZone;
import org.nafitha.model.ServiceCenter;
import org.nafitha.ui.NafithaUi;
import org.nafitha.ui.ScenarioSession;
import org.nafitha.ui.internal.CentersView;
import org.nafitha.ui.internal.DemandZonesView;
import org.nafitha.ui.internal.Messages;

/** The tables' right-click menu: New adds a center or a zone near the selected one, Delete removes it, both undoable. */
class ContextMenuUiTest {

    @Test
    void newAndDeleteFromTheTablesMenus() throws Exception {
        ScenarioSession session = NafithaUi.getDefault().getSession();
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        CentersView centers = (CentersView) page.showView(CentersView.ID);
        ServiceCenter irbid = session.scenario().getCenters().stream().filter(c -> c.getCode().equals("CSC-IR")).findFirst().orElseThrow();
        centers.getViewer().setSelection(new StructuredSelection(irbid), true);
        Gui.drain();
        Menu menu = centers.getViewer().getTable().getMenu();
        assertNotNull(menu, "the table has a context menu");
        menu.notifyListeners(SWT.Show, new Event());
        List<String> items = new ArrayList<>();
        MenuItem newItem = null;
        for (MenuItem i : menu.getItems()) {
            items.add(i.getText());
            if (i.getText().equals(Messages.Objects_new)) {
                newItem = i;
            }
        }
        assertTrue(items.containsAll(List.of(Messages.Objects_new, Messages.Objects_delete, Messages.Objects_properties)), items.toString());
        int before = session.scenario().getCenters().size();
        newItem.notifyListeners(SWT.Selection, new Event());
        menu.notifyListeners(SWT.Hide, new Event());
        Gui.drain();
        assertEquals(before + 1, session.scenario().getCenters().size());
        ServiceCenter added = (ServiceCenter) centers.getViewer().getStructuredSelection().getFirstElement();
        assertNotNull(added, "the new center is selected for its form");
        assertEquals(CenterStatus.PLANNED, added.getStatus());
        assertEquals(irbid.getRegion(), added.getRegion(), "placed like the selected center");
        assertTrue(centers.deleteSelected());
        assertEquals(before, session.scenario().getCenters().size());
        session.commandStack().undo();
        session.commandStack().undo();
        assertEquals(before, session.scenario().getCenters().size());

        DemandZonesView zones = (DemandZonesView) page.showView(DemandZonesView.ID);
        int zoneCount = session.scenario().getDemandZones().size();
        DemandZone z = zones.addNew();
        assertNotNull(z);
        assertEquals(zoneCount + 1, session.scenario().getDemandZones().size());
        assertEquals(0, z.getPopulation());
        session.commandStack().undo();
        assertEquals(zoneCount, session.scenario().getDemandZones().size());
        session.saved();
    }
}
