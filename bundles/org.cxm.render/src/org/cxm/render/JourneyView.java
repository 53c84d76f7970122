package org.cxm.render;

/** What a rendering of a journey shows. */
public enum JourneyView {

    /** Stages as columns; lanes for actions, touchpoints, thoughts, emotions, pain points, opportunities, KPIs. */
    MAP("map"),

    /** Customer actions, frontstage, backstage and support processes, with the line of visibility. */
    BLUEPRINT("blueprint"),

    /** The customer's emotion across touchpoints. */
    EMOTION("emotion");

    private final String option;

    JourneyView(String option) {
        this.option = option;
    }

    /** The word that selects this view on the command line. */
    public String option() {
        return option;
    }

    /** The view named {@code option}, or {@code null}. */
    public static JourneyView forOption(String option) {
        for (JourneyView view : values()) {
            if (view.option.equalsIgnoreCase(option)) {
                return view;
            }
        }
        return null;
    }
}
