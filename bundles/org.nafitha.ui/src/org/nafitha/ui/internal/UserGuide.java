package org.nafitha.ui.internal;

import java.io.IOException;
import java.net.URL;
import java.util.Map;
import java.util.function.Consumer;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.runtime.FileLocator;
import org.eclipse.swt.program.Program;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.handlers.HandlerUtil;
import org.nafitha.ui.NafithaUi;

/**
 * The user guide: HTML pages shipped in this bundle (guide/en, guide/ar), opened in the system browser in the
 * workbench's language. Help → User guide (F1) opens it at the section of the view that is active; Help → Command line
 * at the commands.
 */
public final class UserGuide {

    /** The guide's section of each of the product's views (by view id). */
    public static final Map<String, String> SECTIONS = Map.ofEntries(Map.entry(CentersView.ID, "centers"),
            Map.entry(DemandZonesView.ID, "zones"), Map.entry(ServicesView.ID, "services"), Map.entry(ScenariosView.ID, "scenarios"),
            Map.entry(ProblemsView.ID, "problems"), Map.entry(IPageLayout.ID_PROP_SHEET, "properties"),
            Map.entry(NetworkPlanningPerspective.MAP_VIEW, "map"), Map.entry("org.nafitha.ui.charts.results", "results"),
            Map.entry("org.nafitha.ui.card.national", "national"), Map.entry("org.nafitha.ui.card.center", "center"),
            Map.entry("org.nafitha.ui.charts.comparison", "comparison"), Map.entry("org.nafitha.ui.locate.results", "locate"),
            Map.entry("org.nafitha.ui.charts.roadmap", "roadmap"),
            Map.entry(NetworkPlanningPerspective.LAYERS_VIEW, "layers"), Map.entry(NetworkPlanningPerspective.LEGEND_VIEW, "legend"),
            Map.entry(NetworkPlanningPerspective.ATTRIBUTES_VIEW, "attributes"));

    /** Opens a page in the system browser. */
    private static final Consumer<URL> SYSTEM_BROWSER = url -> {
        if (!Program.launch(url.toString())) {
            throw new IllegalStateException(Messages.bind(Messages.Guide_noBrowser, url));
        }
    };

    /** Where pages go: the system browser, or what a test records. */
    private static volatile Consumer<URL> browser = SYSTEM_BROWSER;

    private UserGuide() {
    }

    /** Where pages go (tests); null: the system browser again. */
    public static void setBrowser(Consumer<URL> b) {
        browser = b == null ? SYSTEM_BROWSER : b;
    }

    /** The guide's page in the workbench's language, as a file URL (the bundle's guide folder unpacked when it is in a jar). */
    public static URL page(String section) throws IOException {
        String lang = ScenarioLabels.arabic() ? "ar" : "en";
        URL folder = FileLocator.toFileURL(NafithaUi.getDefault().getBundle().getEntry("guide/"));
        URL index = new URL(folder, lang + "/index.html");
        return section == null || section.isEmpty() ? index : new URL(index, "index.html#" + section);
    }

    /** Opens the guide at a section (null: its start). */
    public static URL open(String section) throws IOException {
        URL url = page(section);
        browser.accept(url);
        return url;
    }

    /** Help → User guide (F1): the guide at the section of the active view. */
    public static final class Open extends AbstractHandler {
        @Override
        public Object execute(ExecutionEvent event) throws ExecutionException {
            IWorkbenchPart part = HandlerUtil.getActivePart(event);
            String id = part == null || part.getSite() == null ? null : part.getSite().getId();
            return run(id == null ? null : SECTIONS.get(id));
        }
    }

    /** Help → Command line: the guide's commands. */
    public static final class CommandLine extends AbstractHandler {
        @Override
        public Object execute(ExecutionEvent event) throws ExecutionException {
            return run("cli");
        }
    }

    private static Object run(String section) throws ExecutionException {
        try {
            return open(section);
        } catch (IOException | RuntimeException e) {
            throw new ExecutionException(Messages.bind(Messages.Guide_failed, e.getMessage()), e);
        }
    }
}
