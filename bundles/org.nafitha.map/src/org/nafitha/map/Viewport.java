package org.nafitha.map;

import java.awt.geom.AffineTransform;

import org.locationtech.jts.geom.Envelope;
import org.nafitha.geo.Crs;

/**
 * What part of the world an image shows: a projected CRS (UTM 36N by default), the visible envelope in its metres,
 * and the image's size in pixels. The envelope is widened to the image's aspect ratio so that a metre is as long
 * across as up.
 */
public final class Viewport {

    private final Crs crs;
    private final Envelope world;
    private final int width;
    private final int height;
    private final double scale; // pixels per metre

    public Viewport(Crs crs, Envelope requested, int width, int height) {
        if (width < 1 || height < 1) {
            throw new IllegalArgumentException("image " + width + "x" + height + ": expected at least 1x1 pixels");
        }
        if (requested.isNull() || requested.getWidth() <= 0 && requested.getHeight() <= 0) {
            requested = requested.isNull() ? new Envelope(-1, 1, -1, 1) : new Envelope(requested.getMinX() - 500, requested.getMaxX() + 500,
                    requested.getMinY() - 500, requested.getMaxY() + 500);
        }
        this.crs = crs;
        this.width = width;
        this.height = height;
        double sx = width / Math.max(requested.getWidth(), 1e-9);
        double sy = height / Math.max(requested.getHeight(), 1e-9);
        this.scale = Math.min(sx, sy);
        double cx = requested.centre().x;
        double cy = requested.centre().y;
        double halfW = width / scale / 2;
        double halfH = height / scale / 2;
        this.world = new Envelope(cx - halfW, cx + halfW, cy - halfH, cy + halfH);
    }

    /** A viewport of the envelope grown by a margin (a share of its size) on every side. */
    public static Viewport fit(Crs crs, Envelope content, double margin, int width, int height) {
        Envelope e = new Envelope(content);
        e.expandBy(Math.max(e.getWidth(), e.getHeight()) * margin);
        return new Viewport(crs, e, width, height);
    }

    public Crs crs() {
        return crs;
    }

    public Envelope world() {
        return new Envelope(world);
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    /** Pixels per metre. */
    public double scale() {
        return scale;
    }

    /** Projected metres to pixels (y down). */
    public AffineTransform transform() {
        AffineTransform t = new AffineTransform();
        t.translate(0, height);
        t.scale(scale, -scale);
        t.translate(-world.getMinX(), -world.getMinY());
        return t;
    }

    public double pixelX(double x) {
        return (x - world.getMinX()) * scale;
    }

    public double pixelY(double y) {
        return height - (y - world.getMinY()) * scale;
    }

    /** A pixel to projected metres. */
    public double[] toWorld(double px, double py) {
        return new double[] {world.getMinX() + px / scale, world.getMinY() + (height - py) / scale};
    }

    /** The same view moved by pixels. */
    public Viewport pan(double dx, double dy) {
        Envelope e = new Envelope(world);
        e.translate(-dx / scale, dy / scale);
        return new Viewport(crs, e, width, height);
    }

    /** Zoomed by a factor (2 = twice as close) about a pixel, which stays put. */
    public Viewport zoom(double factor, double px, double py) {
        double[] anchor = toWorld(px, py);
        double newScale = scale * factor;
        double minX = anchor[0] - px / newScale;
        double minY = anchor[1] - (height - py) / newScale;
        return new Viewport(crs, new Envelope(minX, minX + width / newScale, minY, minY + height / newScale), width, height);
    }

    /**
     * The view of the box between two pixels (any two opposite corners), in the same image size: the box fills the
     * image across or up, whichever is tighter, and is centred the other way.
     */
    public Viewport box(double px0, double py0, double px1, double py1) {
        if (Math.abs(px1 - px0) < 1 || Math.abs(py1 - py0) < 1) {
            throw new IllegalArgumentException("box " + px0 + "," + py0 + " to " + px1 + "," + py1 + ": expected at least a pixel each way");
        }
        double[] a = toWorld(px0, py0);
        double[] b = toWorld(px1, py1);
        return new Viewport(crs, new Envelope(a[0], b[0], a[1], b[1]), width, height);
    }

    /** The same world area in another image size. */
    public Viewport resize(int w, int h) {
        return new Viewport(crs, world, w, h);
    }
}
