package org.nafitha.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.bindings.keys.KeySequence;
import org.eclipse.jface.bindings.keys.KeyStroke;
import org.eclipse.swt.SWT;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.activities.WorkbenchActivityHelper;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.keys.IBindingService;
import org.eclipse.ui.views.IViewDescriptor;
import org.junit.jupiter.api.Test;
import org.nafitha.ui.internal.CentersView;
import org.nafitha.ui.internal.UserGuide;

/**
 * Help and discovery: F1 opens the user guide (in the workbench's language) at the section of the active view; the
 * guide has a section for every view of the product and every command of the command line, in English and in
 * Arabic; Save shows Ctrl+S; Window → Show View offers no Welcome or Outline.
 */
class HelpAndDiscoveryUiTest {

    private static final int SWT_F1 = SWT.F1;

    @Test
    void f1OpensTheGuideAtTheActiveViewsSection() throws Exception {
        IBindingService bindings = PlatformUI.getWorkbench().getService(IBindingService.class);
        assertEquals("F1", bindings.getBestActiveBindingFormattedFor("org.nafitha.ui.guide"), () -> "F9 is "
                + bindings.getBestActiveBindingFormattedFor("org.nafitha.ui.runAnalyses") + "; F1 matches "
                + bindings.getPerfectMatch(KeySequence.getInstance(KeyStroke.getInstance(SWT_F1)))
                + "; conflicts " + bindings.getConflictsFor(KeySequence.getInstance(KeyStroke.getInstance(SWT_F1))));
        assertTrue(String.valueOf(bindings.getBestActiveBindingFormattedFor("org.eclipse.ui.file.save")).endsWith("+S"),
                "Save shows its key: " + bindings.getBestActiveBindingFormattedFor("org.eclipse.ui.file.save"));
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        IViewPart centers = page.showView(CentersView.ID);
        page.activate(centers);
        List<URL> opened = new ArrayList<>();
        UserGuide.setBrowser(opened::add);
        try {
            PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand("org.nafitha.ui.guide", null);
        } finally {
            UserGuide.setBrowser(null);
        }
        assertEquals(1, opened.size());
        URL url = opened.get(0);
        assertEquals("centers", url.getRef());
        assertTrue(url.getPath().endsWith("/guide/en/index.html"), url.toString());
        Path file = Path.of(url.toURI().getPath());
        assertTrue(Files.readString(file, StandardCharsets.UTF_8).contains("id=\"centers\""));
    }

    @Test
    void theGuideCoversEveryViewAndEveryCommandInBothLanguages() throws Exception {
        URL en = UserGuide.page(null);
        Path dir = Path.of(en.toURI()).getParent().getParent();
        List<String> ids = new ArrayList<>();
        for (IViewDescriptor v : PlatformUI.getWorkbench().getViewRegistry().getViews()) {
            if (v.getId().startsWith("org.nafitha.") && !WorkbenchActivityHelper.filterItem(v)) {
                ids.add(v.getId());
            }
        }
        assertTrue(ids.size() >= 10, ids.toString());
        List<String> sections = new ArrayList<>();
        for (String id : ids) {
            String section = UserGuide.SECTIONS.get(id);
            assertNotNull(section, "the guide has no section for the view " + id);
            sections.add(section);
        }
        sections.add("properties");
        for (String command : cliCommands()) {
            sections.add("cli-" + command);
        }
        for (String lang : List.of("en", "ar")) {
            String html = Files.readString(dir.resolve(lang).resolve("index.html"), StandardCharsets.UTF_8);
            for (String s : sections) {
                assertTrue(html.contains("id=\"" + s + "\""), lang + ": no section " + s);
            }
        }
        assertTrue(Files.readString(dir.resolve("ar").resolve("index.html"), StandardCharsets.UTF_8).contains("dir=\"rtl\""));
    }

    @Test
    void showViewOffersNoWelcomeOrOutline() {
        for (String id : List.of("org.eclipse.ui.internal.introview", "org.eclipse.ui.views.ContentOutline")) {
            IViewDescriptor d = PlatformUI.getWorkbench().getViewRegistry().find(id);
            if (d != null) {
                assertTrue(WorkbenchActivityHelper.filterItem(d), id + " is hidden");
            }
        }
        assertFalse(WorkbenchActivityHelper.filterItem(PlatformUI.getWorkbench().getViewRegistry().find(CentersView.ID)));
    }

    /** The commands `nafitha --help` lists (the command line bundle is in the product). */
    private static List<String> cliCommands() throws Exception {
        Class<?> cli = Platform.getBundle("org.nafitha.cli").loadClass("org.nafitha.cli.Cli");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream stream = new PrintStream(out, true, StandardCharsets.UTF_8);
        Object instance = cli.getMethod("withBuiltins", PrintStream.class, PrintStream.class).invoke(null, stream, stream);
        cli.getMethod("run", String[].class).invoke(instance, (Object) new String[] { "--help" });
        List<String> names = new ArrayList<>();
        Matcher m = Pattern.compile("(?m)^  (\\w+)\\s").matcher(out.toString(StandardCharsets.UTF_8));
        while (m.find()) {
            names.add(m.group(1));
        }
        assertTrue(names.size() >= 10, names.toString());
        return names;
    }
}
