package org.cxm.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.cxm.model.ClassificationRule;
import org.cxm.model.CxModel;
import org.cxm.model.DataSource;
import org.cxm.model.RecordKind;
import org.cxm.model.RecordSource;
import org.cxm.model.resource.CxmFiles;
import org.cxm.model.validation.ModelValidation;
import org.cxm.tests.support.ExampleModels;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * The shipped presets (presets/suitecrm.cxm, presets/odoo.cxm) load, validate without errors or warnings, and
 * classify to elements of the online-shop example that exist.
 */
class PresetModelsTest {

    static final List<String> PRESETS = ExampleModels.PRESETS;

    @ParameterizedTest
    @FieldSource("PRESETS")
    void validatesWithoutErrorsOrWarnings(String preset) throws Exception {
        CxModel model = CxmFiles.load(ExampleModels.preset(preset));
        List<String> problems = ModelValidation.problems(ModelValidation.validate(model)).stream()
                .map(Diagnostic::getMessage)
                .toList();
        assertEquals(List.of(), problems);
    }

    @ParameterizedTest
    @FieldSource("PRESETS")
    void mapsOneSystemAndClassifiesToTheOnlineShop(String preset) throws Exception {
        CxModel model = CxmFiles.load(ExampleModels.preset(preset));
        assertEquals(1, model.getDataSources().size());
        DataSource source = model.getDataSources().get(0);
        assertTrue(source.getCredential().startsWith("env:"), "the password comes from the environment");
        assertNotNull(model.getIdentityResolution());
        assertFalse(model.getIdentityResolution().getBlockedValues().isEmpty(), "placeholders are blocked");
        assertTrue(source.getRecordSources().stream().anyMatch(rs -> rs.getKind() == RecordKind.CUSTOMER));
        int rules = 0;
        for (RecordSource recordSource : source.getRecordSources()) {
            assertFalse(recordSource.getCursorColumns().isEmpty(), recordSource.getName() + " reads incrementally");
            for (ClassificationRule rule : recordSource.getClassificationRules()) {
                rules++;
                for (EObject target : Arrays.asList(rule.getChannel(), rule.getTouchpoint(), rule.getStage())) {
                    if (target != null) {
                        assertFalse(target.eIsProxy(), rule.getName() + " refers to an existing element");
                        assertTrue(target.eResource().getURI().lastSegment().equals(ExampleModels.ONLINE_SHOP),
                                rule.getName() + " classifies to the online shop");
                    }
                }
            }
        }
        assertTrue(rules >= 5, "records are classified to the model");
    }
}
