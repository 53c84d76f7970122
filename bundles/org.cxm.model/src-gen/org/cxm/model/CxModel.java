/**
 */
package org.cxm.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Cx Model</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The root of a customer-experience model: the personas, channels, owners and feedback mechanisms shared by its journeys.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.cxm.model.CxModel#getSegments <em>Segments</em>}</li>
 *   <li>{@link org.cxm.model.CxModel#getPersonas <em>Personas</em>}</li>
 *   <li>{@link org.cxm.model.CxModel#getOwners <em>Owners</em>}</li>
 *   <li>{@link org.cxm.model.CxModel#getChannels <em>Channels</em>}</li>
 *   <li>{@link org.cxm.model.CxModel#getJourneys <em>Journeys</em>}</li>
 *   <li>{@link org.cxm.model.CxModel#getFeedbackMechanisms <em>Feedback Mechanisms</em>}</li>
 *   <li>{@link org.cxm.model.CxModel#getDataSources <em>Data Sources</em>}</li>
 *   <li>{@link org.cxm.model.CxModel#getIdentityResolution <em>Identity Resolution</em>}</li>
 * </ul>
 *
 * @see org.cxm.model.CxmPackage#getCxModel()
 * @model
 * @generated
 */
public interface CxModel extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Segments</b></em>' containment reference list.
	 * The list contents are of type {@link org.cxm.model.CustomerSegment}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Segments</em>' containment reference list.
	 * @see org.cxm.model.CxmPackage#getCxModel_Segments()
	 * @model containment="true"
	 * @generated
	 */
	EList<CustomerSegment> getSegments();

	/**
	 * Returns the value of the '<em><b>Personas</b></em>' containment reference list.
	 * The list contents are of type {@link org.cxm.model.Persona}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Personas</em>' containment reference list.
	 * @see org.cxm.model.CxmPackage#getCxModel_Personas()
	 * @model containment="true"
	 * @generated
	 */
	EList<Persona> getPersonas();

	/**
	 * Returns the value of the '<em><b>Owners</b></em>' containment reference list.
	 * The list contents are of type {@link org.cxm.model.Owner}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Owners</em>' containment reference list.
	 * @see org.cxm.model.CxmPackage#getCxModel_Owners()
	 * @model containment="true"
	 * @generated
	 */
	EList<Owner> getOwners();

	/**
	 * Returns the value of the '<em><b>Channels</b></em>' containment reference list.
	 * The list contents are of type {@link org.cxm.model.Channel}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Channels</em>' containment reference list.
	 * @see org.cxm.model.CxmPackage#getCxModel_Channels()
	 * @model containment="true"
	 * @generated
	 */
	EList<Channel> getChannels();

	/**
	 * Returns the value of the '<em><b>Journeys</b></em>' containment reference list.
	 * The list contents are of type {@link org.cxm.model.Journey}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Journeys</em>' containment reference list.
	 * @see org.cxm.model.CxmPackage#getCxModel_Journeys()
	 * @model containment="true"
	 * @generated
	 */
	EList<Journey> getJourneys();

	/**
	 * Returns the value of the '<em><b>Feedback Mechanisms</b></em>' containment reference list.
	 * The list contents are of type {@link org.cxm.model.FeedbackMechanism}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Feedback Mechanisms</em>' containment reference list.
	 * @see org.cxm.model.CxmPackage#getCxModel_FeedbackMechanisms()
	 * @model containment="true"
	 * @generated
	 */
	EList<FeedbackMechanism> getFeedbackMechanisms();

	/**
	 * Returns the value of the '<em><b>Data Sources</b></em>' containment reference list.
	 * The list contents are of type {@link org.cxm.model.DataSource}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The CRM and ERP systems whose records feed the customer history.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Data Sources</em>' containment reference list.
	 * @see org.cxm.model.CxmPackage#getCxModel_DataSources()
	 * @model containment="true"
	 * @generated
	 */
	EList<DataSource> getDataSources();

	/**
	 * Returns the value of the '<em><b>Identity Resolution</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Identity Resolution</em>' containment reference.
	 * @see #setIdentityResolution(IdentityResolution)
	 * @see org.cxm.model.CxmPackage#getCxModel_IdentityResolution()
	 * @model containment="true"
	 * @generated
	 */
	IdentityResolution getIdentityResolution();

	/**
	 * Sets the value of the '{@link org.cxm.model.CxModel#getIdentityResolution <em>Identity Resolution</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Identity Resolution</em>' containment reference.
	 * @see #getIdentityResolution()
	 * @generated
	 */
	void setIdentityResolution(IdentityResolution value);

} // CxModel
