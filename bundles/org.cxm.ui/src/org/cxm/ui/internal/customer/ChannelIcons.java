package org.cxm.ui.internal.customer;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.cxm.model.ChannelKind;
import org.cxm.model.query.ChannelLabel;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Display;

/**
 * Small channel icons for the timeline, drawn rather than shipped: a coloured badge with the channel's
 * initial, one colour per family of channel kinds (phone, e-mail, chat and SMS, web and app, store, social,
 * other), so that a rep sees at a glance how a customer got in touch. Owned by one view, disposed with it.
 */
final class ChannelIcons {

    private static final int SIZE = 16;

    private final Display display;
    private final Map<String, Image> images = new HashMap<>();

    ChannelIcons(Display display) {
        this.display = display;
    }

    /** The icon of {@code channel}: its kind's colour and its name's initial, a grey "?" when unclassified. */
    Image of(ChannelLabel channel) {
        String initial = channel.unclassified() ? "?" : channel.name().substring(0, 1).toUpperCase(Locale.ROOT);
        RGB colour = colourOf(channel.kind());
        return images.computeIfAbsent(initial + colour, key -> draw(initial, colour));
    }

    private Image draw(String initial, RGB colour) {
        Image image = new Image(display, SIZE, SIZE);
        GC gc = new GC(image);
        Color background = new Color(colour);
        try {
            gc.setBackground(display.getSystemColor(SWT.COLOR_LIST_BACKGROUND));
            gc.fillRectangle(0, 0, SIZE, SIZE);
            gc.setAntialias(SWT.ON);
            gc.setBackground(background);
            gc.fillRoundRectangle(0, 0, SIZE, SIZE, 6, 6);
            gc.setForeground(display.getSystemColor(SWT.COLOR_WHITE));
            Point extent = gc.stringExtent(initial);
            gc.drawString(initial, (SIZE - extent.x) / 2, (SIZE - extent.y) / 2, true);
        } finally {
            gc.dispose();
        }
        return image;
    }

    /** One colour per family of channel kinds; grey for a channel of unknown kind. */
    private static RGB colourOf(ChannelKind kind) {
        if (kind == null) {
            return new RGB(117, 117, 117);
        }
        return switch (kind) {
            case PHONE -> new RGB(46, 125, 50);
            case EMAIL, MARKETING -> new RGB(21, 101, 192);
            case CHAT, SMS -> new RGB(106, 27, 154);
            case WEB, MOBILE_APP, CONNECTED_DEVICE -> new RGB(0, 131, 143);
            case STORE -> new RGB(230, 81, 0);
            case SOCIAL, SUPPORT_FORUM -> new RGB(194, 24, 91);
            case OTHER -> new RGB(93, 64, 55);
        };
    }

    void dispose() {
        images.values().forEach(Image::dispose);
        images.clear();
    }
}
