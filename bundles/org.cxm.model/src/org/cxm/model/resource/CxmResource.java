package org.cxm.model.resource;

import java.io.IOException;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.Map;

import org.cxm.model.Identified;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;

/**
 * The XMI resource of a CXM model file. Elements get their stable {@link Identified#getId() id} as soon
 * as they are added to the model (and at the latest when it is saved); references are written by id, so
 * the file stays readable and the ids the customer-history store keeps remain valid.
 */
public class CxmResource extends XMIResourceImpl {

    public CxmResource(URI uri) {
        super(uri);
        // Index intrinsic ids so that resolving a reference does not scan the whole model.
        setIntrinsicIDToEObjectMap(new HashMap<>());
        getDefaultSaveOptions().put(XMLResource.OPTION_ENCODING, "UTF-8");
        getDefaultSaveOptions().put(XMLResource.OPTION_LINE_WIDTH, 120);
        getDefaultLoadOptions().put(XMLResource.OPTION_DEFER_IDREF_RESOLUTION, Boolean.TRUE);
    }

    @Override
    protected void attachedHelper(EObject eObject) {
        if (!isLoading() && eObject instanceof Identified element) {
            ensureUniqueId(element);
        }
        super.attachedHelper(eObject);
    }

    /**
     * Gives a new element an id, and a pasted copy a fresh one when its id is already taken by another
     * element of this model.
     */
    private void ensureUniqueId(Identified element) {
        String id = element.getId();
        if (ElementIds.isMissing(id)) {
            element.setId(ElementIds.newId());
            return;
        }
        EObject holder = getEObjectByID(id);
        if (holder != null && holder != element) {
            element.setId(ElementIds.newId());
        }
    }

    @Override
    public void doSave(OutputStream outputStream, Map<?, ?> options) throws IOException {
        ElementIds.assignMissing(this);
        super.doSave(outputStream, options);
    }
}
