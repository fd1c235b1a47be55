package nl.labspace.photo;

import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * A phone stores a portrait photo as landscape pixels plus an EXIF "orientation" tag. Re-encoding drops the tag, so
 * the pixels are turned first, or the photo would show on its side. Only tag 0x0112 of the first IFD is read; any
 * EXIF this does not understand leaves the image as it is.
 */
final class ExifOrientation {

    private static final int ORIENTATION_TAG = 0x0112;

    private ExifOrientation() {
    }

    static BufferedImage upright(BufferedImage image, byte[] jpegOrNull) {
        int orientation = jpegOrNull == null ? 1 : read(jpegOrNull);
        if (orientation <= 1 || orientation > 8) {
            return image;
        }
        int w = image.getWidth();
        int h = image.getHeight();
        boolean swap = orientation >= 5;
        AffineTransform t = new AffineTransform();
        switch (orientation) {
            case 2 -> { t.translate(w, 0); t.scale(-1, 1); }
            case 3 -> { t.translate(w, h); t.rotate(Math.PI); }
            case 4 -> { t.translate(0, h); t.scale(1, -1); }
            case 5 -> t.setTransform(0, 1, 1, 0, 0, 0);
            case 6 -> { t.translate(h, 0); t.rotate(Math.PI / 2); }
            case 7 -> t.setTransform(0, -1, -1, 0, h, w);
            default -> { t.translate(0, w); t.rotate(-Math.PI / 2); }
        }
        BufferedImage out = new BufferedImage(swap ? h : w, swap ? w : h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        try {
            g.drawImage(image, t, null);
        } finally {
            g.dispose();
        }
        return out;
    }

    /** The orientation (1 to 8) of a JPEG's EXIF, 1 when there is none or it cannot be read. */
    static int read(byte[] jpeg) {
        try {
            int i = 2;
            while (i + 4 <= jpeg.length && (jpeg[i] & 0xFF) == 0xFF) {
                int marker = jpeg[i + 1] & 0xFF;
                int length = ((jpeg[i + 2] & 0xFF) << 8) | (jpeg[i + 3] & 0xFF);
                if (marker == 0xDA) {
                    return 1; // start of scan: no EXIF before the pixels
                }
                if (marker == 0xE1 && length > 14 && new String(jpeg, i + 4, 6, java.nio.charset.StandardCharsets.ISO_8859_1).equals("Exif\0\0")) {
                    return fromTiff(ByteBuffer.wrap(jpeg, i + 10, length - 8).slice());
                }
                i += 2 + length;
            }
        } catch (RuntimeException e) {
            return 1;
        }
        return 1;
    }

    private static int fromTiff(ByteBuffer tiff) {
        tiff.order(tiff.get(0) == 'M' ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN);
        int ifd = tiff.getInt(4);
        int entries = tiff.getShort(ifd) & 0xFFFF;
        for (int e = 0; e < entries; e++) {
            int at = ifd + 2 + 12 * e;
            if ((tiff.getShort(at) & 0xFFFF) == ORIENTATION_TAG) {
                return tiff.getShort(at + 8) & 0xFFFF;
            }
        }
        return 1;
    }
}
