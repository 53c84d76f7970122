package org.cxm.ui.internal.design;

import java.net.URL;

import org.eclipse.emf.edit.provider.ComposedImage;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.resource.ResourceManager;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Control;

/**
 * Turns the images EMF Edit item providers return (a URL of an icon in the edit bundle, or a composed image
 * of several) into SWT images. EMF's own converter lives in EMF Edit UI, which is not on Maven Central; this
 * one shows the first image of a composed one, which is enough for icons without overlays. Images are shared
 * through JFace's resource cache and released with the control that shows them.
 */
final class ItemImages {

    private final ResourceManager resources;

    ItemImages(Control owner) {
        resources = new LocalResourceManager(JFaceResources.getResources(), owner);
    }

    /** The SWT image for {@code itemImage}, or {@code null} when it is of a kind not understood here. */
    Image get(Object itemImage) {
        ImageDescriptor descriptor = descriptorOf(itemImage);
        return descriptor == null ? null : resources.create(descriptor);
    }

    private static ImageDescriptor descriptorOf(Object itemImage) {
        if (itemImage instanceof ImageDescriptor descriptor) {
            return descriptor;
        }
        if (itemImage instanceof URL url) {
            return ImageDescriptor.createFromURL(url);
        }
        if (itemImage instanceof ComposedImage composed && !composed.getImages().isEmpty()) {
            return descriptorOf(composed.getImages().get(0));
        }
        return null;
    }
}
