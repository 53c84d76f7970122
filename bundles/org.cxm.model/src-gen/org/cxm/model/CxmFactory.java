/**
 */
package org.cxm.model;

import org.eclipse.emf.ecore.EFactory;

/**
 * <!-- begin-user-doc -->
 * The <b>Factory</b> for the model.
 * It provides a create method for each non-abstract class of the model.
 * <!-- end-user-doc -->
 * @see org.cxm.model.CxmPackage
 * @generated
 */
public interface CxmFactory extends EFactory {
	/**
	 * The singleton instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	CxmFactory eINSTANCE = org.cxm.model.impl.CxmFactoryImpl.init();

	/**
	 * Returns a new object of class '<em>Cx Model</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Cx Model</em>'.
	 * @generated
	 */
	CxModel createCxModel();

	/**
	 * Returns a new object of class '<em>Customer Segment</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Customer Segment</em>'.
	 * @generated
	 */
	CustomerSegment createCustomerSegment();

	/**
	 * Returns a new object of class '<em>Persona</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Persona</em>'.
	 * @generated
	 */
	Persona createPersona();

	/**
	 * Returns a new object of class '<em>Owner</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Owner</em>'.
	 * @generated
	 */
	Owner createOwner();

	/**
	 * Returns a new object of class '<em>Channel</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Channel</em>'.
	 * @generated
	 */
	Channel createChannel();

	/**
	 * Returns a new object of class '<em>Journey</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Journey</em>'.
	 * @generated
	 */
	Journey createJourney();

	/**
	 * Returns a new object of class '<em>Business Objective</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Business Objective</em>'.
	 * @generated
	 */
	BusinessObjective createBusinessObjective();

	/**
	 * Returns a new object of class '<em>Stage</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Stage</em>'.
	 * @generated
	 */
	Stage createStage();

	/**
	 * Returns a new object of class '<em>Touchpoint</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Touchpoint</em>'.
	 * @generated
	 */
	Touchpoint createTouchpoint();

	/**
	 * Returns a new object of class '<em>Pain Point</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Pain Point</em>'.
	 * @generated
	 */
	PainPoint createPainPoint();

	/**
	 * Returns a new object of class '<em>Moment Of Delight</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Moment Of Delight</em>'.
	 * @generated
	 */
	MomentOfDelight createMomentOfDelight();

	/**
	 * Returns a new object of class '<em>Service Action</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Service Action</em>'.
	 * @generated
	 */
	ServiceAction createServiceAction();

	/**
	 * Returns a new object of class '<em>Opportunity</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Opportunity</em>'.
	 * @generated
	 */
	Opportunity createOpportunity();

	/**
	 * Returns a new object of class '<em>Feedback Mechanism</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Feedback Mechanism</em>'.
	 * @generated
	 */
	FeedbackMechanism createFeedbackMechanism();

	/**
	 * Returns a new object of class '<em>Kpi</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Kpi</em>'.
	 * @generated
	 */
	Kpi createKpi();

	/**
	 * Returns a new object of class '<em>Kpi Measure</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Kpi Measure</em>'.
	 * @generated
	 */
	KpiMeasure createKpiMeasure();

	/**
	 * Returns a new object of class '<em>Record Filter</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Record Filter</em>'.
	 * @generated
	 */
	RecordFilter createRecordFilter();

	/**
	 * Returns a new object of class '<em>Data Source</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Data Source</em>'.
	 * @generated
	 */
	DataSource createDataSource();

	/**
	 * Returns a new object of class '<em>Named Query</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Named Query</em>'.
	 * @generated
	 */
	NamedQuery createNamedQuery();

	/**
	 * Returns a new object of class '<em>Record Source</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Record Source</em>'.
	 * @generated
	 */
	RecordSource createRecordSource();

	/**
	 * Returns a new object of class '<em>Field Mapping</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Field Mapping</em>'.
	 * @generated
	 */
	FieldMapping createFieldMapping();

	/**
	 * Returns a new object of class '<em>Identity Mapping</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Identity Mapping</em>'.
	 * @generated
	 */
	IdentityMapping createIdentityMapping();

	/**
	 * Returns a new object of class '<em>Classification Rule</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Classification Rule</em>'.
	 * @generated
	 */
	ClassificationRule createClassificationRule();

	/**
	 * Returns a new object of class '<em>Condition</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Condition</em>'.
	 * @generated
	 */
	Condition createCondition();

	/**
	 * Returns a new object of class '<em>Identity Resolution</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Identity Resolution</em>'.
	 * @generated
	 */
	IdentityResolution createIdentityResolution();

	/**
	 * Returns a new object of class '<em>Match Rule</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Match Rule</em>'.
	 * @generated
	 */
	MatchRule createMatchRule();

	/**
	 * Returns a new object of class '<em>Blocked Value</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Blocked Value</em>'.
	 * @generated
	 */
	BlockedValue createBlockedValue();

	/**
	 * Returns a new object of class '<em>Api Connection</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Api Connection</em>'.
	 * @generated
	 */
	ApiConnection createApiConnection();

	/**
	 * Returns a new object of class '<em>Api Authenticator</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Api Authenticator</em>'.
	 * @generated
	 */
	ApiAuthenticator createApiAuthenticator();

	/**
	 * Returns a new object of class '<em>Api Request</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Api Request</em>'.
	 * @generated
	 */
	ApiRequest createApiRequest();

	/**
	 * Returns a new object of class '<em>Api Paginator</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Api Paginator</em>'.
	 * @generated
	 */
	ApiPaginator createApiPaginator();

	/**
	 * Returns the package supported by this factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the package supported by this factory.
	 * @generated
	 */
	CxmPackage getCxmPackage();

} //CxmFactory
