package org.cxm.ui.internal.customer;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.cxm.history.Customer;
import org.cxm.history.TimelineEntry;
import org.cxm.history.TimelineFilter;
import org.cxm.model.CxModel;
import org.cxm.model.query.ChannelLabel;
import org.cxm.ui.internal.ModelSession;
import org.cxm.ui.internal.StoreSession;
import org.cxm.ui.internal.UiJobs;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DateTime;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.part.ViewPart;

/**
 * The selected customer's interactions across every system, newest first, with the channel, stage and
 * touchpoint of the CX model they were classified to ("unclassified" where no rule matched), and an icon per
 * channel kind; filters by channel, journey stage and date.
 */
public final class TimelineView extends ViewPart {

    public static final String ID = "org.cxm.ui.timeline";
    private static final String ALL_CHANNELS = "All channels";
    private static final String ALL_STAGES = "All stages";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final String[] COLUMNS = { "Time", "System", "Kind", "Channel", "Subject", "Stage",
        "Touchpoint", "Status" };
    /** The widths the columns share the table's width in, so that all of them, Stage too, are on screen. */
    private static final int[] WEIGHTS = { 125, 90, 70, 150, 260, 150, 170, 120 };

    private Combo channel;
    private Combo stage;
    /** The stage ids of {@link #stage}'s items after "All stages", which show their model names. */
    private List<String> stageIds = List.of();
    private ChannelIcons icons;
    private Button fromEnabled;
    private DateTime from;
    private Button untilEnabled;
    private DateTime until;
    private Table table;
    private Customer customer;
    private ISelectionListener listener;

    /** A timeline entry with the channel it shows. */
    private record Row(TimelineEntry entry, ChannelLabel channel) {
    }

    /** A timeline page and the stages the customer was in, read together. */
    private record Loaded(List<Row> rows, List<String> stageIds) {
    }

    @Override
    public void createPartControl(Composite parent) {
        parent.setLayout(new GridLayout(1, false));
        Composite filters = new Composite(parent, SWT.NONE);
        filters.setLayout(new GridLayout(6, false));
        icons = new ChannelIcons(parent.getDisplay());
        channel = new Combo(filters, SWT.READ_ONLY);
        channel.setItems(ALL_CHANNELS);
        channel.select(0);
        stage = new Combo(filters, SWT.READ_ONLY);
        stage.setItems(ALL_STAGES);
        stage.select(0);
        fromEnabled = check(filters, "From");
        from = new DateTime(filters, SWT.DATE | SWT.DROP_DOWN);
        untilEnabled = check(filters, "To");
        until = new DateTime(filters, SWT.DATE | SWT.DROP_DOWN);
        table = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI);
        table.setHeaderVisible(true);
        for (int i = 0; i < COLUMNS.length; i++) {
            TableColumn column = new TableColumn(table, SWT.LEFT);
            column.setText(COLUMNS[i]);
            column.setWidth(WEIGHTS[i]);
        }
        table.addListener(SWT.Resize, event -> fitColumns());
        GridDataFactory.fillDefaults().grab(true, true).applyTo(table);
        channel.addListener(SWT.Selection, event -> reload());
        stage.addListener(SWT.Selection, event -> reload());
        from.addListener(SWT.Selection, event -> reload());
        until.addListener(SWT.Selection, event -> reload());
        listener = SelectedCustomer.follow(this, selected -> {
            customer = selected;
            reload();
        });
    }

    /**
     * Gives the time its full width and shares the rest of the table's width among the other columns by their
     * weights, each at least 40 pixels wide.
     */
    private void fitColumns() {
        TableColumn[] columns = table.getColumns();
        int rest = table.getClientArea().width - WEIGHTS[0];
        int total = java.util.Arrays.stream(WEIGHTS).sum() - WEIGHTS[0];
        if (rest <= 0) {
            return;
        }
        for (int i = 1; i < columns.length; i++) {
            columns[i].setWidth(Math.max(40, WEIGHTS[i] * rest / total));
        }
    }

    private Button check(Composite parent, String text) {
        Button button = new Button(parent, SWT.CHECK);
        button.setText(text);
        button.addListener(SWT.Selection, event -> reload());
        return button;
    }

    /** Shows only the entries of the stage named {@code stageName}, as a rep choosing it would. */
    public void filterByStage(String stageName) {
        int index = stage.indexOf(stageName);
        if (index < 0) {
            throw new IllegalArgumentException("No stage " + stageName + " in the filter: "
                    + java.util.Arrays.toString(stage.getItems()));
        }
        stage.select(index);
        reload();
    }

    /** The table of entries, for a test that checks what fits on screen. */
    public Table table() {
        return table;
    }

    /** The rows shown, each as its column texts, top (newest) first. */
    public List<List<String>> rows() {
        return java.util.Arrays.stream(table.getItems()).map(item -> java.util.stream.IntStream
                .range(0, COLUMNS.length).mapToObj(item::getText).toList()).toList();
    }

    private void reload() {
        if (customer == null) {
            return;
        }
        long id = customer.id();
        TimelineFilter filter = filter();
        UiJobs.load("Reading timeline of customer " + id, table, () -> {
            CxModel model = ModelSession.model();
            List<Row> rows = StoreSession.customerViews().timeline(id, filter).stream()
                    .map(entry -> new Row(entry, ChannelLabel.of(model, entry.channelElementId(), entry.channel())))
                    .toList();
            return new Loaded(rows, StoreSession.customerViews().stageIds(id));
        }, this::show, failure -> table.setToolTipText("Store not available: " + failure)).schedule();
    }

    /**
     * The entries on every channel: the channel filter applies to the channels as the rows name them (a
     * modelled channel, or the source's), which the store does not hold, so it applies to what was read.
     */
    private TimelineFilter filter() {
        OffsetDateTime start = fromEnabled.getSelection() ? startOf(date(from)) : null;
        OffsetDateTime end = untilEnabled.getSelection() ? startOf(date(until).plusDays(1)) : null;
        String stageId = stage.getSelectionIndex() <= 0 ? null : stageIds.get(stage.getSelectionIndex() - 1);
        return new TimelineFilter(null, stageId, start, end, 1000);
    }

    private static LocalDate date(DateTime widget) {
        return LocalDate.of(widget.getYear(), widget.getMonth() + 1, widget.getDay());
    }

    private static OffsetDateTime startOf(LocalDate day) {
        return day.atStartOfDay(ZoneId.systemDefault()).toOffsetDateTime();
    }

    private void show(Loaded loaded) {
        String chosen = channel.getSelectionIndex() <= 0 ? null : channel.getText();
        channel.setItems(ALL_CHANNELS);
        loaded.rows().stream().map(row -> row.channel().name()).distinct().sorted().forEach(channel::add);
        channel.select(Math.max(chosen == null ? 0 : channel.indexOf(chosen), 0));
        String shown = channel.getSelectionIndex() <= 0 ? null : chosen;
        String chosenStage = stage.getSelectionIndex() <= 0 ? null : stageIds.get(stage.getSelectionIndex() - 1);
        stageIds = loaded.stageIds();
        stage.setItems(ALL_STAGES);
        stageIds.forEach(id -> stage.add(ModelSession.nameOf(id)));
        stage.select(chosenStage == null ? 0 : stageIds.indexOf(chosenStage) + 1);
        stage.getParent().layout(true);
        table.removeAll();
        loaded.rows().stream().filter(row -> shown == null || shown.equals(row.channel().name())).forEach(this::add);
    }

    private void add(Row row) {
        TimelineEntry entry = row.entry();
        TableItem item = new TableItem(table, SWT.NONE);
        item.setText(new String[] {
            WHEN.format(entry.occurredAt().atZoneSameInstant(ZoneId.systemDefault())), entry.sourceSystem(),
            entry.kind(), row.channel().name(), text(entry.subject()), stageOf(entry),
            ModelSession.nameOf(entry.touchpointElementId()), state(entry) });
        item.setImage(3, icons.of(row.channel()));
    }

    /** The stage's name; "unclassified" where no classification rule placed the entry on a journey. */
    private static String stageOf(TimelineEntry entry) {
        if (entry.stageElementId() == null && entry.touchpointElementId() == null) {
            return ChannelLabel.UNCLASSIFIED;
        }
        return ModelSession.nameOf(entry.stageElementId());
    }

    /** The status and, for an invoice, whether it is paid: "posted, not_paid". */
    private static String state(TimelineEntry entry) {
        return String.join(", ", java.util.stream.Stream.of(entry.status(), entry.paymentStatus())
                .filter(value -> value != null && !value.isBlank()).toList());
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    @Override
    public void setFocus() {
        table.setFocus();
    }

    @Override
    public void dispose() {
        SelectedCustomer.unfollow(this, listener);
        icons.dispose();
        super.dispose();
    }
}
