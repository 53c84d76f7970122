package org.cxm.design.tests;

import java.util.Set;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EPackage;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The metamodel class that {@code self} stands for in an expression of a VSM, as Sirius evaluates it, or
 * {@code null} where it cannot be known statically (tools, relation-based edges, filters, intersections):
 * there the checker still checks service names, but not feature names.
 */
final class VsmContext {

    private static final Set<String> UNTYPED = Set.of("toolSections", "ownedTools", "create", "delete",
            "directEdit", "ownedCreateLine", "ownedCreateColumn", "filters", "intersection", "ownedFilters");

    private VsmContext() {
    }

    static EClass typeOf(Element element, String attribute, EPackage ePackage) {
        for (Node node = element; node instanceof Element ancestor; node = node.getParentNode()) {
            if (UNTYPED.contains(ancestor.getTagName())) {
                return null;
            }
        }
        if (isRelationBasedEdge(element)) {
            return null;
        }
        Element start = "semanticCandidatesExpression".equals(attribute) ? parent(element) : element;
        for (Node node = start; node instanceof Element current; node = node.getParentNode()) {
            if ("ownedColumnMappings".equals(current.getTagName()) && !current.hasAttribute("domainClass")) {
                return lineClassOf(parent(current), ePackage);
            }
            if (current.hasAttribute("targetClass")) {
                return eClass(current.getAttribute("targetClass"), ePackage);
            }
            if (current.hasAttribute("domainClass")) {
                return eClass(current.getAttribute("domainClass"), ePackage);
            }
        }
        return null;
    }

    private static boolean isRelationBasedEdge(Element element) {
        for (Node node = element; node instanceof Element ancestor; node = node.getParentNode()) {
            if ("edgeMappings".equals(ancestor.getTagName())) {
                return !"true".equals(ancestor.getAttribute("useDomainElement"));
            }
        }
        return false;
    }

    /** Columns of an edition table are evaluated on the semantic element of each line. */
    private static EClass lineClassOf(Element table, EPackage ePackage) {
        for (Node child = table.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element line && "ownedLineMappings".equals(line.getTagName())) {
                return eClass(line.getAttribute("domainClass"), ePackage);
            }
        }
        return null;
    }

    private static Element parent(Element element) {
        return element.getParentNode() instanceof Element parent ? parent : element;
    }

    static EClass eClass(String qualifiedName, EPackage ePackage) {
        String name = qualifiedName.replace("::", ".");
        EClassifier classifier = ePackage.getEClassifier(name.substring(name.lastIndexOf('.') + 1));
        return classifier instanceof EClass eClass ? eClass : null;
    }
}
