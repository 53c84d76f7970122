package org.cxm.headless.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.wiring.BundleRevision;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The headless runtime feature resolves and every bundle in it starts in a framework that holds no UI
 * bundle at all, so a server without a display can run CXM.
 */
class RuntimeFeatureTest {

    /** Bundles the launcher itself runs; starting them again inside a test framework would reconfigure it. */
    private static final List<String> LAUNCHER_BUNDLES = List.of("org.eclipse.osgi", "org.eclipse.equinox.launcher",
            "org.eclipse.equinox.simpleconfigurator");

    private static final List<String> UI_PREFIXES = List.of("org.eclipse.swt", "org.eclipse.jface", "org.eclipse.ui",
            "org.eclipse.e4.ui", "org.cxm.ui");

    private final BundleContext context = FrameworkUtil.getBundle(RuntimeFeatureTest.class).getBundleContext();

    @Test
    void everyBundleOfTheFeatureStarts() throws Exception {
        List<String> plugins = featurePlugins();
        assertTrue(plugins.contains("org.cxm.model"), "the feature lists the model bundle: " + plugins);
        List<String> failures = new ArrayList<>();
        for (String symbolicName : plugins) {
            Bundle bundle = installed(symbolicName);
            if (bundle == null) {
                failures.add(symbolicName + " is not installed");
            } else if (isFragment(bundle) || LAUNCHER_BUNDLES.contains(symbolicName)) {
                if (bundle.getState() == Bundle.INSTALLED) {
                    failures.add(symbolicName + " does not resolve");
                }
            } else {
                start(bundle, failures);
            }
        }
        assertEquals(List.of(), failures);
    }

    @Test
    void noUserInterfaceBundleIsPresent() {
        List<String> uiBundles = Arrays.stream(context.getBundles())
                .map(Bundle::getSymbolicName)
                .filter(name -> UI_PREFIXES.stream().anyMatch(name::startsWith))
                .toList();
        assertEquals(List.of(), uiBundles);
    }

    @Test
    void featureListsNoUserInterfaceBundle() throws Exception {
        for (String plugin : featurePlugins()) {
            assertFalse(UI_PREFIXES.stream().anyMatch(plugin::startsWith), plugin + " is a UI bundle");
        }
    }

    private void start(Bundle bundle, List<String> failures) {
        try {
            bundle.start(Bundle.START_TRANSIENT);
            if (bundle.getState() != Bundle.ACTIVE) {
                failures.add(bundle.getSymbolicName() + " is " + bundle.getState() + " after start");
            }
        } catch (Exception e) {
            failures.add(bundle.getSymbolicName() + " does not start: " + e.getMessage());
        }
    }

    private Bundle installed(String symbolicName) {
        for (Bundle bundle : context.getBundles()) {
            if (symbolicName.equals(bundle.getSymbolicName())) {
                return bundle;
            }
        }
        return null;
    }

    private static boolean isFragment(Bundle bundle) {
        BundleRevision revision = bundle.adapt(BundleRevision.class);
        return (revision.getTypes() & BundleRevision.TYPE_FRAGMENT) != 0;
    }

    private static List<String> featurePlugins() throws Exception {
        String location = System.getProperty("cxm.runtime.feature");
        assertNotNull(location, "the build passes the feature.xml location as cxm.runtime.feature");
        NodeList nodes = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new File(location))
                .getElementsByTagName("plugin");
        List<String> plugins = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            plugins.add(((Element) nodes.item(i)).getAttribute("id"));
        }
        return plugins;
    }
}
