package org.cxm.model.validation;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.cxm.model.CxmPackage;
import org.cxm.model.NamedElement;
import org.cxm.model.query.ElementPath;

/**
 * Reports elements whose name another element of the same list already has. Names are compared without
 * case and surrounding blanks, because "Web" and "web " would be indistinguishable on a diagram.
 */
final class UniqueNames {

    private UniqueNames() {
    }

    /**
     * Checks that the names in {@code elements} are unique; {@code what} says in words what they are and
     * where, such as "channels of the model" or "touchpoints of journey \"Onboarding\"".
     */
    static void check(List<? extends NamedElement> elements, String what, Problems problems) {
        Map<String, NamedElement> byName = new HashMap<>();
        for (NamedElement element : elements) {
            String name = element.getName();
            if (name == null || name.isBlank()) {
                continue;
            }
            NamedElement first = byName.putIfAbsent(name.strip().toLowerCase(Locale.ROOT), element);
            if (first != null) {
                problems.report(ValidationRule.NAME_DUPLICATE, element, CxmPackage.Literals.NAMED_ELEMENT__NAME,
                        CxmValidator.capitalized(ElementPath.describe(element)) + " has the same name as "
                                + ElementPath.of(first) + "; names of " + what + " must be unique, rename one.");
            }
        }
    }
}
