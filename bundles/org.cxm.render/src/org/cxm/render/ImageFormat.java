package org.cxm.render;

/** The file formats a journey can be rendered to. */
public enum ImageFormat {
    SVG,
    PNG;

    /** The format named {@code name} (case ignored), or {@code null}. */
    public static ImageFormat forName(String name) {
        for (ImageFormat format : values()) {
            if (format.name().equalsIgnoreCase(name)) {
                return format;
            }
        }
        return null;
    }
}
