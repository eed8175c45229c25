package org.nafitha.ui.map;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.part.ViewPart;
import org.nafitha.map.MapLayer;

/**
 * The map's legend as a view of its own, which the planner shows, hides (the map toolbar's Legend button, or closing
 * it) and moves like any view, instead of a box drawn over the map: each visible layer, topmost first, with its
 * symbols and their meaning. In Arabic it reads right to left (the view is mirrored with the workbench).
 */
public final class LegendView extends ViewPart implements MapView.LayersListener {

    public static final String ID = "org.nafitha.ui.map.legendView";
    private static final int LINE = 20;

    private ScrolledComposite scroll;
    private Canvas canvas;
    private Font bold;
    private MapFollower follower;
    private MapView map;

    @Override
    public void createPartControl(Composite parent) {
        scroll = new ScrolledComposite(parent, SWT.V_SCROLL | SWT.H_SCROLL);
        canvas = new Canvas(scroll, SWT.DOUBLE_BUFFERED);
        canvas.setBackground(parent.getDisplay().getSystemColor(SWT.COLOR_LIST_BACKGROUND));
        scroll.setContent(canvas);
        scroll.setExpandHorizontal(true);
        scroll.setExpandVertical(true);
        FontData[] data = canvas.getFont().getFontData();
        for (FontData d : data) {
            d.setStyle(SWT.BOLD);
        }
        bold = new Font(parent.getDisplay(), data);
        canvas.addListener(SWT.Paint, e -> paint(e.gc));
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
        layersChanged(map);
    }

    @Override
    public void layersChanged(MapView changed) {
        if (canvas == null || canvas.isDisposed()) {
            return;
        }
        scroll.setMinSize(new Point(220, Math.max(LINE, lines().size() * LINE + 12)));
        canvas.redraw();
    }

    /** The legend's lines, top to bottom: a visible layer's name, then each of its entries as "  label". */
    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        for (Object[] row : rows()) {
            lines.add(row[1] == null ? (String) row[0] : "  " + row[0]);
        }
        return lines;
    }

    private List<Object[]> rows() {
        List<Object[]> rows = new ArrayList<>();
        if (map == null) {
            return rows;
        }
        List<MapLayer> layers = map.getLayers();
        for (int i = layers.size() - 1; i >= 0; i--) {
            MapLayer layer = layers.get(i);
            if (!layer.visible()) {
                continue;
            }
            rows.add(new Object[] {layer.name(), null});
            for (MapLayer.LegendEntry e : layer.legend()) {
                rows.add(new Object[] {e.label(), e});
            }
        }
        return rows;
    }

    private void paint(GC gc) {
        gc.setAntialias(SWT.ON);
        gc.setTextAntialias(SWT.ON);
        int y = 6;
        Color text = canvas.getDisplay().getSystemColor(SWT.COLOR_LIST_FOREGROUND);
        Color edge = new Color(0x33, 0x33, 0x33);
        for (Object[] row : rows()) {
            MapLayer.LegendEntry e = (MapLayer.LegendEntry) row[1];
            gc.setForeground(text);
            if (e == null) {
                gc.setFont(bold);
                gc.drawText((String) row[0], 8, y + 2, true);
            } else {
                gc.setFont(canvas.getFont());
                Color c = new Color(e.color().getRed(), e.color().getGreen(), e.color().getBlue());
                gc.setBackground(c);
                gc.setForeground(c);
                if (e.line()) {
                    gc.setLineWidth((int) Math.max(2, Math.min(4, e.width())));
                    gc.drawLine(18, y + LINE / 2, 34, y + LINE / 2);
                    gc.setLineWidth(1);
                } else if (e.pointSize() > 0) {
                    int s = (int) Math.round(Math.min(14, Math.max(6, e.pointSize())));
                    gc.fillOval(26 - s / 2, y + LINE / 2 - s / 2, s, s);
                    gc.setForeground(edge);
                    gc.drawOval(26 - s / 2, y + LINE / 2 - s / 2, s, s);
                } else {
                    gc.fillRectangle(19, y + 4, 15, 12);
                    gc.setForeground(edge);
                    gc.drawRectangle(19, y + 4, 15, 12);
                }
                gc.setForeground(text);
                gc.drawText((String) row[0], 42, y + 2, true);
            }
            y += LINE;
        }
    }

    @Override
    public void setFocus() {
        canvas.setFocus();
    }

    @Override
    public void dispose() {
        follower.dispose();
        if (map != null) {
            map.removeLayersListener(this);
        }
        if (bold != null) {
            bold.dispose();
        }
        super.dispose();
    }
}
