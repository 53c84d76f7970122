package org.cxm.render;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;

import org.cxm.analytics.JourneyPaths;
import org.cxm.render.internal.PathsPicture;
import org.cxm.render.internal.Picture;

/**
 * Renders how customers really went through a journey against its designed path, to SVG or PNG, without a
 * display: the directly-follows graph of its steps with frequencies and median times, the share following
 * the design, the top variants and the most frequent deviations ({@code cxm render --view paths}).
 */
public final class PathsRenderer {

    /** The word that selects this picture on the command line and in the journey map view. */
    public static final String VIEW = "paths";

    private PathsRenderer() {
    }

    /** Renders {@code paths} to {@code file} in {@code format}, replacing the file. */
    public static void render(JourneyPaths paths, ImageFormat format, Path file) throws IOException {
        Picture.write(new PathsPicture(paths), format, file);
    }

    /** Renders {@code paths} to {@code out} in {@code format}; the stream stays open. */
    public static void render(JourneyPaths paths, ImageFormat format, OutputStream out) throws IOException {
        Picture.write(new PathsPicture(paths), format, out);
    }
}
