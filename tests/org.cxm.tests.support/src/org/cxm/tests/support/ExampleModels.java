package org.cxm.tests.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
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

    /** The SuiteCRM preset (presets/suitecrm.cxm): a data source mapping a SuiteCRM database. */
    public static final String SUITECRM_PRESET = "suitecrm.cxm";

    /** The Odoo preset (presets/odoo.cxm): a data source mapping an Odoo database. */
    public static final String ODOO_PRESET = "odoo.cxm";

    /** The Odoo preset read through Odoo's JSON-2 API instead of its database. */
    public static final String ODOO_API_PRESET = "odoo-api.cxm";

    /** The ERPNext preset (presets/frappe.cxm): an ERPNext site read through the Frappe REST API. */
    public static final String FRAPPE_PRESET = "frappe.cxm";

    /** Every preset, by file name. */
    public static final List<String> PRESETS = List.of(SUITECRM_PRESET, ODOO_PRESET, ODOO_API_PRESET,
            FRAPPE_PRESET);

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

    /**
     * The file of preset {@code name} (presets/<i>name</i>), extracted from the bundle if need be. Presets
     * classify records to elements of the example models and refer to them by relative path
     * ({@code ../models/online-shop.cxm#...}), so the file returned always has the example models next to it.
     */
    public static Path preset(String name) {
        Bundle examples = findExamplesBundle();
        if (examples == null) {
            throw new IllegalStateException("The org.cxm.examples bundle is not installed");
        }
        URL entry = examples.getEntry("presets/" + name);
        if (entry == null) {
            throw new IllegalArgumentException("No preset " + name + " in " + examples.getSymbolicName());
        }
        try {
            Path preset = Path.of(FileLocator.toFileURL(entry).getPath());
            Path models = preset.getParent().resolveSibling("models");
            boolean modelsBeside = true;
            for (String model : ALL) {
                Path file = path(model);
                modelsBeside &= Files.isRegularFile(models.resolve(model))
                        && Files.isSameFile(models.resolve(model), file);
            }
            if (modelsBeside) {
                return preset;
            }
            // The bundle is a jar whose entries were extracted to different places: copy them together.
            Path root = Files.createTempDirectory("cxm-examples");
            Files.createDirectories(root.resolve("models"));
            Files.createDirectories(root.resolve("presets"));
            for (String model : ALL) {
                Files.copy(path(model), root.resolve("models").resolve(model), StandardCopyOption.REPLACE_EXISTING);
            }
            return Files.copy(preset, root.resolve("presets").resolve(name), StandardCopyOption.REPLACE_EXISTING);
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
