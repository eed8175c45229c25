package org.nafitha.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nafitha.io.Kind;
import org.nafitha.ui.NafithaUi;
import org.nafitha.ui.internal.wizards.ExportWizard;

/** File → Export: the centers as GeoJSON, one feature per center, read back by the import side's format. */
class ExportWizardUiTest {

    @Test
    void exportTheCentersAsGeoJson(@TempDir Path dir) throws Exception {
        ExportWizard wizard = new ExportWizard(NafithaUi.getDefault().getSession());
        WizardDialog dialog = new WizardDialog(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), wizard);
        dialog.setBlockOnOpen(false);
        dialog.open();
        try {
            while (Display.getCurrent().readAndDispatch()) {
                // open
            }
            Path file = dir.resolve("centers.geojson");
            wizard.getPage().choose(Kind.CENTERS, "geojson", file);
            assertTrue(wizard.performFinish());
            int centers = NafithaUi.getDefault().getScenario().getCenters().size();
            assertEquals(centers, wizard.getWritten());
            String json = Files.readString(file);
            int features = json.split("\"Feature\"", -1).length - 1;
            assertEquals(centers, features);
            assertTrue(json.contains("CSC-AQ"));
        } finally {
            dialog.close();
        }
    }
}
