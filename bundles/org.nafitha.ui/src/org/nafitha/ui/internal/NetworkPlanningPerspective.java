package org.nafitha.ui.internal;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/**
 * The planner's home, laid out as a desktop GIS: the map in the middle, taking most of the window; the Layers view and
 * the legend on the leading side; under the map the network's lists (centers, zones, services, scenarios), where the
 * analyses' results, the cards, the comparison and the attribute table also open when asked for (a run of the analyses
 * shows the results there), and the Properties view beside them. In Arabic the workbench mirrors the sides.
 */
public final class NetworkPlanningPerspective implements IPerspectiveFactory {

    public static final String ID = "org.nafitha.ui.perspective.networkPlanning";
    /** The map view of org.nafitha.ui.map (named, not referenced: the perspective works without it). */
    public static final String MAP_VIEW = "org.nafitha.ui.map.view";
    /** The Layers, Legend and attribute-table views of org.nafitha.ui.map (named, not referenced). */
    public static final String LAYERS_VIEW = "org.nafitha.ui.map.layersView";
    public static final String LEGEND_VIEW = "org.nafitha.ui.map.legendView";
    public static final String ATTRIBUTES_VIEW = "org.nafitha.ui.map.attributes";
    /** The results, national card, center card, comparison, location-allocation results and roadmap views (named, not referenced). */
    static final String[] RESULT_VIEWS = { "org.nafitha.ui.charts.results", "org.nafitha.ui.card.national", "org.nafitha.ui.card.center",
        "org.nafitha.ui.charts.comparison", "org.nafitha.ui.locate.results", "org.nafitha.ui.charts.roadmap" };

    @Override
    public void createInitialLayout(IPageLayout layout) {
        String editor = layout.getEditorArea();
        layout.setEditorAreaVisible(false);
        // the map takes the middle: the hidden editor area's share goes to it
        IFolderLayout layers = layout.createFolder("org.nafitha.ui.folders.layers", IPageLayout.LEFT, 0.19f, editor);
        layers.addView(LAYERS_VIEW);
        IFolderLayout legend = layout.createFolder("org.nafitha.ui.folders.legend", IPageLayout.BOTTOM, 0.55f, "org.nafitha.ui.folders.layers");
        legend.addView(LEGEND_VIEW);
        layout.addView(MAP_VIEW, IPageLayout.TOP, 0.95f, editor);
        // under the map, as wide as it: the lists (the centers' first columns in view), then the Properties view
        IFolderLayout lists = layout.createFolder("org.nafitha.ui.folders.left", IPageLayout.BOTTOM, 0.64f, MAP_VIEW);
        lists.addView(CentersView.ID);
        lists.addView(DemandZonesView.ID);
        lists.addView(ServicesView.ID);
        lists.addView(ScenariosView.ID);
        // analyses, the cards, comparisons and the attribute table open beside the lists, when asked for
        for (String id : RESULT_VIEWS) {
            lists.addPlaceholder(id);
        }
        lists.addPlaceholder(ATTRIBUTES_VIEW);
        IFolderLayout bottom = layout.createFolder("org.nafitha.ui.folders.bottom", IPageLayout.RIGHT, 0.66f, "org.nafitha.ui.folders.left");
        bottom.addView(IPageLayout.ID_PROP_SHEET);
        bottom.addView(ProblemsView.ID);
        for (String id : new String[] {ProblemsView.ID, ScenariosView.ID, LAYERS_VIEW, LEGEND_VIEW, ATTRIBUTES_VIEW, MAP_VIEW}) {
            layout.addShowViewShortcut(id);
        }
    }
}
