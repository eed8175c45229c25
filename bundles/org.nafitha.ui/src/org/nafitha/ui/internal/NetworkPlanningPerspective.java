package org.nafitha.ui.internal;

import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/** The planner's home: the network's centers first. */
public final class NetworkPlanningPerspective implements IPerspectiveFactory {

    public static final String ID = "org.nafitha.ui.perspective.networkPlanning";

    @Override
    public void createInitialLayout(IPageLayout layout) {
        layout.setEditorAreaVisible(false);
        layout.addStandaloneView(CentersView.ID, true, IPageLayout.LEFT, 1.0f, layout.getEditorArea());
    }
}
