package org.nafitha.ui.map;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.ISchedulingRule;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.PaletteData;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.locationtech.jts.geom.Envelope;
import org.nafitha.geo.GreatCircle;
import org.nafitha.map.MapLayer;
import org.nafitha.map.MapRenderer;
import org.nafitha.map.Projector;
import org.nafitha.map.Viewport;

/**
 * The map itself: the viewport, the frames drawn in the background, and the mouse as the current {@link MapTool} has it
 * (a drag pans, zooms to a box or selects in a box; a click selects, identifies or measures; the wheel zooms; Shift+drag
 * zooms to a box with any tool), and a planned center or candidate site dragged to a new place. What the pointer is over
 * goes to {@link Mouse#pointer}, for the status line.
 */
final class MapCanvas {

    /** What the mouse does to the map's content: the view ({@link MapView}) answers. */
    public interface Mouse {
        /** A click (press and release without a drag) with the pan or select tool; Shift adds to the selection. */
        void click(int x, int y, boolean add);

        /** A click with the identify tool. */
        void identify(int x, int y);

        /** A box drawn with the select tool. */
        void select(int x0, int y0, int x1, int y1, boolean add);

        /** Whether a movable feature is under a pixel where a drag starts (then the drag moves it, not the map). */
        boolean grab(int x, int y);

        /** The grabbed feature dropped at a pixel (the drag's end). */
        void drop(int x, int y);

        /** The pointer is at a pixel (-1, -1 when it left the map); measured is the path's length in km, or NaN. */
        void pointer(int x, int y, double measuredKm);
    }

    private final Projector projector;
    private final Supplier<List<MapLayer>> layers;
    private final ISchedulingRule renderingRule = new ISchedulingRule() {
        @Override
        public boolean contains(ISchedulingRule rule) {
            return rule == this;
        }

        @Override
        public boolean isConflicting(ISchedulingRule rule) {
            return rule == this;
        }
    };
    private final AtomicInteger generation = new AtomicInteger();
    private final Canvas canvas;
    private final Mouse mouse;
    private final List<double[]> measured = new ArrayList<>();
    private Viewport view;
    private Image image;
    private BufferedImage picture;
    private Job renderJob;
    private MapTool tool = MapTool.PAN;
    private int dragX = -1;
    private int dragY;
    private int offsetX;
    private int offsetY;
    private boolean dragged;
    private boolean boxing;
    private boolean moving;
    private int boxX;
    private int boxY;
    private int lastX = -1;
    private int lastY = -1;
    private volatile long lastFrameNanos;

    MapCanvas(Composite parent, Projector projector, Supplier<List<MapLayer>> layers, Mouse mouse) {
        this.projector = projector;
        this.layers = layers;
        this.mouse = mouse;
        // a map is not mirrored in a right-to-left workbench: east stays on the right
        canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND | SWT.LEFT_TO_RIGHT);
        canvas.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        canvas.addListener(SWT.Paint, e -> paint(e.gc));
        canvas.addListener(SWT.Resize, e -> {
            var size = canvas.getSize();
            if (size.x > 0 && size.y > 0) {
                view = view == null ? null : view.resize(size.x, size.y);
                if (view == null) {
                    zoomToAll();
                } else {
                    render();
                }
            }
        });
        canvas.addListener(SWT.MouseDown, e -> {
            if (e.button != 1) {
                return;
            }
            dragX = e.x;
            dragY = e.y;
            dragged = false;
            // Shift+drag, or any drag with the zoom-to-box or select tool, draws a box; a plain drag pans
            boxing = (e.stateMask & SWT.SHIFT) != 0 && tool != MapTool.SELECT_BOX || tool == MapTool.ZOOM_BOX
                    || tool == MapTool.SELECT_BOX;
            moving = !boxing && (tool == MapTool.PAN || tool == MapTool.SELECT_BOX) && mouse.grab(e.x, e.y);
            boxX = e.x;
            boxY = e.y;
        });
        canvas.addListener(SWT.MouseMove, e -> {
            lastX = e.x;
            lastY = e.y;
            mouse.pointer(e.x, e.y, measuredKm());
            if (dragX >= 0 && (e.stateMask & SWT.BUTTON1) != 0) {
                dragged |= Math.abs(e.x - dragX) + Math.abs(e.y - dragY) > 3;
                if (boxing || moving) {
                    boxX = e.x;
                    boxY = e.y;
                } else if (tool != MapTool.MEASURE && tool != MapTool.IDENTIFY) {
                    offsetX = e.x - dragX;
                    offsetY = e.y - dragY;
                }
                canvas.redraw();
            } else if (tool == MapTool.MEASURE && !measured.isEmpty()) {
                canvas.redraw(); // the rubber line to the pointer
            }
        });
        canvas.addListener(SWT.MouseExit, e -> {
            lastX = -1;
            mouse.pointer(-1, -1, measuredKm());
        });
        canvas.addListener(SWT.MouseUp, e -> {
            if (dragX < 0 || e.button != 1) {
                return;
            }
            boolean add = (e.stateMask & SWT.SHIFT) != 0;
            if (moving) {
                if (dragged) {
                    mouse.drop(e.x, e.y);
                } else {
                    mouse.click(e.x, e.y, add);
                }
            } else if (dragged && boxing) {
                if (tool == MapTool.SELECT_BOX) {
                    mouse.select(dragX, dragY, e.x, e.y, add);
                } else {
                    zoomToBox(dragX, dragY, e.x, e.y);
                }
            } else if (dragged && view != null && tool != MapTool.MEASURE && tool != MapTool.IDENTIFY) {
                view = view.pan(e.x - dragX, e.y - dragY);
                render();
            } else if (!dragged) {
                switch (tool) {
                    case IDENTIFY -> mouse.identify(e.x, e.y);
                    case MEASURE -> addMeasurePoint(e.x, e.y);
                    default -> mouse.click(e.x, e.y, add);
                }
            }
            boxing = false;
            moving = false;
            dragX = -1;
            canvas.redraw();
        });
        canvas.addListener(SWT.MouseDoubleClick, e -> {
            if (tool == MapTool.MEASURE) {
                measured.clear();
                mouse.pointer(e.x, e.y, Double.NaN);
                canvas.redraw();
            }
        });
        canvas.addListener(SWT.MouseVerticalWheel, e -> {
            if (view != null) {
                view = view.zoom(e.count > 0 ? 1.25 : 0.8, e.x, e.y);
                render();
            }
        });
    }

    /** Adds a point to the measured path (the measure tool's click). */
    void addMeasurePoint(int x, int y) {
        if (view != null) {
            measured.add(view.toWorld(x, y));
            mouse.pointer(x, y, measuredKm());
            canvas.redraw();
        }
    }

    /** The measured path's length along the great circle, in km (NaN with no point yet). */
    double measuredKm() {
        if (measured.isEmpty()) {
            return Double.NaN;
        }
        double km = 0;
        for (int i = 1; i < measured.size(); i++) {
            double[] a = projector.crs().unproject(measured.get(i - 1)[0], measured.get(i - 1)[1]);
            double[] b = projector.crs().unproject(measured.get(i)[0], measured.get(i)[1]);
            km += GreatCircle.distanceKm(a[1], a[0], b[1], b[0]);
        }
        return km;
    }

    Canvas control() {
        return canvas;
    }

    Viewport viewport() {
        return view;
    }

    BufferedImage picture() {
        return picture;
    }

    Job renderJob() {
        return renderJob;
    }

    /** The tool a drag or click uses; choosing another one ends a measurement. */
    void setTool(MapTool t) {
        tool = t;
        measured.clear();
        int cursor = switch (t) {
            case PAN -> SWT.CURSOR_ARROW;
            case IDENTIFY -> SWT.CURSOR_HELP;
            default -> SWT.CURSOR_CROSS;
        };
        canvas.setCursor(t == MapTool.PAN ? null : canvas.getDisplay().getSystemCursor(cursor));
        canvas.redraw();
    }

    MapTool tool() {
        return tool;
    }

    /** The milliseconds the last frame took to draw (in the background), for the status line and tests. */
    double lastFrameMillis() {
        return lastFrameNanos / 1e6;
    }

    /** Zooms to the box between two pixels of the map (any two opposite corners); a box under 4 pixels across or up is ignored. */
    void zoomToBox(int x0, int y0, int x1, int y1) {
        if (view == null || Math.abs(x1 - x0) < 4 || Math.abs(y1 - y0) < 4) {
            return;
        }
        view = view.box(x0, y0, x1, y1);
        render();
    }

    /** Zooms in ({@code factor} over 1) or out about the middle of the map. */
    void zoom(double factor) {
        if (view != null) {
            var size = canvas.getSize();
            view = view.zoom(factor, size.x / 2, size.y / 2);
            render();
        }
    }

    /** Moves the map by pixels, as a drag of that length does. */
    void pan(int dx, int dy) {
        if (view != null) {
            view = view.pan(dx, dy);
            render();
        }
    }

    void zoomTo(Envelope world) {
        var size = canvas.getSize();
        if (!world.isNull() && size.x > 0 && size.y > 0) {
            view = Viewport.fit(projector.crs(), world, 0.04, size.x, size.y);
            render();
        }
    }

    /** Fits every visible layer in the view. */
    void zoomToAll() {
        if (canvas.isDisposed()) {
            return;
        }
        Envelope all = new Envelope();
        layers.get().stream().filter(MapLayer::visible).forEach(l -> all.expandToInclude(l.bounds()));
        zoomTo(all);
    }

    /** Draws the map in a background job; a newer request makes an older one's image unwanted. */
    Job render() {
        if (view == null) {
            return null;
        }
        int mine = generation.incrementAndGet();
        List<MapLayer> snapshot = List.copyOf(layers.get());
        Viewport at = view;
        Job job = new Job(Messages.rendering) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                if (monitor.isCanceled() || mine != generation.get()) {
                    return Status.CANCEL_STATUS;
                }
                long t0 = System.nanoTime();
                // the legend is a view of its own (LegendView): the map keeps its scale bar and north arrow only
                BufferedImage drawn = MapRenderer.render(snapshot, at, new MapRenderer.Decorations(null, false, true, true));
                ImageData data = imageData(drawn);
                lastFrameNanos = System.nanoTime() - t0;
                Display.getDefault().asyncExec(() -> {
                    if (canvas.isDisposed() || mine != generation.get()) {
                        return;
                    }
                    if (image != null) {
                        image.dispose();
                    }
                    image = new Image(canvas.getDisplay(), data);
                    picture = drawn;
                    offsetX = 0;
                    offsetY = 0;
                    canvas.redraw();
                });
                return Status.OK_STATUS;
            }
        };
        job.setSystem(true);
        job.setRule(renderingRule); // one frame at a time; a newer request makes the queued ones' images unwanted
        if (renderJob != null) {
            renderJob.cancel();
        }
        job.schedule();
        renderJob = job;
        return job;
    }

    void dispose() {
        if (image != null) {
            image.dispose();
        }
    }

    private static ImageData imageData(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        ImageData data = new ImageData(w, h, 24, new PaletteData(0xFF0000, 0x00FF00, 0x0000FF));
        int[] pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        for (int y = 0; y < h; y++) {
            data.setPixels(0, y, w, pixels, y * w);
        }
        return data;
    }

    private void paint(GC gc) {
        var area = canvas.getClientArea();
        gc.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_WHITE));
        gc.fillRectangle(area);
        if (image != null) {
            gc.drawImage(image, boxing || moving ? 0 : offsetX, boxing || moving ? 0 : offsetY);
        }
        if (moving && dragged) {
            // the grabbed site follows the pointer until it is dropped
            gc.setAntialias(SWT.ON);
            gc.setLineWidth(2);
            gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_RED));
            gc.drawOval(boxX - 8, boxY - 8, 16, 16);
            gc.drawLine(dragX, dragY, boxX, boxY);
        }
        paintMeasure(gc);
        if (boxing && dragged) {
            // the rubber band: a dashed outline over a light veil
            int x = Math.min(dragX, boxX);
            int y = Math.min(dragY, boxY);
            int w = Math.abs(boxX - dragX);
            int h = Math.abs(boxY - dragY);
            gc.setAlpha(50);
            gc.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_BLUE));
            gc.fillRectangle(x, y, w, h);
            gc.setAlpha(255);
            gc.setLineStyle(SWT.LINE_DASH);
            gc.setLineWidth(1);
            gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_DARK_BLUE));
            gc.drawRectangle(x, y, w, h);
        }
    }

    private void paintMeasure(GC gc) {
        if (measured.isEmpty() || view == null) {
            return;
        }
        gc.setAntialias(SWT.ON);
        gc.setLineWidth(2);
        gc.setLineStyle(SWT.LINE_SOLID);
        gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_DARK_MAGENTA));
        int px = -1;
        int py = -1;
        for (double[] w : measured) {
            int x = (int) Math.round(view.pixelX(w[0]));
            int y = (int) Math.round(view.pixelY(w[1]));
            if (px >= 0) {
                gc.drawLine(px, py, x, y);
            }
            gc.drawOval(x - 3, y - 3, 6, 6);
            px = x;
            py = y;
        }
        if (lastX >= 0 && tool == MapTool.MEASURE) {
            gc.setLineStyle(SWT.LINE_DOT);
            gc.drawLine(px, py, lastX, lastY);
            gc.setLineStyle(SWT.LINE_SOLID);
        }
    }
}
