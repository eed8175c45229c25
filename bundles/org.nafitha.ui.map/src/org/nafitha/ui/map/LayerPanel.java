package org.nafitha.ui.map;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.Scale;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.nafitha.map.MapLayer;

/**
 * The layer list beside the map, topmost first as in any GIS: a check box shows or hides a layer, double-click zooms to
 * it, the arrows draw it above or below its neighbour, the slider sets its opacity; the buttons below run the map's
 * commands. Its context menu is the view's registered menu {@value #MENU_ID}.
 */
final class LayerPanel {

    /** The id of the layer list's context menu, registered with the workbench so plugins can add entries. */
    static final String MENU_ID = "org.nafitha.ui.map.layers";

    private final MapView map;
    private final Table table;
    private final Scale opacity;
    private Button boxTool;

    LayerPanel(Composite side, MapView map) {
        this.map = map;
        side.setLayout(new GridLayout(1, false));
        new Label(side, SWT.NONE).setText(Messages.layers);
        table = new Table(side, SWT.CHECK | SWT.BORDER | SWT.SINGLE);
        table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        table.addListener(SWT.Selection, e -> {
            if (e.detail == SWT.CHECK && e.item.getData() instanceof MapLayer layer) {
                layer.setVisible(((TableItem) e.item).getChecked());
                map.render();
            }
        });
        table.addListener(SWT.DefaultSelection, e -> {
            if (e.item != null && e.item.getData() instanceof MapLayer) {
                map.zoomToLayer(); // double-click: zoom to the layer
            }
        });
        Composite order = new Composite(side, SWT.NONE);
        order.setLayout(new GridLayout(3, false));
        order.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        Button up = new Button(order, SWT.PUSH);
        up.setText("\u25B2");
        up.setToolTipText(Messages.raise);
        up.addListener(SWT.Selection, e -> map.move(1));
        Button down = new Button(order, SWT.PUSH);
        down.setText("\u25BC");
        down.setToolTipText(Messages.lower);
        down.addListener(SWT.Selection, e -> map.move(-1));
        opacity = new Scale(order, SWT.HORIZONTAL);
        opacity.setMinimum(0);
        opacity.setMaximum(100);
        opacity.setSelection(100);
        opacity.setEnabled(false); // until a layer is chosen in the list
        opacity.setToolTipText(Messages.opacity);
        opacity.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        opacity.addListener(SWT.Selection, e -> {
            MapLayer layer = selected();
            if (layer != null) {
                layer.setStyle(layer.style().copy().opacity(opacity.getSelection() / 100.0));
                map.render();
            }
        });
        table.addListener(SWT.Selection, e -> showOpacity());
        button(side, Messages.style, map::editStyle).setData(StyleDialog.WIDGET, "style");
        button(side, Messages.addLayer, map::addLayer);
        button(side, Messages.addTable, map::addTable);
        button(side, Messages.zoomAll, map::zoomToAll);
        button(side, Messages.zoomSelection, map::zoomToSelection);
        boxTool = new Button(side, SWT.TOGGLE);
        boxTool.setText(Messages.zoomBox);
        boxTool.setToolTipText(Messages.zoomBoxTip);
        boxTool.setData(StyleDialog.WIDGET, "zoomBox");
        boxTool.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        boxTool.addListener(SWT.Selection, e -> map.setBoxMode(boxTool.getSelection()));
        button(side, Messages.exportPng, map::exportImage);
    }

    private static Button button(Composite parent, String text, Runnable action) {
        Button b = new Button(parent, SWT.PUSH);
        b.setText(text);
        b.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        b.addListener(SWT.Selection, e -> action.run());
        return b;
    }

    Table table() {
        return table;
    }

    void setMenu(Menu menu) {
        table.setMenu(menu);
    }

    /** The toggle follows the box mode when a command or key switches it. */
    void showBoxMode(boolean on) {
        if (!boxTool.isDisposed()) {
            boxTool.setSelection(on);
        }
    }

    /** The layer chosen in the list, or null. */
    MapLayer selected() {
        int i = table.getSelectionIndex();
        return i < 0 ? null : (MapLayer) table.getItem(i).getData();
    }

    /** Shows the layers (bottom first in {@code layers}) topmost first. */
    void refresh(List<MapLayer> layers) {
        if (table.isDisposed()) {
            return;
        }
        table.removeAll();
        for (int i = layers.size() - 1; i >= 0; i--) {
            MapLayer layer = layers.get(i);
            TableItem item = new TableItem(table, SWT.NONE);
            item.setText(layer.name());
            item.setChecked(layer.visible());
            item.setData(layer);
        }
        showOpacity();
    }

    /** Selects the row of the layer at {@code index} (bottom first). */
    void select(int index, int count) {
        table.setSelection(count - 1 - index);
        showOpacity();
    }

    void showOpacity() {
        MapLayer layer = selected();
        opacity.setEnabled(layer != null);
        if (layer != null) {
            opacity.setSelection((int) Math.round(layer.style().opacity() * 100));
        }
    }
}
