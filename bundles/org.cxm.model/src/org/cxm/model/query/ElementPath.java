package org.cxm.model.query;

import java.util.ArrayDeque;
import java.util.Deque;

import org.cxm.model.CxModel;
import org.cxm.model.Identified;
import org.cxm.model.NamedElement;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;

/**
 * Names model elements the way people read them: {@code touchpoint "Sign the contract"}, and the path
 * {@code journey "Open an account" / stage "Purchase" / touchpoint "Sign the contract"} that locates an
 * element in its model.
 */
public final class ElementPath {

    private static final String SEPARATOR = " / ";

    private ElementPath() {
    }

    /** The path from the model root (excluded) down to {@code element}. */
    public static String of(EObject element) {
        Deque<String> segments = new ArrayDeque<>();
        for (EObject current = element; current != null && !(current instanceof CxModel); current = current
                .eContainer()) {
            segments.addFirst(describe(current));
        }
        if (segments.isEmpty()) {
            return element == null ? "(none)" : describe(element);
        }
        return String.join(SEPARATOR, segments);
    }

    /** The kind and name of {@code element}, or its id or position when it has no name. */
    public static String describe(EObject element) {
        String kind = kindOf(element.eClass());
        if (element instanceof NamedElement named && named.getName() != null && !named.getName().isBlank()) {
            return kind + " \"" + named.getName() + "\"";
        }
        if (element instanceof Identified identified && identified.getId() != null) {
            return kind + " with id " + identified.getId();
        }
        return kind + positionOf(element);
    }

    /** The kind of element an EClass stands for, in words: "pain point", "KPI". */
    public static String kindOf(EClass eClass) {
        String name = eClass.getName();
        if ("CxModel".equals(name)) {
            return "model";
        }
        if ("Kpi".equals(name)) {
            return "KPI";
        }
        StringBuilder words = new StringBuilder();
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isUpperCase(c) && i > 0) {
                words.append(' ');
            }
            words.append(Character.toLowerCase(c));
        }
        return words.toString();
    }

    private static String positionOf(EObject element) {
        EObject container = element.eContainer();
        if (container == null || !element.eContainmentFeature().isMany()) {
            return "";
        }
        int index = ((java.util.List<?>) container.eGet(element.eContainmentFeature())).indexOf(element);
        return " #" + (index + 1);
    }
}
