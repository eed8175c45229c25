package org.nafitha.map;

import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Composite;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.font.TextLayout;
import java.awt.geom.AffineTransform;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Lineal;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.Polygonal;
import org.locationtech.jts.geom.Puntal;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.simplify.DouglasPeuckerSimplifier;

/**
 * A layer of features in the map's projected CRS, with its style, visibility and selection. Features are kept in an
 * STR-tree: painting draws only what the view shows, and hit-testing finds a feature under a pixel. Painting and
 * selecting are synchronized: a view may draw a layer in one thread while the next frame is requested in another. A
 * new style is swapped in under the same lock ({@link #setStyle(Style)}): a frame is drawn wholly in the old style or
 * wholly in the new one.
 */
public final class MapLayer {

    /** One feature: an id (e.g. a center's code), a projected geometry and its attributes. */
    public record MapFeature(String id, Geometry geometry, Map<String, Object> attributes) {
    }

    /**
     * A line of the legend: a colour, a point size (0 for areas and lines), a label, the point symbol, and whether the
     * layer is of lines (drawn as a stroke of the colour, at {@code width} pixels).
     */
    public record LegendEntry(Color color, double pointSize, String label, Style.Marker marker, boolean line, float width) {
        public LegendEntry(Color color, double pointSize, String label) {
            this(color, pointSize, label, Style.Marker.CIRCLE, false, 1f);
        }
    }

    private final String id;
    private final String name;
    private Style style;
    private final List<MapFeature> features;
    private final STRtree index = new STRtree();
    private final Envelope bounds = new Envelope();
    private final Set<String> selected = new HashSet<>();
    private volatile boolean visible = true;

    public MapLayer(String id, String name, Style style, List<MapFeature> features) {
        this.id = id;
        this.name = name;
        this.style = style;
        this.features = List.copyOf(features);
        for (MapFeature f : this.features) {
            if (f.geometry() != null && !f.geometry().isEmpty()) {
                Envelope e = f.geometry().getEnvelopeInternal();
                index.insert(e, f);
                bounds.expandToInclude(e);
            }
        }
        index.build();
    }

    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    /** The style in use: never change it in place (a frame may be drawing with it); give a changed copy to {@link #setStyle(Style)}. */
    public synchronized Style style() {
        return style;
    }

    /** Draws the layer in another style from the next frame on (swapped under the layer's lock, so never mid-frame). */
    public synchronized void setStyle(Style newStyle) {
        if (newStyle == null) {
            throw new IllegalArgumentException("style of layer " + id + ": expected a style, found none");
        }
        this.style = newStyle;
        stamps.clear(); // point symbols carry the old stroke and marker
    }

    /** Whether any feature is a point (or several points). */
    public boolean hasPoints() {
        return features.stream().anyMatch(f -> f.geometry() instanceof Puntal);
    }

    public List<MapFeature> features() {
        return features;
    }

    public Envelope bounds() {
        return new Envelope(bounds);
    }

    public boolean visible() {
        return visible;
    }

    public void setVisible(boolean visible) {
        this.visible = visible;
    }

    public synchronized Set<String> selection() {
        return Set.copyOf(selected);
    }

    public synchronized void select(Set<String> ids) {
        selected.clear();
        selected.addAll(ids);
    }

    /** The topmost feature within {@code tolerance} pixels of a pixel, or null. */
    @SuppressWarnings("unchecked")
    public MapFeature hit(Viewport view, double px, double py, double tolerance) {
        double[] w = view.toWorld(px, py);
        double r = tolerance / view.scale();
        List<MapFeature> near = index.query(new Envelope(w[0] - r, w[0] + r, w[1] - r, w[1] + r));
        MapFeature best = null;
        double bestDistance = Double.POSITIVE_INFINITY;
        Point at = new GeometryFactory().createPoint(new Coordinate(w[0], w[1]));
        for (MapFeature f : near) {
            double d = f.geometry() instanceof Polygonal && f.geometry().contains(at) ? 0 : f.geometry().distance(at);
            if (d <= r && (d < bestDistance || d == bestDistance && f.geometry() instanceof Puntal)) {
                best = f;
                bestDistance = d;
            }
        }
        return best;
    }

    /** The legend lines of this layer. */
    public synchronized List<LegendEntry> legend() {
        List<LegendEntry> entries = new ArrayList<>();
        boolean points = hasPoints();
        // a layer of lines only (no point, no area) shows its stroke
        boolean lines = !points && !features.isEmpty() && features.stream().allMatch(f -> f.geometry() instanceof Lineal);
        Style.Marker marker = style.marker();
        float width = style.strokeWidth();
        if (!style.bands().isEmpty()) {
            for (Style.Band b : style.bands()) {
                entries.add(new LegendEntry(b.color(), points ? b.pointSize() : 0, b.label(), marker, lines, width));
            }
        } else if (!style.categories().isEmpty()) {
            style.categories().forEach((k, c) -> entries.add(new LegendEntry(c, points ? style.pointSize() : 0, k, marker, lines, width)));
        } else {
            entries.add(new LegendEntry(lines ? style.stroke() : style.fill(), points ? style.pointSize() : 0, name, marker, lines, width));
        }
        return entries;
    }

    /** Draws the features the view shows. */
    public void paint(Graphics2D g, Viewport view) {
        paint(g, view, null);
    }

    /**
     * Draws the features the view shows; point symbols are blended straight into {@code target}'s pixels when it is
     * the RGB image {@code g} draws on (100,000 points in a few milliseconds), else drawn through {@code g}.
     */
    public synchronized void paint(Graphics2D g, Viewport view, BufferedImage target) {
        paintFeatures(g, view, target);
        paintLabels(g, view, new ArrayList<>());
    }

    @SuppressWarnings("unchecked")
    private List<MapFeature> shown(Viewport view) {
        // a layer the view shows whole needs no index query
        return view.world().contains(bounds) ? features : index.query(view.world());
    }

    /** Draws the features the view shows, without labels (see {@link #paint(Graphics2D, Viewport, BufferedImage)}). */
    public synchronized void paintFeatures(Graphics2D g, Viewport view, BufferedImage target) {
        if (!visible || style.opacity() == 0) {
            return;
        }
        Composite before = g.getComposite();
        if (style.opacity() < 1) {
            g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, (float) style.opacity()));
        }
        AffineTransform t = view.transform();
        int[] pixels = target != null && target.getType() == BufferedImage.TYPE_INT_RGB
                ? ((DataBufferInt) target.getRaster().getDataBuffer()).getData() : null;
        List<MapFeature> shown = shown(view);
        int level = (int) Math.floor(Math.log(1 / view.scale()) / Math.log(2));
        double tolerance = Math.pow(2, level) / 2;
        if (pathsByLevel.size() > 8 && !pathsByLevel.containsKey(level)) {
            pathsByLevel.clear(); // a few levels are kept: the ones the planner zooms between
        }
        Map<MapFeature, Path2D> levelPaths = pathsByLevel.computeIfAbsent(level, k -> new IdentityHashMap<>());
        BasicStroke stroke = new BasicStroke(style.strokeWidth(), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
        BufferedImage lastStamp = null;
        Color lastFill = null;
        double lastSize = -1;
        boolean lastSelected = false;
        // a dense layer of points (tens of thousands in view) skips the symbols that fall on a pixel already stamped alike
        int[] drawn = pixels != null && shown.size() > DENSE ? new int[target.getWidth() * target.getHeight()] : null;
        Map<BufferedImage, Integer> stampSerials = new IdentityHashMap<>();
        for (MapFeature f : shown) {
            Geometry geometry = f.geometry();
            boolean isSelected = selected.contains(f.id());
            Color fill = style.fillFor(f.attributes());
            if (geometry instanceof Puntal) {
                double size = style.sizeFor(f.attributes()) * (isSelected ? 1.6 : 1);
                if (lastStamp == null || lastFill != fill || lastSize != size || lastSelected != isSelected) {
                    // features of a layer mostly share a symbol: look it up only when it changes
                    lastStamp = stamps.computeIfAbsent(new StampKey(fill, size, isSelected), k -> stamp(k, stroke));
                    lastFill = fill;
                    lastSize = size;
                    lastSelected = isSelected;
                }
                BufferedImage stamp = lastStamp;
                int half = stamp.getWidth() / 2;
                int serial = drawn == null ? 0 : stampSerials.computeIfAbsent(stamp, k -> stampSerials.size() + 1);
                Stamp opaque = pixels == null ? null : stampPixels(stamp);
                for (int k = 0; k < geometry.getNumGeometries(); k++) {
                    Coordinate c = geometry.getGeometryN(k).getCoordinate();
                    int cx = (int) Math.round(view.pixelX(c.x));
                    int cy = (int) Math.round(view.pixelY(c.y));
                    int x = cx - half;
                    int y = cy - half;
                    if (drawn != null && cx >= 0 && cy >= 0 && cx < target.getWidth() && cy < target.getHeight()) {
                        // render-time decimation: the same symbol on the same pixel again adds nothing worth its cost
                        int at = cy * target.getWidth() + cx;
                        if (drawn[at] == serial) {
                            continue;
                        }
                        drawn[at] = serial;
                    }
                    if (pixels != null) {
                        blend(pixels, target.getWidth(), target.getHeight(), opaque, x, y, style.opacity());
                    } else {
                        g.drawImage(stamp, x, y, null);
                    }
                }
            } else {
                Shape shape = t.createTransformedShape(levelPaths.computeIfAbsent(f, x -> path(simplified(x.geometry(), tolerance))));
                if (geometry instanceof Polygonal) {
                    g.setColor(fill);
                    g.fill(shape);
                }
                g.setStroke(isSelected ? new BasicStroke(3f) : stroke);
                // a classified line takes its class's colour; outlines of areas keep the stroke
                Color line = geometry instanceof Polygonal || style.classField() == null ? style.stroke() : fill;
                g.setColor(isSelected ? Color.RED : line);
                g.draw(shape);
            }
        }
        g.setComposite(before);
    }

    /** Source-over blending of an ARGB stamp into RGB pixels, clipped to the image, at an extra opacity. */
    private static void blend(int[] pixels, int width, int height, Stamp stamp, int x0, int y0, double opacity) {
        boolean inside = x0 >= 0 && y0 >= 0 && x0 + stamp.side() <= width && y0 + stamp.side() <= height;
        int[] dx = stamp.dx();
        int[] dy = stamp.dy();
        int[] argb = stamp.argb();
        for (int k = 0; k < argb.length; k++) {
            int x = x0 + dx[k];
            int y = y0 + dy[k];
            if (!inside && (x < 0 || x >= width || y < 0 || y >= height)) {
                continue;
            }
            int s = argb[k];
            int a = (int) ((s >>> 24) * opacity);
            if (a == 0) {
                continue;
            }
            int at = y * width + x;
            if (a == 255) {
                pixels[at] = s & 0xFFFFFF;
                continue;
            }
            int d = pixels[at];
            int r = (((s >> 16) & 0xFF) * a + ((d >> 16) & 0xFF) * (255 - a)) / 255;
            int gr = (((s >> 8) & 0xFF) * a + ((d >> 8) & 0xFF) * (255 - a)) / 255;
            int b = ((s & 0xFF) * a + (d & 0xFF) * (255 - a)) / 255;
            pixels[at] = r << 16 | gr << 8 | b;
        }
    }

    /** A symbol's pixels that are not transparent, with their offsets in the symbol's square of {@code side} pixels. */
    private record Stamp(int side, int[] dx, int[] dy, int[] argb) {
    }

    private static final Map<BufferedImage, Stamp> STAMP_PIXELS = Collections.synchronizedMap(new WeakHashMap<>());

    private static Stamp stampPixels(BufferedImage stamp) {
        return STAMP_PIXELS.computeIfAbsent(stamp, s -> {
            int side = s.getWidth();
            int[] all = s.getRGB(0, 0, side, s.getHeight(), null, 0, side);
            int n = (int) Arrays.stream(all).filter(p -> p >>> 24 != 0).count();
            int[] dx = new int[n];
            int[] dy = new int[n];
            int[] argb = new int[n];
            for (int i = 0, k = 0; i < all.length; i++) {
                if (all[i] >>> 24 != 0) {
                    dx[k] = i % side;
                    dy[k] = i / side;
                    argb[k++] = all[i];
                }
            }
            return new Stamp(side, dx, dy, argb);
        });
    }

    /** A point symbol drawn once (antialiased) and stamped at every point: 100,000 points in milliseconds. */
    private record StampKey(Color fill, double size, boolean selected) {
    }

    private final Map<StampKey, BufferedImage> stamps = new HashMap<>();
    /** Points in view above which a symbol on a pixel already stamped alike is skipped. */
    private static final int DENSE = 20_000;
    /**
     * Outlines in world coordinates, by zoom level (a power of two metres a pixel), built once a level: each frame only
     * transforms them. A level's outlines are simplified (Douglas-Peucker) within half a pixel, so a country-wide view
     * does not draw every vertex of a detailed boundary.
     */
    private final Map<Integer, Map<MapFeature, Path2D>> pathsByLevel = new HashMap<>();
    /** Label layouts, shaped once (Arabic joining, bidi): each frame only places them. */
    private final Map<String, TextLayout> labels = new HashMap<>();
    private final Map<String, BufferedImage> labelImages = new HashMap<>();
    private final Map<MapFeature, Point> anchors = new IdentityHashMap<>();
    private static final Font LABEL_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 12);

    private BufferedImage stamp(StampKey key, BasicStroke stroke) {
        double size = key.size();
        boolean outlined = size >= 4 || key.selected();
        double reach = style.marker() == Style.Marker.CIRCLE || style.marker() == Style.Marker.SQUARE ? size : size * 1.25;
        int side = (int) Math.ceil(reach + (outlined ? 6 : 2)) | 1; // odd, so the symbol centres on a pixel
        BufferedImage image = new BufferedImage(side, side, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            Shape dot = Style.markerShape(style.marker(), side / 2.0, side / 2.0, size);
            g.setColor(key.fill());
            g.fill(dot);
            if (outlined) {
                g.setStroke(key.selected() ? new BasicStroke(2.5f) : stroke);
                g.setColor(key.selected() ? Color.RED : style.stroke());
                g.draw(dot);
            }
        } finally {
            g.dispose();
        }
        return image;
    }

    /**
     * Draws the labels of the features the view shows, where none of the labels already {@code placed} (in pixels)
     * is: a map draws its layers' labels top layer first, sharing one list, so no two labels overlap and the upper
     * layer's win. The boxes of the labels drawn are added to {@code placed}.
     */
    public synchronized void paintLabels(Graphics2D g, Viewport view, List<Rectangle2D> placed) {
        if (!visible || style.opacity() == 0 || style.labelField() == null) {
            return;
        }
        List<MapFeature> shown = shown(view);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setFont(LABEL_FONT);
        for (MapFeature f : shown) {
            Object text = f.attributes().get(style.labelField());
            if (text == null || text.toString().isBlank()) {
                continue;
            }
            Point anchor = anchors.computeIfAbsent(f, x -> x.geometry() instanceof Polygonal ? x.geometry().getInteriorPoint() : x.geometry().getCentroid());
            double x = view.pixelX(anchor.getX());
            double y = view.pixelY(anchor.getY());
            // TextLayout shapes Arabic (joining forms) and orders mixed right-to-left text by the Unicode bidi algorithm
            TextLayout layout = labels.computeIfAbsent(text.toString(),
                    label -> new TextLayout(label, LABEL_FONT, g.getFontRenderContext()));
            Rectangle2D box = layout.getBounds();
            double left = x - box.getWidth() / 2;
            double base = y + (f.geometry() instanceof Puntal ? -style.pointSize() : box.getHeight() / 2);
            Rectangle2D where = new Rectangle2D.Double(left - 2, base - box.getHeight() - 2, box.getWidth() + 4,
                    box.getHeight() + 4);
            if (placed.stream().anyMatch(where::intersects)) {
                continue; // no overlapping labels
            }
            placed.add(where);
            // the label with its halo is drawn once into a small image: each frame only places it
            BufferedImage image = labelImages.computeIfAbsent(text.toString(), t -> labelImage(layout));
            g.drawImage(image, (int) Math.round(left + box.getX()) - LABEL_MARGIN, (int) Math.round(base + box.getY()) - LABEL_MARGIN, null);
        }
    }

    private static final int LABEL_MARGIN = 3;

    /** A label's text with a white halo (keeps it readable over any fill), on a transparent image of its size. */
    private static BufferedImage labelImage(TextLayout layout) {
        Rectangle2D box = layout.getBounds();
        int w = (int) Math.ceil(box.getWidth()) + 2 * LABEL_MARGIN + 2;
        int h = (int) Math.ceil(box.getHeight()) + 2 * LABEL_MARGIN + 2;
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            Shape outline = layout.getOutline(AffineTransform.getTranslateInstance(LABEL_MARGIN - box.getX(), LABEL_MARGIN - box.getY()));
            g.setStroke(new BasicStroke(3f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.setColor(new Color(255, 255, 255, 220));
            g.draw(outline);
            g.setColor(new Color(0x202020));
            g.fill(outline);
        } finally {
            g.dispose();
        }
        return image;
    }

    /** Lines and areas within {@code tolerance} metres of their own (areas that vanish keep their shape); points as they are. */
    private static Geometry simplified(Geometry geometry, double tolerance) {
        if (geometry instanceof Puntal || tolerance <= 0) {
            return geometry;
        }
        Geometry simple = DouglasPeuckerSimplifier.simplify(geometry, tolerance);
        return simple.isEmpty() ? geometry : simple;
    }

    private static Path2D path(Geometry geometry) {
        Path2D.Double path = new Path2D.Double(Path2D.WIND_EVEN_ODD);
        append(path, geometry);
        return path;
    }

    private static void append(Path2D.Double path, Geometry geometry) {
        if (geometry instanceof Polygon p) {
            ring(path, p.getExteriorRing(), true);
            for (int i = 0; i < p.getNumInteriorRing(); i++) {
                ring(path, p.getInteriorRingN(i), true);
            }
        } else if (geometry instanceof LineString line) {
            ring(path, line, false);
        } else {
            for (int i = 0; i < geometry.getNumGeometries(); i++) {
                Geometry part = geometry.getGeometryN(i);
                if (part != geometry) {
                    append(path, part);
                }
            }
        }
    }

    private static void ring(Path2D.Double path, LineString line, boolean close) {
        Coordinate[] cs = line.getCoordinates();
        if (cs.length == 0) {
            return;
        }
        path.moveTo(cs[0].x, cs[0].y);
        for (int i = 1; i < cs.length; i++) {
            path.lineTo(cs[i].x, cs[i].y);
        }
        if (close) {
            path.closePath();
        }
    }
}
