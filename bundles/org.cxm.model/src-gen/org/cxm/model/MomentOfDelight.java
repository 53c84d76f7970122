/**
 */
package org.cxm.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Moment Of Delight</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Something that pleases the customer at a touchpoint.
 * <!-- end-model-doc -->
 *
 *
 * @see org.cxm.model.CxmPackage#getMomentOfDelight()
 * @model
 * @generated
 */
public interface MomentOfDelight extends NamedElement {
} // MomentOfDelight
