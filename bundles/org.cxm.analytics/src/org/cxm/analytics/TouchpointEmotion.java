package org.cxm.analytics;

/**
 * The emotion measured at one touchpoint, on the designed emotion's scale (-5 to +5).
 *
 * @param emotion the measured emotion, or {@code null} when no record is at the touchpoint
 * @param records the records at the touchpoint
 * @param meanScore their mean survey score, or {@code null} when none has one
 * @param repeatShare the share (0 to 1) of them followed by another at the same touchpoint within 7 days
 * @param escalatedShare the share (0 to 1) of them whose status says escalated
 */
public record TouchpointEmotion(Double emotion, long records, Double meanScore, double repeatShare,
        double escalatedShare) {
}
