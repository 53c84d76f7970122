package org.cxm.tests.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Path;
import java.util.List;

import org.cxm.model.CxModel;
import org.cxm.model.resource.CxmFiles;
import org.cxm.model.resource.ModelLoadException;
import org.eclipse.core.runtime.FileLocator;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/** The example models shipped in the {@code org.cxm.examples} bundle, as files tests can read. */
public final class ExampleModels {

    public static final String RETAIL_BANK = "retail-bank.cxm";

    public static final String ONLINE_SHOP = "online-shop.cxm";

    /** Every example, by file name. */
    public static final List<String> ALL = List.of(RETAIL_BANK, ONLINE_SHOP);

    private ExampleModels() {
    }

    /** The file of example {@code name}, extracted from the bundle if need be. */
    public static Path path(String name) {
        Bundle examples = findExamplesBundle();
        if (examples == null) {
            throw new IllegalStateException("The org.cxm.examples bundle is not installed");
        }
        URL entry = examples.getEntry("models/" + name);
        if (entry == null) {
            throw new IllegalArgumentException("No example model " + name + " in " + examples.getSymbolicName());
        }
        try {
            return Path.of(FileLocator.toFileURL(entry).getPath());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Loads example {@code name}. */
    public static CxModel load(String name) throws ModelLoadException {
        return CxmFiles.load(path(name));
    }

    private static Bundle findExamplesBundle() {
        for (Bundle bundle : FrameworkUtil.getBundle(ExampleModels.class).getBundleContext().getBundles()) {
            if ("org.cxm.examples".equals(bundle.getSymbolicName())) {
                return bundle;
            }
        }
        return null;
    }
}
