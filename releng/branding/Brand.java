import java.awt.*;
import java.awt.geom.*;
import java.awt.image.BufferedImage;
import java.io.File;
import javax.imageio.ImageIO;

public class Brand {
    static void window(Graphics2D g, int s) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        double r = s * 0.18;
        g.setColor(new Color(0x1B5E20));
        g.fill(new RoundRectangle2D.Double(0, 0, s, s, r, r));
        double m = s * 0.2, gap = s * 0.07, pane = (s - 2 * m - gap) / 2;
        g.setColor(new Color(0xF4F1EA));
        for (int i = 0; i < 2; i++) for (int j = 0; j < 2; j++)
            g.fill(new RoundRectangle2D.Double(m + i * (pane + gap), m + j * (pane + gap), pane, pane, s * 0.05, s * 0.05));
        g.setColor(new Color(0xF29E38));
        g.fill(new Ellipse2D.Double(m + pane + gap + pane * 0.25, m + pane * 0.25, pane * 0.5, pane * 0.5));
    }
    public static void main(String[] a) throws Exception {
        String dir = a[0];
        for (int s : new int[] {16, 32, 48, 64, 128, 256}) {
            BufferedImage img = new BufferedImage(s, s, BufferedImage.TYPE_INT_ARGB);
            Graphics2D g = img.createGraphics(); window(g, s); g.dispose();
            ImageIO.write(img, "png", new File(dir, "nafitha" + s + ".png"));
        }
        BufferedImage sp = new BufferedImage(480, 300, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = sp.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setPaint(new GradientPaint(0, 0, new Color(0xF4F1EA), 0, 300, new Color(0xE3DCCB)));
        g.fillRect(0, 0, 480, 300);
        Graphics2D w = (Graphics2D) g.create(40, 70, 120, 120); window(w, 120); w.dispose();
        g.setColor(new Color(0x1B3A27));
        g.setFont(new Font("DejaVu Sans", Font.BOLD, 40));
        g.drawString("Nafitha", 185, 125);
        g.setFont(new Font("DejaVu Sans", Font.BOLD, 34));
        g.drawString("نافذة", 190, 175);
        g.setFont(new Font("DejaVu Sans", Font.PLAIN, 13));
        g.setColor(new Color(0x5A5A5A));
        g.drawString("Planning the network of government service centers", 40, 245);
        g.drawString("تخطيط شبكة مراكز الخدمات الحكومية", 40, 268);
        g.dispose();
        ImageIO.write(sp, "bmp", new File(dir, "splash.bmp"));
        ImageIO.write(sp, "png", new File(dir, "splash.png"));
    }
}
