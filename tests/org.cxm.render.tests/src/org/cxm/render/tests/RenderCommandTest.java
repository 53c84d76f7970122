package org.cxm.render.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.cxm.cli.Command;
import org.cxm.tests.support.CommandRunner;
import org.cxm.tests.support.ExampleModels;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cxm render} as a user runs it. */
class RenderCommandTest {

    @TempDir
    Path folder;

    private final CommandRunner runner = new CommandRunner();

    private final String bank = ExampleModels.path(ExampleModels.RETAIL_BANK).toString();

    @Test
    void rendersAJourneyToPng() throws Exception {
        Path png = folder.resolve("maps/bank.png");
        String journey = ExampleModels.load(ExampleModels.RETAIL_BANK).getJourneys().get(0).getName();

        assertEquals(Command.OK, runner.run("render", bank, "--journey", journey, "--format", "png", "--out",
                png.toString()), runner.err());

        BufferedImage image = ImageIO.read(png.toFile());
        assertTrue(image.getWidth() > 1000, "width " + image.getWidth());
        assertTrue(runner.out().contains("Rendered the map of journey '" + journey + "' to " + png), runner.out());
    }

    @Test
    void rendersTheBlueprintToSvg() throws Exception {
        Path svg = folder.resolve("shop.svg");
        String journey = ExampleModels.load(ExampleModels.ONLINE_SHOP).getJourneys().get(0).getName();

        assertEquals(Command.OK, runner.run("render", ExampleModels.path(ExampleModels.ONLINE_SHOP).toString(),
                "--journey", journey.toUpperCase(), "--view", "blueprint", "--format", "SVG", "--out", svg.toString()),
                runner.err());

        assertTrue(new SvgDocument(Files.readAllBytes(svg)).allText().contains("Line of visibility"));
    }

    @Test
    void withoutAJourneyTheFirstIsRenderedAndNamed() throws Exception {
        Path png = folder.resolve("first.png");
        String first = ExampleModels.load(ExampleModels.RETAIL_BANK).getJourneys().get(0).getName();

        assertEquals(Command.OK, runner.run("render", bank, "--format", "png", "--out", png.toString()), runner.err());

        assertTrue(runner.out().startsWith("No --journey given: rendering the model's first journey, '" + first + "'"),
                runner.out());
        assertTrue(runner.out().contains("Rendered the map of journey '" + first + "' to " + png), runner.out());
        assertTrue(ImageIO.read(png.toFile()).getWidth() > 1000, "a journey map was drawn");
    }

    @Test
    void unknownJourneyListsTheJourneys() throws Exception {
        Path png = folder.resolve("none.png");
        assertEquals(Command.FAILED, runner.run("render", bank, "--journey", "Buy a yacht", "--format", "png", "--out",
                png.toString()));
        assertTrue(runner.err().contains("has no journey named 'Buy a yacht'; its journeys are: '"), runner.err());
        assertFalse(Files.exists(png), "nothing is written when the journey does not exist");
    }

    @Test
    void wrongFormatIsAUsageError() {
        assertEquals(Command.USAGE, runner.run("render", bank, "--journey", "x", "--format", "gif", "--out", "x.gif"));
        assertTrue(runner.err().contains("--format must be svg or png, not 'gif'."), runner.err());
        assertTrue(runner.err().contains("usage: cxm render <model file> [--journey <name>]"), runner.err());
    }

    @Test
    void missingOutIsAUsageError() {
        assertEquals(Command.USAGE, runner.run("render", bank, "--journey", "x", "--format", "svg"));
        assertTrue(runner.err().contains("--out is required."), runner.err());
    }
}
