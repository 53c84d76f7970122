package org.cxm.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.cxm.ui.CxmUi;
import org.eclipse.ui.IWorkbenchWindow;
import org.junit.jupiter.api.Test;

/** The workbench a user starts: one CXM window on the Customer 360 perspective. */
class WorkbenchStartTest {

    @Test
    void opensOnCustomer360() throws Exception {
        IWorkbenchWindow window = UiTestSupport.window();
        UiTestSupport.processEvents();

        assertEquals(CxmUi.CUSTOMER_360_PERSPECTIVE_ID, window.getActivePage().getPerspective().getId());
        assertEquals("Customer 360", window.getActivePage().getPerspective().getLabel());
        assertTrue(window.getShell().getText().startsWith("CXM"), window.getShell().getText());

        Path shot = Screenshots.save(window.getShell(), "workbench-customer-360");
        assertTrue(Files.size(shot) > 1000, "screenshot written: " + shot);
    }
}
