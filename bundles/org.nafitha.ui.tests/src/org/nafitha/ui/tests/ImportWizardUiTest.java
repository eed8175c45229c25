package org.nafitha.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nafitha.io.Kind;
import org.nafitha.model.file.ScenarioFiles;
import org.nafitha.ui.NafithaUi;
import org.nafitha.ui.ScenarioSession;
import org.nafitha.ui.internal.wizards.ImportWizard;

/**
 * File → Import with a bad CSV: the preview names the file, the line and what was expected, Finish stays disabled, and
 * the scenario is unchanged; a good CSV then imports as one undoable command.
 */
class ImportWizardUiTest {


    private static Button button(Control c, String label) {
        if (c instanceof Button b && label.equals(b.getText())) {
            return b;
        }
        if (c instanceof Composite comp) {
            for (Control child : comp.getChildren()) {
                Button found = button(child, label);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static void press(Button b) {
        b.notifyListeners(SWT.Selection, new Event());
        Gui.drain();
    }

    @Test
    void aBadFileShowsItsErrorAndChangesNothing(@TempDir Path dir) throws Exception {
        ScenarioSession session = NafithaUi.getDefault().getSession();
        int zones = session.scenario().getDemandZones().size();
        byte[] before = ScenarioFiles.toBytes(session.scenario());
        Path bad = dir.resolve("zones.csv");
        Files.writeString(bad, "code,name_en,name_ar,population,lat,lon\nZ1,First,الأولى,1200,31.9,35.9\nZ2,Second,الثانية,800,95.2,35.9\n",
                StandardCharsets.UTF_8);

        Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
        ImportWizard wizard = new ImportWizard(session);
        WizardDialog dialog = new WizardDialog(shell, wizard);
        dialog.setBlockOnOpen(false);
        dialog.open();
        Gui.drain();
        try {
            wizard.getSourcePage().choose(Kind.DEMAND, bad);
            Gui.drain();
            Button next = button(dialog.getShell(), IDialogConstants.NEXT_LABEL);
            Button finish = button(dialog.getShell(), IDialogConstants.FINISH_LABEL);
            assertNotNull(next);
            assertNotNull(finish);
            press(next);
            String shown = wizard.getPreviewPage().getSummaryText();
            assertTrue(shown.contains("zones.csv") && shown.contains("line 3") && shown.contains("between -90 and 90"), shown);
            assertFalse(finish.isEnabled(), "a file with an error cannot be imported");
            assertEquals(zones, session.scenario().getDemandZones().size());
            assertTrue(Arrays.equals(before, ScenarioFiles.toBytes(session.scenario())), "nothing changed");

            // fix the file, go back and forth: the preview lists the two zones, Finish imports them
            Files.writeString(bad, "code,name_en,name_ar,population,lat,lon\nZ1,First,الأولى,1200,31.9,35.9\nZ2,Second,الثانية,800,32.2,35.9\n",
                    StandardCharsets.UTF_8);
            press(button(dialog.getShell(), IDialogConstants.BACK_LABEL));
            press(next);
            assertEquals(2, wizard.getPreviewPage().getRowCount(), wizard.getPreviewPage().getSummaryText());
            assertTrue(finish.isEnabled());
            press(finish);
            assertEquals(zones + 2, session.scenario().getDemandZones().size());
            session.commandStack().undo();
            assertEquals(zones, session.scenario().getDemandZones().size(), "undo takes the import back");
            assertTrue(Arrays.equals(before, ScenarioFiles.toBytes(session.scenario())), "undone to the byte");
            session.saved();
        } finally {
            if (dialog.getShell() != null && !dialog.getShell().isDisposed()) {
                dialog.close();
            }
        }
    }
}
