package org.cxm.ui.internal;

import org.cxm.ui.CxmUi;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.core.runtime.ILog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;
import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;
import org.eclipse.ui.ide.IDE;

/**
 * Configures the CXM workbench: Customer 360 first, one window titled after the product with its menus,
 * and the IDE workspace under the pages, whose markers the Problems view of Journey design lists.
 */
public final class CxmWorkbenchAdvisor extends WorkbenchAdvisor {

    @Override
    public void initialize(IWorkbenchConfigurer configurer) {
        super.initialize(configurer);
        // Lets the IDE views (Problems) show workspace resources and markers.
        IDE.registerAdapters();
    }

    /** The workspace root: the Problems view shows the markers of what its page input contains. */
    @Override
    public IAdaptable getDefaultPageInput() {
        return ResourcesPlugin.getWorkspace().getRoot();
    }

    @Override
    public void postShutdown() {
        try {
            ResourcesPlugin.getWorkspace().save(true, null);
        } catch (CoreException e) {
            ILog.of(getClass()).error("Cannot save the workspace of the CXM workbench", e);
        }
        super.postShutdown();
    }

    @Override
    public String getInitialWindowPerspectiveId() {
        return CxmUi.CUSTOMER_360_PERSPECTIVE_ID;
    }

    @Override
    public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
        return new WorkbenchWindowAdvisor(configurer) {
            @Override
            public ActionBarAdvisor createActionBarAdvisor(IActionBarConfigurer actionBars) {
                return new CxmActionBarAdvisor(actionBars);
            }

            @Override
            public void preWindowOpen() {
                IWorkbenchWindowConfigurer window = getWindowConfigurer();
                window.setTitle("CXM");
                window.setShowPerspectiveBar(true);
                window.setShowStatusLine(true);
                window.setShowProgressIndicator(true);
            }

            /**
             * Maximised, so that the timeline shows all its columns, the journey stage among them. Without a
             * window manager (a bare X server) maximising does nothing, so the window is first given the whole
             * screen.
             */
            @Override
            public void postWindowCreate() {
                Shell shell = getWindowConfigurer().getWindow().getShell();
                shell.setBounds(shell.getMonitor().getClientArea());
                shell.setMaximized(true);
            }
        };
    }
}
