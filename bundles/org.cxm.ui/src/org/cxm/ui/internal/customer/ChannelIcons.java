package org.cxm.ui.internal.customer;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Display;

/**
 * Small channel icons for the timeline, drawn rather than shipped: a coloured badge with the channel's
 * initial, one colour per family of channel (phone, e-mail, chat and SMS, web and app, store, social,
 * other), so that a rep sees at a glance how a customer got in touch. Owned by one view, disposed with it.
 */
final class ChannelIcons {

    private static final int SIZE = 16;

    private final Display display;
    private final Map<String, Image> images = new HashMap<>();

    ChannelIcons(Display display) {
        this.display = display;
    }

    /** The icon of {@code channel} as a source names it; {@code null} for no channel. */
    Image of(String channel) {
        if (channel == null || channel.isBlank()) {
            return null;
        }
        String name = channel.strip().toLowerCase(Locale.ROOT);
        return images.computeIfAbsent(name, this::draw);
    }

    private Image draw(String name) {
        Image image = new Image(display, SIZE, SIZE);
        GC gc = new GC(image);
        Color background = new Color(colourOf(name));
        try {
            gc.setBackground(display.getSystemColor(SWT.COLOR_LIST_BACKGROUND));
            gc.fillRectangle(0, 0, SIZE, SIZE);
            gc.setAntialias(SWT.ON);
            gc.setBackground(background);
            gc.fillRoundRectangle(0, 0, SIZE, SIZE, 6, 6);
            gc.setForeground(display.getSystemColor(SWT.COLOR_WHITE));
            String initial = name.substring(0, 1).toUpperCase(Locale.ROOT);
            Point extent = gc.stringExtent(initial);
            gc.drawString(initial, (SIZE - extent.x) / 2, (SIZE - extent.y) / 2, true);
        } finally {
            gc.dispose();
        }
        return image;
    }

    private static RGB colourOf(String name) {
        if (name.contains("phone") || name.contains("call") || name.contains("voice")) {
            return new RGB(46, 125, 50);
        }
        if (name.contains("mail")) {
            return new RGB(21, 101, 192);
        }
        if (name.contains("chat") || name.contains("sms") || name.contains("message")) {
            return new RGB(106, 27, 154);
        }
        if (name.contains("web") || name.contains("app") || name.contains("portal") || name.contains("online")) {
            return new RGB(0, 131, 143);
        }
        if (name.contains("store") || name.contains("shop") || name.contains("branch")) {
            return new RGB(230, 81, 0);
        }
        if (name.contains("social") || name.contains("forum") || name.contains("review")) {
            return new RGB(194, 24, 91);
        }
        return new RGB(97, 97, 97);
    }

    void dispose() {
        images.values().forEach(Image::dispose);
        images.clear();
    }
}
