package org.nafitha.ui.charts;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.PaletteData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.IWorkbenchPartSite;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;

/**
 * A JFreeChart drawn on an SWT canvas: the chart is painted with Java2D into an image the size of the canvas (kept
 * until the size or the chart changes) and copied to the screen. Its context menu, registered with the workbench under
 * {@link #MENU_ID} by {@link #registerContextMenu}, holds the export commands (PNG, SVG) and whatever plugins add; the
 * menu's selection is the canvas itself, which is how {@link ChartExportHandler} finds the chart to export.
 */
public final class ChartCanvas extends Canvas {

    /** The id under which the charts' context menu is registered (menuContribution {@code popup:MENU_ID}). */
    public static final String MENU_ID = "org.nafitha.ui.charts.chart";

    private JFreeChart chart;
    private Image image;
    private Point imageSize;

    public ChartCanvas(Composite parent) {
        super(parent, SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND);
        addPaintListener(e -> {
            Point size = getSize();
            if (chart == null || size.x < 20 || size.y < 20) {
                e.gc.fillRectangle(0, 0, size.x, size.y);
                return;
            }
            if (image == null || !size.equals(imageSize)) {
                disposeImage();
                image = new Image(getDisplay(), toImageData(render(chart, size.x, size.y)));
                imageSize = size;
            }
            e.gc.drawImage(image, 0, 0);
        });
        addListener(SWT.Dispose, e -> disposeImage());
        addListener(SWT.MouseDown, e -> setFocus());
    }

    /**
     * Gives the canvas the workbench's chart context menu of {@code site}'s part: the export commands contributed in
     * plugin.xml and any entry a plugin contributes to {@code popup:org.nafitha.ui.charts.chart}.
     */
    public void registerContextMenu(IWorkbenchPartSite site) {
        MenuManager menu = new MenuManager("#" + MENU_ID);
        menu.setRemoveAllWhenShown(true);
        menu.addMenuListener(m -> m.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS)));
        site.registerContextMenu(MENU_ID, menu, new Self());
        setMenu(menu.createContextMenu(this));
    }

    /** The menu's selection provider: the selection is this canvas. */
    private final class Self implements ISelectionProvider {
        @Override
        public ISelection getSelection() {
            return new StructuredSelection(ChartCanvas.this);
        }

        @Override
        public void setSelection(ISelection selection) {
            // the canvas is the only thing to select
        }

        @Override
        public void addSelectionChangedListener(ISelectionChangedListener listener) {
            // the selection never changes
        }

        @Override
        public void removeSelectionChangedListener(ISelectionChangedListener listener) {
            // the selection never changes
        }
    }

    public void setChart(JFreeChart chart) {
        this.chart = chart;
        disposeImage();
        redraw();
    }

    public JFreeChart getChart() {
        return chart;
    }

    private void disposeImage() {
        if (image != null) {
            image.dispose();
            image = null;
        }
    }

    static BufferedImage render(JFreeChart chart, int width, int height) {
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        chart.draw(g, new Rectangle2D.Double(0, 0, width, height));
        g.dispose();
        return img;
    }

    /** The pixels of an RGB image as SWT image data (direct palette, no colour loss). */
    static ImageData toImageData(BufferedImage img) {
        PaletteData palette = new PaletteData(0xFF0000, 0x00FF00, 0x0000FF);
        ImageData data = new ImageData(img.getWidth(), img.getHeight(), 24, palette);
        int[] row = new int[img.getWidth()];
        for (int y = 0; y < img.getHeight(); y++) {
            img.getRGB(0, y, img.getWidth(), 1, row, 0, img.getWidth());
            data.setPixels(0, y, row.length, row, 0);
        }
        return data;
    }

    /** Writes the chart at the canvas's size (at least 800 × 500) as PNG or SVG. */
    public void export(Path file, String format) throws IOException {
        Point size = getSize();
        int w = Math.max(800, size.x);
        int h = Math.max(500, size.y);
        if ("svg".equals(format)) {
            SVGGraphics2D g = new SVGGraphics2D(w, h);
            chart.draw(g, new Rectangle2D.Double(0, 0, w, h));
            Files.writeString(file, g.getSVGDocument(), StandardCharsets.UTF_8);
        } else {
            ChartUtils.saveChartAsPNG(file.toFile(), chart, w, h);
        }
    }

    /** Asks for a file and writes the chart to it; errors are shown, never thrown. */
    void exportInteractively(String format) {
        if (chart == null) {
            return;
        }
        FileDialog d = new FileDialog(getShell(), SWT.SAVE);
        d.setFilterExtensions(new String[] { "*." + format });
        d.setOverwrite(true);
        String chosen = d.open();
        if (chosen == null) {
            return;
        }
        Path file = Path.of(chosen.endsWith("." + format) ? chosen : chosen + "." + format);
        try {
            export(file, format);
        } catch (IOException | RuntimeException ex) {
            MessageDialog.openError(getShell(), Messages.exportFailed, file + ": " + ex.getMessage());
        }
    }
}
