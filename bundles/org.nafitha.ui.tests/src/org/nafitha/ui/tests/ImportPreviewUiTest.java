package org.nafitha.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.NumberFormat;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nafitha.io.Kind;
import org.nafitha.ui.NafithaUi;
import org.nafitha.ui.ScenarioSession;
import org.nafitha.ui.internal.Messages;
import org.nafitha.ui.internal.wizards.ImportWizard;

/**
 * The import preview checks what a planner would miss: a zone whose latitude and longitude were swapped is flagged
 * before the import (not later in Problems), the area type taken for zones of a file without one is shown as
 * assumed, coordinates and residents are in the preview, and the wizard remembers the kind and the file.
 */
class ImportPreviewUiTest {

    @Test
    void swappedCoordinatesAndAnAssumedAreaTypeShowInThePreviewAndTheChoicesAreRemembered(@TempDir Path dir) throws Exception {
        ScenarioSession session = NafithaUi.getDefault().getSession();
        int zones = session.scenario().getDemandZones().size();
        Path file = dir.resolve("villages.csv");
        // Z2 is Z1's village with latitude and longitude swapped (35.9 N, 31.9 E lies in Turkey's south, not Jordan)
        Files.writeString(file, "code,name_en,name_ar,population,lat,lon\nZ1,First,الأولى,1200,31.9,35.9\nZ2,Second,الثانية,3000,35.9,31.9\n",
                StandardCharsets.UTF_8);
        Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
        ImportWizard wizard = new ImportWizard(session);
        WizardDialog dialog = new WizardDialog(shell, wizard);
        dialog.setBlockOnOpen(false);
        dialog.open();
        try {
            Gui.drain();
            wizard.getSourcePage().choose(Kind.DEMAND, file);
            press(button(dialog.getShell(), IDialogConstants.NEXT_LABEL));
            ImportWizard.PreviewPage preview = wizard.getPreviewPage();
            assertEquals(2, preview.getRowCount(), preview.getSummaryText());
            String summary = preview.getSummaryText();
            assertTrue(summary.contains(Messages.Import_areaTypeAssumed), summary);
            assertTrue(summary.contains(NLS.bind(Messages.Import_warnings, "1")), summary);
            // columns: code, name, action, latitude, longitude, residents, area type, check
            assertEquals("31.9000", preview.cell(0, 3));
            assertEquals("35.9000", preview.cell(0, 4));
            assertEquals(NumberFormat.getIntegerInstance().format(3000), preview.cell(1, 5));
            assertEquals(Messages.AreaType_URBAN + " " + Messages.Import_assumed, preview.cell(1, 6));
            assertEquals("", preview.cell(0, 7), "Z1 lies in Jordan");
            assertTrue(preview.cell(1, 7).contains(Messages.Import_swapped), preview.cell(1, 7));
            press(button(dialog.getShell(), IDialogConstants.CANCEL_LABEL));
        } finally {
            if (dialog.getShell() != null && !dialog.getShell().isDisposed()) {
                dialog.close();
            }
        }
        assertEquals(zones, session.scenario().getDemandZones().size(), "cancelled: nothing changed");

        // the next run starts from the last choices
        ImportWizard again = new ImportWizard(session);
        WizardDialog second = new WizardDialog(shell, again);
        second.setBlockOnOpen(false);
        second.open();
        try {
            Gui.drain();
            assertEquals(Kind.DEMAND, again.getSourcePage().chosenKind());
            assertEquals(file.toString(), again.getSourcePage().chosenFile());
        } finally {
            second.close();
        }
    }

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
}
