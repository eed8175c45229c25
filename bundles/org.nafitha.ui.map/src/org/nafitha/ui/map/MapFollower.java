package org.nafitha.ui.map;

import java.util.function.Consumer;

import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPartReference;

/**
 * What the Layers, Legend and attribute-table views share: they follow the page's map view, found when they open and
 * when the map view opens or closes after them.
 */
final class MapFollower implements IPartListener2 {

    private final IWorkbenchPage page;
    private final Consumer<MapView> follow;
    private MapView map;

    /** Calls {@code follow} with the page's map view now and whenever it changes (null when it closes). */
    MapFollower(IWorkbenchPage page, Consumer<MapView> follow) {
        this.page = page;
        this.follow = follow;
        page.addPartListener(this);
        if (page.findView(MapView.ID) instanceof MapView m) {
            set(m);
        }
    }

    MapView map() {
        return map;
    }

    private void set(MapView m) {
        if (m != map) {
            map = m;
            follow.accept(m);
        }
    }

    @Override
    public void partOpened(IWorkbenchPartReference ref) {
        if (MapView.ID.equals(ref.getId()) && ref.getPart(false) instanceof MapView m) {
            set(m);
        }
    }

    @Override
    public void partClosed(IWorkbenchPartReference ref) {
        if (MapView.ID.equals(ref.getId()) && ref.getPart(false) == map) {
            set(null);
        }
    }

    void dispose() {
        page.removePartListener(this);
    }
}
