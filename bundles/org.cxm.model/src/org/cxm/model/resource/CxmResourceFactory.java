package org.cxm.model.resource;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceFactoryImpl;

/** Creates {@link CxmResource}s; registered for the {@code .cxm} file extension. */
public class CxmResourceFactory extends ResourceFactoryImpl {

    /** The file extension of CXM model files, without the dot. */
    public static final String FILE_EXTENSION = "cxm";

    @Override
    public Resource createResource(URI uri) {
        return new CxmResource(uri);
    }
}
