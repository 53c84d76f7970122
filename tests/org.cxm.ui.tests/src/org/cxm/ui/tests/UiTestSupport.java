package org.cxm.ui.tests;

import java.time.Duration;
import java.util.function.BooleanSupplier;

import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;

/** Helpers for tests that run on the UI thread of the CXM workbench. */
final class UiTestSupport {

    private UiTestSupport() {
    }

    /** The workbench window the test harness started. */
    static IWorkbenchWindow window() {
        return PlatformUI.getWorkbench().getWorkbenchWindows()[0];
    }

    /** Runs the event loop until {@code condition} holds; false if it did not within {@code timeout}. */
    static boolean waitUntil(BooleanSupplier condition, Duration timeout) throws InterruptedException {
        Display display = Display.getCurrent();
        long end = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                return false;
            }
            if (!display.readAndDispatch()) {
                Thread.sleep(20);
            }
        }
        return true;
    }

    /** Lets pending UI events (layouts, paints) run. */
    static void processEvents() throws InterruptedException {
        waitUntil(() -> false, Duration.ofMillis(300));
    }
}
