package org.cxm.render;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Map;

import org.cxm.model.Journey;
import org.cxm.render.internal.JourneyPicture;
import org.cxm.render.internal.Picture;

/**
 * Renders a journey as a journey map, service blueprint or emotion curve, to SVG or PNG, without a
 * display: the same layout as the Sirius journey map, for people and machines that have no Sirius.
 */
public final class JourneyRenderer {

    private JourneyRenderer() {
    }

    /** Renders {@code view} of {@code journey} to {@code file} in {@code format}, replacing the file. */
    public static void render(Journey journey, JourneyView view, ImageFormat format, Path file) throws IOException {
        render(journey, view, format, file, Map.of());
    }

    /**
     * As {@link #render(Journey, JourneyView, ImageFormat, Path)}, with the emotion measured from records
     * (per touchpoint id, -5 to +5) drawn beside the designed emotion curve.
     */
    public static void render(Journey journey, JourneyView view, ImageFormat format, Path file,
            Map<String, Double> measuredEmotions) throws IOException {
        Picture.write(new JourneyPicture(journey, view, measuredEmotions), format, file);
    }

    /** Renders {@code view} of {@code journey} to {@code out} in {@code format}; the stream stays open. */
    public static void render(Journey journey, JourneyView view, ImageFormat format, OutputStream out)
            throws IOException {
        render(journey, view, format, out, Map.of());
    }

    /** As {@link #render(Journey, JourneyView, ImageFormat, OutputStream)}, with measured emotions. */
    public static void render(Journey journey, JourneyView view, ImageFormat format, OutputStream out,
            Map<String, Double> measuredEmotions) throws IOException {
        Picture.write(new JourneyPicture(journey, view, measuredEmotions), format, out);
    }
}
