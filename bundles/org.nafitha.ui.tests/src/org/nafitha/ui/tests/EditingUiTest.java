package org.nafitha.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nafitha.model.Scenario;
import org.nafitha.model.ServiceCenter;
import org.nafitha.model.file.ScenarioFiles;
import org.nafitha.ui.NafithaUi;
import org.nafitha.ui.ScenarioSession;
import org.nafitha.ui.internal.CentersView;
import org.nafitha.ui.internal.Messages;

/**
 * Editing in the workbench: a center's counters typed into the centers table, undone and redone through the
 * workbench's Undo and Redo commands, the dirty state, filtering and saving to a file.
 */
class EditingUiTest {


    private static String cell(Table table, String code, int column) {
        for (var item : table.getItems()) {
            if (item.getText(0).equals(code)) {
                return item.getText(column);
            }
        }
        return null;
    }

    @Test
    void editCountersUndoRedoAndSave(@TempDir Path dir) throws Exception {
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        CentersView view = (CentersView) page.showView(CentersView.ID);
        ScenarioSession session = NafithaUi.getDefault().getSession();
        ServiceCenter aqaba = session.scenario().getCenters().stream().filter(c -> c.getCode().equals("CSC-AQ")).findFirst().orElseThrow();
        int before = aqaba.getCounters().size();
        assertEquals(16, before, "centers.csv gives Aqaba 16 counters");
        Table table = view.getViewer().getTable();
        int counters = 0;
        while (!table.getColumn(counters).getText().equals(Messages.CentersView_counters)) {
            counters++;
        }

        // the centers view active and its table caught up with earlier tests' changes
        page.activate(view);
        view.getViewer().getTable().getShell().forceActive();
        Gui.settle(null);
        // double-click-edit the counters cell: type 24 and press Enter
        view.getViewer().editElement(aqaba, counters);
        Gui.drain();
        Control focus = Display.getCurrent().getFocusControl();
        assertTrue(focus instanceof Text, "a text cell editor is open: " + focus);
        ((Text) focus).setText("24");
        focus.notifyListeners(SWT.DefaultSelection, new Event());
        Gui.drain();
        assertEquals(24, aqaba.getCounters().size());
        assertTrue(aqaba.getCounters().get(23).isUniversal(), "new counters serve every service");
        assertEquals("24", cell(table, "CSC-AQ", counters));
        assertTrue(session.isDirty());
        assertTrue(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell().getText().startsWith("*"), "the title shows unsaved changes");

        // a refused value changes nothing
        view.getViewer().editElement(aqaba, counters);
        Gui.drain();
        Text text = (Text) Display.getCurrent().getFocusControl();
        text.setText("many");
        text.notifyListeners(SWT.DefaultSelection, new Event());
        Gui.drain();
        assertEquals(24, aqaba.getCounters().size());

        IHandlerService handlers = PlatformUI.getWorkbench().getService(IHandlerService.class);
        handlers.executeCommand("org.eclipse.ui.edit.undo", null);
        Gui.drain();
        assertEquals(before, aqaba.getCounters().size());
        assertEquals(Integer.toString(before), cell(table, "CSC-AQ", counters));
        assertFalse(session.isDirty(), "undone to the saved state");
        handlers.executeCommand("org.eclipse.ui.edit.redo", null);
        Gui.drain();
        assertEquals(24, aqaba.getCounters().size());
        assertEquals("24", cell(table, "CSC-AQ", counters));

        // filtering: only Aqaba's centers
        view.getFilter().setText("Aqaba");
        Gui.drain();
        assertTrue(table.getItemCount() > 0 && table.getItemCount() < 20, table.getItemCount() + " rows");
        assertNotNull(cell(table, "CSC-AQ", 0));
        view.getFilter().setText("");
        Gui.drain();

        // save to a file: clean again, and the file holds the 24 counters
        Path file = dir.resolve("edited.nafitha");
        session.saveAs(file);
        assertFalse(session.isDirty());
        Scenario back = ScenarioFiles.load(file);
        assertEquals(24, back.getCenters().stream().filter(c -> c.getCode().equals("CSC-AQ")).findFirst().orElseThrow().getCounters().size());
        assertTrue(Files.size(file) > 10_000);

        // leave the workbench as the other tests expect it
        handlers.executeCommand("org.eclipse.ui.edit.undo", null);
        Gui.drain();
        assertEquals(before, aqaba.getCounters().size());
        session.saved();
    }
}
