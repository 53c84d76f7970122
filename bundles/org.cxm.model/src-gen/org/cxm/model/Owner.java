/**
 */
package org.cxm.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Owner</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A department, team or role accountable for journeys, touchpoints, KPIs and opportunities.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.cxm.model.Owner#getKind <em>Kind</em>}</li>
 *   <li>{@link org.cxm.model.Owner#getContact <em>Contact</em>}</li>
 *   <li>{@link org.cxm.model.Owner#getParent <em>Parent</em>}</li>
 * </ul>
 *
 * @see org.cxm.model.CxmPackage#getOwner()
 * @model
 * @generated
 */
public interface Owner extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.cxm.model.OwnerKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.cxm.model.OwnerKind
	 * @see #setKind(OwnerKind)
	 * @see org.cxm.model.CxmPackage#getOwner_Kind()
	 * @model
	 * @generated
	 */
	OwnerKind getKind();

	/**
	 * Sets the value of the '{@link org.cxm.model.Owner#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.cxm.model.OwnerKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(OwnerKind value);

	/**
	 * Returns the value of the '<em><b>Contact</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How to reach the owner, for example a mailbox.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Contact</em>' attribute.
	 * @see #setContact(String)
	 * @see org.cxm.model.CxmPackage#getOwner_Contact()
	 * @model
	 * @generated
	 */
	String getContact();

	/**
	 * Sets the value of the '{@link org.cxm.model.Owner#getContact <em>Contact</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Contact</em>' attribute.
	 * @see #getContact()
	 * @generated
	 */
	void setContact(String value);

	/**
	 * Returns the value of the '<em><b>Parent</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The department a team belongs to.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Parent</em>' reference.
	 * @see #setParent(Owner)
	 * @see org.cxm.model.CxmPackage#getOwner_Parent()
	 * @model
	 * @generated
	 */
	Owner getParent();

	/**
	 * Sets the value of the '{@link org.cxm.model.Owner#getParent <em>Parent</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Parent</em>' reference.
	 * @see #getParent()
	 * @generated
	 */
	void setParent(Owner value);

} // Owner
