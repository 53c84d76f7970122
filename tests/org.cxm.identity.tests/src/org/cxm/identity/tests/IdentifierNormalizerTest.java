package org.cxm.identity.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.cxm.identity.IdentifierNormalizer;
import org.cxm.identity.NormalizedIdentifier;
import org.cxm.identity.PhoneRegions;
import org.cxm.model.IdentifierKind;
import org.junit.jupiter.api.Test;

/**
 * Phone numbers are read for the record's own region, then the default region, then as international
 * numbers written without their +; one none of these reads is invalid and says what was tried. Last names
 * and postcodes compare without case, accents and separators.
 */
class IdentifierNormalizerTest {

    private final IdentifierNormalizer german = new IdentifierNormalizer("DE");

    @Test
    void aNationalNumberIsReadForTheRecordsOwnRegion() {
        assertEquals("+351912345678", german.phone("912 345 678", "PT").value());
        assertEquals("+351912345678", german.phone("912 345 678", " pt ").value(), "any case, blanks around");
        assertEquals("+351912345678", german.phone("912345678", "PRT").value(), "an alpha-3 code");
        assertEquals("+351912345678", german.phone("912345678", "Portugal").value(), "an English name");
        assertEquals("+4915123456789", german.phone("0151 23456789", null).value(), "no region: the default");
    }

    @Test
    void aNumberImpossibleForTheRecordsRegionIsTriedForTheDefaultRegion() {
        assertEquals("+4915123456789", german.phone("0151 23456789", "PT").value());
    }

    @Test
    void aNumberWrittenWithoutItsPlusIsReadByItsCountryCode() {
        IdentifierNormalizer british = new IdentifierNormalizer("GB");
        assertEquals("+351912345678", british.phone("351 912 345 678", null).value());
        assertEquals("+351912345678", new IdentifierNormalizer(null).phone("00351 912 345 678", null).value());
    }

    @Test
    void aNumberNoRegionReadsIsInvalidAndSaysWhatWasTried() {
        NormalizedIdentifier invalid = german.phone("12 34", "PT");
        assertFalse(invalid.isValid());
        assertEquals("invalid phone number \"12 34\": not a number of PT (the record's region), of DE (the default"
                + " region) or with a country code", invalid.problem());
        NormalizedIdentifier unknownRegion = german.phone("123 4567 8901 2345 67", "Atlantis");
        assertTrue(unknownRegion.problem().contains("the record's region \"Atlantis\" is no ISO 3166 country code"),
                unknownRegion.problem());
        assertTrue(new IdentifierNormalizer(null).phone("12 34", null).problem()
                .contains("set a default region for national numbers"));
    }

    @Test
    void regionsAreIsoCodesOrEnglishNames() {
        assertEquals("PT", PhoneRegions.code("pt"));
        assertEquals("GB", PhoneRegions.code("United Kingdom"));
        assertEquals("DE", PhoneRegions.code("DEU"));
        assertNull(PhoneRegions.code("XX"));
        assertNull(PhoneRegions.code(" "));
    }

    @Test
    void lastNamesAndPostcodesCompareWithoutCaseAccentsAndSeparators() {
        assertEquals("muller ludenscheidt",
                german.normalize(IdentifierKind.LAST_NAME, " Müller-Lüdenscheidt ").value());
        assertEquals("o brien", german.normalize(IdentifierKind.LAST_NAME, "O'BRIEN").value());
        assertFalse(german.normalize(IdentifierKind.LAST_NAME, " - ").isValid(), "no letters, no last name");
        assertEquals("SW1A1AA", german.normalize(IdentifierKind.POSTCODE, "sw1a 1aa").value());
        assertEquals("1000001", german.normalize(IdentifierKind.POSTCODE, "1000-001").value());
    }
}
