package org.cxm.design.tests;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.NodeList;

/**
 * Checks a Viewpoint Specification Model against the metamodel and the service classes, without Sirius:
 * domain classes, feature names, {@code feature:}/{@code aql:}/{@code service:} navigations and service
 * calls, Java extensions, collisions of tool and mapping names, and references inside the file.
 */
final class VsmChecker {

    /** Attribute values that name a metamodel class. */
    private static final Set<String> CLASS_ATTRIBUTES = Set.of("domainClass", "targetClass", "typeName");

    /** Elements that are tools; Sirius identifies tools by name, so names must not collide. */
    private static final Set<String> TOOL_TAGS = Set.of("ownedTools", "ownedCreateLine", "ownedCreateColumn", "create",
            "delete", "directEdit", "createLine", "createColumn", "labelDirectEdit", "deletionDescription");

    private static final Set<String> MAPPING_TAGS = Set.of("nodeMappings", "containerMappings", "edgeMappings",
            "subNodeMappings", "subContainerMappings", "borderedNodeMappings", "ownedLineMappings",
            "ownedSubLines", "ownedColumnMappings", "intersection");

    private final EPackage ePackage;

    private final ServiceIndex services;

    private final AqlChecker aql;

    private final List<String> problems = new ArrayList<>();

    VsmChecker(EPackage ePackage, ServiceIndex services) {
        this.ePackage = ePackage;
        this.services = services;
        this.aql = new AqlChecker(ePackage, services, this::report);
    }

    List<String> check(VsmDocument vsm) {
        Map<String, Element> tools = new HashMap<>();
        Map<String, Element> mappings = new HashMap<>();
        NodeList all = vsm.root().getElementsByTagName("*");
        checkElement(vsm.root(), vsm.root(), tools, mappings);
        for (int i = 0; i < all.getLength(); i++) {
            checkElement((Element) all.item(i), vsm.root(), tools, mappings);
        }
        return problems;
    }

    private void checkElement(Element element, Element root, Map<String, Element> tools,
            Map<String, Element> mappings) {
        String tag = element.getTagName();
        if (TOOL_TAGS.contains(tag) && element.hasAttribute("name")) {
            unique(tools, element, "tool");
        }
        if (MAPPING_TAGS.contains(tag) && element.hasAttribute("name")) {
            unique(mappings, element, "mapping");
        }
        if ("ownedJavaExtensions".equals(tag)) {
            checkJavaExtension(element);
        }
        if ("metamodel".equals(tag) && !element.getAttribute("href").startsWith(ePackage.getNsURI())) {
            report(element, "metamodel " + element.getAttribute("href") + " is not " + ePackage.getNsURI());
        }
        NamedNodeMap attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            checkAttribute(element, (Attr) attributes.item(i), root);
        }
    }

    private void checkAttribute(Element element, Attr attribute, Element root) {
        String name = attribute.getName();
        String value = attribute.getValue();
        if (CLASS_ATTRIBUTES.contains(name)) {
            if (classifier(value) == null) {
                report(element, name + " '" + value + "' is not a class of " + ePackage.getNsURI());
            }
        } else if ("featureName".equals(name) || "referenceName".equals(name)) {
            checkFeatureName(element, value);
        } else if (value.startsWith("//")) {
            checkReference(element, name, value, root);
        } else if (value.startsWith("aql:") || value.startsWith("feature:") || value.startsWith("service:")
                || value.startsWith("var:")) {
            aql.check(element, name, value, VsmContext.typeOf(element, name, ePackage));
        } else if (value.startsWith("[") && value.endsWith("/]") || value.startsWith("ocl:")) {
            report(element, name + " uses an Acceleo/OCL expression; use aql: (" + value + ")");
        }
    }

    private void checkFeatureName(Element element, String featureName) {
        if ("*".equals(featureName)) {
            return;
        }
        EClass context = VsmContext.typeOf(element, "featureName", ePackage);
        boolean exists = context != null ? context.getEStructuralFeature(featureName) != null
                : AqlChecker.anyClassHas(ePackage, featureName);
        if (!exists) {
            report(element, "feature '" + featureName + "' does not exist"
                    + (context == null ? " in " + ePackage.getNsURI() : " on " + context.getName()));
        }
    }

    private void checkJavaExtension(Element element) {
        String className = element.getAttribute("qualifiedClassName");
        Class<?> type = services.load(className);
        if (type == null) {
            report(element, "Java extension " + className + " does not exist");
            return;
        }
        try {
            if (!Modifier.isPublic(type.getModifiers()) || !Modifier.isPublic(type.getConstructor().getModifiers())) {
                report(element, "Java extension " + className + " needs to be public with a public constructor");
            }
        } catch (NoSuchMethodException e) {
            report(element, "Java extension " + className + " has no public no-argument constructor");
        }
    }

    /** Resolves {@code //@feature[name='X']/@feature.N...} paths against the file itself. */
    private void checkReference(Element element, String attribute, String value, Element root) {
        for (String reference : value.split(" ")) {
            Element target = root;
            for (String segment : reference.substring(2).split("/")) {
                target = target == null ? null : step(target, segment);
            }
            if (target == null) {
                report(element, attribute + " refers to " + reference + ", which is not in the file");
            }
        }
    }

    private static Element step(Element from, String segment) {
        String feature = segment.replaceFirst("^@", "").replaceFirst("[.\\[].*$", "");
        List<Element> children = new ArrayList<>();
        NodeList nodes = from.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element child && child.getTagName().equals(feature)) {
                children.add(child);
            }
        }
        if (segment.contains("[name='")) {
            String name = URLDecoder.decode(segment.replaceFirst("^.*\\[name='", "").replaceFirst("'\\]$", ""),
                    StandardCharsets.UTF_8);
            return children.stream().filter(c -> name.equals(c.getAttribute("name"))).findFirst().orElse(null);
        }
        int dot = segment.lastIndexOf('.');
        int index = dot < 0 ? 0 : Integer.parseInt(segment.substring(dot + 1));
        return index < children.size() ? children.get(index) : null;
    }

    private void unique(Map<String, Element> seen, Element element, String what) {
        Element first = seen.putIfAbsent(element.getAttribute("name"), element);
        if (first != null) {
            report(element, what + " name '" + element.getAttribute("name") + "' is already used at line "
                    + VsmDocument.lineOf(first) + "; Sirius identifies " + what + "s by name");
        }
    }

    EClassifier classifier(String qualifiedName) {
        String name = qualifiedName.replace("::", ".");
        int dot = name.lastIndexOf('.');
        String prefix = dot < 0 ? ePackage.getNsPrefix() : name.substring(0, dot);
        if (!prefix.equals(ePackage.getNsPrefix()) && !prefix.equals(ePackage.getName())) {
            return null;
        }
        EClassifier classifier = ePackage.getEClassifier(name.substring(dot + 1));
        return classifier instanceof EClass || classifier instanceof EEnum ? classifier : null;
    }

    private void report(Element element, String problem) {
        problems.add("line " + VsmDocument.lineOf(element) + ": " + problem);
    }

    /** The service methods of the Java extensions, by name. */
    interface ServiceIndex {

        Class<?> load(String className);

        /** The public methods named {@code name} of all Java extensions of the file. */
        List<Method> methods(String name);
    }
}
