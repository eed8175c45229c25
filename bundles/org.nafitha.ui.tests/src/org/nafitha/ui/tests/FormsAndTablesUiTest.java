package org.nafitha.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.core.runtime.Platform;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.junit.jupiter.api.Test;
import org.nafitha.model.CenterStatus;
import org.nafitha.model.ServiceCenter;
import org.nafitha.model.provider.NafithaEditPlugin;
import org.nafitha.ui.NafithaUi;
import org.nafitha.ui.ScenarioSession;
import org.nafitha.ui.internal.DemandZonesView;
import org.nafitha.ui.internal.ServicesView;

/** The form of one object (the Properties view) edits through commands; the zones and services tables list the registry. */
class FormsAndTablesUiTest {


    private static IPropertyDescriptor descriptor(IPropertySource source, String id) {
        for (IPropertyDescriptor d : source.getPropertyDescriptors()) {
            if (id.equals(d.getId())) {
                return d;
            }
        }
        return null;
    }

    @Test
    void editACenterInItsFormAndUndo() throws Exception {
        ScenarioSession session = NafithaUi.getDefault().getSession();
        ServiceCenter aqaba = session.scenario().getCenters().stream().filter(c -> c.getCode().equals("CSC-AQ")).findFirst().orElseThrow();
        IPropertySource form = Platform.getAdapterManager().getAdapter(aqaba, IPropertySource.class);
        assertNotNull(form);
        IPropertyDescriptor staff = descriptor(form, "staff");
        assertNotNull(staff, "the staff is a property of the form");
        assertEquals("24", form.getPropertyValue("staff"));
        form.setPropertyValue("staff", "31");
        assertEquals(31, aqaba.getStaff());
        form.setPropertyValue("staff", "many"); // refused: nothing changes
        assertEquals(31, aqaba.getStaff());
        // an enumeration is a choice: index of the literal, shown in the planner's words, not as its code
        IPropertyDescriptor status = descriptor(form, "status");
        String shown = status.getLabelProvider().getText(form.getPropertyValue("status"));
        assertEquals(NafithaEditPlugin.INSTANCE.getString("_UI_CenterStatus_EXISTING_literal"), shown);
        assertNotEquals(CenterStatus.EXISTING.getLiteral(), shown, "not the literal's code");
        int planned = CenterStatus.PLANNED.getValue();
        form.setPropertyValue("status", planned);
        assertEquals(CenterStatus.PLANNED, aqaba.getStatus());
        IHandlerService handlers = PlatformUI.getWorkbench().getService(IHandlerService.class);
        handlers.executeCommand("org.eclipse.ui.edit.undo", null);
        handlers.executeCommand("org.eclipse.ui.edit.undo", null);
        assertEquals(24, aqaba.getStaff());
        assertEquals(CenterStatus.EXISTING, aqaba.getStatus());
        session.saved();
    }

    @Test
    void zonesAndServicesTables() throws Exception {
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        DemandZonesView zones = (DemandZonesView) page.showView(DemandZonesView.ID);
        Gui.drain();
        assertEquals(51, zones.getViewer().getTable().getItemCount(), "the 51 districts");
        ServicesView services = (ServicesView) page.showView(ServicesView.ID);
        Gui.drain();
        int all = services.getViewer().getTable().getItemCount();
        assertEquals(NafithaUi.getDefault().getScenario().getServices().size(), all);
        services.getFilter().setText("CSPD");
        Gui.drain();
        int cspd = services.getViewer().getTable().getItemCount();
        assertTrue(cspd > 0 && cspd < all, cspd + " of " + all);
        services.getFilter().setText("");
        Gui.drain();
    }
}
