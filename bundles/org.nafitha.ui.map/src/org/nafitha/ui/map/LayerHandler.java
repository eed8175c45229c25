package org.nafitha.ui.map;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.dialogs.ListDialog;
import org.eclipse.ui.handlers.HandlerUtil;
import org.nafitha.map.MapLayer;

/**
 * The handler of the Layers view's commands (its context menu: style, zoom to layer, opacity, labels, attribute table,
 * remove), active while the Layers view is; each acts on the layer chosen in the tree.
 */
public final class LayerHandler extends AbstractHandler {

    public static final String STYLE = "org.nafitha.ui.map.style";
    public static final String ZOOM_LAYER = "org.nafitha.ui.map.zoomLayer";
    public static final String OPACITY = "org.nafitha.ui.map.opacity";
    public static final String LABELS = "org.nafitha.ui.map.labels";
    public static final String ATTRIBUTES = "org.nafitha.ui.map.attributeTable";
    public static final String REMOVE = "org.nafitha.ui.map.removeLayer";

    @Override
    public Object execute(ExecutionEvent event) {
        if (!(HandlerUtil.getActivePart(event) instanceof LayersView view) || view.map() == null || view.selected() == null) {
            return null;
        }
        MapView map = view.map();
        MapLayer layer = view.selected();
        Shell shell = HandlerUtil.getActiveShell(event);
        switch (event.getCommand().getId()) {
            case STYLE -> map.createStyleDialog(layer).open();
            case ZOOM_LAYER -> map.zoomToLayer(layer);
            case OPACITY -> {
                InputDialog ask = new InputDialog(shell, NLS.bind(Messages.opacityTitle, layer.name()), Messages.opacityMessage,
                        String.valueOf(Math.round(layer.style().opacity() * 100)), LayerHandler::percent);
                if (ask.open() == Window.OK) {
                    map.applyStyle(layer, layer.style().copy().opacity(Integer.parseInt(ask.getValue().strip()) / 100.0));
                }
            }
            case LABELS -> {
                ListDialog ask = new ListDialog(shell);
                ask.setTitle(NLS.bind(Messages.labelsTitle, layer.name()));
                ask.setMessage(Messages.labelsMessage);
                ask.setContentProvider(ArrayContentProvider.getInstance());
                ask.setLabelProvider(new LabelProvider());
                List<String> fields = fields(layer);
                ask.setInput(fields);
                if (ask.open() == Window.OK && ask.getResult().length == 1) {
                    String field = (String) ask.getResult()[0];
                    map.applyStyle(layer, layer.style().copy().label(field.equals(Messages.none) ? null : field));
                }
            }
            case ATTRIBUTES -> openAttributes(view.getSite().getPage(), layer);
            case REMOVE -> map.removeLayer(layer);
            default -> throw new IllegalArgumentException("not a layer command: " + event.getCommand().getId());
        }
        return null;
    }

    /** "(none)" then the layer's attribute names: what its labels may show. */
    static List<String> fields(MapLayer layer) {
        Set<String> keys = new LinkedHashSet<>();
        layer.features().forEach(f -> keys.addAll(f.attributes().keySet()));
        List<String> fields = new ArrayList<>();
        fields.add(Messages.none);
        fields.addAll(keys);
        return fields;
    }

    /** Null for a whole number from 0 to 100, else what is wrong. */
    static String percent(String text) {
        try {
            int v = Integer.parseInt(text.strip());
            return v >= 0 && v <= 100 ? null : NLS.bind(Messages.badValue, new Object[] {text, Messages.opacityPercent, "0\u2013100"});
        } catch (NumberFormatException e) {
            return NLS.bind(Messages.badValue, new Object[] {text, Messages.opacityPercent, "0\u2013100"});
        }
    }

    /** Opens the attribute table on a layer. */
    public static AttributeTableView openAttributes(IWorkbenchPage page, MapLayer layer) {
        try {
            AttributeTableView table = (AttributeTableView) page.showView(AttributeTableView.ID);
            table.showLayer(layer);
            return table;
        } catch (PartInitException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }
}
