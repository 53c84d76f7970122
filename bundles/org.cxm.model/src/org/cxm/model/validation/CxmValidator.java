package org.cxm.model.validation;

import java.util.Map;

import org.cxm.model.BlockedValue;
import org.cxm.model.ClassificationRule;
import org.cxm.model.Condition;
import org.cxm.model.CxModel;
import org.cxm.model.CxmPackage;
import org.cxm.model.DataSource;
import org.cxm.model.Identified;
import org.cxm.model.IdentityResolution;
import org.cxm.model.Journey;
import org.cxm.model.Kpi;
import org.cxm.model.NamedQuery;
import org.cxm.model.NamedElement;
import org.cxm.model.Opportunity;
import org.cxm.model.RecordSource;
import org.cxm.model.Touchpoint;
import org.cxm.model.query.ElementPath;
import org.cxm.model.resource.ElementIds;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EValidator;

/**
 * The validator of the CXM package. Every message names the element and says what to fix; every
 * diagnostic has the code of its {@link ValidationRule}. Registered in {@link EValidator.Registry} while
 * the model bundle is active; {@link ModelValidation} runs it on a whole model.
 */
public class CxmValidator implements EValidator {

    /** The source of every diagnostic this validator creates. */
    public static final String DIAGNOSTIC_SOURCE = "org.cxm.model";

    @Override
    public boolean validate(EObject eObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
        return validate(eObject.eClass(), eObject, diagnostics, context);
    }

    @Override
    public boolean validate(EClass eClass, EObject eObject, DiagnosticChain diagnostics,
            Map<Object, Object> context) {
        if (eObject.eClass().getEPackage() != CxmPackage.eINSTANCE) {
            return true;
        }
        Problems problems = new Problems(diagnostics);
        checkIdentity(eObject, problems);
        ReferenceConstraints.checkTargetsExist(eObject, problems);
        switch (eObject) {
            case CxModel model -> ModelConstraints.check(model, problems);
            case Journey journey -> JourneyConstraints.check(journey, problems);
            case Touchpoint touchpoint -> TouchpointConstraints.check(touchpoint, problems,
                    MeasuredTouchpoints.in(touchpoint, context));
            case Kpi kpi -> KpiConstraints.check(kpi, problems);
            case Opportunity opportunity -> checkOwner(opportunity, problems);
            case DataSource source -> DataSourceConstraints.check(source, problems);
            case NamedQuery query -> DataSourceConstraints.check(query, problems);
            case RecordSource source -> RecordSourceConstraints.check(source, problems);
            case IdentityResolution resolution -> ResolutionConstraints.check(resolution, problems);
            case BlockedValue blocked -> ResolutionConstraints.check(blocked, problems);
            case Condition condition -> ResolutionConstraints.check(condition, problems);
            case ClassificationRule rule -> ResolutionConstraints.check(rule, problems);
            default -> {
                // The other elements have no rules beyond identity and references.
            }
        }
        return problems.isValid();
    }

    @Override
    public boolean validate(EDataType eDataType, Object value, DiagnosticChain diagnostics,
            Map<Object, Object> context) {
        return true;
    }

    private static void checkIdentity(EObject eObject, Problems problems) {
        if (eObject instanceof Identified element) {
            String id = element.getId();
            if (ElementIds.isMissing(id)) {
                problems.report(ValidationRule.ID_MISSING, element, CxmPackage.Literals.IDENTIFIED__ID,
                        capitalized(ElementPath.describe(element))
                                + " has no id; save the model with CXM to assign one, or set a unique id.");
            } else if (!ElementIds.isWellFormed(id)) {
                problems.report(ValidationRule.ID_MALFORMED, element, CxmPackage.Literals.IDENTIFIED__ID,
                        capitalized(ElementPath.describe(element)) + " has the id \"" + id
                                + "\", which contains whitespace; ids must not, because references list ids"
                                + " separated by blanks.");
            }
        }
        if (eObject instanceof NamedElement named && (named.getName() == null || named.getName().isBlank())) {
            problems.report(ValidationRule.NAME_MISSING, named, CxmPackage.Literals.NAMED_ELEMENT__NAME,
                    capitalized(ElementPath.describe(named)) + " at " + ElementPath.of(named)
                            + " has no name; give it one.");
        }
    }

    private static void checkOwner(Opportunity opportunity, Problems problems) {
        if (opportunity.getOwner() == null) {
            problems.report(ValidationRule.OPPORTUNITY_OWNER_MISSING, opportunity,
                    CxmPackage.Literals.OPPORTUNITY__OWNER, capitalized(ElementPath.describe(opportunity))
                            + " has no owner; assign the department or team accountable for it.");
        }
    }

    static String capitalized(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
