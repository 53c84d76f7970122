package org.cxm.design.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;

import org.cxm.model.CxmPackage;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The .odesign is tested like code: every domain class, feature, navigation, service method and Java
 * extension it names exists, tool and mapping names do not collide, and its internal references resolve.
 * A deliberately broken VSM proves each check can fail.
 */
class OdesignConsistencyTest {

    private static final String VSM = "description/cxm.odesign";

    private final Bundle design = FrameworkUtil.getBundle(org.cxm.design.internal.DesignPlugin.class);

    @Test
    void theShippedVsmIsConsistentWithTheMetamodelAndServices() throws Exception {
        VsmDocument vsm = read(design.getEntry(VSM));
        assertEquals(List.of(), new VsmChecker(CxmPackage.eINSTANCE, servicesOf(vsm)).check(vsm));
    }

    @Test
    void theVsmDefinesTheRepresentationsArchitectsUse() throws Exception {
        VsmDocument vsm = read(design.getEntry(VSM));
        List<String> representations = new ArrayList<>();
        NodeList nodes = vsm.root().getElementsByTagName("ownedRepresentations");
        for (int i = 0; i < nodes.getLength(); i++) {
            representations.add(((Element) nodes.item(i)).getAttribute("name"));
        }
        assertTrue(representations.containsAll(List.of("Journey Map", "Service Blueprint", "Personas",
                "Channel Matrix", "KPI Table", "Opportunity Portfolio")), "representations: " + representations);
    }

    @Test
    void aBrokenVsmIsCaught() throws Exception {
        URL broken = FrameworkUtil.getBundle(OdesignConsistencyTest.class).getEntry("resources/broken.odesign");
        VsmDocument vsm = read(broken);

        List<String> problems = new VsmChecker(CxmPackage.eINSTANCE, servicesOf(vsm)).check(vsm);

        assertContains(problems, "line 5: Java extension org.cxm.design.services.NoSuchServices does not exist");
        assertContains(problems, "line 20: domainClass 'cxm::Voyage' is not a class of http://www.cxm.org/cxm/1.0");
        assertContains(problems, "line 8: semanticCandidatesExpression: feature:steps does not exist on Journey");
        assertContains(problems, "line 9: labelExpression: 'title' is not a feature of Stage");
        assertContains(problems, "line 10: predicateExpression: 'frobnicate' is neither an AQL operation nor a"
                + " service method");
        assertContains(problems, "line 12: predicateExpression: 'cxm::ChannelMode::underwater' is not a class or"
                + " enum literal of the metamodel");
        assertContains(problems, "line 18: tool name 'Create Stage' is already used at line 16");
        assertContains(problems, "line 20: labelDirectEdit refers to");
        assertEquals(8, problems.size(), "exactly the planted problems: " + problems);
    }

    private static void assertContains(List<String> problems, String expected) {
        assertTrue(problems.stream().anyMatch(p -> p.startsWith(expected)), expected + " not in " + problems);
    }

    private static VsmDocument read(URL url) throws Exception {
        assertNotNull(url, "the VSM must be packaged");
        try (InputStream in = url.openStream()) {
            return VsmDocument.parse(in);
        }
    }

    /** The services of the Java extensions the VSM declares, loaded through the design bundle as Sirius does. */
    private VsmChecker.ServiceIndex servicesOf(VsmDocument vsm) {
        List<Class<?>> extensions = new ArrayList<>();
        NodeList nodes = vsm.root().getElementsByTagName("ownedJavaExtensions");
        for (int i = 0; i < nodes.getLength(); i++) {
            Class<?> type = load(((Element) nodes.item(i)).getAttribute("qualifiedClassName"));
            if (type != null) {
                extensions.add(type);
            }
        }
        return new VsmChecker.ServiceIndex() {

            @Override
            public Class<?> load(String className) {
                return OdesignConsistencyTest.this.load(className);
            }

            @Override
            public List<Method> methods(String name) {
                List<Method> methods = new ArrayList<>();
                for (Class<?> extension : extensions) {
                    for (Method method : extension.getMethods()) {
                        if (method.getName().equals(name) && method.getParameterCount() > 0
                                && !Modifier.isStatic(method.getModifiers())
                                && method.getDeclaringClass() != Object.class) {
                            methods.add(method);
                        }
                    }
                }
                return methods;
            }
        };
    }

    private Class<?> load(String className) {
        try {
            return design.loadClass(className);
        } catch (ClassNotFoundException e) {
            return null;
        }
    }
}
