package org.cxm.model.resource;

import java.util.Iterator;

import org.cxm.model.Identified;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;

/** Creates and checks the stable identifiers of model elements. */
public final class ElementIds {

    private ElementIds() {
    }

    /** A new identifier, unique across models and machines. */
    public static String newId() {
        return EcoreUtil.generateUUID();
    }

    /** Whether {@code id} is absent or blank, so that the element needs one. */
    public static boolean isMissing(String id) {
        return id == null || id.isBlank();
    }

    /**
     * Whether {@code id} can be written as a reference: XMI separates the ids of a many-valued
     * reference with blanks, so an id must not contain whitespace.
     */
    public static boolean isWellFormed(String id) {
        return !isMissing(id) && id.chars().noneMatch(Character::isWhitespace);
    }

    /** Gives every element of {@code resource} that has no id a new one. */
    public static void assignMissing(Resource resource) {
        for (Iterator<EObject> contents = resource.getAllContents(); contents.hasNext();) {
            if (contents.next() instanceof Identified element && isMissing(element.getId())) {
                element.setId(newId());
            }
        }
    }
}
