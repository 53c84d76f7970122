/**
 */
package org.cxm.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Identity Resolution</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * How customers from different systems are recognised as one.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.cxm.model.IdentityResolution#getMatchRules <em>Match Rules</em>}</li>
 *   <li>{@link org.cxm.model.IdentityResolution#getBlockedValues <em>Blocked Values</em>}</li>
 *   <li>{@link org.cxm.model.IdentityResolution#getDefaultRegion <em>Default Region</em>}</li>
 *   <li>{@link org.cxm.model.IdentityResolution#getSurvivorship <em>Survivorship</em>}</li>
 * </ul>
 *
 * @see org.cxm.model.CxmPackage#getIdentityResolution()
 * @model
 * @generated
 */
public interface IdentityResolution extends Identified {
	/**
	 * Returns the value of the '<em><b>Match Rules</b></em>' containment reference list.
	 * The list contents are of type {@link org.cxm.model.MatchRule}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Identifiers that match customers, in priority order.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Match Rules</em>' containment reference list.
	 * @see org.cxm.model.CxmPackage#getIdentityResolution_MatchRules()
	 * @model containment="true"
	 * @generated
	 */
	EList<MatchRule> getMatchRules();

	/**
	 * Returns the value of the '<em><b>Blocked Values</b></em>' containment reference list.
	 * The list contents are of type {@link org.cxm.model.BlockedValue}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Identifier values that never merge customers.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Blocked Values</em>' containment reference list.
	 * @see org.cxm.model.CxmPackage#getIdentityResolution_BlockedValues()
	 * @model containment="true"
	 * @generated
	 */
	EList<BlockedValue> getBlockedValues();

	/**
	 * Returns the value of the '<em><b>Default Region</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The ISO 3166 region, such as DE or US, of phone numbers written without a country code.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Default Region</em>' attribute.
	 * @see #setDefaultRegion(String)
	 * @see org.cxm.model.CxmPackage#getIdentityResolution_DefaultRegion()
	 * @model
	 * @generated
	 */
	String getDefaultRegion();

	/**
	 * Sets the value of the '{@link org.cxm.model.IdentityResolution#getDefaultRegion <em>Default Region</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Default Region</em>' attribute.
	 * @see #getDefaultRegion()
	 * @generated
	 */
	void setDefaultRegion(String value);

	/**
	 * Returns the value of the '<em><b>Survivorship</b></em>' attribute.
	 * The literals are from the enumeration {@link org.cxm.model.SurvivorshipStrategy}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Which source wins a golden-record field.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Survivorship</em>' attribute.
	 * @see org.cxm.model.SurvivorshipStrategy
	 * @see #setSurvivorship(SurvivorshipStrategy)
	 * @see org.cxm.model.CxmPackage#getIdentityResolution_Survivorship()
	 * @model
	 * @generated
	 */
	SurvivorshipStrategy getSurvivorship();

	/**
	 * Sets the value of the '{@link org.cxm.model.IdentityResolution#getSurvivorship <em>Survivorship</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Survivorship</em>' attribute.
	 * @see org.cxm.model.SurvivorshipStrategy
	 * @see #getSurvivorship()
	 * @generated
	 */
	void setSurvivorship(SurvivorshipStrategy value);

} // IdentityResolution
