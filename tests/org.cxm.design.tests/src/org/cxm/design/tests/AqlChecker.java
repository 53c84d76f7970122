package org.cxm.design.tests;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;

import org.cxm.design.tests.AqlTokens.Kind;
import org.cxm.design.tests.AqlTokens.Token;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.w3c.dom.Element;

/**
 * Checks the navigations and calls of {@code aql:}, {@code feature:} and {@code service:} expressions:
 * features of {@code self} must exist on its class, calls must be AQL operations or service methods, and
 * qualified names must be classes or enum literals of the metamodel.
 */
final class AqlChecker {

    /** AQL's own operations (and EObject's), which need no service. */
    private static final Set<String> BUILTINS = Set.of("size", "isEmpty", "notEmpty", "first", "last", "at",
            "select", "reject", "collect", "any", "exists", "forAll", "includes", "excludes", "including",
            "excluding", "sortedBy", "asSequence", "asSet", "asOrderedSet", "sum", "toString", "toUpper", "toLower",
            "concat", "contains", "startsWith", "endsWith", "replace", "replaceAll", "substring", "trim",
            "oclIsKindOf", "oclIsTypeOf", "oclAsType", "eContainer", "eContents", "eAllContents", "eClass",
            "eResource", "eGet", "eInverse", "ancestors", "siblings", "filter", "sep", "indexOf", "count", "one",
            "closure", "union", "sub", "abs", "floor", "round", "max", "min", "toInteger", "toReal", "reverse",
            "prepend", "add", "drop", "isUnique", "lineSeparator", "matches", "subSequence", "not", "and", "or");

    /** Operations whose result has the type of their receiver's elements. */
    private static final Set<String> TYPE_PRESERVING = Set.of("select", "reject", "sortedBy", "first", "last",
            "asSequence", "asSet", "asOrderedSet", "at", "any", "reverse", "including", "excluding");

    private static final Set<String> KEYWORDS = Set.of("self", "true", "false", "null", "not", "and", "or",
            "implies", "xor", "if", "then", "else", "endif", "let", "in");

    private static final Set<String> EOBJECT_FEATURES = Set.of("eContainer", "eContents", "eAllContents", "eClass");

    private final EPackage ePackage;

    private final VsmChecker.ServiceIndex services;

    private final BiConsumer<Element, String> report;

    AqlChecker(EPackage ePackage, VsmChecker.ServiceIndex services, BiConsumer<Element, String> report) {
        this.ePackage = ePackage;
        this.services = services;
        this.report = report;
    }

    void check(Element element, String attribute, String expression, EClass self) {
        String body = expression.substring(expression.indexOf(':') + 1).strip();
        if (expression.startsWith("feature:")) {
            checkFeature(element, attribute, self, body);
        } else if (expression.startsWith("service:")) {
            checkAql(element, attribute, body.contains("(") || body.contains(".") ? body : "self." + body + "()",
                    self);
        } else if (expression.startsWith("aql:")) {
            checkAql(element, attribute, body, self);
        }
    }

    private void checkFeature(Element element, String attribute, EClass self, String feature) {
        if (EOBJECT_FEATURES.contains(feature)) {
            return;
        }
        boolean exists = self != null ? self.getEStructuralFeature(feature) != null : anyClassHas(ePackage, feature);
        if (!exists) {
            report.accept(element, attribute + ": feature:" + feature + " does not exist"
                    + (self == null ? "" : " on " + self.getName()));
        }
    }

    private void checkAql(Element element, String attribute, String expression, EClass self) {
        List<Token> tokens = AqlTokens.of(expression);
        // The type after each open parenthesis closes; null where unknown (ArrayDeque refuses nulls).
        List<EClass> afterGroup = new ArrayList<>();
        EClass current = null;
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            boolean navigated = i > 0 && (tokens.get(i - 1).is(".") || tokens.get(i - 1).is("->"));
            boolean called = i + 1 < tokens.size() && tokens.get(i + 1).is("(");
            if (token.kind() == Kind.QUALIFIED) {
                checkQualified(element, attribute, token.text());
            } else if (token.kind() == Kind.IDENTIFIER && navigated && called) {
                checkCall(element, attribute, token.text());
                afterGroup.add(TYPE_PRESERVING.contains(token.text()) ? current : null);
                current = null;
                i++;
            } else if (token.kind() == Kind.IDENTIFIER && navigated) {
                current = navigate(element, attribute, current, token.text());
            } else if (token.kind() == Kind.IDENTIFIER) {
                current = "self".equals(token.text()) ? self : null;
                if (called && !KEYWORDS.contains(token.text())) {
                    checkCall(element, attribute, token.text());
                }
            } else if (token.is("(")) {
                afterGroup.add(null);
            } else if (token.is(")")) {
                current = afterGroup.isEmpty() ? null : afterGroup.remove(afterGroup.size() - 1);
            } else if (!token.is(".") && !token.is("->")) {
                current = null;
            }
        }
    }

    private EClass navigate(Element element, String attribute, EClass current, String feature) {
        if (current == null || EOBJECT_FEATURES.contains(feature)) {
            return null;
        }
        EStructuralFeature found = current.getEStructuralFeature(feature);
        if (found == null) {
            report.accept(element, attribute + ": '" + feature + "' is not a feature of " + current.getName());
            return null;
        }
        return found.getEType() instanceof EClass target ? target : null;
    }

    private void checkCall(Element element, String attribute, String name) {
        if (!BUILTINS.contains(name) && services.methods(name).isEmpty()) {
            report.accept(element, attribute + ": '" + name + "' is neither an AQL operation nor a service method");
        }
    }

    private void checkQualified(Element element, String attribute, String name) {
        String[] parts = name.split("::");
        if (!parts[0].equals(ePackage.getNsPrefix()) && !parts[0].equals(ePackage.getName())) {
            return;
        }
        EClassifier classifier = parts.length > 1 ? ePackage.getEClassifier(parts[1]) : null;
        boolean valid = classifier != null && (parts.length == 2
                || parts.length == 3 && classifier instanceof EEnum eEnum && (eEnum.getEEnumLiteral(parts[2]) != null
                        || eEnum.getEEnumLiteralByLiteral(parts[2]) != null));
        if (!valid) {
            report.accept(element, attribute + ": '" + name + "' is not a class or enum literal of the metamodel");
        }
    }

    static boolean anyClassHas(EPackage ePackage, String feature) {
        return ePackage.getEClassifiers().stream()
                .anyMatch(c -> c instanceof EClass eClass && eClass.getEStructuralFeature(feature) != null);
    }
}
