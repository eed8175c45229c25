package org.nafitha.ui.internal;

import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/** The planner's home: the network's centers first. */
public final class NetworkPlanningPerspective implements IPerspectiveFactory {

    public static final String ID = "org.nafitha.ui.perspective.networkPlanning";
    /** The map view of org.nafitha.ui.map (named, not referenced: the perspective works without it). */
    public static final String MAP_VIEW = "org.nafitha.ui.map.view";
    /** The results, national card, center card and comparison views (named, not referenced). */
    static final String[] RESULT_VIEWS = { "org.nafitha.ui.charts.results", "org.nafitha.ui.card.national", "org.nafitha.ui.card.center",
        "org.nafitha.ui.charts.comparison" };

    @Override
    public void createInitialLayout(IPageLayout layout) {
        layout.setEditorAreaVisible(false);
        org.eclipse.ui.IFolderLayout left = layout.createFolder("org.nafitha.ui.folders.left", IPageLayout.LEFT, 1.0f, layout.getEditorArea());
        left.addView(CentersView.ID);
        left.addView(DemandZonesView.ID);
        left.addView(ServicesView.ID);
        left.addView(ScenariosView.ID);
        layout.addView(MAP_VIEW, IPageLayout.RIGHT, 0.42f, CentersView.ID);
        org.eclipse.ui.IFolderLayout bottom = layout.createFolder("org.nafitha.ui.folders.bottom", IPageLayout.BOTTOM, 0.65f, CentersView.ID);
        bottom.addView(IPageLayout.ID_PROP_SHEET);
        bottom.addView(ProblemsView.ID);
        layout.addShowViewShortcut(ProblemsView.ID);
        layout.addShowViewShortcut(ScenariosView.ID);
        // analyses, the card and comparisons under the map (views of org.nafitha.ui.charts and org.nafitha.ui.card)
        org.eclipse.ui.IFolderLayout results = layout.createFolder("org.nafitha.ui.folders.results", IPageLayout.BOTTOM, 0.5f, MAP_VIEW);
        for (String id : RESULT_VIEWS) {
            results.addView(id);
        }
    }
}
