package org.cxm.render.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.cxm.cli.Command;
import org.cxm.history.HistoryStore;
import org.cxm.history.StoreLocation;
import org.cxm.model.resource.CxmFiles;
import org.cxm.tests.support.CommandRunner;
import org.cxm.tests.support.HistoryFixture;
import org.cxm.tests.support.ModelFixture;
import org.cxm.tests.support.OpenStores;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code cxm render --store}: the emotion curve gets a second, measured curve, and the KPI lane shows the
 * KPI measured from the records with its live status.
 */
class LiveRenderTest {

    @RegisterExtension
    final OpenStores stores = new OpenStores();

    @TempDir
    Path folder;

    private Path model;

    private String store;

    @BeforeEach
    void modelAndStore() throws Exception {
        ModelFixture fixture = new ModelFixture();
        model = folder.resolve("fixture.cxm");
        CxmFiles.save(fixture.model, model);
        store = folder.resolve("store").toString();
        try (HistoryStore history = HistoryStore.open(stores.watch(StoreLocation.embedded(Path.of(store))))) {
            HistoryFixture records = new HistoryFixture(history);
            long customer = records.customer("Ana Lima", "ana@example.com", null);
            for (int i = 0; i < 3; i++) {
                long survey = records.interaction(customer, "CRM", "s" + i, OffsetDateTime.of(2025, 1, 1 + i, 9, 0, 0,
                        0, ZoneOffset.UTC), "surveyResponse", null, "Survey");
                // the fixture's NPS survey is collected at checkout: 9 on 0-10 is -5 + 9 = +4, and two of the
                // three are repeated within 7 days: 4 - 5 * 2/3 = 0.7
                records.detail(survey, "touchpoint_element_id", fixture.checkout.getId()).detail(survey,
                        "survey_score", 9.0);
            }
        }
    }

    @Test
    void theEmotionCurveShowsTheMeasuredEmotionBesideTheDesignedOne() throws Exception {
        Path live = folder.resolve("live.svg");
        CommandRunner cxm = new CommandRunner();
        assertEquals(Command.OK, cxm.run("render", model.toString(), "--view", "emotion", "--format", "svg", "--out",
                live.toString(), "--store", store), cxm.err());
        String svg = Files.readString(live);
        assertTrue(svg.contains("cxm-measured-emotion-curve"), "a second curve");
        assertTrue(new SvgDocument(Files.readAllBytes(live)).allText().contains("measured +0.7"), svg);

        Path designed = folder.resolve("designed.svg");
        assertEquals(Command.OK, new CommandRunner().run("render", model.toString(), "--view", "emotion", "--format",
                "svg", "--out", designed.toString()));
        assertFalse(Files.readString(designed).contains("cxm-measured-emotion-curve"), "no store, no measured curve");
    }

    @Test
    void theKpiLaneShowsTheMeasuredValue() throws Exception {
        Path live = folder.resolve("map.svg");
        CommandRunner cxm = new CommandRunner();
        assertEquals(Command.OK, cxm.run("render", model.toString(), "--format", "svg", "--out", live.toString(),
                "--store", store), cxm.err());
        // the fixture's NPS is measured as a count of all records: 3, below its target of 40
        String text = new SvgDocument(Files.readAllBytes(live)).allText();
        assertTrue(text.contains("NPS: 3 "), text);
        Path designed = folder.resolve("designed.svg");
        assertEquals(Command.OK, new CommandRunner().run("render", model.toString(), "--format", "svg", "--out",
                designed.toString()));
        assertTrue(new SvgDocument(Files.readAllBytes(designed)).allText().contains("NPS: no data"));
        CommandRunner wrong = new CommandRunner();
        assertEquals(Command.USAGE, wrong.run("render", model.toString(), "--format", "svg", "--out",
                live.toString(), "--from", "2025-01-01"));
        assertTrue(wrong.err().contains("--from and --to need --store"), wrong.err());
    }
}
