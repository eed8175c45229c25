package org.nafitha.ui.map;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.ISchedulingRule;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.PaletteData;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.locationtech.jts.geom.Envelope;
import org.nafitha.map.MapLayer;
import org.nafitha.map.MapRenderer;
import org.nafitha.map.Projector;
import org.nafitha.map.Viewport;

/**
 * The map itself: the viewport, the frames drawn in the background, and the mouse (a drag pans, Shift+drag or a drag in
 * box mode zooms to the box, the wheel zooms, a click picks), with the pointer's coordinates below it.
 */
final class MapCanvas {

    /** What a click (a press and release without a drag) on the map does. */
    interface Click {
        void at(int x, int y);
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
    private final Label pointer;
    private Viewport view;
    private Image image;
    private BufferedImage picture;
    private Job renderJob;
    private boolean boxMode;
    private int dragX = -1;
    private int dragY;
    private int offsetX;
    private int offsetY;
    private boolean dragged;
    private boolean boxing;
    private int boxX;
    private int boxY;

    MapCanvas(Composite parent, Projector projector, Supplier<List<MapLayer>> layers, Click click) {
        this.projector = projector;
        this.layers = layers;
        // a map is not mirrored in a right-to-left workbench: east stays on the right
        canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND | SWT.LEFT_TO_RIGHT);
        canvas.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        pointer = new Label(parent, SWT.NONE);
        pointer.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
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
            // Shift+drag, or any drag while "Zoom to box" is on, draws a box; a plain drag pans
            boxing = (e.stateMask & SWT.SHIFT) != 0 || boxMode;
            boxX = e.x;
            boxY = e.y;
        });
        canvas.addListener(SWT.MouseMove, e -> {
            showPointer(e.x, e.y);
            if (dragX >= 0 && (e.stateMask & SWT.BUTTON1) != 0) {
                dragged |= Math.abs(e.x - dragX) + Math.abs(e.y - dragY) > 3;
                if (boxing) {
                    boxX = e.x;
                    boxY = e.y;
                } else {
                    offsetX = e.x - dragX;
                    offsetY = e.y - dragY;
                }
                canvas.redraw();
            }
        });
        canvas.addListener(SWT.MouseUp, e -> {
            if (dragX < 0 || e.button != 1) {
                return;
            }
            if (dragged && boxing) {
                boxing = false;
                zoomToBox(dragX, dragY, e.x, e.y);
            } else if (dragged && view != null) {
                view = view.pan(e.x - dragX, e.y - dragY);
                render();
            } else {
                click.at(e.x, e.y);
            }
            boxing = false;
            dragX = -1;
            canvas.redraw();
        });
        canvas.addListener(SWT.MouseVerticalWheel, e -> {
            if (view != null) {
                view = view.zoom(e.count > 0 ? 1.25 : 0.8, e.x, e.y);
                render();
            }
        });
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

    /** In box mode a plain drag zooms to the box it draws (the "Zoom to box" tool). */
    void setBoxMode(boolean on) {
        boxMode = on;
        canvas.setCursor(on ? canvas.getDisplay().getSystemCursor(SWT.CURSOR_CROSS) : null);
    }

    boolean boxMode() {
        return boxMode;
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
                BufferedImage drawn = MapRenderer.render(snapshot, at, MapRenderer.Decorations.all(null));
                ImageData data = imageData(drawn);
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
            gc.drawImage(image, boxing ? 0 : offsetX, boxing ? 0 : offsetY);
        }
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

    private void showPointer(int x, int y) {
        if (view == null) {
            return;
        }
        double[] w = view.toWorld(x, y);
        double[] lonLat = projector.crs().unproject(w[0], w[1]);
        pointer.setText(NLS.bind(Messages.pointer, String.format("%.5f", lonLat[1]), String.format("%.5f", lonLat[0])));
    }
}
