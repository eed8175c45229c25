package org.nafitha.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.PropertySheet;
import org.junit.jupiter.api.Test;
import org.nafitha.model.Counter;
import org.nafitha.model.ServiceCenter;
import org.nafitha.ui.NafithaUi;
import org.nafitha.ui.ScenarioSession;
import org.nafitha.ui.internal.CenterForm;
import org.nafitha.ui.internal.CentersView;
import org.nafitha.ui.internal.Messages;

/**
 * Counters are within reach: in the default layout the centers table shows kind, status, counters and staff right
 * after the name, without scrolling; the Properties form of a center has its counters (universal and per agency),
 * edited as one undoable command each.
 */
class CountersReachUiTest {

    @Test
    void kindStatusCountersAndStaffFollowTheNameAndAreVisibleInTheDefaultLayout() throws Exception {
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        // the planner's screen of the issue, 1600 x 1000, whatever the display the tests run on
        PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell().setBounds(0, 0, 1600, 1000);
        page.resetPerspective();
        CentersView view = (CentersView) page.showView(CentersView.ID);
        Gui.drain();
        Table table = view.getViewer().getTable();
        List<String> titles = new ArrayList<>();
        int[] order = table.getColumnOrder();
        for (int i : order) {
            titles.add(table.getColumn(i).getText());
        }
        assertEquals(List.of(Messages.CentersView_code, Messages.CentersView_name, Messages.CentersView_kind, Messages.CentersView_status,
                Messages.CentersView_counters, Messages.CentersView_staff), titles.subList(0, 6));
        int right = 0;
        for (int k = 0; k < 6; k++) {
            TableColumn c = table.getColumn(order[k]);
            right += c.getWidth();
        }
        int visible = table.getClientArea().width;
        assertTrue(visible > 0);
        assertTrue(right <= visible, "the staff column ends at " + right + " px, the table shows " + visible + " px");
    }

    @Test
    void thePropertiesFormEditsTheCountersOfACenter() throws Exception {
        ScenarioSession session = NafithaUi.getDefault().getSession();
        ServiceCenter center = session.scenario().getCenters().stream().filter(c -> c.getCode().equals("CSC-AQ")).findFirst().orElseThrow();
        int all = center.getCounters().size();
        long universal = center.getCounters().stream().filter(Counter::isUniversal).count();
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        CentersView view = (CentersView) page.showView(CentersView.ID);
        view.getViewer().setSelection(new StructuredSelection(center), true);
        Gui.drain();
        PropertySheet properties = (PropertySheet) page.showView(IPageLayout.ID_PROP_SHEET);
        page.activate(view);
        Gui.drain();
        Tree tree = (Tree) properties.getCurrentPage().getControl();
        assertEquals(Messages.Properties_property, tree.getColumn(0).getText());
        TreeItem row = find(tree.getItems(), Messages.Form_countersUniversal);
        assertNotNull(row, "the form shows the universal counters");
        assertEquals(Long.toString(universal), row.getText(1));

        IPropertySource form = new CenterForm().getPropertySource(center);
        form.setPropertyValue(CenterForm.UNIVERSAL, Long.toString(universal + 3));
        assertEquals(all + 3, center.getCounters().size());
        form.setPropertyValue(CenterForm.UNIVERSAL, "lots"); // refused: nothing changes
        assertEquals(all + 3, center.getCounters().size());
        String agency = Arrays.stream(form.getPropertyDescriptors()).map(d -> d.getId().toString())
                .filter(id -> id.startsWith(CenterForm.AGENCY)).findFirst().orElseThrow();
        form.setPropertyValue(agency, "2");
        assertEquals(all + 5, center.getCounters().size());
        Gui.drain();
        assertEquals(Long.toString(universal + 3), find(tree.getItems(), Messages.Form_countersUniversal).getText(1), "the form follows the edit");
        session.commandStack().undo();
        session.commandStack().undo();
        assertEquals(all, center.getCounters().size());
        session.saved();
    }

    private static TreeItem find(TreeItem[] items, String text) {
        for (TreeItem i : items) {
            if (i.getText(0).equals(text)) {
                return i;
            }
            i.setExpanded(true);
            TreeItem inside = find(i.getItems(), text);
            if (inside != null) {
                return inside;
            }
        }
        return null;
    }
}
