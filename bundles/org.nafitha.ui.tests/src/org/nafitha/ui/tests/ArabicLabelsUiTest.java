package org.nafitha.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;

import org.eclipse.core.runtime.Platform;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeColumn;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.nafitha.sample.SampleScenario;
import org.nafitha.ui.NafithaUi;
import org.nafitha.ui.card.CardModel;
import org.nafitha.ui.charts.ComparisonView;

/**
 * Runs in the Arabic workbench ({@code -nl ar}, its own test run: see the pom). Every label the workbench's own views
 * show — view titles, labels, buttons, tab titles, column headers, hints — comes from the Arabic strings of the
 * Nafitha bundles (messages_ar.properties, plugin_ar.properties): nothing is left in English or in codes. The data
 * itself (names, numbers) is not a label. The map view's Arabic is checked with its own bundle.
 */
class ArabicLabelsUiTest {

    /** How many labels were checked (the test fails when it checks next to nothing). */
    private static final int[] checked = { 0 };

    private static final List<String> BUNDLES = List.of("org.nafitha.ui", "org.nafitha.ui.card", "org.nafitha.ui.charts");
    private static final List<String> FILES = List.of("plugin_ar.properties", "src/org/nafitha/ui/internal/messages_ar.properties",
            "org/nafitha/ui/internal/messages_ar.properties", "org/nafitha/ui/card/messages_ar.properties",
            "org/nafitha/ui/charts/messages_ar.properties");
    /** The views of the workbench's own bundles (the map's are its bundle's). */
    private static final List<String> VIEWS = List.of("org.nafitha.ui.views.centers", "org.nafitha.ui.views.zones",
            "org.nafitha.ui.views.services", "org.nafitha.ui.views.scenarios", "org.nafitha.ui.views.problems", "org.nafitha.ui.charts.results",
            "org.nafitha.ui.card.national", "org.nafitha.ui.card.center", "org.nafitha.ui.charts.comparison", "org.eclipse.ui.views.PropertySheet");

    @Test
    void everyLabelOfTheWorkbenchsViewsIsAnArabicString() throws Exception {
        // the pom runs this class in a workbench of its own started with -nl ar; in an English run it has nothing to check
        Assumptions.assumeTrue(Platform.getNL().startsWith("ar"), "runs in the Arabic workbench (-nl ar)");
        List<Pattern> arabic = arabicStrings();
        assertTrue(arabic.size() > 200, "the Arabic strings: " + arabic.size());

        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        assertEquals(SWT.RIGHT_TO_LEFT, page.getWorkbenchWindow().getShell().getOrientation(), "the workbench runs right to left");
        // fill the views: the analyses, the card and a comparison
        Gui.settle(NafithaUi.getDefault().getAnalyses().run(NafithaUi.getDefault().getScenario(), Map.of()));
        Gui.settle(CardModel.get().compute());
        ComparisonView comparison = (ComparisonView) page.showView(ComparisonView.ID);
        Gui.settle(comparison.compare(SampleScenario.create(), SampleScenario.NAME));

        // the check tells an English label from an Arabic one
        List<String> probe = new ArrayList<>();
        check("probe", "Residents within reach", arabic, probe);
        check("probe", "Properties", arabic, probe);
        assertEquals(2, probe.size(), probe.toString());
        List<String> english = new ArrayList<>();
        for (String id : VIEWS) {
            IViewPart view = page.showView(id);
            Gui.drain();
            // the title its tab shows
            check(id + " title", view.getSite().getService(MPart.class).getLabel(), arabic, english);
            Control root = rootOf(view);
            assertTrue(root != null, id);
            walk(id, root, arabic, english);
        }
        ComparisonUiTest.capture(Path.of("target", "screenshots", "labels-ar.png"));
        assertTrue(english.isEmpty(), english.size() + " labels are not Arabic strings:\n" + String.join("\n", english));
        assertTrue(checked[0] > 60, "labels checked: " + checked[0]);
    }

    /** The composite the view's controls are in (its part's widget in the workbench model). */
    private static Control rootOf(IViewPart view) {
        MPart part = view.getSite().getService(MPart.class);
        return part != null && part.getWidget() instanceof Control c ? c : null;
    }

    private static void walk(String where, Control c, List<Pattern> arabic, List<String> english) {
        if (!c.isVisible()) {
            return;
        }
        if (c instanceof Label l) {
            check(where + " label", l.getText(), arabic, english);
        } else if (c instanceof Button b) {
            check(where + " button", b.getText(), arabic, english);
        } else if (c instanceof Text t) {
            check(where + " hint", t.getMessage(), arabic, english);
        } else if (c instanceof Table t) {
            for (TableColumn col : t.getColumns()) {
                check(where + " column", col.getText(), arabic, english);
            }
        } else if (c instanceof Tree t) {
            for (TreeColumn col : t.getColumns()) {
                check(where + " column", col.getText(), arabic, english);
            }
        }
        if (c instanceof CTabFolder f) {
            for (CTabItem item : f.getItems()) {
                check(where + " tab", item.getText(), arabic, english);
            }
        }
        if (c instanceof Composite comp) {
            for (Control child : comp.getChildren()) {
                walk(where, child, arabic, english);
            }
        }
    }

    private static void check(String where, String text, List<Pattern> arabic, List<String> english) {
        if (text == null || text.isBlank()) {
            return;
        }
        for (String line : text.split("\n")) {
            String l = line.replace("&", "").strip();
            if (l.isEmpty() || l.matches("[\\p{N}\\p{P}\\p{S}\\s]+")) {
                continue; // numbers, stars and signs are not words
            }
            checked[0]++;
            if (arabic.stream().noneMatch(p -> p.matcher(l).matches())) {
                english.add(where + ": " + l);
            }
        }
    }

    /** Every Arabic string (each line of it) of the Nafitha bundles, as a pattern: {0} and the like stand for anything. */
    private static List<Pattern> arabicStrings() throws IOException {
        List<Pattern> out = new ArrayList<>();
        for (String bundle : BUNDLES) {
            for (String file : FILES) {
                URL entry = Platform.getBundle(bundle).getEntry(file);
                if (entry == null) {
                    continue;
                }
                Properties p = new Properties();
                try (InputStream in = entry.openStream()) {
                    p.load(new InputStreamReader(in, StandardCharsets.ISO_8859_1));
                }
                for (String key : p.stringPropertyNames()) {
                    for (String line : p.getProperty(key).replace("''", "'").split("\n")) {
                        StringBuilder regex = new StringBuilder();
                        for (String part : line.replace("&", "").strip().split("\\{\\d+\\}", -1)) {
                            if (regex.length() > 0 || line.strip().startsWith("{")) {
                                regex.append("(?s).*");
                            }
                            regex.append(Pattern.quote(part));
                        }
                        if (line.strip().matches(".*\\{\\d+\\}$")) {
                            regex.append("(?s).*");
                        }
                        // a string that is only placeholders and signs ("{0} / {1}") says nothing of the language
                        if (line.replaceAll("\\{\\d+\\}", "").codePoints().anyMatch(Character::isLetter)) {
                            out.add(Pattern.compile(regex.toString()));
                        }
                    }
                }
            }
        }
        return out;
    }
}
