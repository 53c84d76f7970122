/**
 */
package org.cxm.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Journey</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A customer journey map: the stages and touchpoints a persona goes through to reach a goal.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.cxm.model.Journey#getMapType <em>Map Type</em>}</li>
 *   <li>{@link org.cxm.model.Journey#getPersonas <em>Personas</em>}</li>
 *   <li>{@link org.cxm.model.Journey#getObjectives <em>Objectives</em>}</li>
 *   <li>{@link org.cxm.model.Journey#getStages <em>Stages</em>}</li>
 *   <li>{@link org.cxm.model.Journey#getOpportunities <em>Opportunities</em>}</li>
 *   <li>{@link org.cxm.model.Journey#getKpis <em>Kpis</em>}</li>
 *   <li>{@link org.cxm.model.Journey#getOwner <em>Owner</em>}</li>
 *   <li>{@link org.cxm.model.Journey#getCurrentState <em>Current State</em>}</li>
 * </ul>
 *
 * @see org.cxm.model.CxmPackage#getJourney()
 * @model
 * @generated
 */
public interface Journey extends KpiScope {
	/**
	 * Returns the value of the '<em><b>Map Type</b></em>' attribute.
	 * The literals are from the enumeration {@link org.cxm.model.JourneyMapType}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Map Type</em>' attribute.
	 * @see org.cxm.model.JourneyMapType
	 * @see #setMapType(JourneyMapType)
	 * @see org.cxm.model.CxmPackage#getJourney_MapType()
	 * @model
	 * @generated
	 */
	JourneyMapType getMapType();

	/**
	 * Sets the value of the '{@link org.cxm.model.Journey#getMapType <em>Map Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Map Type</em>' attribute.
	 * @see org.cxm.model.JourneyMapType
	 * @see #getMapType()
	 * @generated
	 */
	void setMapType(JourneyMapType value);

	/**
	 * Returns the value of the '<em><b>Personas</b></em>' reference list.
	 * The list contents are of type {@link org.cxm.model.Persona}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The personas this journey is mapped for.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Personas</em>' reference list.
	 * @see org.cxm.model.CxmPackage#getJourney_Personas()
	 * @model
	 * @generated
	 */
	EList<Persona> getPersonas();

	/**
	 * Returns the value of the '<em><b>Objectives</b></em>' containment reference list.
	 * The list contents are of type {@link org.cxm.model.BusinessObjective}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Objectives</em>' containment reference list.
	 * @see org.cxm.model.CxmPackage#getJourney_Objectives()
	 * @model containment="true"
	 * @generated
	 */
	EList<BusinessObjective> getObjectives();

	/**
	 * Returns the value of the '<em><b>Stages</b></em>' containment reference list.
	 * The list contents are of type {@link org.cxm.model.Stage}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Stages in the order the customer lives them.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Stages</em>' containment reference list.
	 * @see org.cxm.model.CxmPackage#getJourney_Stages()
	 * @model containment="true"
	 * @generated
	 */
	EList<Stage> getStages();

	/**
	 * Returns the value of the '<em><b>Opportunities</b></em>' containment reference list.
	 * The list contents are of type {@link org.cxm.model.Opportunity}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Opportunities</em>' containment reference list.
	 * @see org.cxm.model.CxmPackage#getJourney_Opportunities()
	 * @model containment="true"
	 * @generated
	 */
	EList<Opportunity> getOpportunities();

	/**
	 * Returns the value of the '<em><b>Kpis</b></em>' containment reference list.
	 * The list contents are of type {@link org.cxm.model.Kpi}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kpis</em>' containment reference list.
	 * @see org.cxm.model.CxmPackage#getJourney_Kpis()
	 * @model containment="true"
	 * @generated
	 */
	EList<Kpi> getKpis();

	/**
	 * Returns the value of the '<em><b>Owner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Owner</em>' reference.
	 * @see #setOwner(Owner)
	 * @see org.cxm.model.CxmPackage#getJourney_Owner()
	 * @model
	 * @generated
	 */
	Owner getOwner();

	/**
	 * Sets the value of the '{@link org.cxm.model.Journey#getOwner <em>Owner</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Owner</em>' reference.
	 * @see #getOwner()
	 * @generated
	 */
	void setOwner(Owner value);

	/**
	 * Returns the value of the '<em><b>Current State</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * For a future-state journey: the current-state journey it improves.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Current State</em>' reference.
	 * @see #setCurrentState(Journey)
	 * @see org.cxm.model.CxmPackage#getJourney_CurrentState()
	 * @model
	 * @generated
	 */
	Journey getCurrentState();

	/**
	 * Sets the value of the '{@link org.cxm.model.Journey#getCurrentState <em>Current State</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Current State</em>' reference.
	 * @see #getCurrentState()
	 * @generated
	 */
	void setCurrentState(Journey value);

} // Journey
