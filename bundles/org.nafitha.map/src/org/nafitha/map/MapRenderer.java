package org.nafitha.map;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

/**
 * Draws layers (first at the bottom) into an image, with a title, a legend, a scale bar and a north arrow. Java2D only:
 * the same image is shown by the workbench's map view and written by the command line.
 */
public final class MapRenderer {

    /** What to draw besides the layers. */
    public record Decorations(String title, boolean legend, boolean scaleBar, boolean northArrow) {
        public static Decorations all(String title) {
            return new Decorations(title, true, true, true);
        }

        public static Decorations none() {
            return new Decorations(null, false, false, false);
        }
    }

    private static final Color BACKGROUND = new Color(0xF4F1EA);

    private MapRenderer() {
    }

    public static BufferedImage render(List<MapLayer> layers, Viewport view, Decorations decorations) {
        BufferedImage image = new BufferedImage(view.width(), view.height(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            paint(g, layers, view, decorations, image);
        } finally {
            g.dispose();
        }
        return image;
    }

    public static void paint(Graphics2D g, List<MapLayer> layers, Viewport view, Decorations decorations) {
        paint(g, layers, view, decorations, null);
    }

    private static void paint(Graphics2D g, List<MapLayer> layers, Viewport view, Decorations decorations, BufferedImage target) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(BACKGROUND);
        g.fillRect(0, 0, view.width(), view.height());
        for (MapLayer layer : layers) {
            layer.paintFeatures(g, view, target);
        }
        // labels over every layer's features, the top layer's first: no label hides another
        List<Rectangle2D> placed = new ArrayList<>();
        for (int i = layers.size() - 1; i >= 0; i--) {
            layers.get(i).paintLabels(g, view, placed);
        }
        if (decorations.title() != null) {
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 18));
            g.setColor(new Color(0x202020));
            g.drawString(decorations.title(), 16, 28);
        }
        if (decorations.legend()) {
            legend(g, layers, view);
        }
        if (decorations.scaleBar()) {
            scaleBar(g, view);
        }
        if (decorations.northArrow()) {
            northArrow(g, view);
        }
    }

    private static void legend(Graphics2D g, List<MapLayer> layers, Viewport view) {
        Font title = new Font(Font.SANS_SERIF, Font.BOLD, 12);
        Font text = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
        List<Object[]> lines = new ArrayList<>();
        for (int i = layers.size() - 1; i >= 0; i--) {
            MapLayer layer = layers.get(i);
            if (!layer.visible()) {
                continue;
            }
            lines.add(new Object[] {layer.name(), null});
            for (MapLayer.LegendEntry e : layer.legend()) {
                lines.add(new Object[] {e.label(), e});
            }
        }
        if (lines.isEmpty()) {
            return;
        }
        FontMetrics fm = g.getFontMetrics(text);
        int width = 0;
        for (Object[] line : lines) {
            width = Math.max(width, fm.stringWidth((String) line[0]) + (line[1] == null ? 0 : 26));
        }
        int lineHeight = 18;
        int boxW = width + 20;
        int boxH = lines.size() * lineHeight + 12;
        int x = view.width() - boxW - 12;
        int y = 12;
        g.setColor(new Color(255, 255, 255, 230));
        g.fillRoundRect(x, y, boxW, boxH, 8, 8);
        g.setColor(new Color(0x999999));
        g.setStroke(new BasicStroke(1f));
        g.drawRoundRect(x, y, boxW, boxH, 8, 8);
        int at = y + 20;
        for (Object[] line : lines) {
            MapLayer.LegendEntry e = (MapLayer.LegendEntry) line[1];
            if (e == null) {
                g.setFont(title);
                g.setColor(new Color(0x202020));
                g.drawString((String) line[0], x + 10, at);
            } else {
                g.setColor(e.color());
                if (e.line()) {
                    g.setStroke(new BasicStroke(Math.max(1.5f, Math.min(4f, e.width())), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
                    g.drawLine(x + 10, at - 5, x + 24, at - 5);
                    g.setStroke(new BasicStroke(1f));
                } else if (e.pointSize() > 0) {
                    double s = Math.min(14, Math.max(5, e.pointSize()));
                    Shape dot = Style.markerShape(e.marker(), x + 17, at - 5, s);
                    g.fill(dot);
                    g.setColor(new Color(0x333333));
                    g.draw(dot);
                } else {
                    g.fillRect(x + 10, at - 11, 14, 11);
                    g.setColor(new Color(0x333333));
                    g.drawRect(x + 10, at - 11, 14, 11);
                }
                g.setFont(text);
                g.setColor(new Color(0x202020));
                g.drawString((String) line[0], x + 32, at);
            }
            at += lineHeight;
        }
    }

    /** A bar of a round length (1, 2 or 5 × 10ⁿ km) near a fifth of the image's width. */
    private static void scaleBar(Graphics2D g, Viewport view) {
        double metresPerPixel = 1 / view.scale();
        double target = view.width() / 5.0 * metresPerPixel / 1000;
        double magnitude = Math.pow(10, Math.floor(Math.log10(target)));
        double km = magnitude;
        for (double step : new double[] {1, 2, 5, 10}) {
            if (step * magnitude <= target) {
                km = step * magnitude;
            }
        }
        int pixels = (int) Math.round(km * 1000 / metresPerPixel);
        int x = 20;
        int y = view.height() - 24;
        g.setColor(new Color(255, 255, 255, 220));
        g.fillRect(x - 8, y - 22, pixels + 70, 32);
        g.setColor(new Color(0x202020));
        g.setStroke(new BasicStroke(2f));
        g.drawLine(x, y, x + pixels, y);
        g.drawLine(x, y - 6, x, y + 4);
        g.drawLine(x + pixels, y - 6, x + pixels, y + 4);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        String label = (km >= 1 ? String.valueOf((long) km) : String.valueOf(km)) + " km";
        g.drawString(label, x + pixels + 8, y + 4);
    }

    /** An arrow pointing to grid north (in UTM near Jordan, within a degree of true north). */
    private static void northArrow(Graphics2D g, Viewport view) {
        int cx = view.width() - 40;
        int cy = view.height() - 60;
        Path2D.Double arrow = new Path2D.Double();
        arrow.moveTo(cx, cy - 24);
        arrow.lineTo(cx + 10, cy + 10);
        arrow.lineTo(cx, cy + 3);
        arrow.lineTo(cx - 10, cy + 10);
        arrow.closePath();
        g.setColor(new Color(0x202020));
        g.fill(arrow);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 14));
        Rectangle2D n = g.getFontMetrics().getStringBounds("N", g);
        g.drawString("N", (float) (cx - n.getWidth() / 2), cy + 30);
    }
}
