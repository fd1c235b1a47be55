package nl.labspace.photo;

import java.awt.image.BufferedImage;

/** TestFiles' pictures for tests outside this package (the browser tests). */
public final class BrowserPictures {

    private BrowserPictures() {
    }

    public static BufferedImage picture(int width, int height) {
        return TestFiles.picture(width, height);
    }
}
