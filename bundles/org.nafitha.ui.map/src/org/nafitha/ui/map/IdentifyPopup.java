package org.nafitha.ui.map;

import java.util.Map;

import org.eclipse.jface.dialogs.PopupDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.nafitha.map.MapLayer;

/** The identify tool's answer: the layer and the attributes of the feature clicked, in a small window by the pointer. */
final class IdentifyPopup extends PopupDialog {

    private final MapLayer layer;
    private final MapLayer.MapFeature feature;
    private final Point at;

    IdentifyPopup(Shell parent, MapLayer layer, MapLayer.MapFeature feature, Point at) {
        super(parent, PopupDialog.INFOPOPUPRESIZE_SHELLSTYLE, true, false, false, false, false, layer.name(), Messages.identifyInfo);
        this.layer = layer;
        this.feature = feature;
        this.at = at;
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        Table table = new Table(area, SWT.BORDER | SWT.FULL_SELECTION);
        table.setData(StyleDialog.WIDGET, "identify");
        table.setHeaderVisible(true);
        table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        new TableColumn(table, SWT.NONE).setText(Messages.attribute);
        new TableColumn(table, SWT.NONE).setText(Messages.value);
        row(table, Messages.featureId, feature.id());
        for (Map.Entry<String, Object> e : feature.attributes().entrySet()) {
            row(table, e.getKey(), e.getValue() == null ? "" : String.valueOf(e.getValue()));
        }
        for (TableColumn c : table.getColumns()) {
            c.pack();
        }
        return area;
    }

    private static void row(Table table, String key, String value) {
        TableItem item = new TableItem(table, SWT.NONE);
        item.setText(new String[] {key, value});
    }

    @Override
    protected Point getDefaultLocation(Point initialSize) {
        return new Point(at.x + 12, at.y + 12);
    }

    /** The layer identified (for tests). */
    MapLayer layer() {
        return layer;
    }
}
