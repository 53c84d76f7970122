package org.cxm.render.internal;

import org.cxm.model.JourneyMapType;

/** Model values as the words a reader of a journey map expects. */
final class Words {

    private Words() {
    }

    static String mapType(JourneyMapType type) {
        return switch (type) {
            case CURRENT_STATE -> "Current-state journey map";
            case FUTURE_STATE -> "Future-state journey map";
            case DAY_IN_THE_LIFE -> "Day-in-the-life map";
            case SERVICE_BLUEPRINT -> "Service blueprint";
        };
    }
}
