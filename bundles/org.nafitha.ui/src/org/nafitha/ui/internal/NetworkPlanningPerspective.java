package org.nafitha.ui.internal;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;
import org.eclipse.ui.IPlaceholderFolderLayout;

/**
 * The planner's home, laid out as a desktop GIS: the map in the middle, taking most of the window; the Layers view and
 * the legend on the leading side; the network's lists (centers, zones, services, scenarios) and the Properties view on
 * the trailing side; the analyses' results, the cards, the comparison and the attribute table open under the map when
 * asked for (a run of the analyses shows the results there). In Arabic the workbench mirrors the sides.
 */
public final class NetworkPlanningPerspective implements IPerspectiveFactory {

    public static final String ID = "org.nafitha.ui.perspective.networkPlanning";
    /** The map view of org.nafitha.ui.map (named, not referenced: the perspective works without it). */
    public static final String MAP_VIEW = "org.nafitha.ui.map.view";
    /** The Layers, Legend and attribute-table views of org.nafitha.ui.map (named, not referenced). */
    public static final String LAYERS_VIEW = "org.nafitha.ui.map.layersView";
    public static final String LEGEND_VIEW = "org.nafitha.ui.map.legendView";
    public static final String ATTRIBUTES_VIEW = "org.nafitha.ui.map.attributes";
    /** The results, national card, center card and comparison views (named, not referenced). */
    static final String[] RESULT_VIEWS = { "org.nafitha.ui.charts.results", "org.nafitha.ui.card.national", "org.nafitha.ui.card.center",
        "org.nafitha.ui.charts.comparison" };

    @Override
    public void createInitialLayout(IPageLayout layout) {
        String editor = layout.getEditorArea();
        layout.setEditorAreaVisible(false);
        // the map takes the middle: the hidden editor area's share goes to it
        IFolderLayout layers = layout.createFolder("org.nafitha.ui.folders.layers", IPageLayout.LEFT, 0.19f, editor);
        layers.addView(LAYERS_VIEW);
        IFolderLayout legend = layout.createFolder("org.nafitha.ui.folders.legend", IPageLayout.BOTTOM, 0.55f, "org.nafitha.ui.folders.layers");
        legend.addView(LEGEND_VIEW);
        IFolderLayout lists = layout.createFolder("org.nafitha.ui.folders.left", IPageLayout.RIGHT, 0.70f, editor);
        lists.addView(CentersView.ID);
        lists.addView(DemandZonesView.ID);
        lists.addView(ServicesView.ID);
        lists.addView(ScenariosView.ID);
        IFolderLayout bottom = layout.createFolder("org.nafitha.ui.folders.bottom", IPageLayout.BOTTOM, 0.58f, "org.nafitha.ui.folders.left");
        bottom.addView(IPageLayout.ID_PROP_SHEET);
        bottom.addView(ProblemsView.ID);
        layout.addView(MAP_VIEW, IPageLayout.TOP, 0.95f, editor);
        // analyses, the cards, comparisons and the attribute table under the map, when opened
        IPlaceholderFolderLayout results = layout.createPlaceholderFolder("org.nafitha.ui.folders.results", IPageLayout.BOTTOM, 0.66f, MAP_VIEW);
        for (String id : RESULT_VIEWS) {
            results.addPlaceholder(id);
        }
        results.addPlaceholder(ATTRIBUTES_VIEW);
        for (String id : new String[] {ProblemsView.ID, ScenariosView.ID, LAYERS_VIEW, LEGEND_VIEW, ATTRIBUTES_VIEW, MAP_VIEW}) {
            layout.addShowViewShortcut(id);
        }
    }
}
