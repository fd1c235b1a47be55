package nl.labspace.photo;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;

/**
 * Images of a unit: decoded by ImageIO (after its size is read from the header, so a small file that claims a huge
 * picture is refused before it is unpacked), turned upright as its EXIF says, and written anew. Only pixels pass:
 * EXIF (GPS position, camera, date), XMP, ICC profiles and PNG text chunks of the upload are not written again.
 * Each image also gets a JPEG thumbnail {@value #THUMBNAIL_WIDTH} px wide.
 */
final class ImageFiles {

    static final int THUMBNAIL_WIDTH = 320;
    static final long MAX_PIXELS = 40_000_000L;
    static final int MAX_SIDE = 12_000;
    private static final float JPEG_QUALITY = 0.9f;
    private static final float THUMBNAIL_QUALITY = 0.82f;

    /** An image as stored: its new bytes, size and thumbnail. */
    record Encoded(byte[] content, int width, int height, byte[] thumbnail) {
    }

    private ImageFiles() {
    }

    /** Decodes, checks and re-encodes an upload that starts like a JPEG or PNG. */
    static Encoded reencode(String field, String fileName, Format format, byte[] upload) {
        BufferedImage image = ExifOrientation.upright(decode(field, fileName, format, upload), format == Format.JPEG ? upload : null);
        byte[] content = format == Format.JPEG ? jpeg(opaque(image, image.getWidth(), image.getHeight()), JPEG_QUALITY) : png(image);
        return new Encoded(content, image.getWidth(), image.getHeight(), thumbnail(image));
    }

    private static BufferedImage decode(String field, String fileName, Format format, byte[] upload) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(upload))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw damaged(field, fileName, format);
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                if (width > MAX_SIDE || height > MAX_SIDE || (long) width * height > MAX_PIXELS) {
                    throw new FileRefused(field, fileName, FileRefusal.TOO_MANY_PIXELS, width, height, MAX_PIXELS / 1_000_000, MAX_SIDE);
                }
                return reader.read(0);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof FileRefused refused) {
                throw refused;
            }
            throw damaged(field, fileName, format);
        }
    }

    private static FileRefused damaged(String field, String fileName, Format format) {
        return new FileRefused(field, fileName, FileRefusal.DAMAGED_IMAGE, format.name());
    }

    /** Scaled in halving steps, so that a large photo does not alias into a noisy thumbnail. */
    static byte[] thumbnail(BufferedImage image) {
        int width = Math.min(THUMBNAIL_WIDTH, image.getWidth());
        int height = Math.max(1, Math.round((float) image.getHeight() * width / image.getWidth()));
        BufferedImage step = opaque(image, image.getWidth(), image.getHeight());
        while (step.getWidth() / 2 >= width) {
            step = opaque(step, step.getWidth() / 2, Math.max(1, step.getHeight() / 2));
        }
        return jpeg(opaque(step, width, height), THUMBNAIL_QUALITY);
    }

    /** The image drawn on white at this size, without alpha (a JPEG has none). */
    private static BufferedImage opaque(BufferedImage source, int width, int height) {
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
            g.drawImage(source, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        return out;
    }

    /** A baseline JFIF file: the writer gets no metadata, so it writes none but its own JFIF header. */
    static byte[] jpeg(BufferedImage image, float quality) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(quality);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException("writing a JPEG in memory failed", e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    /** PNG keeps transparency (a floor plan on a clear background); the writer adds no text chunks of its own. */
    static byte[] png(BufferedImage image) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, "png", bytes)) {
                throw new IllegalStateException("no PNG writer for image type " + image.getType());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("writing a PNG in memory failed", e);
        }
        return bytes.toByteArray();
    }
}
