package org.cxm.ui.internal.customer;

import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.stream.Collectors;

import org.cxm.analytics.CustomerPath;
import org.cxm.analytics.Deviation;

/**
 * A customer's own path through a journey as the rep reads it on the card: each designed step, whether and
 * when the customer was there or skipped it, the path's deviations, and how long ago the last step was.
 */
final class CustomerPathText {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.systemDefault());

    private CustomerPathText() {
    }

    /** The text of {@code path}; {@code null} says the customer has no record in any journey of the model. */
    static String of(CustomerPath path) {
        if (path == null) {
            return "Journey path: no record of this customer is classified to a journey of the model.";
        }
        StringBuilder text = new StringBuilder("Journey path through '").append(path.path().journey().getName())
                .append("'").append(path.sinceLastStep() == null ? "" : ", last step " + ago(path.sinceLastStep()))
                .append(':');
        int furthest = -1;
        for (int i = 0; i < path.steps().size(); i++) {
            if (path.steps().get(i).visits() > 0) {
                furthest = i;
            }
        }
        for (int i = 0; i < path.steps().size(); i++) {
            CustomerPath.Step step = path.steps().get(i);
            text.append("\n  ");
            if (step.visits() > 0) {
                text.append("done     ").append(step.touchpoint().getName());
                if (step.visits() > 1) {
                    text.append(" (").append(step.visits()).append(" times)");
                }
                text.append(", last ").append(WHEN.format(step.lastVisit()));
            } else if (step.skipped()) {
                text.append("skipped  ").append(step.touchpoint().getName());
            } else if (i < furthest) {
                text.append("passed   ").append(step.touchpoint().getName()).append(" (optional)");
            } else {
                text.append("not yet  ").append(step.touchpoint().getName())
                        .append(step.touchpoint().isOptional() ? " (optional)" : "");
            }
        }
        String others = path.check().deviations().stream()
                .filter(deviation -> deviation.kind() != Deviation.Kind.SKIPPED)
                .map(deviation -> deviation.kind().label() + " '" + path.path().label(deviation.activity()) + "'")
                .collect(Collectors.joining(", "));
        if (path.check().follows()) {
            text.append("\n  Follows the designed path so far.");
        } else if (others.isEmpty()) {
            text.append("\n  Left the designed path by skipping steps.");
        } else {
            text.append("\n  Deviations: ").append(others).append('.');
        }
        return text.toString();
    }

    /** A time span as people say it: 45 min ago, 5 h ago, 3 d ago. */
    static String ago(Duration duration) {
        long minutes = Math.max(0, duration.toMinutes());
        if (minutes < 60) {
            return minutes + " min ago";
        }
        if (minutes < 48 * 60) {
            return String.format(Locale.ROOT, "%d h ago", minutes / 60);
        }
        return String.format(Locale.ROOT, "%d d ago", minutes / (24 * 60));
    }
}
