import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

import javax.imageio.ImageIO;

/**
 * Draws the map tools' 16×16 icons (bundles/org.nafitha.ui.map/icons) with Java2D; made for Nafitha, no outside artwork.
 * Run from the repository root: {@code java releng/icons/MapIcons.java bundles/org.nafitha.ui.map/icons}.
 */
public final class MapIcons {

    private static final Color INK = new Color(0x37474F);
    private static final Color BLUE = new Color(0x1565C0);
    private static final Color GREEN = new Color(0x2E7D32);
    private static final Color RED = new Color(0xC62828);
    private static final Color GLASS = new Color(0xE3F2FD);
    private static final BasicStroke THIN = new BasicStroke(1.2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    private static final BasicStroke THICK = new BasicStroke(2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    private static final BasicStroke DASH = new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1f, new float[] {2f, 1.5f}, 0f);

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "icons");
        Files.createDirectories(dir);
        Map<String, Consumer<Graphics2D>> icons = new LinkedHashMap<>();
        icons.put("pan", MapIcons::pan);
        icons.put("zoom_in", g -> magnifier(g, '+'));
        icons.put("zoom_out", g -> magnifier(g, '-'));
        icons.put("zoom_box", MapIcons::zoomBox);
        icons.put("zoom_all", MapIcons::zoomAll);
        icons.put("zoom_selection", MapIcons::zoomSelection);
        icons.put("identify", MapIcons::identify);
        icons.put("select_box", MapIcons::selectBox);
        icons.put("measure", MapIcons::measure);
        icons.put("legend", MapIcons::legend);
        icons.put("attributes", MapIcons::attributes);
        icons.put("layers", MapIcons::layers);
        for (Map.Entry<String, Consumer<Graphics2D>> e : icons.entrySet()) {
            BufferedImage image = new BufferedImage(16, 16, BufferedImage.TYPE_INT_ARGB);
            Graphics2D g = image.createGraphics();
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            e.getValue().accept(g);
            g.dispose();
            ImageIO.write(image, "png", dir.resolve(e.getKey() + ".png").toFile());
        }
    }

    /** Four arrows out of the middle: the map moves under the pointer. */
    private static void pan(Graphics2D g) {
        g.setColor(INK);
        g.setStroke(THIN);
        g.draw(new Line2D.Double(8, 1.5, 8, 14.5));
        g.draw(new Line2D.Double(1.5, 8, 14.5, 8));
        Path2D.Double heads = new Path2D.Double();
        heads.moveTo(8, 0.5); heads.lineTo(10.5, 3.5); heads.lineTo(5.5, 3.5); heads.closePath();
        heads.moveTo(8, 15.5); heads.lineTo(10.5, 12.5); heads.lineTo(5.5, 12.5); heads.closePath();
        heads.moveTo(0.5, 8); heads.lineTo(3.5, 5.5); heads.lineTo(3.5, 10.5); heads.closePath();
        heads.moveTo(15.5, 8); heads.lineTo(12.5, 5.5); heads.lineTo(12.5, 10.5); heads.closePath();
        g.fill(heads);
    }

    private static void glass(Graphics2D g) {
        g.setColor(GLASS);
        g.fill(new Ellipse2D.Double(1.5, 1.5, 9.5, 9.5));
        g.setColor(INK);
        g.setStroke(THIN);
        g.draw(new Ellipse2D.Double(1.5, 1.5, 9.5, 9.5));
        g.setStroke(new BasicStroke(2.6f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(new Line2D.Double(10, 10, 14.5, 14.5));
    }

    private static void magnifier(Graphics2D g, char sign) {
        glass(g);
        g.setColor(BLUE);
        g.setStroke(new BasicStroke(1.6f));
        g.draw(new Line2D.Double(3.8, 6.25, 8.7, 6.25));
        if (sign == '+') {
            g.draw(new Line2D.Double(6.25, 3.8, 6.25, 8.7));
        }
    }

    private static void zoomBox(Graphics2D g) {
        g.setColor(BLUE);
        g.setStroke(DASH);
        g.draw(new Rectangle2D.Double(0.5, 0.5, 11, 9));
        g.setColor(INK);
        g.setStroke(new BasicStroke(2.6f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(new Line2D.Double(9, 8, 14.5, 14.5));
        g.setStroke(THIN);
        g.setColor(GLASS);
        g.fill(new Ellipse2D.Double(4, 3, 6, 6));
        g.setColor(INK);
        g.draw(new Ellipse2D.Double(4, 3, 6, 6));
    }

    /** The whole extent: a country-like shape inside four corner marks. */
    private static void zoomAll(Graphics2D g) {
        g.setColor(new Color(0xC8E6C9));
        Path2D.Double land = new Path2D.Double();
        land.moveTo(4, 4); land.lineTo(11, 3.5); land.lineTo(12.5, 8); land.lineTo(10, 12.5); land.lineTo(5, 12); land.lineTo(3.5, 8);
        land.closePath();
        g.fill(land);
        g.setColor(GREEN);
        g.setStroke(THIN);
        g.draw(land);
        g.setColor(INK);
        g.setStroke(new BasicStroke(1.4f));
        Path2D.Double corners = new Path2D.Double();
        corners.moveTo(1, 4.5); corners.lineTo(1, 1); corners.lineTo(4.5, 1);
        corners.moveTo(11.5, 1); corners.lineTo(15, 1); corners.lineTo(15, 4.5);
        corners.moveTo(15, 11.5); corners.lineTo(15, 15); corners.lineTo(11.5, 15);
        corners.moveTo(4.5, 15); corners.lineTo(1, 15); corners.lineTo(1, 11.5);
        g.draw(corners);
    }

    private static void zoomSelection(Graphics2D g) {
        glass(g);
        g.setColor(new Color(0xFFD600));
        g.fill(new Rectangle2D.Double(3.8, 3.8, 5, 5));
        g.setColor(new Color(0xF57F17));
        g.setStroke(new BasicStroke(1f));
        g.draw(new Rectangle2D.Double(3.8, 3.8, 5, 5));
    }

    /** An "i" in a blue disc. */
    private static void identify(Graphics2D g) {
        g.setColor(BLUE);
        g.fill(new Ellipse2D.Double(1, 1, 14, 14));
        g.setColor(Color.WHITE);
        g.fill(new Ellipse2D.Double(7, 3.2, 2.2, 2.2));
        g.fill(new Rectangle2D.Double(7.1, 6.5, 2, 6.2));
        g.fill(new Rectangle2D.Double(5.8, 11.4, 4.6, 1.3));
    }

    /** A dashed box with an arrow pointer. */
    private static void selectBox(Graphics2D g) {
        g.setColor(BLUE);
        g.setStroke(DASH);
        g.draw(new Rectangle2D.Double(0.5, 0.5, 12, 10));
        Path2D.Double arrow = new Path2D.Double();
        arrow.moveTo(7, 6); arrow.lineTo(7, 15.5); arrow.lineTo(9.3, 13.3); arrow.lineTo(11, 16); arrow.lineTo(12.6, 15.2);
        arrow.lineTo(11, 12.6); arrow.lineTo(14, 12.3); arrow.closePath();
        g.setColor(Color.WHITE);
        g.fill(arrow);
        g.setColor(INK);
        g.setStroke(new BasicStroke(1f));
        g.draw(arrow);
    }

    /** A ruler, slanted, with ticks. */
    private static void measure(Graphics2D g) {
        g.rotate(Math.toRadians(-35), 8, 8);
        g.setColor(new Color(0xFFE082));
        g.fill(new Rectangle2D.Double(-1, 5, 18, 6));
        g.setColor(new Color(0x8D6E00));
        g.setStroke(new BasicStroke(1f));
        g.draw(new Rectangle2D.Double(-1, 5, 18, 6));
        for (int i = 1; i < 17; i += 2) {
            g.draw(new Line2D.Double(i, 5, i, i % 4 == 1 ? 9 : 7.5));
        }
    }

    /** Three swatches and their lines of text. */
    private static void legend(Graphics2D g) {
        Color[] colors = {GREEN, BLUE, RED};
        for (int i = 0; i < 3; i++) {
            g.setColor(colors[i]);
            g.fill(new Rectangle2D.Double(1, 1.5 + i * 5, 4, 3.5));
            g.setColor(INK);
            g.setStroke(new BasicStroke(1.3f));
            g.draw(new Line2D.Double(7, 3.25 + i * 5, 15, 3.25 + i * 5));
        }
    }

    /** A table: a header row and a grid. */
    private static void attributes(Graphics2D g) {
        g.setColor(Color.WHITE);
        g.fill(new Rectangle2D.Double(0.5, 1.5, 15, 13));
        g.setColor(new Color(0x90CAF9));
        g.fill(new Rectangle2D.Double(0.5, 1.5, 15, 3.5));
        g.setColor(INK);
        g.setStroke(new BasicStroke(1f));
        g.draw(new Rectangle2D.Double(0.5, 1.5, 15, 13));
        for (double y : new double[] {5, 8.2, 11.4}) {
            g.draw(new Line2D.Double(0.5, y, 15.5, y));
        }
        g.draw(new Line2D.Double(6, 1.5, 6, 14.5));
    }

    /** Three stacked sheets. */
    private static void layers(Graphics2D g) {
        Color[] fills = {new Color(0xBBDEFB), new Color(0xC8E6C9), new Color(0xFFE0B2)};
        for (int i = 2; i >= 0; i--) {
            Path2D.Double sheet = new Path2D.Double();
            double y = 3 + i * 4;
            sheet.moveTo(8, y - 2.5); sheet.lineTo(15, y + 1); sheet.lineTo(8, y + 4.5); sheet.lineTo(1, y + 1); sheet.closePath();
            g.setColor(fills[i]);
            g.fill(sheet);
            g.setColor(INK);
            g.setStroke(new BasicStroke(1f));
            g.draw(sheet);
        }
    }
}
