package org.cxm.model.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.cxm.model.CxModel;
import org.cxm.model.Identified;
import org.cxm.model.Kpi;
import org.cxm.model.Stage;
import org.cxm.model.Touchpoint;
import org.cxm.model.resource.CxmFiles;
import org.cxm.tests.support.ExampleModels;
import org.cxm.tests.support.ModelFixture;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** Saving and loading keeps every id and every value, and ids are assigned once and never change. */
class ModelRoundTripTest {

    static final List<String> EXAMPLES = ExampleModels.ALL;

    @TempDir
    Path folder;

    @ParameterizedTest
    @FieldSource("EXAMPLES")
    void exampleSurvivesSaveAndLoadUnchanged(String example) throws Exception {
        CxModel original = ExampleModels.load(example);
        Path copy = folder.resolve(example);
        CxmFiles.save(EcoreUtil.copy(original), copy);

        CxModel reloaded = CxmFiles.load(copy);

        assertEquals(idsOf(original), idsOf(reloaded));
        assertTrue(EcoreUtil.equals(original, reloaded), "the reloaded model differs from the original");
    }

    @Test
    void everyKindOfValueSurvivesSaveAndLoad() throws Exception {
        ModelFixture fixture = new ModelFixture();
        fixture.persona.getFrustrations().add("Hidden fees");
        fixture.checkout.setEmotion(-3);
        fixture.checkout.setFeeling("anxious");
        fixture.nps.setActual(37.5);
        fixture.nps.setUnit("points");
        Path file = folder.resolve("fixture.cxm");
        CxmFiles.save(fixture.model, file);

        CxModel reloaded = CxmFiles.load(file);

        assertTrue(EcoreUtil.equals(fixture.model, reloaded), "the reloaded model differs from the saved one");
        Touchpoint checkout = reloaded.getJourneys().get(0).getStages().get(2).getTouchpoints().get(0);
        assertEquals(fixture.checkout.getId(), checkout.getId());
        assertEquals(-3, checkout.getEmotion());
        assertTrue(checkout.isMomentOfTruth());
        Kpi nps = reloaded.getJourneys().get(0).getKpis().get(0);
        assertEquals(37.5, nps.getActual());
        assertEquals(checkout, nps.getScope(), "references must point to the same element after loading");
    }

    @Test
    void elementsGetAnIdWhenTheyJoinAModelAndKeepItAcrossSaves() throws Exception {
        ModelFixture fixture = new ModelFixture();
        Touchpoint added = fixture.touchpoint("Track the parcel");
        assertEquals(null, added.getId(), "a detached element has no id yet");
        fixture.stage(3).getTouchpoints().add(added);
        String id = added.getId();
        assertNotNull(id);

        Path first = folder.resolve("first.cxm");
        CxmFiles.save(fixture.model, first);
        CxModel reloaded = CxmFiles.load(first);
        Path second = folder.resolve("second.cxm");
        CxmFiles.save(reloaded, second);

        assertEquals(id, reloaded.getJourneys().get(0).getStages().get(3).getTouchpoints().get(1).getId());
        assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(second),
                "saving a loaded model again must not change a single id or value");
    }

    @Test
    void aPastedCopyGetsItsOwnId() {
        ModelFixture fixture = new ModelFixture();
        Stage purchase = fixture.stage(2);
        Touchpoint copy = EcoreUtil.copy(fixture.checkout);
        assertEquals(fixture.checkout.getId(), copy.getId());

        purchase.getTouchpoints().add(copy);

        assertNotEquals(fixture.checkout.getId(), copy.getId());
        assertFalse(copy.getId().isBlank());
    }

    private static List<String> idsOf(CxModel model) {
        List<String> ids = new ArrayList<>();
        ids.add(model.getId());
        for (Iterator<EObject> contents = model.eAllContents(); contents.hasNext();) {
            ids.add(((Identified) contents.next()).getId());
        }
        return ids;
    }
}
