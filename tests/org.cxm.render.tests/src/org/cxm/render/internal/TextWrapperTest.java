package org.cxm.render.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.image.BufferedImage;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Long names wrap to the cell width and are cut with an ellipsis, never drawn past their cell. */
class TextWrapperTest {

    private final FontMetrics metrics = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB).createGraphics()
            .getFontMetrics(new Font(Font.SANS_SERIF, Font.PLAIN, 12));

    @Test
    void wrapsAtBlanksWithinTheWidth() {
        List<String> lines = TextWrapper.wrap("Compare the current account offers of three banks online",
                metrics, 120, 10);
        assertTrue(lines.size() > 1);
        lines.forEach(line -> assertTrue(metrics.stringWidth(line) <= 120, line));
        assertEquals("Compare the current account offers of three banks online", String.join(" ", lines));
    }

    @Test
    void breaksWordsLongerThanTheWidth() {
        List<String> lines = TextWrapper.wrap("Supercalifragilisticexpialidocious-and-then-some", metrics, 60, 10);
        lines.forEach(line -> assertTrue(metrics.stringWidth(line) <= 60, line));
        assertEquals("Supercalifragilisticexpialidocious-and-then-some", String.join("", lines));
    }

    @Test
    void cutsWithAnEllipsisAfterTheLastAllowedLine() {
        List<String> lines = TextWrapper.wrap("one two three four five six seven eight nine ten", metrics, 40, 2);
        assertEquals(2, lines.size());
        assertTrue(lines.get(1).endsWith("\u2026"), lines.get(1));
        assertTrue(metrics.stringWidth(lines.get(1)) <= 40, lines.get(1));
    }
}
