package org.nafitha.ui.map;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.jface.action.Action;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.part.ViewPart;
import org.eclipse.ui.plugin.AbstractUIPlugin;
import org.nafitha.map.MapLayer;

/**
 * The attribute table of any layer of the map, as in every desktop GIS: a row a feature, a column an attribute; a click
 * on a column's header sorts by it (again: the other way), the filter keeps the rows with the text in any cell. Rows
 * selected here are selected on the map and features selected on the map are selected here; a double-click (or Zoom to
 * rows) zooms the map to the selected rows. The table is virtual: a layer of 100,000 features opens at once.
 */
public final class AttributeTableView extends ViewPart implements MapView.LayersListener, MapView.FeatureSelectionListener {

    public static final String ID = "org.nafitha.ui.map.attributes";

    private Combo layerChoice;
    private Text filter;
    private Label count;
    private Table table;
    private MapFollower follower;
    private MapView map;
    private String layerId;
    private List<MapLayer> choices = List.of();
    private List<String> columns = List.of();
    private List<MapLayer.MapFeature> rows = List.of();
    private int sortColumn = -1;
    private boolean ascending = true;
    private boolean syncing;

    @Override
    public void createPartControl(Composite parent) {
        parent.setLayout(new GridLayout(4, false));
        new Label(parent, SWT.NONE).setText(Messages.tableLayer);
        layerChoice = new Combo(parent, SWT.READ_ONLY);
        layerChoice.setData(StyleDialog.WIDGET, "layer");
        layerChoice.addListener(SWT.Selection, e -> {
            int i = layerChoice.getSelectionIndex();
            if (i >= 0 && i < choices.size()) {
                showLayer(choices.get(i));
            }
        });
        filter = new Text(parent, SWT.BORDER | SWT.SEARCH | SWT.ICON_CANCEL);
        filter.setMessage(Messages.tableFilter);
        filter.setData(StyleDialog.WIDGET, "filter");
        filter.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        filter.addListener(SWT.Modify, e -> fill());
        count = new Label(parent, SWT.NONE);
        count.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, false, false));
        table = new Table(parent, SWT.VIRTUAL | SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 4, 1));
        table.addListener(SWT.SetData, e -> {
            TableItem item = (TableItem) e.item;
            int index = table.indexOf(item);
            if (index < rows.size()) {
                item.setText(cells(rows.get(index)));
            }
        });
        table.addListener(SWT.Selection, e -> rowsSelected());
        table.addListener(SWT.DefaultSelection, e -> zoomToRows());
        Action zoom = new Action(Messages.zoomToRows) {
            @Override
            public void run() {
                zoomToRows();
            }
        };
        zoom.setImageDescriptor(AbstractUIPlugin.imageDescriptorFromPlugin("org.nafitha.ui.map", "icons/zoom_selection.png"));
        getViewSite().getActionBars().getToolBarManager().add(zoom);
        follower = new MapFollower(getSite().getPage(), this::follow);
        if (map == null) {
            follow(null);
        }
    }

    private void follow(MapView m) {
        if (map != null) {
            map.removeLayersListener(this);
            map.removeFeatureSelectionListener(this);
        }
        map = m;
        if (map != null) {
            map.addLayersListener(this);
            map.addFeatureSelectionListener(this);
        }
        layersChanged(map);
    }

    /** Shows a layer's features (the Layers view's "Attribute table" does so). */
    public void showLayer(MapLayer layer) {
        layerId = layer == null ? null : layer.id();
        sortColumn = -1;
        layersChanged(map);
    }

    @Override
    public void layersChanged(MapView changed) {
        if (table == null || table.isDisposed()) {
            return;
        }
        List<MapLayer> all = map == null ? List.of() : new ArrayList<>(map.getLayers());
        Collections.reverse(all); // topmost first, as in the Layers view
        choices = all;
        layerChoice.setItems(all.stream().map(MapLayer::name).toArray(String[]::new));
        MapLayer layer = layer();
        if (layer == null && !all.isEmpty()) {
            layerId = all.get(0).id();
            layer = all.get(0);
        }
        layerChoice.select(all.indexOf(layer));
        setPartName(layer == null ? Messages.attributesTitle : NLS.bind(Messages.attributesOf, layer.name()));
        buildColumns(layer);
        fill();
    }

    /** The layer shown, or null. */
    public MapLayer layer() {
        return map == null || layerId == null ? null : map.layer(layerId);
    }

    private void buildColumns(MapLayer layer) {
        Set<String> keys = new LinkedHashSet<>();
        if (layer != null) {
            layer.features().forEach(f -> keys.addAll(f.attributes().keySet()));
        }
        List<String> now = new ArrayList<>();
        now.add(Messages.featureId);
        now.addAll(keys);
        if (now.equals(columns) && table.getColumnCount() == now.size()) {
            return;
        }
        columns = now;
        for (TableColumn c : table.getColumns()) {
            c.dispose();
        }
        for (int i = 0; i < columns.size(); i++) {
            TableColumn c = new TableColumn(table, SWT.NONE);
            c.setText(columns.get(i));
            c.setWidth(i == 0 ? 110 : 140);
            int index = i;
            c.addListener(SWT.Selection, e -> sortBy(index));
        }
    }

    /** Sorts by a column (0 is the feature's id); the same column again sorts the other way. */
    public void sortBy(int column) {
        ascending = column != sortColumn || !ascending;
        sortColumn = column;
        table.setSortColumn(table.getColumn(column));
        table.setSortDirection(ascending ? SWT.UP : SWT.DOWN);
        fill();
    }

    /** Keeps the rows with a text in any cell (empty: every row). */
    public void setFilter(String text) {
        filter.setText(text);
    }

    private String[] cells(MapLayer.MapFeature f) {
        String[] cells = new String[columns.size()];
        cells[0] = f.id();
        for (int i = 1; i < cells.length; i++) {
            Object v = f.attributes().get(columns.get(i));
            cells[i] = v == null ? "" : String.valueOf(v);
        }
        return cells;
    }

    private Object value(MapLayer.MapFeature f, int column) {
        return column == 0 ? f.id() : f.attributes().get(columns.get(column));
    }

    private void fill() {
        MapLayer layer = layer();
        List<MapLayer.MapFeature> shown = new ArrayList<>();
        String wanted = filter.getText().strip().toLowerCase(Locale.ROOT);
        if (layer != null) {
            for (MapLayer.MapFeature f : layer.features()) {
                if (wanted.isEmpty() || List.of(cells(f)).stream().anyMatch(c -> c.toLowerCase(Locale.ROOT).contains(wanted))) {
                    shown.add(f);
                }
            }
        }
        if (sortColumn >= 0 && sortColumn < columns.size()) {
            int c = sortColumn;
            Comparator<MapLayer.MapFeature> order = (a, b) -> compare(value(a, c), value(b, c));
            shown.sort(ascending ? order : order.reversed());
        }
        rows = shown;
        table.clearAll();
        table.setItemCount(rows.size());
        count.setText(NLS.bind(Messages.tableCount, rows.size(), layer == null ? 0 : layer.features().size()));
        count.getParent().layout(new Control[] {count});
        featuresSelected(map);
    }

    /** Numbers by value, anything else by its text; empty cells last. */
    private static int compare(Object a, Object b) {
        if (a == null || b == null) {
            return a == null ? (b == null ? 0 : 1) : -1;
        }
        if (a instanceof Number x && b instanceof Number y) {
            return Double.compare(x.doubleValue(), y.doubleValue());
        }
        return String.valueOf(a).compareToIgnoreCase(String.valueOf(b));
    }

    /** The rows selected here select the same features on the map (the layer's other features are unselected). */
    private void rowsSelected() {
        MapLayer layer = layer();
        if (map == null || layer == null || syncing) {
            return;
        }
        Set<String> ids = new HashSet<>();
        for (int i : table.getSelectionIndices()) {
            ids.add(rows.get(i).id());
        }
        syncing = true;
        try {
            map.selectFeatures(layer, ids);
        } finally {
            syncing = false;
        }
    }

    /** Features selected on the map are the rows selected here. */
    @Override
    public void featuresSelected(MapView changed) {
        MapLayer layer = layer();
        if (syncing || table == null || table.isDisposed() || layer == null) {
            return;
        }
        Set<String> ids = layer.selection();
        List<Integer> indices = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            if (ids.contains(rows.get(i).id())) {
                indices.add(i);
            }
        }
        table.setSelection(indices.stream().mapToInt(Integer::intValue).toArray());
        if (!indices.isEmpty()) {
            table.showSelection();
        }
    }

    /** Zooms the map to the selected rows' features. */
    public void zoomToRows() {
        MapLayer layer = layer();
        if (map == null || layer == null) {
            return;
        }
        Set<String> ids = new HashSet<>();
        for (int i : table.getSelectionIndices()) {
            ids.add(rows.get(i).id());
        }
        map.zoomToFeatures(layer, ids);
    }

    /** The ids of the rows as shown (filtered and sorted). */
    public List<String> rowIds() {
        return rows.stream().map(MapLayer.MapFeature::id).toList();
    }

    /** Selects rows by index, as a click (with Ctrl for more) does. */
    public void selectRows(int... indices) {
        table.setSelection(indices);
        rowsSelected();
    }

    /** The indices of the selected rows. */
    public int[] selectedRows() {
        return table.getSelectionIndices();
    }

    @Override
    public void setFocus() {
        table.setFocus();
    }

    @Override
    public void dispose() {
        follower.dispose();
        if (map != null) {
            map.removeLayersListener(this);
            map.removeFeatureSelectionListener(this);
        }
        super.dispose();
    }
}
