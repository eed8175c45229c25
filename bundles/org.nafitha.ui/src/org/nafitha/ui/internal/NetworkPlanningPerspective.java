package org.nafitha.ui.internal;

import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/** The planner's home: the network's centers first. */
public final class NetworkPlanningPerspective implements IPerspectiveFactory {

    public static final String ID = "org.nafitha.ui.perspective.networkPlanning";
    /** The map view of org.nafitha.ui.map (named, not referenced: the perspective works without it). */
    public static final String MAP_VIEW = "org.nafitha.ui.map.view";

    @Override
    public void createInitialLayout(IPageLayout layout) {
        layout.setEditorAreaVisible(false);
        layout.addView(CentersView.ID, IPageLayout.LEFT, 1.0f, layout.getEditorArea());
        layout.addView(MAP_VIEW, IPageLayout.RIGHT, 0.42f, CentersView.ID);
        org.eclipse.ui.IFolderLayout bottom = layout.createFolder("org.nafitha.ui.folders.bottom", IPageLayout.BOTTOM, 0.65f, CentersView.ID);
        bottom.addView(IPageLayout.ID_PROP_SHEET);
        bottom.addView(ProblemsView.ID);
        layout.addShowViewShortcut(ProblemsView.ID);
    }
}
