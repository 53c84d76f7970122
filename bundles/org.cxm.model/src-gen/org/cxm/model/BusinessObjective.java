/**
 */
package org.cxm.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Business Objective</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * What the business wants the journey to achieve, such as reducing churn.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.cxm.model.BusinessObjective#getKind <em>Kind</em>}</li>
 * </ul>
 *
 * @see org.cxm.model.CxmPackage#getBusinessObjective()
 * @model
 * @generated
 */
public interface BusinessObjective extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.cxm.model.ObjectiveKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.cxm.model.ObjectiveKind
	 * @see #setKind(ObjectiveKind)
	 * @see org.cxm.model.CxmPackage#getBusinessObjective_Kind()
	 * @model
	 * @generated
	 */
	ObjectiveKind getKind();

	/**
	 * Sets the value of the '{@link org.cxm.model.BusinessObjective#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.cxm.model.ObjectiveKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(ObjectiveKind value);

} // BusinessObjective
