package org.cxm.ui.internal.design;

import java.io.IOException;
import java.nio.file.Path;

import org.cxm.model.CxModel;
import org.cxm.model.edit.provider.CxmItemProviderAdapterFactory;
import org.cxm.model.resource.CxmFiles;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.emf.edit.provider.resource.ResourceItemProviderAdapterFactory;

/**
 * A CX model opened for design: its file, the item providers that describe it to the UI, and the editing
 * domain whose command stack makes every edit undoable and tells whether the file needs saving.
 */
public final class EditedModel {

    private final CxModel model;
    private final Path file;
    private final ComposedAdapterFactory adapterFactory;
    private final AdapterFactoryEditingDomain domain;

    EditedModel(CxModel model, Path file) {
        this.model = model;
        this.file = file;
        adapterFactory = new ComposedAdapterFactory(new ResourceItemProviderAdapterFactory());
        adapterFactory.addAdapterFactory(new CxmItemProviderAdapterFactory());
        adapterFactory.addAdapterFactory(new ReflectiveItemProviderAdapterFactory());
        ResourceSet resourceSet = model.eResource().getResourceSet();
        domain = new AdapterFactoryEditingDomain(adapterFactory, new BasicCommandStack(), resourceSet);
        // Item property descriptors look the domain up from the resource set; without this adapter they
        // would change the model directly, and the change could not be undone.
        resourceSet.eAdapters().add(new AdapterFactoryEditingDomain.EditingDomainProvider(domain));
    }

    public CxModel model() {
        return model;
    }

    public Path file() {
        return file;
    }

    public ComposedAdapterFactory adapterFactory() {
        return adapterFactory;
    }

    public AdapterFactoryEditingDomain domain() {
        return domain;
    }

    /** Whether edits were made since the model was opened or last saved. */
    public boolean isDirty() {
        return ((BasicCommandStack) domain.getCommandStack()).isSaveNeeded();
    }

    /** Writes the model back to its file. */
    public void save() throws IOException {
        CxmFiles.save(model, file);
        ((BasicCommandStack) domain.getCommandStack()).saveIsDone();
    }

    /** Calls {@code listener} after every edit, undo and redo. */
    public void addChangeListener(CommandStackListener listener) {
        domain.getCommandStack().addCommandStackListener(listener);
    }

    public void removeChangeListener(CommandStackListener listener) {
        domain.getCommandStack().removeCommandStackListener(listener);
    }

    void dispose() {
        adapterFactory.dispose();
    }
}
