package org.cxm.render;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import javax.imageio.ImageIO;

import org.cxm.model.Journey;
import org.cxm.render.internal.JourneyPicture;
import org.jfree.svg.SVGGraphics2D;

/**
 * Renders a journey as a journey map, service blueprint or emotion curve, to SVG or PNG, without a
 * display: the same layout as the Sirius journey map, for people and machines that have no Sirius.
 */
public final class JourneyRenderer {

    private JourneyRenderer() {
    }

    /** Renders {@code view} of {@code journey} to {@code file} in {@code format}, replacing the file. */
    public static void render(Journey journey, JourneyView view, ImageFormat format, Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (OutputStream out = Files.newOutputStream(file)) {
            render(journey, view, format, out);
        }
    }

    /**
     * As {@link #render(Journey, JourneyView, ImageFormat, Path)}, with the emotion measured from records
     * (per touchpoint id, -5 to +5) drawn beside the designed emotion curve.
     */
    public static void render(Journey journey, JourneyView view, ImageFormat format, Path file,
            Map<String, Double> measuredEmotions) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (OutputStream out = Files.newOutputStream(file)) {
            render(journey, view, format, out, measuredEmotions);
        }
    }

    /** Renders {@code view} of {@code journey} to {@code out} in {@code format}; the stream stays open. */
    public static void render(Journey journey, JourneyView view, ImageFormat format, OutputStream out)
            throws IOException {
        render(journey, view, format, out, Map.of());
    }

    /** As {@link #render(Journey, JourneyView, ImageFormat, OutputStream)}, with measured emotions. */
    public static void render(Journey journey, JourneyView view, ImageFormat format, OutputStream out,
            Map<String, Double> measuredEmotions) throws IOException {
        JourneyPicture picture = new JourneyPicture(journey, view, measuredEmotions);
        try {
            switch (format) {
                case SVG -> writeSvg(picture, out);
                case PNG -> writePng(picture, out);
            }
        } finally {
            picture.dispose();
        }
    }

    private static void writeSvg(JourneyPicture picture, OutputStream out) throws IOException {
        SVGGraphics2D svg = new SVGGraphics2D(picture.width(), picture.height());
        picture.paint(svg);
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write(svg.getSVGDocument());
        writer.flush();
    }

    private static void writePng(JourneyPicture picture, OutputStream out) throws IOException {
        BufferedImage image = new BufferedImage(picture.width(), picture.height(), BufferedImage.TYPE_INT_RGB);
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
