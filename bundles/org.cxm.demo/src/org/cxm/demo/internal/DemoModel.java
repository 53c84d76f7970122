package org.cxm.demo.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

import org.cxm.demo.DemoException;
import org.cxm.model.BlockedValue;
import org.cxm.model.CxModel;
import org.cxm.model.DataSource;
import org.cxm.model.DatabaseKind;
import org.cxm.model.IdentityResolution;
import org.cxm.model.MatchRule;
import org.cxm.model.resource.CxmFiles;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * Writes the demo model: the online-shop example with its journeys, personas and channels, plus the data
 * sources, record sources, mappings and classification rules of the SuiteCRM and Odoo presets, pointed at
 * the demo's H2 databases, and the identity-resolution rules of both presets together.
 */
final class DemoModel {

    private static final String EXAMPLES = "org.cxm.examples";

    private static final String ONLINE_SHOP = "models/online-shop.cxm";

    private static final List<String> PRESETS = List.of("presets/suitecrm.cxm", "presets/odoo.cxm");

    private DemoModel() {
    }

    static void write(DemoDirectory directory) throws DemoException {
        ResourceSet resources = CxmFiles.newResourceSet();
        // The presets refer to the online shop as ../models/online-shop.cxm: loaded under these URIs, those
        // references resolve to the online shop already in the resource set.
        Path examples = directory.root().resolve("examples");
        CxModel shop = load(resources, examples, ONLINE_SHOP);
        CxModel suiteCrm = load(resources, examples, PRESETS.get(0));
        CxModel odoo = load(resources, examples, PRESETS.get(1));
        EcoreUtil.resolveAll(resources);
        DataSource crm = suiteCrm.getDataSources().get(0);
        DataSource erp = odoo.getDataSources().get(0);
        pointAt(crm, directory.suiteCrmUrl(true), "SuiteCRM-shaped demo CRM: an H2 database in MySQL mode");
        pointAt(erp, directory.odooUrl(true), "Odoo-shaped demo ERP: an H2 database in PostgreSQL mode");
        shop.getDataSources().add(crm);
        shop.getDataSources().add(erp);
        shop.setIdentityResolution(together(suiteCrm.getIdentityResolution(), odoo.getIdentityResolution()));
        shop.setName(shop.getName() + " (demo)");
        shop.setDescription(shop.getDescription() + " Demo: the SuiteCRM and Odoo presets map the generated"
                + " customers and interactions of the two H2 databases in " + directory.root().resolve("sources")
                + " (cxm demo).");
        try {
            CxmFiles.save(shop, directory.model());
        } catch (IOException e) {
            throw new DemoException("Cannot write the demo model " + directory.model() + ": "
                    + DemoDirectory.reason(e), e);
        }
    }

    private static void pointAt(DataSource source, String url, String description) {
        source.setJdbcUrl(url);
        source.setDatabaseKind(DatabaseKind.H2);
        source.setUser(DemoSources.USER);
        // H2's own databases have an empty password: no credential reference is needed.
        source.setCredential(null);
        source.setDescription(description + ". " + source.getDescription());
    }

    /** The rules of {@code first}, with the match rules and blocked values only {@code second} has. */
    private static IdentityResolution together(IdentityResolution first, IdentityResolution second) {
        for (MatchRule rule : List.copyOf(second.getMatchRules())) {
            if (first.getMatchRules().stream().noneMatch(r -> r.getKind() == rule.getKind())) {
                first.getMatchRules().add(rule);
            }
        }
        for (BlockedValue blocked : List.copyOf(second.getBlockedValues())) {
            if (first.getBlockedValues().stream().noneMatch(b -> b.getKind() == blocked.getKind()
                    && Objects.equals(b.getPattern(), blocked.getPattern()))) {
                first.getBlockedValues().add(blocked);
            }
        }
        return first;
    }

    private static CxModel load(ResourceSet resources, Path examples, String entry) throws DemoException {
        URL url = examplesBundle().getEntry(entry);
        if (url == null) {
            throw new DemoException("The " + EXAMPLES + " bundle has no " + entry);
        }
        Resource resource = resources.createResource(URI.createFileURI(examples.resolve(entry).toString()));
        try (InputStream in = url.openStream()) {
            resource.load(in, resources.getLoadOptions());
        } catch (IOException | RuntimeException e) {
            throw new DemoException("Cannot read " + entry + " of the " + EXAMPLES + " bundle: " + e.getMessage(), e);
        }
        if (!resource.getErrors().isEmpty() || resource.getContents().isEmpty()
                || !(resource.getContents().get(0) instanceof CxModel model)) {
            throw new DemoException(entry + " of the " + EXAMPLES + " bundle is not a valid model: "
                    + resource.getErrors());
        }
        return model;
    }

    private static Bundle examplesBundle() throws DemoException {
        Bundle self = FrameworkUtil.getBundle(DemoModel.class);
        if (self != null && self.getBundleContext() != null) {
            for (Bundle bundle : self.getBundleContext().getBundles()) {
                if (EXAMPLES.equals(bundle.getSymbolicName())) {
                    return bundle;
                }
            }
        }
        throw new DemoException("The " + EXAMPLES + " bundle, which holds the model and presets of the demo, is"
                + " not installed");
    }
}
