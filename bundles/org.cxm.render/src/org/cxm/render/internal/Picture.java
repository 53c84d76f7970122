package org.cxm.render.internal;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.cxm.render.ImageFormat;
import org.jfree.svg.SVGGraphics2D;

/** Something laid out to a fixed size and ready to paint on any Graphics2D, and written as SVG or PNG. */
public interface Picture {

    int width();

    int height();

    void paint(Graphics2D g);

    /** Releases what measuring text took; the picture is not painted again. */
    void dispose();

    /** Writes {@code picture} to {@code file} in {@code format}, replacing the file, then disposes it. */
    static void write(Picture picture, ImageFormat format, Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (OutputStream out = Files.newOutputStream(file)) {
            write(picture, format, out);
        }
    }

    /** Writes {@code picture} to {@code out} in {@code format}, then disposes it; the stream stays open. */
    static void write(Picture picture, ImageFormat format, OutputStream out) throws IOException {
        try {
            switch (format) {
                case SVG -> {
                    SVGGraphics2D svg = new SVGGraphics2D(picture.width(), picture.height());
                    picture.paint(svg);
                    Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                    writer.write(svg.getSVGDocument());
                    writer.flush();
                }
                case PNG -> {
                    BufferedImage image = new BufferedImage(picture.width(), picture.height(),
                            BufferedImage.TYPE_INT_RGB);
                    Graphics2D g = image.createGraphics();
                    try {
                        picture.paint(g);
                    } finally {
                        g.dispose();
                    }
                    if (!ImageIO.write(image, "png", out)) {
                        throw new IOException("No PNG writer is available in this Java runtime");
                    }
                }
            }
        } finally {
            picture.dispose();
        }
    }
}
