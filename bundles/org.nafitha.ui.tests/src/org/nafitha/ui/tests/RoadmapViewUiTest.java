package org.nafitha.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.Platform;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Marker;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;
import org.junit.jupiter.api.Test;
import org.nafitha.model.Roadmap;
import org.nafitha.model.RoadmapAction;
import org.nafitha.roadmap.RoadmapResult;
import org.nafitha.ui.NafithaUi;
import org.nafitha.ui.ScenarioSession;
import org.nafitha.ui.charts.Messages;
import org.nafitha.ui.charts.RoadmapView;

/**
 * The Roadmap view on the sample, in the language the workbench runs in (this class runs in the English and the Arabic
 * test run): each year of the horizon shows the sample roadmap's actions of that year; adding an action, moving one to
 * another year and deleting two are single edits that Undo takes back; an action moved outside the horizon is marked
 * with the validation's problem; the evaluation (a job) charts the chosen indicator with one point per year and the
 * capital and operating spending with one column per year, and the year selector marks its year and opens its actions.
 * The picture is target/screenshots/roadmap-{en,ar}.png.
 */
class RoadmapViewUiTest {

    @Test
    void actionsByYearEditsUndoneAndTheEvaluationCharted() throws Exception {
        String lang = Platform.getNL().startsWith("ar") ? "ar" : "en";
        ScenarioSession session = NafithaUi.getDefault().getSession();
        Roadmap m = session.scenario().getRoadmap();
        assertNotNull(m, "the sample has a roadmap");
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        RoadmapView view = (RoadmapView) page.showView(RoadmapView.ID);
        Gui.drain();
        Tree tree = view.getTree().getTree();
        String analysis = plain(Platform.getResourceString(NafithaUi.getDefault().getBundle(), "%menu.analysis"));
        Map<String, List<String>> menus = menuEntries();
        assertTrue(menus.getOrDefault(analysis, List.of()).contains(view.getPartName()), "Analysis → Roadmap: " + menus);

        Map<Integer, Integer> expected = new LinkedHashMap<>();
        for (int y = m.getFirstYear(); y <= m.getLastYear(); y++) {
            expected.put(y, 0);
        }
        m.getActions().forEach(a -> expected.merge(a.getYear(), 1, Integer::sum));
        assertEquals(List.of(2026, 2027, 2028, 2029), List.copyOf(expected.keySet()));
        assertTrue(m.getActions().size() >= 8, "the sample's roadmap has its program: " + m.getActions().size());
        assertEquals(expected, shown(tree));
        assertEquals(Map.of(), view.getProblems(), "the sample's roadmap passes its checks");

        // add an action in 2027, then undo
        int before = m.getActions().size();
        RoadmapAction added = view.add(2027);
        Gui.drain();
        assertNotNull(added);
        assertEquals(before + 1, m.getActions().size());
        assertEquals(expected.get(2027) + 1, shown(tree).get(2027));
        session.commandStack().undo();
        Gui.drain();
        assertEquals(before, m.getActions().size());
        assertFalse(m.getActions().contains(added));
        assertEquals(expected, shown(tree));

        // move an action of 2026 to 2028, then undo
        RoadmapAction moved = view.actionsIn(2026).get(0);
        assertTrue(view.moveTo(List.of(moved), 2028));
        Gui.drain();
        assertEquals(2028, moved.getYear());
        assertEquals(expected.get(2026) - 1, shown(tree).get(2026));
        assertEquals(expected.get(2028) + 1, shown(tree).get(2028));
        session.commandStack().undo();
        Gui.drain();
        assertEquals(2026, moved.getYear());
        assertEquals(expected, shown(tree));

        // a year outside the horizon: the validation's problem marks the action, and Undo clears it
        assertTrue(view.moveTo(List.of(moved), m.getLastYear() + 3));
        Gui.drain();
        assertTrue(view.getProblems().containsKey(moved), view.getProblems().toString());
        assertTrue(shown(tree).containsKey(m.getLastYear() + 3), "the year is listed so the action can be moved back");
        TreeItem flagged = item(tree, moved);
        assertEquals(view.getProblems().get(moved), flagged.getText(tree.getColumnCount() - 1));
        assertNotNull(flagged.getImage(0), "the error mark");
        session.commandStack().undo();
        Gui.drain();
        assertEquals(Map.of(), view.getProblems());
        assertEquals(expected, shown(tree));

        // delete two actions of 2029 as one edit, then undo
        List<RoadmapAction> deleted = view.actionsIn(2029).subList(0, 2);
        assertTrue(view.delete(List.copyOf(deleted)));
        Gui.drain();
        assertEquals(expected.get(2029) - 2, shown(tree).get(2029));
        session.commandStack().undo();
        Gui.drain();
        assertEquals(expected, shown(tree));
        assertEquals(before, m.getActions().size());
        session.saved();

        // the evaluation, in a job: one point per year for the indicator, one column per year of spending
        Gui.settle(view.evaluate());
        RoadmapResult result = view.getResult();
        assertNotNull(result, "the evaluation finished");
        assertEquals(4, result.years().size());
        view.selectIndicator("coveredShare");
        XYPlot line = view.getIndicatorChart().getChart().getXYPlot();
        assertEquals(Messages.roadmapIndicator_coveredShare, view.getIndicatorChart().getChart().getTitle().getText());
        assertEquals(4, line.getDataset().getItemCount(0), "a value per year");
        for (int i = 0; i < 4; i++) {
            assertEquals(result.years().get(i).coveredShare(), line.getDataset().getYValue(0, i), 1e-9);
        }
        CategoryPlot spending = view.getSpendingChart().getChart().getCategoryPlot();
        assertEquals(4, spending.getDataset().getColumnCount(), "a column per year");
        assertEquals(result.years().get(0).capex(), spending.getDataset().getValue(0, 0).doubleValue(), 1e-6);
        CategoryPlot operating = view.getOperatingChart().getChart().getCategoryPlot();
        assertEquals(4, operating.getDataset().getColumnCount());
        assertEquals(result.years().get(3).opex(), operating.getDataset().getValue(0, 3).doubleValue(), 1e-6);

        // the year selector marks its year and shows its actions
        view.selectYear(2028);
        Gui.drain();
        Collection<Marker> markers = view.getIndicatorChart().getChart().getXYPlot().getDomainMarkers(Layer.BACKGROUND);
        assertEquals(2028.0, ((ValueMarker) markers.iterator().next()).getValue());
        assertEquals(Integer.valueOf(2028), view.getTree().getStructuredSelection().getFirstElement());
        assertTrue(view.getTree().getExpandedState(2028) && !view.getTree().getExpandedState(2026), "the year's actions in view");

        page.setPartState(page.getReference(view), IWorkbenchPage.STATE_MAXIMIZED);
        Gui.drain();
        Path file = Path.of("target", "screenshots", "roadmap-" + lang + ".png");
        ComparisonUiTest.capture(file);
        assertTrue(Files.size(file) > 10_000);
        page.setPartState(page.getReference(view), IWorkbenchPage.STATE_RESTORED);
        // the year selector also showed 2028 in the whole workbench: back to the base for the tests that follow
        view.showBase();
        Gui.drain();
    }

    /** The entries of each of the main menu's menus (by its title), filled as when they are shown. */
    private static Map<String, List<String>> menuEntries() {
        Map<String, List<String>> out = new LinkedHashMap<>();
        Menu bar = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell().getMenuBar();
        for (MenuItem top : bar.getItems()) {
            Menu menu = top.getMenu();
            if (menu != null) {
                menu.notifyListeners(SWT.Show, new Event());
                Gui.drain();
                List<String> entries = new ArrayList<>();
                for (MenuItem item : menu.getItems()) {
                    entries.add(plain(item.getText()));
                }
                out.put(plain(top.getText()), entries);
                menu.notifyListeners(SWT.Hide, new Event());
            }
        }
        return out;
    }

    /** A menu item's text without its mnemonic and accelerator. */
    private static String plain(String text) {
        return text.replace("&", "").split("\t")[0].strip();
    }

    /** The tree's row of an action. */
    private static TreeItem item(Tree tree, RoadmapAction a) {
        for (TreeItem year : tree.getItems()) {
            for (TreeItem action : year.getItems()) {
                if (action.getData() == a) {
                    return action;
                }
            }
        }
        throw new AssertionError("no row for " + a.getCode());
    }

    /** The tree's years with the number of actions under each. */
    private static Map<Integer, Integer> shown(Tree tree) {
        Map<Integer, Integer> out = new LinkedHashMap<>();
        for (TreeItem year : tree.getItems()) {
            out.put((Integer) year.getData(), year.getItemCount());
        }
        return out;
    }
}
