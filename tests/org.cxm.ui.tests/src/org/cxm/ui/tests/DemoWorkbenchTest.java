package org.cxm.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cxm.demo.Demo;
import org.cxm.demo.DemoSetup;
import org.cxm.model.query.ChannelLabel;
import org.cxm.sync.SyncListener;
import org.cxm.tests.support.TestStores;
import org.cxm.ui.internal.LaunchArguments;
import org.cxm.ui.internal.StoreSession;
import org.cxm.ui.internal.customer.CustomerCardView;
import org.cxm.ui.internal.customer.CustomerSearchView;
import org.cxm.ui.internal.customer.TimelineView;
import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What {@code ./cxm demo} shows on a desktop: the demo prepared headless, then the workbench started with the
 * arguments the cxm script passes, on Customer 360 with the showcase customer's card and history.
 */
class DemoWorkbenchTest {

    /** Small, so that the test is quick; the showcase customer's history does not depend on the size. */
    private static final int CUSTOMERS = 60;

    @TempDir
    Path temporary;

    private final List<IStatus> errors = new CopyOnWriteArrayList<>();
    private final ILogListener errorListener = (status, plugin) -> {
        if (status.matches(IStatus.ERROR)) {
            errors.add(status);
        }
    };

    @BeforeEach
    void listenToTheWorkspaceLog() {
        Platform.addLogListener(errorListener);
    }

    /** Back to the harness's arguments, on an empty store, so that no later view opens the demo's or ~/.cxm's. */
    @AfterEach
    void startAgainWithoutTheDemo() {
        Platform.removeLogListener(errorListener);
        LaunchArguments.startWith(Platform.getApplicationArgs());
        StoreSession.use(TestStores.h2());
    }

    @Test
    void cxmDemoOpensCustomer360OnTheShowcaseCustomersHistory() throws Exception {
        DemoSetup demo = Demo.prepare(temporary.resolve("demo"), CUSTOMERS, SyncListener.SILENT);
        List<String> arguments = CxmScript.demoUiArguments(demo.directory());
        assertEquals(List.of("-store", "-model", "-customer"), CxmScript.options(arguments), "cxm passes " + arguments);

        LaunchArguments.startWith(arguments.toArray(String[]::new));
        IWorkbenchPage page = reopenCustomer360();
        CustomerCardView card = (CustomerCardView) page.findView(CustomerCardView.ID);
        TimelineView timeline = (TimelineView) page.findView(TimelineView.ID);

        assertTrue(UiTestSupport.waitUntil(() -> card.cardText().startsWith(demo.customerName())
                && timeline.rows().size() >= 20, Duration.ofSeconds(60)), "her card and history: " + card.cardText()
                        + " / " + timeline.rows().size() + " rows / " + timeline.getContentDescription());
        assertEquals("Sofia Martins", demo.customerName());
        assertTrue(count(card.statusText(), "Open cases") >= 1, card.statusText());
        assertTrue(count(card.statusText(), "Unpaid invoices") >= 1, card.statusText());
        List<List<String>> rows = timeline.rows();
        assertTrue(rows.stream().anyMatch(row -> row.get(2).equals("case") && row.get(7).startsWith("Open")),
                "the open case in the timeline: " + rows);
        assertTrue(rows.stream().anyMatch(row -> row.get(2).equals("invoice") && row.get(7).contains("not_paid")),
                "the unpaid invoice in the timeline: " + rows);
        assertEveryRowShowsItsChannel(rows);
        assertStageColumnVisible(timeline);

        UiTestSupport.processEvents();
        Screenshots.save(UiTestSupport.window().getShell(), "cxm-demo-customer-360");
        assertEquals(List.of(), errors.stream().map(IStatus::toString).toList(), "errors in the workspace log");
    }

    /** The number after {@code label} in the card's status line ("Open cases: 2"). */
    private static int count(String status, String label) {
        Matcher number = Pattern.compile(label + ": (\\d+)").matcher(status);
        assertTrue(number.find(), label + " in " + status);
        return Integer.parseInt(number.group(1));
    }

    /** Opens the Customer 360 views anew, as at a start: the search view runs the -customer search. */
    private static IWorkbenchPage reopenCustomer360() throws PartInitException {
        IWorkbenchPage page = UiTestSupport.window().getActivePage();
        for (String id : List.of(CustomerSearchView.ID, CustomerCardView.ID, TimelineView.ID)) {
            page.hideView(page.findView(id));
        }
        page.showView(TimelineView.ID);
        page.showView(CustomerCardView.ID);
        page.showView(CustomerSearchView.ID);
        return page;
    }

    /** Cases, orders and invoices included: a modelled channel's name, or "unclassified", never nothing. */
    private static void assertEveryRowShowsItsChannel(List<List<String>> rows) {
        for (List<String> row : rows) {
            assertFalse(row.get(3).isBlank(), "channel of " + row);
        }
        for (String kind : List.of("case", "order", "invoice")) {
            assertTrue(rows.stream().anyMatch(row -> row.get(2).equals(kind)
                    && !row.get(3).equals(ChannelLabel.UNCLASSIFIED)), "a " + kind + " with its channel: " + rows);
        }
        assertFalse(rows.stream().anyMatch(row -> List.of("email", "phone", "chat").contains(row.get(3))),
                "channels by their modelled names, not as sources spell them: " + rows);
    }

    private static void assertStageColumnVisible(TimelineView timeline) {
        Table table = timeline.table();
        Rectangle area = table.getClientArea();
        int right = 0;
        for (TableColumn column : table.getColumns()) {
            right += column.getWidth();
            if (column.getText().equals("Stage")) {
                assertTrue(right <= area.width, "Stage ends at " + right + " px in a table " + area.width + " wide");
                return;
            }
        }
        throw new AssertionError("no Stage column");
    }
}
