package org.cxm.demo.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.cxm.tests.support.CommandRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code cxm demo} as a user types it: it says what it creates, prints the sync summary and then the showcase
 * customer's card and history from both systems; wrong arguments and an unusable directory fail with a
 * message and a non-zero exit code.
 */
class DemoCommandTest {

    @TempDir
    Path temporary;

    @Test
    void preparesTheDemoAndPrintsTheShowcaseHistory() {
        CommandRunner cxm = new CommandRunner();

        int status = cxm.run("demo", "--dir", temporary.resolve("demo").toString(), "--customers", "150");

        String out = cxm.out();
        assertEquals(0, status, cxm.err() + out);
        assertTrue(out.contains("SuiteCRM (H2, MySQL mode): "), out);
        assertTrue(out.contains("Odoo (H2, PostgreSQL mode): "), out);
        assertTrue(out.lines().anyMatch(l -> l.startsWith("Read ") && l.contains("merged")),
                "the sync summary: " + out);
        assertTrue(out.contains("Customer #"), "the customer card: " + out);
        assertTrue(out.contains("Sofia Martins"), out);
        assertTrue(out.lines().anyMatch(l -> l.contains("merged #") && l.contains("same phone +447700900123")),
                "why her records are one customer: " + out);
        List<String> timeline = out.lines().filter(l -> l.matches("  \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d .*")).toList();
        assertTrue(timeline.size() >= 10, out);
        assertTrue(timeline.stream().anyMatch(l -> l.contains(" SuiteCRM ")), "CRM entries: " + timeline);
        assertTrue(timeline.stream().anyMatch(l -> l.contains(" Odoo ")), "ERP entries: " + timeline);
        assertTrue(timeline.stream().anyMatch(l -> l.contains(" chat ") && l.contains("Ask 'where is my order?'")),
                "her chat, with the touchpoint's name from the model: " + timeline);
        assertTrue(timeline.get(0).compareTo(timeline.get(timeline.size() - 1)) > 0, "newest first: " + timeline);
        assertEveryEntryNamesItsChannel(timeline);
        assertTrue(out.contains("The model's KPIs, measured from the synced records:"), out);
        assertTrue(out.lines().anyMatch(l -> l.contains("Checkout conversion rate") && (l.contains("on target")
                || l.contains("off target"))), "conversion measured from the CRM and ERP records: " + out);
        assertTrue(out.contains("Journey 'Order, delivery and support': "), out);
        assertTrue(out.contains("Top variants:") && out.contains("  1. "), out);
    }

    /** Cases, orders and invoices too, by the modelled channel's name; "unclassified" where no rule matched. */
    private static void assertEveryEntryNamesItsChannel(List<String> timeline) {
        // "  when (16) system (10) kind (8) channel (20) ...", one space between the columns
        List<String> channels = timeline.stream().map(l -> l.substring(39, 59).strip()).toList();
        assertTrue(channels.stream().noneMatch(c -> c.isEmpty() || c.equals("-")), "a channel on every entry: "
                + timeline);
        assertTrue(channels.stream().noneMatch(c -> List.of("email", "phone", "chat").contains(c)),
                "modelled names, not the sources' spelling: " + channels);
        assertTrue(channels.contains("Email") && channels.contains("Website"), channels.toString());
        assertTrue(timeline.stream().noneMatch(l -> l.contains(" - / - ")), "unclassified, not - / -: " + timeline);
    }

    @Test
    void rejectsWrongArgumentsWithUsage() {
        CommandRunner cxm = new CommandRunner();

        assertEquals(2, cxm.run("demo", "--customers", "many"));
        assertEquals(2, cxm.run("demo", "--customers", "0"));
        assertEquals(2, cxm.run("demo", "--colour", "blue"));
        assertEquals(2, cxm.run("demo", "--dir"));
        assertTrue(cxm.err().contains("--customers must be a number"), cxm.err());
    }

    @Test
    void failsWithAMessageWhenTheDirectoryCannotBeUsed() throws Exception {
        Path file = Files.writeString(temporary.resolve("a-file"), "not a directory");
        CommandRunner cxm = new CommandRunner();

        int status = cxm.run("demo", "--dir", file.resolve("demo").toString(), "--customers", "50");

        assertEquals(1, status);
        assertTrue(cxm.err().startsWith("error: Cannot create the demo"), cxm.err());
    }
}
