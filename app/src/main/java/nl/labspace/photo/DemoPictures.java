package nl.labspace.photo;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.Polygon;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;

/**
 * Placeholder pictures for the demo, drawn here (nothing is fetched from the internet): a lab room in perspective,
 * its colours varied by a seed, and a floor plan sketch. Both say "demo" on them, so nobody takes them for the real unit.
 */
final class DemoPictures {

    private static final Color[] WALLS = {new Color(0xdfe7ec), new Color(0xe9e4da), new Color(0xdde8df), new Color(0xe6e0ea)};
    private static final Color[] ACCENTS = {new Color(0x2a6f97), new Color(0x9c4f2e), new Color(0x3d7a4a), new Color(0x6a4c93)};

    private DemoPictures() {
    }

    /** A lab: back wall with a window, benches on both sides, a fume hood at the back. */
    static BufferedImage lab(int seed, String label) {
        int w = 800;
        int h = 533;
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = graphics(image);
        Color wall = WALLS[Math.floorMod(seed, WALLS.length)];
        Color accent = ACCENTS[Math.floorMod(seed / 4, ACCENTS.length)];
        g.setPaint(new GradientPaint(0, 0, wall.brighter(), 0, h, wall.darker()));
        g.fillRect(0, 0, w, h);
        g.setColor(new Color(0xb8bcc0));
        g.fillPolygon(new Polygon(new int[] {0, w, 560, 240}, new int[] {h, h, 330, 330}, 4)); // floor
        g.setColor(wall);
        g.fillRect(240, 120, 320, 210); // back wall
        g.setColor(new Color(0xbfe3f5));
        g.fillRect(290 + Math.floorMod(seed, 3) * 20, 150, 120, 90); // window
        g.setColor(Color.WHITE);
        g.setStroke(new BasicStroke(4));
        g.drawRect(290 + Math.floorMod(seed, 3) * 20, 150, 120, 90);
        g.setColor(accent);
        g.fillRect(460, 170, 80, 160); // fume hood
        g.setColor(new Color(0xd8eef7));
        g.fillRect(468, 200, 64, 60);
        bench(g, new int[] {0, 240, 240, 0}, new int[] {420, 300, 330, 480}, accent);
        bench(g, new int[] {w, 560, 560, w}, new int[] {420, 300, 330, 480}, accent);
        caption(g, label, h);
        g.dispose();
        return image;
    }

    /** A floor plan: lab and office rooms, a corridor, doors and a scale. */
    static BufferedImage floorPlan(String label, int seed) {
        int w = 900;
        int h = 600;
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = graphics(image);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, w, h);
        int labWidth = 300 + 50 * Math.floorMod(seed, 5);
        g.setColor(new Color(0xe8f1f7));
        g.fillRect(100, 100, labWidth, 300);
        g.setColor(new Color(0xf4efe4));
        g.fillRect(100 + labWidth, 100, 700 - labWidth, 300);
        g.setColor(Color.DARK_GRAY);
        g.setStroke(new BasicStroke(6));
        g.drawRect(100, 100, 700, 380);
        g.drawLine(100, 400, 800, 400); // corridor wall
        g.drawLine(100 + labWidth, 100, 100 + labWidth, 400);
        g.setStroke(new BasicStroke(2));
        g.drawArc(100 + labWidth / 2 - 40, 360, 80, 80, 0, 90); // doors
        g.drawArc(100 + labWidth + 40, 360, 80, 80, 0, 90);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 26));
        g.drawString("Lab", 130, 250);
        g.drawString("Office", 120 + labWidth, 250);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 20));
        g.drawLine(100, 530, 300, 530);
        g.drawString("10 m", 180, 555);
        caption(g, label, h);
        g.dispose();
        return image;
    }

    private static void bench(Graphics2D g, int[] xs, int[] ys, Color accent) {
        g.setColor(new Color(0x4a4f55));
        g.fillPolygon(xs, ys, 4);
        g.setColor(accent.darker());
        g.fillPolygon(new int[] {xs[0], xs[1], xs[1], xs[0]}, new int[] {ys[0], ys[1], ys[1] - 14, ys[0] - 22}, 4);
    }

    private static void caption(Graphics2D g, String label, int h) {
        g.setColor(new Color(0, 0, 0, 150));
        g.fillRect(0, h - 44, 520, 44);
        g.setColor(Color.WHITE);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 20));
        g.drawString("Demo · " + label, 14, h - 15);
    }

    private static Graphics2D graphics(BufferedImage image) {
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        return g;
    }
}
