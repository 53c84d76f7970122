package org.cxm.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.cxm.cli.Command;
import org.cxm.model.resource.CxmFiles;
import org.cxm.tests.support.CommandRunner;
import org.cxm.tests.support.ExampleModels;
import org.cxm.tests.support.ModelFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code cxm validate} as a user runs it: through the command line, with the commands the running
 * bundles register as services.
 */
class ValidateCommandTest {

    @TempDir
    Path folder;

    private final CommandRunner runner = new CommandRunner();

    @Test
    void examplesAreValid() {
        String bank = ExampleModels.path(ExampleModels.RETAIL_BANK).toString();
        String shop = ExampleModels.path(ExampleModels.ONLINE_SHOP).toString();

        assertEquals(Command.OK, run("validate", bank, shop));

        assertEquals(bank + ": 0 errors, 0 warnings" + System.lineSeparator() + shop + ": 0 errors, 0 warnings"
                + System.lineSeparator(), out());
        assertEquals("", err());
    }

    @Test
    void everyProblemIsPrintedWithSeverityAndElementPath() throws Exception {
        ModelFixture fixture = new ModelFixture();
        fixture.checkout.setChannel(null);
        fixture.checkout.setOwner(null);
        Path file = folder.resolve("broken.cxm");
        CxmFiles.save(fixture.model, file);

        assertEquals(Command.FAILED, run("validate", file.toString()));

        List<String> lines = out().lines().toList();
        assertEquals(List.of(
                "ERROR   journey \"Buy online\" / stage \"Purchase\" / touchpoint \"purchase on the web\"",
                "        Touchpoint \"purchase on the web\" has no channel; choose the channel on which it happens."
                        + " [TOUCHPOINT_CHANNEL_MISSING]",
                "WARNING journey \"Buy online\" / stage \"Purchase\" / touchpoint \"purchase on the web\"",
                "        Touchpoint \"purchase on the web\" has no owning team; assign the team responsible for it."
                        + " [TOUCHPOINT_OWNER_MISSING]",
                file + ": 1 error, 1 warning"), lines);
    }

    @Test
    void warningsAloneDoNotFail() throws Exception {
        ModelFixture fixture = new ModelFixture();
        fixture.checkout.setOwner(null);
        Path file = folder.resolve("warning.cxm");
        CxmFiles.save(fixture.model, file);

        assertEquals(Command.OK, run("validate", file.toString()));
        assertTrue(out().endsWith(file + ": 0 errors, 1 warning" + System.lineSeparator()), out());
    }

    @Test
    void truncatedFileGivesOneLineWithFileAndLine() throws Exception {
        Path file = folder.resolve("truncated.cxm");
        Files.writeString(file, "<?xml version=\"1.0\"?>\n<cxm:CxModel xmlns:cxm=\"http://www.cxm.org/cxm/1.0\"\n",
                StandardCharsets.UTF_8);

        assertEquals(Command.FAILED, run("validate", file.toString()));

        List<String> lines = err().lines().toList();
        assertEquals(1, lines.size(), err());
        assertTrue(lines.get(0).startsWith("error: " + file + ":3:"), lines.get(0));
        assertFalse(err().contains("Exception"), "no stack trace or exception class for the user: " + err());
    }

    @Test
    void missingArgumentsPrintUsage() {
        assertEquals(Command.USAGE, run("validate"));
        assertTrue(err().contains("usage: cxm validate <model file>..."), err());
    }

    @Test
    void unknownCommandListsTheCommands() {
        assertEquals(Command.USAGE, run("frobnicate"));
        assertTrue(err().startsWith("cxm: unknown command 'frobnicate'."), err());
        assertTrue(err().contains("validate"), err());
    }

    private int run(String... arguments) {
        return runner.run(arguments);
    }

    private String out() {
        return runner.out();
    }

    private String err() {
        return runner.err();
    }
}
