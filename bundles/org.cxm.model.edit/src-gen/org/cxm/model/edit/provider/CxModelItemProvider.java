/**
 */
package org.cxm.model.edit.provider;


import java.util.Collection;
import java.util.List;

import org.cxm.model.CxModel;
import org.cxm.model.CxmFactory;
import org.cxm.model.CxmPackage;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EStructuralFeature;

import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ViewerNotification;

/**
 * This is the item provider adapter for a {@link org.cxm.model.CxModel} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class CxModelItemProvider extends NamedElementItemProvider {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public CxModelItemProvider(AdapterFactory adapterFactory) {
		super(adapterFactory);
	}

	/**
	 * This returns the property descriptors for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public List<IItemPropertyDescriptor> getPropertyDescriptors(Object object) {
		if (itemPropertyDescriptors == null) {
			super.getPropertyDescriptors(object);

		}
		return itemPropertyDescriptors;
	}

	/**
	 * This specifies how to implement {@link #getChildren} and is used to deduce an appropriate feature for an
	 * {@link org.eclipse.emf.edit.command.AddCommand}, {@link org.eclipse.emf.edit.command.RemoveCommand} or
	 * {@link org.eclipse.emf.edit.command.MoveCommand} in {@link #createCommand}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Collection<? extends EStructuralFeature> getChildrenFeatures(Object object) {
		if (childrenFeatures == null) {
			super.getChildrenFeatures(object);
			childrenFeatures.add(CxmPackage.Literals.CX_MODEL__SEGMENTS);
			childrenFeatures.add(CxmPackage.Literals.CX_MODEL__PERSONAS);
			childrenFeatures.add(CxmPackage.Literals.CX_MODEL__OWNERS);
			childrenFeatures.add(CxmPackage.Literals.CX_MODEL__CHANNELS);
			childrenFeatures.add(CxmPackage.Literals.CX_MODEL__JOURNEYS);
			childrenFeatures.add(CxmPackage.Literals.CX_MODEL__FEEDBACK_MECHANISMS);
			childrenFeatures.add(CxmPackage.Literals.CX_MODEL__DATA_SOURCES);
			childrenFeatures.add(CxmPackage.Literals.CX_MODEL__IDENTITY_RESOLUTION);
		}
		return childrenFeatures;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EStructuralFeature getChildFeature(Object object, Object child) {
		// Check the type of the specified child object and return the proper feature to use for
		// adding (see {@link AddCommand}) it as a child.

		return super.getChildFeature(object, child);
	}

	/**
	 * This returns CxModel.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/CxModel")); //$NON-NLS-1$
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected boolean shouldComposeCreationImage() {
		return true;
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object) {
		String label = ((CxModel)object).getName();
		return label == null || label.length() == 0 ?
			getString("_UI_CxModel_type") : //$NON-NLS-1$
			getString("_UI_CxModel_type") + " " + label; //$NON-NLS-1$ //$NON-NLS-2$
	}


	/**
	 * This handles model notifications by calling {@link #updateChildren} to update any cached
	 * children and by creating a viewer notification, which it passes to {@link #fireNotifyChanged}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void notifyChanged(Notification notification) {
		updateChildren(notification);

		switch (notification.getFeatureID(CxModel.class)) {
			case CxmPackage.CX_MODEL__SEGMENTS:
			case CxmPackage.CX_MODEL__PERSONAS:
			case CxmPackage.CX_MODEL__OWNERS:
			case CxmPackage.CX_MODEL__CHANNELS:
			case CxmPackage.CX_MODEL__JOURNEYS:
			case CxmPackage.CX_MODEL__FEEDBACK_MECHANISMS:
			case CxmPackage.CX_MODEL__DATA_SOURCES:
			case CxmPackage.CX_MODEL__IDENTITY_RESOLUTION:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), true, false));
				return;
		}
		super.notifyChanged(notification);
	}

	/**
	 * This adds {@link org.eclipse.emf.edit.command.CommandParameter}s describing the children
	 * that can be created under this object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected void collectNewChildDescriptors(Collection<Object> newChildDescriptors, Object object) {
		super.collectNewChildDescriptors(newChildDescriptors, object);

		newChildDescriptors.add
			(createChildParameter
				(CxmPackage.Literals.CX_MODEL__SEGMENTS,
				 CxmFactory.eINSTANCE.createCustomerSegment()));

		newChildDescriptors.add
			(createChildParameter
				(CxmPackage.Literals.CX_MODEL__PERSONAS,
				 CxmFactory.eINSTANCE.createPersona()));

		newChildDescriptors.add
			(createChildParameter
				(CxmPackage.Literals.CX_MODEL__OWNERS,
				 CxmFactory.eINSTANCE.createOwner()));

		newChildDescriptors.add
			(createChildParameter
				(CxmPackage.Literals.CX_MODEL__CHANNELS,
				 CxmFactory.eINSTANCE.createChannel()));

		newChildDescriptors.add
			(createChildParameter
				(CxmPackage.Literals.CX_MODEL__JOURNEYS,
				 CxmFactory.eINSTANCE.createJourney()));

		newChildDescriptors.add
			(createChildParameter
				(CxmPackage.Literals.CX_MODEL__FEEDBACK_MECHANISMS,
				 CxmFactory.eINSTANCE.createFeedbackMechanism()));

		newChildDescriptors.add
			(createChildParameter
				(CxmPackage.Literals.CX_MODEL__DATA_SOURCES,
				 CxmFactory.eINSTANCE.createDataSource()));

		newChildDescriptors.add
			(createChildParameter
				(CxmPackage.Literals.CX_MODEL__IDENTITY_RESOLUTION,
				 CxmFactory.eINSTANCE.createIdentityResolution()));
	}

}
