/**
 */
package org.cxm.model;

import org.eclipse.emf.common.util.EList;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Match Rule</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Customers with the same normalised identifier of this kind are the same customer.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.cxm.model.MatchRule#getKind <em>Kind</em>}</li>
 *   <li>{@link org.cxm.model.MatchRule#isEnabled <em>Enabled</em>}</li>
 *   <li>{@link org.cxm.model.MatchRule#getAlsoKinds <em>Also Kinds</em>}</li>
 * </ul>
 *
 * @see org.cxm.model.CxmPackage#getMatchRule()
 * @model
 * @generated
 */
public interface MatchRule extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.cxm.model.IdentifierKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.cxm.model.IdentifierKind
	 * @see #setKind(IdentifierKind)
	 * @see org.cxm.model.CxmPackage#getMatchRule_Kind()
	 * @model
	 * @generated
	 */
	IdentifierKind getKind();

	/**
	 * Sets the value of the '{@link org.cxm.model.MatchRule#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.cxm.model.IdentifierKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(IdentifierKind value);

	/**
	 * Returns the value of the '<em><b>Enabled</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Enabled</em>' attribute.
	 * @see #setEnabled(boolean)
	 * @see org.cxm.model.CxmPackage#getMatchRule_Enabled()
	 * @model default="true"
	 * @generated
	 */
	boolean isEnabled();

	/**
	 * Sets the value of the '{@link org.cxm.model.MatchRule#isEnabled <em>Enabled</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Enabled</em>' attribute.
	 * @see #isEnabled()
	 * @generated
	 */
	void setEnabled(boolean value);

	/**
	 * Returns the value of the '<em><b>Also Kinds</b></em>' attribute list.
	 * The list contents are of type {@link org.cxm.model.IdentifierKind}.
	 * The literals are from the enumeration {@link org.cxm.model.IdentifierKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Further kinds of identifier that must be equal as well, such as phone with lastName: the rule then matches only customers equal in all its kinds (a pair rule).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Also Kinds</em>' attribute list.
	 * @see org.cxm.model.IdentifierKind
	 * @see org.cxm.model.CxmPackage#getMatchRule_AlsoKinds()
	 * @model
	 * @generated
	 */
	EList<IdentifierKind> getAlsoKinds();

} // MatchRule
