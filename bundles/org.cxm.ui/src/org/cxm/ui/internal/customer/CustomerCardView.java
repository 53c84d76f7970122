package org.cxm.ui.internal.customer;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.cxm.analytics.CustomerPath;
import org.cxm.analytics.EventLog;
import org.cxm.history.AccountStatus;
import org.cxm.history.Customer;
import org.cxm.history.CustomerCard;
import org.cxm.history.CustomerIdentity;
import org.cxm.history.CustomerViews;
import org.cxm.history.MergeRecord;
import org.cxm.history.TimelineEntry;
import org.cxm.model.CxModel;
import org.cxm.ui.internal.ModelSession;
import org.cxm.ui.internal.StoreSession;
import org.cxm.ui.internal.UiJobs;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.part.ViewPart;

/**
 * The selected customer's card: golden record, account status (open cases, unpaid invoices, latest survey
 * score), the customer's own path through the journey their records are in, the identifiers each source
 * system holds, and why records were merged into this customer.
 */
public final class CustomerCardView extends ViewPart {

    public static final String ID = "org.cxm.ui.customerCard";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private Label golden;
    private Label status;
    private Label path;
    private Table identities;
    private Label merges;
    private ISelectionListener listener;

    /** The card and the account status of one customer, read together. */
    private record Loaded(CustomerCard card, AccountStatus status, String stageId, List<TimelineEntry> context,
            String path) {
    }

    /** How far back "context before you answer" looks, and how much of it the card shows. */
    private static final int CONTEXT_DAYS = 14;

    private static final int CONTEXT_ENTRIES = 5;

    @Override
    public void createPartControl(Composite parent) {
        parent.setLayout(new GridLayout(1, false));
        golden = label(parent, "Select a customer in Customer Search.");
        status = label(parent, "");
        path = label(parent, "");
        identities = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION);
        identities.setHeaderVisible(true);
        for (String title : new String[] { "System", "Source id", "Kind", "Identifier" }) {
            TableColumn column = new TableColumn(identities, SWT.LEFT);
            column.setText(title);
            column.setWidth(140);
        }
        GridDataFactory.fillDefaults().grab(true, true).applyTo(identities);
        merges = label(parent, "");
        listener = SelectedCustomer.follow(this, this::load);
    }

    private static Label label(Composite parent, String text) {
        Label label = new Label(parent, SWT.WRAP);
        label.setText(text);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(label);
        return label;
    }

    private void load(Customer customer) {
        UiJobs.load("Reading customer " + customer.id(), golden, () -> {
            CustomerViews views = StoreSession.customerViews();
            return new Loaded(views.card(customer.id()), views.status(customer.id()),
                    views.currentStageId(customer.id()), views.recentConversations(customer.id(),
                            OffsetDateTime.now(), CONTEXT_DAYS, CONTEXT_ENTRIES), pathText(customer));
        }, this::show, failure -> golden.setText("Store not available: " + failure)).schedule();
    }

    /** The customer's path through the model's journey that holds most of their records. */
    private static String pathText(Customer customer) throws Exception {
        CxModel model = ModelSession.model();
        if (model == null) {
            return "Journey path: open the model (cxm ui -model <file>) to see the customer's way through its journeys.";
        }
        return CustomerPathText.of(CustomerPath.ofBusiestJourney(model.getJourneys(),
                new EventLog(StoreSession.store()).customer(customer.id()), Instant.now()));
    }

    private void show(Loaded loaded) {
        if (loaded.card() == null) {
            golden.setText("This customer was merged into another one; search again.");
            return;
        }
        Customer c = loaded.card().customer();
        golden.setText(String.join("\n", c.displayName() == null ? "#" + c.id() : c.displayName(),
                "E-mail: " + text(c.email()) + "    Phone: " + text(c.phone()) + "    Tax id: " + text(c.taxId()),
                "Company: " + text(c.company())));
        AccountStatus s = loaded.status();
        status.setText("Open cases: " + s.openCases() + "    Unpaid invoices: " + s.unpaidInvoices() + " ("
                + s.unpaidAmount().stripTrailingZeros().toPlainString() + ")    Latest survey score: "
                + (s.latestSurveyScore() == null ? "none" : s.latestSurveyScore() + " on "
                        + WHEN.format(s.latestSurveyAt()))
                + "\nCurrent journey stage: "
                + (loaded.stageId() == null ? "not known" : ModelSession.nameOf(loaded.stageId()))
                + "\nContext before you answer (last " + CONTEXT_DAYS + " days): " + context(loaded.context()));
        path.setText(loaded.path());
        identities.removeAll();
        for (CustomerIdentity identity : loaded.card().identities()) {
            TableItem item = new TableItem(identities, SWT.NONE);
            item.setText(new String[] { identity.sourceSystem(), identity.sourceId(), identity.kind(),
                    identity.value() });
        }
        StringBuilder text = new StringBuilder(loaded.card().merges().isEmpty() ? "No merges." : "Merges:");
        for (MergeRecord merge : loaded.card().merges()) {
            text.append("\n").append(WHEN.format(merge.mergedAt())).append("  #").append(merge.mergedId())
                    .append(" into #").append(merge.survivorId()).append(" by \"").append(merge.rule())
                    .append("\" on ").append(merge.identifierKind()).append(' ').append(merge.identifierValue())
                    .append(merge.undoneAt() == null ? "" : "  (undone)");
        }
        merges.setText(text.toString());
        golden.getParent().layout(true, true);
    }

    /** The golden record's lines as the rep reads them: name, contact details, company. */
    public String cardText() {
        return golden.getText();
    }

    /** The account status, journey stage and context lines as the rep reads them. */
    public String statusText() {
        return status.getText();
    }

    /** The customer's path through the journey, as the rep reads it. */
    public String pathText() {
        return path.getText();
    }

    /** One line per recent conversation: when, system, kind and subject, so a rep sees it at a glance. */
    private static String context(List<TimelineEntry> entries) {
        if (entries.isEmpty()) {
            return "nothing asked or reported.";
        }
        StringBuilder text = new StringBuilder();
        for (TimelineEntry entry : entries) {
            text.append("\n  ").append(WHEN.format(entry.occurredAt())).append("  ").append(entry.sourceSystem())
                    .append("  ").append(entry.kind()).append(": ").append(text(entry.subject()))
                    .append(entry.status() == null ? "" : " [" + entry.status() + "]");
        }
        return text.toString();
    }

    private static String text(String value) {
        return value == null ? "-" : value;
    }

    @Override
    public void setFocus() {
        identities.setFocus();
    }

    @Override
    public void dispose() {
        SelectedCustomer.unfollow(this, listener);
        super.dispose();
    }
}
