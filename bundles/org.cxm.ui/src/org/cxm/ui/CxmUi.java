package org.cxm.ui;

/** Identifiers of the CXM workbench that other bundles and tests refer to. */
public final class CxmUi {

    /** The workbench application, started with {@code -application org.cxm.ui.application}. */
    public static final String APPLICATION_ID = "org.cxm.ui.application";

    /** The Customer 360 perspective, the one the workbench opens on. */
    public static final String CUSTOMER_360_PERSPECTIVE_ID = "org.cxm.ui.customer360";

    /** Journey design: the CX model as a tree, its properties, its validation problems and its journey maps. */
    public static final String JOURNEY_DESIGN_PERSPECTIVE_ID = "org.cxm.ui.journeyDesign";

    private CxmUi() {
    }
}
