/**
 */
package org.cxm.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Persona</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An archetypal customer whose goals, needs and frustrations a journey is designed around.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.cxm.model.Persona#getQuote <em>Quote</em>}</li>
 *   <li>{@link org.cxm.model.Persona#getGoals <em>Goals</em>}</li>
 *   <li>{@link org.cxm.model.Persona#getNeeds <em>Needs</em>}</li>
 *   <li>{@link org.cxm.model.Persona#getPreferences <em>Preferences</em>}</li>
 *   <li>{@link org.cxm.model.Persona#getBehaviours <em>Behaviours</em>}</li>
 *   <li>{@link org.cxm.model.Persona#getFrustrations <em>Frustrations</em>}</li>
 *   <li>{@link org.cxm.model.Persona#getSegments <em>Segments</em>}</li>
 * </ul>
 *
 * @see org.cxm.model.CxmPackage#getPersona()
 * @model
 * @generated
 */
public interface Persona extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Quote</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A sentence in the persona's own words.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Quote</em>' attribute.
	 * @see #setQuote(String)
	 * @see org.cxm.model.CxmPackage#getPersona_Quote()
	 * @model
	 * @generated
	 */
	String getQuote();

	/**
	 * Sets the value of the '{@link org.cxm.model.Persona#getQuote <em>Quote</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Quote</em>' attribute.
	 * @see #getQuote()
	 * @generated
	 */
	void setQuote(String value);

	/**
	 * Returns the value of the '<em><b>Goals</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Goals</em>' attribute list.
	 * @see org.cxm.model.CxmPackage#getPersona_Goals()
	 * @model
	 * @generated
	 */
	EList<String> getGoals();

	/**
	 * Returns the value of the '<em><b>Needs</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Needs</em>' attribute list.
	 * @see org.cxm.model.CxmPackage#getPersona_Needs()
	 * @model
	 * @generated
	 */
	EList<String> getNeeds();

	/**
	 * Returns the value of the '<em><b>Preferences</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Preferences</em>' attribute list.
	 * @see org.cxm.model.CxmPackage#getPersona_Preferences()
	 * @model
	 * @generated
	 */
	EList<String> getPreferences();

	/**
	 * Returns the value of the '<em><b>Behaviours</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Behaviours</em>' attribute list.
	 * @see org.cxm.model.CxmPackage#getPersona_Behaviours()
	 * @model
	 * @generated
	 */
	EList<String> getBehaviours();

	/**
	 * Returns the value of the '<em><b>Frustrations</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Frustrations</em>' attribute list.
	 * @see org.cxm.model.CxmPackage#getPersona_Frustrations()
	 * @model
	 * @generated
	 */
	EList<String> getFrustrations();

	/**
	 * Returns the value of the '<em><b>Segments</b></em>' reference list.
	 * The list contents are of type {@link org.cxm.model.CustomerSegment}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The segments this persona represents.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Segments</em>' reference list.
	 * @see org.cxm.model.CxmPackage#getPersona_Segments()
	 * @model
	 * @generated
	 */
	EList<CustomerSegment> getSegments();

} // Persona
