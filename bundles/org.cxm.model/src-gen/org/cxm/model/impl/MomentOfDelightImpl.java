/**
 */
package org.cxm.model.impl;

import org.cxm.model.CxmPackage;
import org.cxm.model.MomentOfDelight;

import org.eclipse.emf.ecore.EClass;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Moment Of Delight</b></em>'.
 * <!-- end-user-doc -->
 *
 * @generated
 */
public class MomentOfDelightImpl extends NamedElementImpl implements MomentOfDelight {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected MomentOfDelightImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CxmPackage.Literals.MOMENT_OF_DELIGHT;
	}

} //MomentOfDelightImpl
