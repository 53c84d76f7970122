package org.cxm.render.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import javax.imageio.ImageIO;

import org.cxm.cli.Command;
import org.cxm.history.HistoryStore;
import org.cxm.history.StoreLocation;
import org.cxm.model.resource.CxmFiles;
import org.cxm.tests.support.AnalyticsModel;
import org.cxm.tests.support.CommandRunner;
import org.cxm.tests.support.HistoryFixture;
import org.cxm.tests.support.OpenStores;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code cxm render --view paths}: designed against actual paths, measured from the records, as a picture an
 * architect reads: the share following the design, the arcs with counts coloured by how they relate to
 * the design, the top variants and the deviations.
 */
class PathsRenderTest {

    private static final OffsetDateTime START = OffsetDateTime.of(2025, 3, 1, 9, 0, 0, 0, ZoneOffset.UTC);

    @RegisterExtension
    final OpenStores stores = new OpenStores();

    @TempDir
    Path folder;

    private AnalyticsModel shop;

    private Path model;

    private String store;

    /** Two customers follow the designed path; a third skips checking out and asks twice where the order is. */
    @BeforeEach
    void modelAndRecords() throws Exception {
        shop = new AnalyticsModel();
        model = folder.resolve("shop.cxm");
        CxmFiles.save(shop.model, model);
        store = folder.resolve("store").toString();
        try (HistoryStore history = HistoryStore.open(stores.watch(StoreLocation.embedded(Path.of(store))))) {
            HistoryFixture records = new HistoryFixture(history);
            for (String name : new String[] { "Ana", "Ben" }) {
                long customer = records.customer(name, name.toLowerCase() + "@example.com", null);
                records.walk(customer, "CRM", name, START, Duration.ofHours(2), shop.showroom, shop.checkout, shop.chat,
                        shop.damage, shop.replacement);
            }
            long cid = records.customer("Cid", "cid@example.com", null);
            records.walk(cid, "CRM", "Cid", START, Duration.ofHours(2), shop.showroom, shop.chat, shop.chat);
        }
    }

    @Test
    void thePathsPictureShowsConformanceArcsVariantsAndDeviations() throws Exception {
        Path svgFile = folder.resolve("paths.svg");
        CommandRunner cxm = new CommandRunner();
        assertEquals(Command.OK, cxm.run("render", model.toString(), "--view", "paths", "--format", "svg", "--out",
                svgFile.toString(), "--store", store), cxm.err());
        assertTrue(cxm.out().contains("Rendered the paths of journey 'Order and support'"), cxm.out());
        String svg = Files.readString(svgFile);
        String text = new SvgDocument(Files.readAllBytes(svgFile)).allText();
        assertTrue(text.contains("Order and support: designed and actual paths"), text);
        assertTrue(text.contains("3 customers with 13 records. Following the designed path: 2 (66.7%)."), text);
        assertTrue(text.contains("1. 3 records, 3 start"), "the first step counts its records and starts: " + text);
        assertTrue(text.contains("2 · 2.0 h"), "checking out follows the showroom twice, 2 h later: " + text);
        assertTrue(text.contains("1. 2 customers (66.7%): Try it in a showroom → Check out → Ask where the order is"
                + " → Report damage by phone → Collect the replacement"), text);
        assertTrue(text.contains("skipped 'Check out': 1 customers"), text);
        assertTrue(text.contains("repeated 'Ask where the order is': 1 customers"), text);
        assertTrue(svg.contains(colour(46, 125, 50)), "designed next steps are green");
        assertTrue(svg.contains(colour(239, 108, 0)), "the showroom straight to the chat skips checking out: orange");
        assertTrue(svg.contains(colour(198, 40, 40)), "the chat again is a repeat: red");

        Path pngFile = folder.resolve("paths.png");
        assertEquals(Command.OK, new CommandRunner().run("render", model.toString(), "--view", "paths", "--format",
                "png", "--out", pngFile.toString(), "--store", store));
        BufferedImage png = ImageIO.read(pngFile.toFile());
        assertTrue(png.getWidth() >= 900 && png.getHeight() > 200, png.getWidth() + "x" + png.getHeight());
    }

    @Test
    void thePathsViewNeedsTheRecords() {
        CommandRunner cxm = new CommandRunner();
        assertEquals(Command.USAGE, cxm.run("render", model.toString(), "--view", "paths", "--format", "svg", "--out",
                folder.resolve("x.svg").toString()));
        assertTrue(cxm.err().contains("--view paths needs --store"), cxm.err());
        CommandRunner wrong = new CommandRunner();
        assertEquals(Command.USAGE, wrong.run("render", model.toString(), "--view", "path", "--format", "svg",
                "--out", folder.resolve("x.svg").toString()));
        assertTrue(wrong.err().contains("--view must be map, blueprint, emotion or paths, not 'path'"), wrong.err());
    }

    /** How the SVG writer spells a colour. */
    private static String colour(int red, int green, int blue) {
        return "rgb(" + red + "," + green + "," + blue + ")";
    }
}
