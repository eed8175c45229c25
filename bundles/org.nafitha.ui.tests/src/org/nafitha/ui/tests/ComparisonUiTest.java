package org.nafitha.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.nafitha.model.CenterStatus;
import org.nafitha.model.NafithaPackage;
import org.nafitha.model.ServiceCenter;
import org.nafitha.model.edit.CenterEdits;
import org.nafitha.ui.NafithaUi;
import org.nafitha.ui.ScenarioSession;
import org.nafitha.ui.charts.ComparisonView;

/**
 * The scenario comparison: the open scenario with Zarqa given 40 more counters and Tafilah's center opened, against the
 * embedded sample. The key figures show the counters and the objects changed; a picture of the workbench is kept in
 * target/screenshots/comparison.png.
 */
class ComparisonUiTest {


    @Test
    void compareWithTheSample() throws Exception {
        ScenarioSession session = NafithaUi.getDefault().getSession();
        ServiceCenter zarqa = session.scenario().getCenters().stream().filter(c -> c.getCode().equals("CSC-AZ")).findFirst().orElseThrow();
        ServiceCenter tafilah = session.scenario().getCenters().stream().filter(c -> c.getCode().equals("CSC-AT")).findFirst().orElseThrow();
        int before = zarqa.getCounters().size();
        session.execute(CenterEdits.setCounters(session.domain(), zarqa, before + 40, "more counters"));
        session.execute(SetCommand.create(session.domain(), tafilah, NafithaPackage.Literals.SERVICE_CENTER__STATUS, CenterStatus.PLANNED));
        try {
            IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
            ComparisonView view = (ComparisonView) page.showView(ComparisonView.ID);
            Gui.settle(view.compare(org.nafitha.sample.SampleScenario.create(), "sample"));
            Table figures = view.getFigures().getTable();
            assertEquals(10, figures.getItemCount());
            // row 4: counters at open centers; the open scenario is the base, the sample the other: there, Zarqa's 40 are
            // missing and Tafilah's center (a candidate in the sample) is not open
            assertEquals(Integer.toString(-(40 + tafilah.getCounters().size())), figures.getItem(4).getText(3).replace("−", "-").replace(",", ""));
            Table changes = view.getChanges().getTable();
            java.util.Set<String> codes = new java.util.HashSet<>();
            for (var item : changes.getItems()) {
                codes.add(item.getText(2));
            }
            assertTrue(codes.contains("CSC-AZ") && codes.contains("CSC-AT"), codes.toString());
            capture(Path.of("target", "screenshots", "comparison.png"));
        } finally {
            session.commandStack().undo();
            session.commandStack().undo();
            session.saved();
        }
        assertEquals(before, zarqa.getCounters().size());
    }

    private static void capture(Path file) throws Exception {
        Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
        Display d = shell.getDisplay();
        Rectangle r = shell.getBounds();
        Image image = new Image(d, r.width, r.height);
        GC gc = new GC(d);
        gc.copyArea(image, r.x, r.y);
        gc.dispose();
        Files.createDirectories(file.getParent());
        ImageLoader loader = new ImageLoader();
        loader.data = new org.eclipse.swt.graphics.ImageData[] { image.getImageData() };
        loader.save(file.toString(), SWT.IMAGE_PNG);
        image.dispose();
        assertTrue(Files.size(file) > 10_000);
    }
}
