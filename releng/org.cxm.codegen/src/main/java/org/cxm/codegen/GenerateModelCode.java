package org.cxm.codegen;

import java.io.File;
import java.util.Map;

import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.generator.GeneratorAdapterFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.plugin.EcorePlugin;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;

/**
 * Generates the EMF model and edit code of a genmodel without an Eclipse IDE, so that src-gen/ can be
 * regenerated on any build machine.
 *
 * <p>Arguments: the folder that holds the bundle projects, and the genmodel path relative to it. Every
 * sub-folder is mapped as {@code platform:/resource/<folder>/}, which is how the genmodel names its
 * model and edit directories.
 */
public final class GenerateModelCode {

    private GenerateModelCode() {
    }

    public static void main(String[] args) {
        if (args.length != 2) {
            System.err.println("usage: GenerateModelCode <bundles folder> <genmodel path relative to it>");
            System.exit(2);
        }
        File bundles = new File(args[0]).getAbsoluteFile();
        registerProjects(bundles);
        GenModel genModel = load(URI.createPlatformResourceURI(args[1], true));
        Diagnostic status = generate(genModel);
        System.out.println("Generated model and edit code from " + args[1] + ": " + describe(status));
        System.exit(status.getSeverity() >= Diagnostic.ERROR ? 1 : 0);
    }

    private static void registerProjects(File bundles) {
        File[] projects = bundles.listFiles(File::isDirectory);
        if (projects == null) {
            throw new IllegalArgumentException("Not a folder: " + bundles);
        }
        Map<String, URI> map = EcorePlugin.getPlatformResourceMap();
        for (File project : projects) {
            map.put(project.getName(), URI.createFileURI(project.getPath() + File.separator));
        }
    }

    private static GenModel load(URI uri) {
        EcorePackage.eINSTANCE.eClass();
        GenModelPackage.eINSTANCE.eClass();
        ResourceSet resourceSet = new ResourceSetImpl();
        Map<String, Object> factories = resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap();
        factories.put("ecore", new EcoreResourceFactoryImpl());
        factories.put("genmodel", new XMIResourceFactoryImpl());
        Resource resource = resourceSet.getResource(uri, true);
        GenModel genModel = (GenModel) resource.getContents().get(0);
        genModel.reconcile();
        genModel.setCanGenerate(true);
        return genModel;
    }

    private static Diagnostic generate(GenModel genModel) {
        GeneratorAdapterFactory.Descriptor.Registry.INSTANCE.addDescriptor(GenModelPackage.eNS_URI,
                GenModelGeneratorAdapterFactory.DESCRIPTOR);
        Generator generator = new Generator();
        generator.setInput(genModel);
        Diagnostic model = generator.generate(genModel, GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE,
                new BasicMonitor.Printing(System.out));
        if (model.getSeverity() >= Diagnostic.ERROR) {
            return model;
        }
        return generator.generate(genModel, GenBaseGeneratorAdapter.EDIT_PROJECT_TYPE,
                new BasicMonitor.Printing(System.out));
    }

    private static String describe(Diagnostic status) {
        if (status.getSeverity() == Diagnostic.OK) {
            return "OK";
        }
        StringBuilder text = new StringBuilder(status.getMessage());
        for (Diagnostic child : status.getChildren()) {
            text.append(System.lineSeparator()).append("  ").append(child.getMessage());
        }
        return text.toString();
    }
}
