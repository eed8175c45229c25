package org.nafitha.ui.map;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.util.LocalSelectionTransfer;
import org.eclipse.jface.viewers.CheckboxTreeViewer;
import org.eclipse.jface.viewers.ICheckStateProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.ViewerDropAdapter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DragSourceAdapter;
import org.eclipse.swt.dnd.DragSourceEvent;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.dnd.TransferData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.part.ViewPart;
import org.nafitha.map.MapLayer;

/**
 * The Layers view, as in any desktop GIS: the map's layers in groups (analysis results, the scenario, added files and
 * tables), topmost first; a check box shows or hides a layer (a group's, all of it), a drag reorders layers within their
 * group, a double-click zooms to a layer. Its context menu ({@value #MENU_ID}) is registered with the workbench: style,
 * zoom to layer, opacity, labels, attribute table and remove are plugin.xml contributions, and plugins add their own.
 */
public final class LayersView extends ViewPart implements MapView.LayersListener {

    public static final String ID = "org.nafitha.ui.map.layersView";
    /** The id of the layer tree's context menu, registered with the workbench so plugins can add entries. */
    public static final String MENU_ID = "org.nafitha.ui.map.layers";

    private CheckboxTreeViewer viewer;
    private MapFollower follower;
    private MapView map;

    @Override
    public void createPartControl(Composite parent) {
        viewer = new CheckboxTreeViewer(parent, SWT.BORDER | SWT.SINGLE);
        viewer.setContentProvider(new Content());
        viewer.setLabelProvider(new LabelProvider() {
            @Override
            public String getText(Object element) {
                return element instanceof MapLayer l ? l.name() : ((LayerGroup) element).label();
            }
        });
        viewer.setCheckStateProvider(new ICheckStateProvider() {
            @Override
            public boolean isChecked(Object element) {
                return element instanceof MapLayer l ? l.visible() : layers((LayerGroup) element).stream().anyMatch(MapLayer::visible);
            }

            @Override
            public boolean isGrayed(Object element) {
                if (element instanceof LayerGroup g) {
                    List<MapLayer> in = layers(g);
                    return in.stream().anyMatch(MapLayer::visible) && !in.stream().allMatch(MapLayer::visible);
                }
                return false;
            }
        });
        viewer.addCheckStateListener(e -> setVisible(e.getElement(), e.getChecked()));
        viewer.addDoubleClickListener(e -> {
            if (map != null && selected() != null) {
                map.zoomToLayer(selected());
            }
        });
        dragAndDrop();
        MenuManager menu = new MenuManager("#" + MENU_ID, MENU_ID);
        // filled afresh on every show: a manager filled once gets the contributions a second time when shown
        menu.setRemoveAllWhenShown(true);
        menu.addMenuListener(m -> m.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS)));
        viewer.getControl().setMenu(menu.createContextMenu(viewer.getControl()));
        getSite().registerContextMenu(MENU_ID, menu, viewer);
        getSite().setSelectionProvider(viewer);
        follower = new MapFollower(getSite().getPage(), this::follow);
        if (map == null) {
            follow(null);
        }
    }

    private void follow(MapView m) {
        if (map != null) {
            map.removeLayersListener(this);
        }
        map = m;
        if (map != null) {
            map.addLayersListener(this);
        }
        refresh();
    }

    @Override
    public void layersChanged(MapView changed) {
        refresh();
    }

    private void refresh() {
        if (viewer == null || viewer.getControl().isDisposed()) {
            return;
        }
        Object chosen = viewer.getStructuredSelection().getFirstElement();
        viewer.setInput(map == null ? new Object() : map);
        viewer.expandAll();
        if (chosen instanceof MapLayer l && map != null) {
            // the same layer (by id) after a reload made new layer objects
            MapLayer now = map.layer(l.id());
            if (now != null) {
                viewer.setSelection(new StructuredSelection(now), true);
            }
        }
    }

    /** The layers of a group, topmost first. */
    private List<MapLayer> layers(LayerGroup group) {
        List<MapLayer> in = new ArrayList<>();
        if (map != null) {
            List<MapLayer> all = map.getLayers();
            for (int i = all.size() - 1; i >= 0; i--) {
                if (map.group(all.get(i)) == group) {
                    in.add(all.get(i));
                }
            }
        }
        return in;
    }

    /** Shows or hides a layer, or every layer of a group (the check boxes). */
    public void setVisible(Object element, boolean visible) {
        if (map == null) {
            return;
        }
        List<MapLayer> which = element instanceof MapLayer l ? List.of(l) : layers((LayerGroup) element);
        which.forEach(l -> map.setLayerVisible(l, visible));
    }

    /**
     * Puts a layer where another of its group is, as a drop onto it does: dragged down the list (under it) or up (over
     * it). A layer of another group stays where it is (false).
     */
    public boolean drop(MapLayer dragged, MapLayer onto) {
        if (map == null || dragged == onto || map.group(dragged) != map.group(onto)) {
            return false;
        }
        map.moveLayer(dragged, map.getLayers().indexOf(onto));
        return true;
    }

    private void dragAndDrop() {
        Transfer[] local = {LocalSelectionTransfer.getTransfer()};
        viewer.addDragSupport(DND.DROP_MOVE, local, new DragSourceAdapter() {
            @Override
            public void dragStart(DragSourceEvent event) {
                event.doit = selected() != null;
                LocalSelectionTransfer.getTransfer().setSelection(viewer.getStructuredSelection());
            }

            @Override
            public void dragSetData(DragSourceEvent event) {
                event.data = LocalSelectionTransfer.getTransfer().getSelection();
            }
        });
        viewer.addDropSupport(DND.DROP_MOVE, local, new ViewerDropAdapter(viewer) {
            @Override
            public boolean validateDrop(Object target, int operation, TransferData type) {
                Object dragged = ((IStructuredSelection) LocalSelectionTransfer.getTransfer().getSelection()).getFirstElement();
                return target instanceof MapLayer onto && dragged instanceof MapLayer l && map != null && map.group(l) == map.group(onto);
            }

            @Override
            public boolean performDrop(Object data) {
                Object dragged = ((IStructuredSelection) data).getFirstElement();
                return getCurrentTarget() instanceof MapLayer onto && dragged instanceof MapLayer l && LayersView.this.drop(l, onto);
            }
        });
    }

    /** The layer chosen in the tree, or null. */
    public MapLayer selected() {
        return viewer.getStructuredSelection().getFirstElement() instanceof MapLayer l ? l : null;
    }

    /** The map this view follows (null when no map view is open). */
    public MapView map() {
        return map;
    }

    /** The tree (for tests). */
    public CheckboxTreeViewer getViewer() {
        return viewer;
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }

    @Override
    public void dispose() {
        follower.dispose();
        if (map != null) {
            map.removeLayersListener(this);
        }
        super.dispose();
    }

    /** Groups (those with layers), then each group's layers topmost first. */
    private final class Content implements ITreeContentProvider {
        @Override
        public Object[] getElements(Object input) {
            return map == null ? new Object[0] : List.of(LayerGroup.values()).stream().filter(g -> !layers(g).isEmpty()).toArray();
        }

        @Override
        public Object[] getChildren(Object parent) {
            return parent instanceof LayerGroup g ? layers(g).toArray() : new Object[0];
        }

        @Override
        public Object getParent(Object element) {
            return element instanceof MapLayer l && map != null ? map.group(l) : null;
        }

        @Override
        public boolean hasChildren(Object element) {
            return element instanceof LayerGroup;
        }
    }
}
