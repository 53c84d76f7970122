package org.cxm.ui.internal;

import org.cxm.ui.CxmUi;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

/** Configures the CXM workbench: Customer 360 first, one window titled after the product. */
public final class CxmWorkbenchAdvisor extends WorkbenchAdvisor {

    @Override
    public String getInitialWindowPerspectiveId() {
        return CxmUi.CUSTOMER_360_PERSPECTIVE_ID;
    }

    @Override
    public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
        return new WorkbenchWindowAdvisor(configurer) {
            @Override
            public void preWindowOpen() {
                IWorkbenchWindowConfigurer window = getWindowConfigurer();
                window.setTitle("CXM");
                window.setShowPerspectiveBar(true);
                window.setShowStatusLine(true);
                window.setShowProgressIndicator(true);
            }
        };
    }
}
