/**
 */
package org.cxm.model;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Customer-experience model: personas, journeys, stages, touchpoints, pain points, opportunities, feedback and KPIs.
 * <!-- end-model-doc -->
 * @see org.cxm.model.CxmFactory
 * @model kind="package"
 * @generated
 */
public interface CxmPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "model"; //$NON-NLS-1$

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://www.cxm.org/cxm/1.0"; //$NON-NLS-1$

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "cxm"; //$NON-NLS-1$

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	CxmPackage eINSTANCE = org.cxm.model.impl.CxmPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.cxm.model.impl.IdentifiedImpl <em>Identified</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cxm.model.impl.IdentifiedImpl
	 * @see org.cxm.model.impl.CxmPackageImpl#getIdentified()
	 * @generated
	 */
	int IDENTIFIED = 0;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTIFIED__ID = 0;

	/**
	 * The number of structural features of the '<em>Identified</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTIFIED_FEATURE_COUNT = 1;

	/**
	 * The number of operations of the '<em>Identified</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTIFIED_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.cxm.model.impl.NamedElementImpl <em>Named Element</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cxm.model.impl.NamedElementImpl
	 * @see org.cxm.model.impl.CxmPackageImpl#getNamedElement()
	 * @generated
	 */
	int NAMED_ELEMENT = 1;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED_ELEMENT__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED_ELEMENT__NAME = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED_ELEMENT__DESCRIPTION = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Named Element</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED_ELEMENT_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Named Element</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED_ELEMENT_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.cxm.model.impl.CxModelImpl <em>Cx Model</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cxm.model.impl.CxModelImpl
	 * @see org.cxm.model.impl.CxmPackageImpl#getCxModel()
	 * @generated
	 */
	int CX_MODEL = 2;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CX_MODEL__ID = NAMED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CX_MODEL__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CX_MODEL__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Segments</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CX_MODEL__SEGMENTS = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Personas</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CX_MODEL__PERSONAS = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Owners</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CX_MODEL__OWNERS = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Channels</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CX_MODEL__CHANNELS = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Journeys</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CX_MODEL__JOURNEYS = NAMED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Feedback Mechanisms</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CX_MODEL__FEEDBACK_MECHANISMS = NAMED_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Data Sources</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CX_MODEL__DATA_SOURCES = NAMED_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Identity Resolution</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CX_MODEL__IDENTITY_RESOLUTION = NAMED_ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The number of structural features of the '<em>Cx Model</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CX_MODEL_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 8;

	/**
	 * The number of operations of the '<em>Cx Model</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CX_MODEL_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.cxm.model.impl.CustomerSegmentImpl <em>Customer Segment</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cxm.model.impl.CustomerSegmentImpl
	 * @see org.cxm.model.impl.CxmPackageImpl#getCustomerSegment()
	 * @generated
	 */
	int CUSTOMER_SEGMENT = 3;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOMER_SEGMENT__ID = NAMED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOMER_SEGMENT__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOMER_SEGMENT__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Criteria</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOMER_SEGMENT__CRITERIA = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Customer Segment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOMER_SEGMENT_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Customer Segment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOMER_SEGMENT_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.cxm.model.impl.PersonaImpl <em>Persona</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cxm.model.impl.PersonaImpl
	 * @see org.cxm.model.impl.CxmPackageImpl#getPersona()
	 * @generated
	 */
	int PERSONA = 4;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSONA__ID = NAMED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSONA__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSONA__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Quote</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSONA__QUOTE = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Goals</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSONA__GOALS = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Needs</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSONA__NEEDS = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Preferences</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSONA__PREFERENCES = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Behaviours</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSONA__BEHAVIOURS = NAMED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Frustrations</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSONA__FRUSTRATIONS = NAMED_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Segments</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSONA__SEGMENTS = NAMED_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The number of structural features of the '<em>Persona</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSONA_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The number of operations of the '<em>Persona</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSONA_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.cxm.model.impl.OwnerImpl <em>Owner</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cxm.model.impl.OwnerImpl
	 * @see org.cxm.model.impl.CxmPackageImpl#getOwner()
	 * @generated
	 */
	int OWNER = 5;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OWNER__ID = NAMED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OWNER__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OWNER__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OWNER__KIND = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Contact</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OWNER__CONTACT = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Parent</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OWNER__PARENT = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Owner</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OWNER_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Owner</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OWNER_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.cxm.model.impl.ChannelImpl <em>Channel</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cxm.model.impl.ChannelImpl
	 * @see org.cxm.model.impl.CxmPackageImpl#getChannel()
	 * @generated
	 */
	int CHANNEL = 6;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANNEL__ID = NAMED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANNEL__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANNEL__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANNEL__KIND = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Mode</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANNEL__MODE = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Channel</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANNEL_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Channel</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANNEL_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.cxm.model.impl.KpiScopeImpl <em>Kpi Scope</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cxm.model.impl.KpiScopeImpl
	 * @see org.cxm.model.impl.CxmPackageImpl#getKpiScope()
	 * @generated
	 */
	int KPI_SCOPE = 7;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KPI_SCOPE__ID = NAMED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KPI_SCOPE__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KPI_SCOPE__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The number of structural features of the '<em>Kpi Scope</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KPI_SCOPE_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The number of operations of the '<em>Kpi Scope</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KPI_SCOPE_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.cxm.model.impl.JourneyImpl <em>Journey</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cxm.model.impl.JourneyImpl
	 * @see org.cxm.model.impl.CxmPackageImpl#getJourney()
	 * @generated
	 */
	int JOURNEY = 8;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOURNEY__ID = KPI_SCOPE__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOURNEY__NAME = KPI_SCOPE__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOURNEY__DESCRIPTION = KPI_SCOPE__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Map Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOURNEY__MAP_TYPE = KPI_SCOPE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Personas</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOURNEY__PERSONAS = KPI_SCOPE_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Objectives</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOURNEY__OBJECTIVES = KPI_SCOPE_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Stages</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOURNEY__STAGES = KPI_SCOPE_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Opportunities</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOURNEY__OPPORTUNITIES = KPI_SCOPE_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Kpis</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOURNEY__KPIS = KPI_SCOPE_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Owner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOURNEY__OWNER = KPI_SCOPE_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Current State</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOURNEY__CURRENT_STATE = KPI_SCOPE_FEATURE_COUNT + 7;

	/**
	 * The number of structural features of the '<em>Journey</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOURNEY_FEATURE_COUNT = KPI_SCOPE_FEATURE_COUNT + 8;

	/**
	 * The number of operations of the '<em>Journey</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOURNEY_OPERATION_COUNT = KPI_SCOPE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.cxm.model.impl.BusinessObjectiveImpl <em>Business Objective</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cxm.model.impl.BusinessObjectiveImpl
	 * @see org.cxm.model.impl.CxmPackageImpl#getBusinessObjective()
	 * @generated
	 */
	int BUSINESS_OBJECTIVE = 9;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUSINESS_OBJECTIVE__ID = NAMED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUSINESS_OBJECTIVE__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUSINESS_OBJECTIVE__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUSINESS_OBJECTIVE__KIND = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Business Objective</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUSINESS_OBJECTIVE_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Business Objective</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUSINESS_OBJECTIVE_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.cxm.model.impl.StageImpl <em>Stage</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cxm.model.impl.StageImpl
	 * @see org.cxm.model.impl.CxmPackageImpl#getStage()
	 * @generated
	 */
	int STAGE = 10;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAGE__ID = KPI_SCOPE__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAGE__NAME = KPI_SCOPE__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAGE__DESCRIPTION = KPI_SCOPE__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAGE__KIND = KPI_SCOPE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Customer Goal</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAGE__CUSTOMER_GOAL = KPI_SCOPE_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Touchpoints</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAGE__TOUCHPOINTS = KPI_SCOPE_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Stage</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAGE_FEATURE_COUNT = KPI_SCOPE_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Stage</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAGE_OPERATION_COUNT = KPI_SCOPE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.cxm.model.impl.TouchpointImpl <em>Touchpoint</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cxm.model.impl.TouchpointImpl
	 * @see org.cxm.model.impl.CxmPackageImpl#getTouchpoint()
	 * @generated
	 */
	int TOUCHPOINT = 11;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOUCHPOINT__ID = KPI_SCOPE__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOUCHPOINT__NAME = KPI_SCOPE__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOUCHPOINT__DESCRIPTION = KPI_SCOPE__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Channel</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOUCHPOINT__CHANNEL = KPI_SCOPE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Customer Action</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOUCHPOINT__CUSTOMER_ACTION = KPI_SCOPE_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Thoughts</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOUCHPOINT__THOUGHTS = KPI_SCOPE_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Emotion</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOUCHPOINT__EMOTION = KPI_SCOPE_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Feeling</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOUCHPOINT__FEELING = KPI_SCOPE_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Moment Of Truth</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOUCHPOINT__MOMENT_OF_TRUTH = KPI_SCOPE_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Optional</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOUCHPOINT__OPTIONAL = KPI_SCOPE_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Owner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOUCHPOINT__OWNER = KPI_SCOPE_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Pain Points</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOUCHPOINT__PAIN_POINTS = KPI_SCOPE_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Delights</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOUCHPOINT__DELIGHTS = KPI_SCOPE_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Frontstage Actions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOUCHPOINT__FRONTSTAGE_ACTIONS = KPI_SCOPE_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Backstage Actions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOUCHPOINT__BACKSTAGE_ACTIONS = KPI_SCOPE_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Support Processes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOUCHPOINT__SUPPORT_PROCESSES = KPI_SCOPE_FEATURE_COUNT + 12;

	/**
	 * The number of structural features of the '<em>Touchpoint</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOUCHPOINT_FEATURE_COUNT = KPI_SCOPE_FEATURE_COUNT + 13;

	/**
	 * The number of operations of the '<em>Touchpoint</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOUCHPOINT_OPERATION_COUNT = KPI_SCOPE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.cxm.model.impl.PainPointImpl <em>Pain Point</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cxm.model.impl.PainPointImpl
	 * @see org.cxm.model.impl.CxmPackageImpl#getPainPoint()
	 * @generated
	 */
	int PAIN_POINT = 12;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PAIN_POINT__ID = NAMED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PAIN_POINT__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PAIN_POINT__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Severity</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PAIN_POINT__SEVERITY = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Pain Point</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PAIN_POINT_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Pain Point</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PAIN_POINT_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.cxm.model.impl.MomentOfDelightImpl <em>Moment Of Delight</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cxm.model.impl.MomentOfDelightImpl
	 * @see org.cxm.model.impl.CxmPackageImpl#getMomentOfDelight()
	 * @generated
	 */
	int MOMENT_OF_DELIGHT = 13;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MOMENT_OF_DELIGHT__ID = NAMED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MOMENT_OF_DELIGHT__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MOMENT_OF_DELIGHT__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The number of structural features of the '<em>Moment Of Delight</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MOMENT_OF_DELIGHT_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The number of operations of the '<em>Moment Of Delight</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MOMENT_OF_DELIGHT_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.cxm.model.impl.ServiceActionImpl <em>Service Action</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cxm.model.impl.ServiceActionImpl
	 * @see org.cxm.model.impl.CxmPackageImpl#getServiceAction()
	 * @generated
	 */
	int SERVICE_ACTION = 14;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_ACTION__ID = NAMED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_ACTION__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_ACTION__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Owner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_ACTION__OWNER = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>System</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_ACTION__SYSTEM = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Service Action</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_ACTION_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Service Action</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_ACTION_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.cxm.model.impl.OpportunityImpl <em>Opportunity</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cxm.model.impl.OpportunityImpl
	 * @see org.cxm.model.impl.CxmPackageImpl#getOpportunity()
	 * @generated
	 */
	int OPPORTUNITY = 15;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPPORTUNITY__ID = NAMED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPPORTUNITY__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPPORTUNITY__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Owner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPPORTUNITY__OWNER = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Priority</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPPORTUNITY__PRIORITY = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPPORTUNITY__STATUS = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Expected Impact</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPPORTUNITY__EXPECTED_IMPACT = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Pain Points</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPPORTUNITY__PAIN_POINTS = NAMED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Touchpoints</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPPORTUNITY__TOUCHPOINTS = NAMED_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Kpis</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPPORTUNITY__KPIS = NAMED_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The number of structural features of the '<em>Opportunity</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPPORTUNITY_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The number of operations of the '<em>Opportunity</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPPORTUNITY_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.cxm.model.impl.FeedbackMechanismImpl <em>Feedback Mechanism</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cxm.model.impl.FeedbackMechanismImpl
	 * @see org.cxm.model.impl.CxmPackageImpl#getFeedbackMechanism()
	 * @generated
	 */
	int FEEDBACK_MECHANISM = 16;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FEEDBACK_MECHANISM__ID = NAMED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FEEDBACK_MECHANISM__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FEEDBACK_MECHANISM__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FEEDBACK_MECHANISM__KIND = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Collected At</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FEEDBACK_MECHANISM__COLLECTED_AT = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Channel</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FEEDBACK_MECHANISM__CHANNEL = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Frequency</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FEEDBACK_MECHANISM__FREQUENCY = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Owner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FEEDBACK_MECHANISM__OWNER = NAMED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Measures</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FEEDBACK_MECHANISM__MEASURES = NAMED_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Feedback Mechanism</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FEEDBACK_MECHANISM_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The number of operations of the '<em>Feedback Mechanism</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FEEDBACK_MECHANISM_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.cxm.model.impl.KpiImpl <em>Kpi</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cxm.model.impl.KpiImpl
	 * @see org.cxm.model.impl.CxmPackageImpl#getKpi()
	 * @generated
	 */
	int KPI = 17;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KPI__ID = NAMED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KPI__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KPI__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KPI__KIND = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KPI__UNIT = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Target</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KPI__TARGET = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Benchmark</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KPI__BENCHMARK = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Actual</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KPI__ACTUAL = NAMED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Direction</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KPI__DIRECTION = NAMED_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Scope</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KPI__SCOPE = NAMED_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Owner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KPI__OWNER = NAMED_ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Measure</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KPI__MEASURE = NAMED_ELEMENT_FEATURE_COUNT + 8;

	/**
	 * The number of structural features of the '<em>Kpi</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KPI_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 9;

	/**
	 * The number of operations of the '<em>Kpi</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KPI_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.cxm.model.impl.KpiMeasureImpl <em>Kpi Measure</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cxm.model.impl.KpiMeasureImpl
	 * @see org.cxm.model.impl.CxmPackageImpl#getKpiMeasure()
	 * @generated
	 */
	int KPI_MEASURE = 18;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KPI_MEASURE__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Aggregate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KPI_MEASURE__AGGREGATE = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KPI_MEASURE__VALUE = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Percentile</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KPI_MEASURE__PERCENTILE = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Duration Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KPI_MEASURE__DURATION_UNIT = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Window Days</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KPI_MEASURE__WINDOW_DAYS = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Period Days</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KPI_MEASURE__PERIOD_DAYS = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Scale</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KPI_MEASURE__SCALE = IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Promoter From</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KPI_MEASURE__PROMOTER_FROM = IDENTIFIED_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Detractor Up To</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KPI_MEASURE__DETRACTOR_UP_TO = IDENTIFIED_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Records</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KPI_MEASURE__RECORDS = IDENTIFIED_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Matching</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KPI_MEASURE__MATCHING = IDENTIFIED_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Until</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KPI_MEASURE__UNTIL = IDENTIFIED_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Per</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KPI_MEASURE__PER = IDENTIFIED_FEATURE_COUNT + 12;

	/**
	 * The number of structural features of the '<em>Kpi Measure</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KPI_MEASURE_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 13;

	/**
	 * The number of operations of the '<em>Kpi Measure</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KPI_MEASURE_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.cxm.model.impl.RecordFilterImpl <em>Record Filter</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cxm.model.impl.RecordFilterImpl
	 * @see org.cxm.model.impl.CxmPackageImpl#getRecordFilter()
	 * @generated
	 */
	int RECORD_FILTER = 19;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECORD_FILTER__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Record Sources</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECORD_FILTER__RECORD_SOURCES = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Kinds</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECORD_FILTER__KINDS = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Statuses</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECORD_FILTER__STATUSES = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Directions</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECORD_FILTER__DIRECTIONS = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Touchpoints</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECORD_FILTER__TOUCHPOINTS = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Stages</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECORD_FILTER__STAGES = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Channels</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECORD_FILTER__CHANNELS = IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Min Score</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECORD_FILTER__MIN_SCORE = IDENTIFIED_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Max Score</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECORD_FILTER__MAX_SCORE = IDENTIFIED_FEATURE_COUNT + 8;

	/**
	 * The number of structural features of the '<em>Record Filter</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECORD_FILTER_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 9;

	/**
	 * The number of operations of the '<em>Record Filter</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECORD_FILTER_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.cxm.model.impl.DataSourceImpl <em>Data Source</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cxm.model.impl.DataSourceImpl
	 * @see org.cxm.model.impl.CxmPackageImpl#getDataSource()
	 * @generated
	 */
	int DATA_SOURCE = 20;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_SOURCE__ID = NAMED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_SOURCE__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_SOURCE__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>System Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_SOURCE__SYSTEM_KIND = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Database Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_SOURCE__DATABASE_KIND = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Jdbc Url</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_SOURCE__JDBC_URL = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>User</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_SOURCE__USER = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Credential</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_SOURCE__CREDENTIAL = NAMED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Priority</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_SOURCE__PRIORITY = NAMED_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Max Attempts</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_SOURCE__MAX_ATTEMPTS = NAMED_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Retry Delay Seconds</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_SOURCE__RETRY_DELAY_SECONDS = NAMED_ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Default Region</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_SOURCE__DEFAULT_REGION = NAMED_ELEMENT_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Queries</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_SOURCE__QUERIES = NAMED_ELEMENT_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Record Sources</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_SOURCE__RECORD_SOURCES = NAMED_ELEMENT_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Api</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_SOURCE__API = NAMED_ELEMENT_FEATURE_COUNT + 11;

	/**
	 * The number of structural features of the '<em>Data Source</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_SOURCE_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 12;

	/**
	 * The number of operations of the '<em>Data Source</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_SOURCE_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.cxm.model.impl.NamedQueryImpl <em>Named Query</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cxm.model.impl.NamedQueryImpl
	 * @see org.cxm.model.impl.CxmPackageImpl#getNamedQuery()
	 * @generated
	 */
	int NAMED_QUERY = 21;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED_QUERY__ID = NAMED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED_QUERY__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED_QUERY__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Sql</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED_QUERY__SQL = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Named Query</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED_QUERY_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Named Query</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED_QUERY_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.cxm.model.impl.RecordSourceImpl <em>Record Source</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cxm.model.impl.RecordSourceImpl
	 * @see org.cxm.model.impl.CxmPackageImpl#getRecordSource()
	 * @generated
	 */
	int RECORD_SOURCE = 22;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECORD_SOURCE__ID = NAMED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECORD_SOURCE__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECORD_SOURCE__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECORD_SOURCE__KIND = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Table</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECORD_SOURCE__TABLE = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Query</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECORD_SOURCE__QUERY = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Named Query</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECORD_SOURCE__NAMED_QUERY = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Filter</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECORD_SOURCE__FILTER = NAMED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Primary Key</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECORD_SOURCE__PRIMARY_KEY = NAMED_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Cursor Columns</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECORD_SOURCE__CURSOR_COLUMNS = NAMED_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Deleted Column</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECORD_SOURCE__DELETED_COLUMN = NAMED_ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Deleted Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECORD_SOURCE__DELETED_VALUE = NAMED_ELEMENT_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Look Back Seconds</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECORD_SOURCE__LOOK_BACK_SECONDS = NAMED_ELEMENT_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Reconcile Every Hours</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECORD_SOURCE__RECONCILE_EVERY_HOURS = NAMED_ELEMENT_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Batch Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECORD_SOURCE__BATCH_SIZE = NAMED_ELEMENT_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Customer Source</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECORD_SOURCE__CUSTOMER_SOURCE = NAMED_ELEMENT_FEATURE_COUNT + 12;

	/**
	 * The feature id for the '<em><b>Field Mappings</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECORD_SOURCE__FIELD_MAPPINGS = NAMED_ELEMENT_FEATURE_COUNT + 13;

	/**
	 * The feature id for the '<em><b>Identity Mappings</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECORD_SOURCE__IDENTITY_MAPPINGS = NAMED_ELEMENT_FEATURE_COUNT + 14;

	/**
	 * The feature id for the '<em><b>Classification Rules</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECORD_SOURCE__CLASSIFICATION_RULES = NAMED_ELEMENT_FEATURE_COUNT + 15;

	/**
	 * The feature id for the '<em><b>Request</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECORD_SOURCE__REQUEST = NAMED_ELEMENT_FEATURE_COUNT + 16;

	/**
	 * The number of structural features of the '<em>Record Source</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECORD_SOURCE_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 17;

	/**
	 * The number of operations of the '<em>Record Source</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECORD_SOURCE_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.cxm.model.impl.FieldMappingImpl <em>Field Mapping</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cxm.model.impl.FieldMappingImpl
	 * @see org.cxm.model.impl.CxmPackageImpl#getFieldMapping()
	 * @generated
	 */
	int FIELD_MAPPING = 23;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIELD_MAPPING__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Column</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIELD_MAPPING__COLUMN = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Field</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIELD_MAPPING__FIELD = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Default Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIELD_MAPPING__DEFAULT_VALUE = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Field Mapping</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIELD_MAPPING_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Field Mapping</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIELD_MAPPING_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.cxm.model.impl.IdentityMappingImpl <em>Identity Mapping</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cxm.model.impl.IdentityMappingImpl
	 * @see org.cxm.model.impl.CxmPackageImpl#getIdentityMapping()
	 * @generated
	 */
	int IDENTITY_MAPPING = 24;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTITY_MAPPING__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Column</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTITY_MAPPING__COLUMN = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTITY_MAPPING__KIND = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Region Column</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTITY_MAPPING__REGION_COLUMN = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Unless Column</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTITY_MAPPING__UNLESS_COLUMN = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Identity Mapping</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTITY_MAPPING_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Identity Mapping</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTITY_MAPPING_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.cxm.model.impl.ClassificationRuleImpl <em>Classification Rule</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cxm.model.impl.ClassificationRuleImpl
	 * @see org.cxm.model.impl.CxmPackageImpl#getClassificationRule()
	 * @generated
	 */
	int CLASSIFICATION_RULE = 25;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLASSIFICATION_RULE__ID = NAMED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLASSIFICATION_RULE__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLASSIFICATION_RULE__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Conditions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLASSIFICATION_RULE__CONDITIONS = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Channel</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLASSIFICATION_RULE__CHANNEL = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Touchpoint</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLASSIFICATION_RULE__TOUCHPOINT = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Stage</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLASSIFICATION_RULE__STAGE = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Classification Rule</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLASSIFICATION_RULE_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Classification Rule</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLASSIFICATION_RULE_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.cxm.model.impl.ConditionImpl <em>Condition</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cxm.model.impl.ConditionImpl
	 * @see org.cxm.model.impl.CxmPackageImpl#getCondition()
	 * @generated
	 */
	int CONDITION = 26;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONDITION__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Field</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONDITION__FIELD = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Operator</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONDITION__OPERATOR = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONDITION__VALUE = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Condition</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONDITION_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Condition</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONDITION_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.cxm.model.impl.IdentityResolutionImpl <em>Identity Resolution</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cxm.model.impl.IdentityResolutionImpl
	 * @see org.cxm.model.impl.CxmPackageImpl#getIdentityResolution()
	 * @generated
	 */
	int IDENTITY_RESOLUTION = 27;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTITY_RESOLUTION__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Match Rules</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTITY_RESOLUTION__MATCH_RULES = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Blocked Values</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTITY_RESOLUTION__BLOCKED_VALUES = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Default Region</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTITY_RESOLUTION__DEFAULT_REGION = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Survivorship</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTITY_RESOLUTION__SURVIVORSHIP = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Identity Resolution</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTITY_RESOLUTION_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Identity Resolution</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTITY_RESOLUTION_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.cxm.model.impl.MatchRuleImpl <em>Match Rule</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cxm.model.impl.MatchRuleImpl
	 * @see org.cxm.model.impl.CxmPackageImpl#getMatchRule()
	 * @generated
	 */
	int MATCH_RULE = 28;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MATCH_RULE__ID = NAMED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MATCH_RULE__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MATCH_RULE__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MATCH_RULE__KIND = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Enabled</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MATCH_RULE__ENABLED = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Also Kinds</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MATCH_RULE__ALSO_KINDS = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Match Rule</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MATCH_RULE_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Match Rule</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MATCH_RULE_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.cxm.model.impl.BlockedValueImpl <em>Blocked Value</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cxm.model.impl.BlockedValueImpl
	 * @see org.cxm.model.impl.CxmPackageImpl#getBlockedValue()
	 * @generated
	 */
	int BLOCKED_VALUE = 29;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BLOCKED_VALUE__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BLOCKED_VALUE__KIND = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Pattern</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BLOCKED_VALUE__PATTERN = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BLOCKED_VALUE__DESCRIPTION = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Blocks Pairs</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BLOCKED_VALUE__BLOCKS_PAIRS = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Blocked Value</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BLOCKED_VALUE_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Blocked Value</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BLOCKED_VALUE_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.cxm.model.impl.ApiConnectionImpl <em>Api Connection</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cxm.model.impl.ApiConnectionImpl
	 * @see org.cxm.model.impl.CxmPackageImpl#getApiConnection()
	 * @generated
	 */
	int API_CONNECTION = 30;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int API_CONNECTION__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Base Url</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int API_CONNECTION__BASE_URL = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Authenticator</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int API_CONNECTION__AUTHENTICATOR = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Headers</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int API_CONNECTION__HEADERS = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Requests Per Second</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int API_CONNECTION__REQUESTS_PER_SECOND = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Max Retry After Seconds</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int API_CONNECTION__MAX_RETRY_AFTER_SECONDS = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Timeout Seconds</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int API_CONNECTION__TIMEOUT_SECONDS = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Api Connection</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int API_CONNECTION_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The number of operations of the '<em>Api Connection</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int API_CONNECTION_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.cxm.model.impl.ApiAuthenticatorImpl <em>Api Authenticator</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cxm.model.impl.ApiAuthenticatorImpl
	 * @see org.cxm.model.impl.CxmPackageImpl#getApiAuthenticator()
	 * @generated
	 */
	int API_AUTHENTICATOR = 31;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int API_AUTHENTICATOR__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int API_AUTHENTICATOR__KIND = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Header Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int API_AUTHENTICATOR__HEADER_NAME = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Token Url</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int API_AUTHENTICATOR__TOKEN_URL = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Scope</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int API_AUTHENTICATOR__SCOPE = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Api Authenticator</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int API_AUTHENTICATOR_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Api Authenticator</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int API_AUTHENTICATOR_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.cxm.model.impl.ApiRequestImpl <em>Api Request</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cxm.model.impl.ApiRequestImpl
	 * @see org.cxm.model.impl.CxmPackageImpl#getApiRequest()
	 * @generated
	 */
	int API_REQUEST = 32;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int API_REQUEST__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Method</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int API_REQUEST__METHOD = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int API_REQUEST__PATH = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Parameters</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int API_REQUEST__PARAMETERS = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Body</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int API_REQUEST__BODY = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Records Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int API_REQUEST__RECORDS_PATH = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Since Format</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int API_REQUEST__SINCE_FORMAT = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Delta Token Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int API_REQUEST__DELTA_TOKEN_PATH = IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>False Is Empty</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int API_REQUEST__FALSE_IS_EMPTY = IDENTIFIED_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Paginator</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int API_REQUEST__PAGINATOR = IDENTIFIED_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Deleted Records</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int API_REQUEST__DELETED_RECORDS = IDENTIFIED_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Deleted Key Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int API_REQUEST__DELETED_KEY_PATH = IDENTIFIED_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Deleted Cursor Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int API_REQUEST__DELETED_CURSOR_PATH = IDENTIFIED_FEATURE_COUNT + 11;

	/**
	 * The number of structural features of the '<em>Api Request</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int API_REQUEST_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 12;

	/**
	 * The number of operations of the '<em>Api Request</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int API_REQUEST_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.cxm.model.impl.ApiPaginatorImpl <em>Api Paginator</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cxm.model.impl.ApiPaginatorImpl
	 * @see org.cxm.model.impl.CxmPackageImpl#getApiPaginator()
	 * @generated
	 */
	int API_PAGINATOR = 33;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int API_PAGINATOR__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int API_PAGINATOR__KIND = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Page Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int API_PAGINATOR__PAGE_SIZE = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>First Page</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int API_PAGINATOR__FIRST_PAGE = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Next Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int API_PAGINATOR__NEXT_PATH = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Stop When</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int API_PAGINATOR__STOP_WHEN = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Total Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int API_PAGINATOR__TOTAL_PATH = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Max Pages</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int API_PAGINATOR__MAX_PAGES = IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The number of structural features of the '<em>Api Paginator</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int API_PAGINATOR_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 7;

	/**
	 * The number of operations of the '<em>Api Paginator</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int API_PAGINATOR_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.cxm.model.JourneyMapType <em>Journey Map Type</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cxm.model.JourneyMapType
	 * @see org.cxm.model.impl.CxmPackageImpl#getJourneyMapType()
	 * @generated
	 */
	int JOURNEY_MAP_TYPE = 34;

	/**
	 * The meta object id for the '{@link org.cxm.model.StageKind <em>Stage Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cxm.model.StageKind
	 * @see org.cxm.model.impl.CxmPackageImpl#getStageKind()
	 * @generated
	 */
	int STAGE_KIND = 35;

	/**
	 * The meta object id for the '{@link org.cxm.model.ChannelKind <em>Channel Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cxm.model.ChannelKind
	 * @see org.cxm.model.impl.CxmPackageImpl#getChannelKind()
	 * @generated
	 */
	int CHANNEL_KIND = 36;

	/**
	 * The meta object id for the '{@link org.cxm.model.ChannelMode <em>Channel Mode</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cxm.model.ChannelMode
	 * @see org.cxm.model.impl.CxmPackageImpl#getChannelMode()
	 * @generated
	 */
	int CHANNEL_MODE = 37;

	/**
	 * The meta object id for the '{@link org.cxm.model.OwnerKind <em>Owner Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cxm.model.OwnerKind
	 * @see org.cxm.model.impl.CxmPackageImpl#getOwnerKind()
	 * @generated
	 */
	int OWNER_KIND = 38;

	/**
	 * The meta object id for the '{@link org.cxm.model.ObjectiveKind <em>Objective Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cxm.model.ObjectiveKind
	 * @see org.cxm.model.impl.CxmPackageImpl#getObjectiveKind()
	 * @generated
	 */
	int OBJECTIVE_KIND = 39;

	/**
	 * The meta object id for the '{@link org.cxm.model.Severity <em>Severity</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cxm.model.Severity
	 * @see org.cxm.model.impl.CxmPackageImpl#getSeverity()
	 * @generated
	 */
	int SEVERITY = 40;

	/**
	 * The meta object id for the '{@link org.cxm.model.Priority <em>Priority</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cxm.model.Priority
	 * @see org.cxm.model.impl.CxmPackageImpl#getPriority()
	 * @generated
	 */
	int PRIORITY = 41;

	/**
	 * The meta object id for the '{@link org.cxm.model.OpportunityStatus <em>Opportunity Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cxm.model.OpportunityStatus
	 * @see org.cxm.model.impl.CxmPackageImpl#getOpportunityStatus()
	 * @generated
	 */
	int OPPORTUNITY_STATUS = 42;

	/**
	 * The meta object id for the '{@link org.cxm.model.FeedbackKind <em>Feedback Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cxm.model.FeedbackKind
	 * @see org.cxm.model.impl.CxmPackageImpl#getFeedbackKind()
	 * @generated
	 */
	int FEEDBACK_KIND = 43;

	/**
	 * The meta object id for the '{@link org.cxm.model.KpiKind <em>Kpi Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cxm.model.KpiKind
	 * @see org.cxm.model.impl.CxmPackageImpl#getKpiKind()
	 * @generated
	 */
	int KPI_KIND = 44;

	/**
	 * The meta object id for the '{@link org.cxm.model.KpiDirection <em>Kpi Direction</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cxm.model.KpiDirection
	 * @see org.cxm.model.impl.CxmPackageImpl#getKpiDirection()
	 * @generated
	 */
	int KPI_DIRECTION = 45;


	/**
	 * The meta object id for the '{@link org.cxm.model.SystemKind <em>System Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cxm.model.SystemKind
	 * @see org.cxm.model.impl.CxmPackageImpl#getSystemKind()
	 * @generated
	 */
	int SYSTEM_KIND = 46;

	/**
	 * The meta object id for the '{@link org.cxm.model.DatabaseKind <em>Database Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cxm.model.DatabaseKind
	 * @see org.cxm.model.impl.CxmPackageImpl#getDatabaseKind()
	 * @generated
	 */
	int DATABASE_KIND = 47;

	/**
	 * The meta object id for the '{@link org.cxm.model.ApiAuthKind <em>Api Auth Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cxm.model.ApiAuthKind
	 * @see org.cxm.model.impl.CxmPackageImpl#getApiAuthKind()
	 * @generated
	 */
	int API_AUTH_KIND = 48;

	/**
	 * The meta object id for the '{@link org.cxm.model.HttpMethod <em>Http Method</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cxm.model.HttpMethod
	 * @see org.cxm.model.impl.CxmPackageImpl#getHttpMethod()
	 * @generated
	 */
	int HTTP_METHOD = 49;

	/**
	 * The meta object id for the '{@link org.cxm.model.PaginationKind <em>Pagination Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cxm.model.PaginationKind
	 * @see org.cxm.model.impl.CxmPackageImpl#getPaginationKind()
	 * @generated
	 */
	int PAGINATION_KIND = 50;

	/**
	 * The meta object id for the '{@link org.cxm.model.PageStop <em>Page Stop</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cxm.model.PageStop
	 * @see org.cxm.model.impl.CxmPackageImpl#getPageStop()
	 * @generated
	 */
	int PAGE_STOP = 51;

	/**
	 * The meta object id for the '{@link org.cxm.model.RecordKind <em>Record Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cxm.model.RecordKind
	 * @see org.cxm.model.impl.CxmPackageImpl#getRecordKind()
	 * @generated
	 */
	int RECORD_KIND = 52;

	/**
	 * The meta object id for the '{@link org.cxm.model.CanonicalField <em>Canonical Field</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cxm.model.CanonicalField
	 * @see org.cxm.model.impl.CxmPackageImpl#getCanonicalField()
	 * @generated
	 */
	int CANONICAL_FIELD = 53;

	/**
	 * The meta object id for the '{@link org.cxm.model.IdentifierKind <em>Identifier Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cxm.model.IdentifierKind
	 * @see org.cxm.model.impl.CxmPackageImpl#getIdentifierKind()
	 * @generated
	 */
	int IDENTIFIER_KIND = 54;

	/**
	 * The meta object id for the '{@link org.cxm.model.ConditionOperator <em>Condition Operator</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cxm.model.ConditionOperator
	 * @see org.cxm.model.impl.CxmPackageImpl#getConditionOperator()
	 * @generated
	 */
	int CONDITION_OPERATOR = 55;

	/**
	 * The meta object id for the '{@link org.cxm.model.SurvivorshipStrategy <em>Survivorship Strategy</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cxm.model.SurvivorshipStrategy
	 * @see org.cxm.model.impl.CxmPackageImpl#getSurvivorshipStrategy()
	 * @generated
	 */
	int SURVIVORSHIP_STRATEGY = 56;


	/**
	 * The meta object id for the '{@link org.cxm.model.MeasureAggregate <em>Measure Aggregate</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cxm.model.MeasureAggregate
	 * @see org.cxm.model.impl.CxmPackageImpl#getMeasureAggregate()
	 * @generated
	 */
	int MEASURE_AGGREGATE = 57;

	/**
	 * The meta object id for the '{@link org.cxm.model.MeasureValue <em>Measure Value</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cxm.model.MeasureValue
	 * @see org.cxm.model.impl.CxmPackageImpl#getMeasureValue()
	 * @generated
	 */
	int MEASURE_VALUE = 58;

	/**
	 * The meta object id for the '{@link org.cxm.model.DurationUnit <em>Duration Unit</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cxm.model.DurationUnit
	 * @see org.cxm.model.impl.CxmPackageImpl#getDurationUnit()
	 * @generated
	 */
	int DURATION_UNIT = 59;


	/**
	 * Returns the meta object for class '{@link org.cxm.model.Identified <em>Identified</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Identified</em>'.
	 * @see org.cxm.model.Identified
	 * @generated
	 */
	EClass getIdentified();

	/**
	 * Returns the meta object for the attribute '{@link org.cxm.model.Identified#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.cxm.model.Identified#getId()
	 * @see #getIdentified()
	 * @generated
	 */
	EAttribute getIdentified_Id();

	/**
	 * Returns the meta object for class '{@link org.cxm.model.NamedElement <em>Named Element</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Named Element</em>'.
	 * @see org.cxm.model.NamedElement
	 * @generated
	 */
	EClass getNamedElement();

	/**
	 * Returns the meta object for the attribute '{@link org.cxm.model.NamedElement#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.cxm.model.NamedElement#getName()
	 * @see #getNamedElement()
	 * @generated
	 */
	EAttribute getNamedElement_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.cxm.model.NamedElement#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.cxm.model.NamedElement#getDescription()
	 * @see #getNamedElement()
	 * @generated
	 */
	EAttribute getNamedElement_Description();

	/**
	 * Returns the meta object for class '{@link org.cxm.model.CxModel <em>Cx Model</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Cx Model</em>'.
	 * @see org.cxm.model.CxModel
	 * @generated
	 */
	EClass getCxModel();

	/**
	 * Returns the meta object for the containment reference list '{@link org.cxm.model.CxModel#getSegments <em>Segments</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Segments</em>'.
	 * @see org.cxm.model.CxModel#getSegments()
	 * @see #getCxModel()
	 * @generated
	 */
	EReference getCxModel_Segments();

	/**
	 * Returns the meta object for the containment reference list '{@link org.cxm.model.CxModel#getPersonas <em>Personas</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Personas</em>'.
	 * @see org.cxm.model.CxModel#getPersonas()
	 * @see #getCxModel()
	 * @generated
	 */
	EReference getCxModel_Personas();

	/**
	 * Returns the meta object for the containment reference list '{@link org.cxm.model.CxModel#getOwners <em>Owners</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Owners</em>'.
	 * @see org.cxm.model.CxModel#getOwners()
	 * @see #getCxModel()
	 * @generated
	 */
	EReference getCxModel_Owners();

	/**
	 * Returns the meta object for the containment reference list '{@link org.cxm.model.CxModel#getChannels <em>Channels</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Channels</em>'.
	 * @see org.cxm.model.CxModel#getChannels()
	 * @see #getCxModel()
	 * @generated
	 */
	EReference getCxModel_Channels();

	/**
	 * Returns the meta object for the containment reference list '{@link org.cxm.model.CxModel#getJourneys <em>Journeys</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Journeys</em>'.
	 * @see org.cxm.model.CxModel#getJourneys()
	 * @see #getCxModel()
	 * @generated
	 */
	EReference getCxModel_Journeys();

	/**
	 * Returns the meta object for the containment reference list '{@link org.cxm.model.CxModel#getFeedbackMechanisms <em>Feedback Mechanisms</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Feedback Mechanisms</em>'.
	 * @see org.cxm.model.CxModel#getFeedbackMechanisms()
	 * @see #getCxModel()
	 * @generated
	 */
	EReference getCxModel_FeedbackMechanisms();

	/**
	 * Returns the meta object for the containment reference list '{@link org.cxm.model.CxModel#getDataSources <em>Data Sources</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Data Sources</em>'.
	 * @see org.cxm.model.CxModel#getDataSources()
	 * @see #getCxModel()
	 * @generated
	 */
	EReference getCxModel_DataSources();

	/**
	 * Returns the meta object for the containment reference '{@link org.cxm.model.CxModel#getIdentityResolution <em>Identity Resolution</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Identity Resolution</em>'.
	 * @see org.cxm.model.CxModel#getIdentityResolution()
	 * @see #getCxModel()
	 * @generated
	 */
	EReference getCxModel_IdentityResolution();

	/**
	 * Returns the meta object for class '{@link org.cxm.model.CustomerSegment <em>Customer Segment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Customer Segment</em>'.
	 * @see org.cxm.model.CustomerSegment
	 * @generated
	 */
	EClass getCustomerSegment();

	/**
	 * Returns the meta object for the attribute '{@link org.cxm.model.CustomerSegment#getCriteria <em>Criteria</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Criteria</em>'.
	 * @see org.cxm.model.CustomerSegment#getCriteria()
	 * @see #getCustomerSegment()
	 * @generated
	 */
	EAttribute getCustomerSegment_Criteria();

	/**
	 * Returns the meta object for class '{@link org.cxm.model.Persona <em>Persona</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Persona</em>'.
	 * @see org.cxm.model.Persona
	 * @generated
	 */
	EClass getPersona();

	/**
	 * Returns the meta object for the attribute '{@link org.cxm.model.Persona#getQuote <em>Quote</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Quote</em>'.
	 * @see org.cxm.model.Persona#getQuote()
	 * @see #getPersona()
	 * @generated
	 */
	EAttribute getPersona_Quote();

	/**
	 * Returns the meta object for the attribute list '{@link org.cxm.model.Persona#getGoals <em>Goals</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Goals</em>'.
	 * @see org.cxm.model.Persona#getGoals()
	 * @see #getPersona()
	 * @generated
	 */
	EAttribute getPersona_Goals();

	/**
	 * Returns the meta object for the attribute list '{@link org.cxm.model.Persona#getNeeds <em>Needs</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Needs</em>'.
	 * @see org.cxm.model.Persona#getNeeds()
	 * @see #getPersona()
	 * @generated
	 */
	EAttribute getPersona_Needs();

	/**
	 * Returns the meta object for the attribute list '{@link org.cxm.model.Persona#getPreferences <em>Preferences</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Preferences</em>'.
	 * @see org.cxm.model.Persona#getPreferences()
	 * @see #getPersona()
	 * @generated
	 */
	EAttribute getPersona_Preferences();

	/**
	 * Returns the meta object for the attribute list '{@link org.cxm.model.Persona#getBehaviours <em>Behaviours</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Behaviours</em>'.
	 * @see org.cxm.model.Persona#getBehaviours()
	 * @see #getPersona()
	 * @generated
	 */
	EAttribute getPersona_Behaviours();

	/**
	 * Returns the meta object for the attribute list '{@link org.cxm.model.Persona#getFrustrations <em>Frustrations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Frustrations</em>'.
	 * @see org.cxm.model.Persona#getFrustrations()
	 * @see #getPersona()
	 * @generated
	 */
	EAttribute getPersona_Frustrations();

	/**
	 * Returns the meta object for the reference list '{@link org.cxm.model.Persona#getSegments <em>Segments</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Segments</em>'.
	 * @see org.cxm.model.Persona#getSegments()
	 * @see #getPersona()
	 * @generated
	 */
	EReference getPersona_Segments();

	/**
	 * Returns the meta object for class '{@link org.cxm.model.Owner <em>Owner</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Owner</em>'.
	 * @see org.cxm.model.Owner
	 * @generated
	 */
	EClass getOwner();

	/**
	 * Returns the meta object for the attribute '{@link org.cxm.model.Owner#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.cxm.model.Owner#getKind()
	 * @see #getOwner()
	 * @generated
	 */
	EAttribute getOwner_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.cxm.model.Owner#getContact <em>Contact</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Contact</em>'.
	 * @see org.cxm.model.Owner#getContact()
	 * @see #getOwner()
	 * @generated
	 */
	EAttribute getOwner_Contact();

	/**
	 * Returns the meta object for the reference '{@link org.cxm.model.Owner#getParent <em>Parent</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Parent</em>'.
	 * @see org.cxm.model.Owner#getParent()
	 * @see #getOwner()
	 * @generated
	 */
	EReference getOwner_Parent();

	/**
	 * Returns the meta object for class '{@link org.cxm.model.Channel <em>Channel</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Channel</em>'.
	 * @see org.cxm.model.Channel
	 * @generated
	 */
	EClass getChannel();

	/**
	 * Returns the meta object for the attribute '{@link org.cxm.model.Channel#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.cxm.model.Channel#getKind()
	 * @see #getChannel()
	 * @generated
	 */
	EAttribute getChannel_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.cxm.model.Channel#getMode <em>Mode</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Mode</em>'.
	 * @see org.cxm.model.Channel#getMode()
	 * @see #getChannel()
	 * @generated
	 */
	EAttribute getChannel_Mode();

	/**
	 * Returns the meta object for class '{@link org.cxm.model.KpiScope <em>Kpi Scope</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Kpi Scope</em>'.
	 * @see org.cxm.model.KpiScope
	 * @generated
	 */
	EClass getKpiScope();

	/**
	 * Returns the meta object for class '{@link org.cxm.model.Journey <em>Journey</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Journey</em>'.
	 * @see org.cxm.model.Journey
	 * @generated
	 */
	EClass getJourney();

	/**
	 * Returns the meta object for the attribute '{@link org.cxm.model.Journey#getMapType <em>Map Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Map Type</em>'.
	 * @see org.cxm.model.Journey#getMapType()
	 * @see #getJourney()
	 * @generated
	 */
	EAttribute getJourney_MapType();

	/**
	 * Returns the meta object for the reference list '{@link org.cxm.model.Journey#getPersonas <em>Personas</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Personas</em>'.
	 * @see org.cxm.model.Journey#getPersonas()
	 * @see #getJourney()
	 * @generated
	 */
	EReference getJourney_Personas();

	/**
	 * Returns the meta object for the containment reference list '{@link org.cxm.model.Journey#getObjectives <em>Objectives</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Objectives</em>'.
	 * @see org.cxm.model.Journey#getObjectives()
	 * @see #getJourney()
	 * @generated
	 */
	EReference getJourney_Objectives();

	/**
	 * Returns the meta object for the containment reference list '{@link org.cxm.model.Journey#getStages <em>Stages</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Stages</em>'.
	 * @see org.cxm.model.Journey#getStages()
	 * @see #getJourney()
	 * @generated
	 */
	EReference getJourney_Stages();

	/**
	 * Returns the meta object for the containment reference list '{@link org.cxm.model.Journey#getOpportunities <em>Opportunities</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Opportunities</em>'.
	 * @see org.cxm.model.Journey#getOpportunities()
	 * @see #getJourney()
	 * @generated
	 */
	EReference getJourney_Opportunities();

	/**
	 * Returns the meta object for the containment reference list '{@link org.cxm.model.Journey#getKpis <em>Kpis</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Kpis</em>'.
	 * @see org.cxm.model.Journey#getKpis()
	 * @see #getJourney()
	 * @generated
	 */
	EReference getJourney_Kpis();

	/**
	 * Returns the meta object for the reference '{@link org.cxm.model.Journey#getOwner <em>Owner</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Owner</em>'.
	 * @see org.cxm.model.Journey#getOwner()
	 * @see #getJourney()
	 * @generated
	 */
	EReference getJourney_Owner();

	/**
	 * Returns the meta object for the reference '{@link org.cxm.model.Journey#getCurrentState <em>Current State</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Current State</em>'.
	 * @see org.cxm.model.Journey#getCurrentState()
	 * @see #getJourney()
	 * @generated
	 */
	EReference getJourney_CurrentState();

	/**
	 * Returns the meta object for class '{@link org.cxm.model.BusinessObjective <em>Business Objective</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Business Objective</em>'.
	 * @see org.cxm.model.BusinessObjective
	 * @generated
	 */
	EClass getBusinessObjective();

	/**
	 * Returns the meta object for the attribute '{@link org.cxm.model.BusinessObjective#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.cxm.model.BusinessObjective#getKind()
	 * @see #getBusinessObjective()
	 * @generated
	 */
	EAttribute getBusinessObjective_Kind();

	/**
	 * Returns the meta object for class '{@link org.cxm.model.Stage <em>Stage</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Stage</em>'.
	 * @see org.cxm.model.Stage
	 * @generated
	 */
	EClass getStage();

	/**
	 * Returns the meta object for the attribute '{@link org.cxm.model.Stage#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.cxm.model.Stage#getKind()
	 * @see #getStage()
	 * @generated
	 */
	EAttribute getStage_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.cxm.model.Stage#getCustomerGoal <em>Customer Goal</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Customer Goal</em>'.
	 * @see org.cxm.model.Stage#getCustomerGoal()
	 * @see #getStage()
	 * @generated
	 */
	EAttribute getStage_CustomerGoal();

	/**
	 * Returns the meta object for the containment reference list '{@link org.cxm.model.Stage#getTouchpoints <em>Touchpoints</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Touchpoints</em>'.
	 * @see org.cxm.model.Stage#getTouchpoints()
	 * @see #getStage()
	 * @generated
	 */
	EReference getStage_Touchpoints();

	/**
	 * Returns the meta object for class '{@link org.cxm.model.Touchpoint <em>Touchpoint</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Touchpoint</em>'.
	 * @see org.cxm.model.Touchpoint
	 * @generated
	 */
	EClass getTouchpoint();

	/**
	 * Returns the meta object for the reference '{@link org.cxm.model.Touchpoint#getChannel <em>Channel</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Channel</em>'.
	 * @see org.cxm.model.Touchpoint#getChannel()
	 * @see #getTouchpoint()
	 * @generated
	 */
	EReference getTouchpoint_Channel();

	/**
	 * Returns the meta object for the attribute '{@link org.cxm.model.Touchpoint#getCustomerAction <em>Customer Action</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Customer Action</em>'.
	 * @see org.cxm.model.Touchpoint#getCustomerAction()
	 * @see #getTouchpoint()
	 * @generated
	 */
	EAttribute getTouchpoint_CustomerAction();

	/**
	 * Returns the meta object for the attribute '{@link org.cxm.model.Touchpoint#getThoughts <em>Thoughts</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Thoughts</em>'.
	 * @see org.cxm.model.Touchpoint#getThoughts()
	 * @see #getTouchpoint()
	 * @generated
	 */
	EAttribute getTouchpoint_Thoughts();

	/**
	 * Returns the meta object for the attribute '{@link org.cxm.model.Touchpoint#getEmotion <em>Emotion</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Emotion</em>'.
	 * @see org.cxm.model.Touchpoint#getEmotion()
	 * @see #getTouchpoint()
	 * @generated
	 */
	EAttribute getTouchpoint_Emotion();

	/**
	 * Returns the meta object for the attribute '{@link org.cxm.model.Touchpoint#getFeeling <em>Feeling</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Feeling</em>'.
	 * @see org.cxm.model.Touchpoint#getFeeling()
	 * @see #getTouchpoint()
	 * @generated
	 */
	EAttribute getTouchpoint_Feeling();

	/**
	 * Returns the meta object for the attribute '{@link org.cxm.model.Touchpoint#isMomentOfTruth <em>Moment Of Truth</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Moment Of Truth</em>'.
	 * @see org.cxm.model.Touchpoint#isMomentOfTruth()
	 * @see #getTouchpoint()
	 * @generated
	 */
	EAttribute getTouchpoint_MomentOfTruth();

	/**
	 * Returns the meta object for the attribute '{@link org.cxm.model.Touchpoint#isOptional <em>Optional</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Optional</em>'.
	 * @see org.cxm.model.Touchpoint#isOptional()
	 * @see #getTouchpoint()
	 * @generated
	 */
	EAttribute getTouchpoint_Optional();

	/**
	 * Returns the meta object for the reference '{@link org.cxm.model.Touchpoint#getOwner <em>Owner</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Owner</em>'.
	 * @see org.cxm.model.Touchpoint#getOwner()
	 * @see #getTouchpoint()
	 * @generated
	 */
	EReference getTouchpoint_Owner();

	/**
	 * Returns the meta object for the containment reference list '{@link org.cxm.model.Touchpoint#getPainPoints <em>Pain Points</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Pain Points</em>'.
	 * @see org.cxm.model.Touchpoint#getPainPoints()
	 * @see #getTouchpoint()
	 * @generated
	 */
	EReference getTouchpoint_PainPoints();

	/**
	 * Returns the meta object for the containment reference list '{@link org.cxm.model.Touchpoint#getDelights <em>Delights</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Delights</em>'.
	 * @see org.cxm.model.Touchpoint#getDelights()
	 * @see #getTouchpoint()
	 * @generated
	 */
	EReference getTouchpoint_Delights();

	/**
	 * Returns the meta object for the containment reference list '{@link org.cxm.model.Touchpoint#getFrontstageActions <em>Frontstage Actions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Frontstage Actions</em>'.
	 * @see org.cxm.model.Touchpoint#getFrontstageActions()
	 * @see #getTouchpoint()
	 * @generated
	 */
	EReference getTouchpoint_FrontstageActions();

	/**
	 * Returns the meta object for the containment reference list '{@link org.cxm.model.Touchpoint#getBackstageActions <em>Backstage Actions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Backstage Actions</em>'.
	 * @see org.cxm.model.Touchpoint#getBackstageActions()
	 * @see #getTouchpoint()
	 * @generated
	 */
	EReference getTouchpoint_BackstageActions();

	/**
	 * Returns the meta object for the containment reference list '{@link org.cxm.model.Touchpoint#getSupportProcesses <em>Support Processes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Support Processes</em>'.
	 * @see org.cxm.model.Touchpoint#getSupportProcesses()
	 * @see #getTouchpoint()
	 * @generated
	 */
	EReference getTouchpoint_SupportProcesses();

	/**
	 * Returns the meta object for class '{@link org.cxm.model.PainPoint <em>Pain Point</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Pain Point</em>'.
	 * @see org.cxm.model.PainPoint
	 * @generated
	 */
	EClass getPainPoint();

	/**
	 * Returns the meta object for the attribute '{@link org.cxm.model.PainPoint#getSeverity <em>Severity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Severity</em>'.
	 * @see org.cxm.model.PainPoint#getSeverity()
	 * @see #getPainPoint()
	 * @generated
	 */
	EAttribute getPainPoint_Severity();

	/**
	 * Returns the meta object for class '{@link org.cxm.model.MomentOfDelight <em>Moment Of Delight</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Moment Of Delight</em>'.
	 * @see org.cxm.model.MomentOfDelight
	 * @generated
	 */
	EClass getMomentOfDelight();

	/**
	 * Returns the meta object for class '{@link org.cxm.model.ServiceAction <em>Service Action</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Service Action</em>'.
	 * @see org.cxm.model.ServiceAction
	 * @generated
	 */
	EClass getServiceAction();

	/**
	 * Returns the meta object for the reference '{@link org.cxm.model.ServiceAction#getOwner <em>Owner</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Owner</em>'.
	 * @see org.cxm.model.ServiceAction#getOwner()
	 * @see #getServiceAction()
	 * @generated
	 */
	EReference getServiceAction_Owner();

	/**
	 * Returns the meta object for the attribute '{@link org.cxm.model.ServiceAction#getSystem <em>System</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>System</em>'.
	 * @see org.cxm.model.ServiceAction#getSystem()
	 * @see #getServiceAction()
	 * @generated
	 */
	EAttribute getServiceAction_System();

	/**
	 * Returns the meta object for class '{@link org.cxm.model.Opportunity <em>Opportunity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Opportunity</em>'.
	 * @see org.cxm.model.Opportunity
	 * @generated
	 */
	EClass getOpportunity();

	/**
	 * Returns the meta object for the reference '{@link org.cxm.model.Opportunity#getOwner <em>Owner</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Owner</em>'.
	 * @see org.cxm.model.Opportunity#getOwner()
	 * @see #getOpportunity()
	 * @generated
	 */
	EReference getOpportunity_Owner();

	/**
	 * Returns the meta object for the attribute '{@link org.cxm.model.Opportunity#getPriority <em>Priority</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Priority</em>'.
	 * @see org.cxm.model.Opportunity#getPriority()
	 * @see #getOpportunity()
	 * @generated
	 */
	EAttribute getOpportunity_Priority();

	/**
	 * Returns the meta object for the attribute '{@link org.cxm.model.Opportunity#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.cxm.model.Opportunity#getStatus()
	 * @see #getOpportunity()
	 * @generated
	 */
	EAttribute getOpportunity_Status();

	/**
	 * Returns the meta object for the attribute '{@link org.cxm.model.Opportunity#getExpectedImpact <em>Expected Impact</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Expected Impact</em>'.
	 * @see org.cxm.model.Opportunity#getExpectedImpact()
	 * @see #getOpportunity()
	 * @generated
	 */
	EAttribute getOpportunity_ExpectedImpact();

	/**
	 * Returns the meta object for the reference list '{@link org.cxm.model.Opportunity#getPainPoints <em>Pain Points</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Pain Points</em>'.
	 * @see org.cxm.model.Opportunity#getPainPoints()
	 * @see #getOpportunity()
	 * @generated
	 */
	EReference getOpportunity_PainPoints();

	/**
	 * Returns the meta object for the reference list '{@link org.cxm.model.Opportunity#getTouchpoints <em>Touchpoints</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Touchpoints</em>'.
	 * @see org.cxm.model.Opportunity#getTouchpoints()
	 * @see #getOpportunity()
	 * @generated
	 */
	EReference getOpportunity_Touchpoints();

	/**
	 * Returns the meta object for the reference list '{@link org.cxm.model.Opportunity#getKpis <em>Kpis</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Kpis</em>'.
	 * @see org.cxm.model.Opportunity#getKpis()
	 * @see #getOpportunity()
	 * @generated
	 */
	EReference getOpportunity_Kpis();

	/**
	 * Returns the meta object for class '{@link org.cxm.model.FeedbackMechanism <em>Feedback Mechanism</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Feedback Mechanism</em>'.
	 * @see org.cxm.model.FeedbackMechanism
	 * @generated
	 */
	EClass getFeedbackMechanism();

	/**
	 * Returns the meta object for the attribute '{@link org.cxm.model.FeedbackMechanism#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.cxm.model.FeedbackMechanism#getKind()
	 * @see #getFeedbackMechanism()
	 * @generated
	 */
	EAttribute getFeedbackMechanism_Kind();

	/**
	 * Returns the meta object for the reference list '{@link org.cxm.model.FeedbackMechanism#getCollectedAt <em>Collected At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Collected At</em>'.
	 * @see org.cxm.model.FeedbackMechanism#getCollectedAt()
	 * @see #getFeedbackMechanism()
	 * @generated
	 */
	EReference getFeedbackMechanism_CollectedAt();

	/**
	 * Returns the meta object for the reference '{@link org.cxm.model.FeedbackMechanism#getChannel <em>Channel</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Channel</em>'.
	 * @see org.cxm.model.FeedbackMechanism#getChannel()
	 * @see #getFeedbackMechanism()
	 * @generated
	 */
	EReference getFeedbackMechanism_Channel();

	/**
	 * Returns the meta object for the attribute '{@link org.cxm.model.FeedbackMechanism#getFrequency <em>Frequency</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Frequency</em>'.
	 * @see org.cxm.model.FeedbackMechanism#getFrequency()
	 * @see #getFeedbackMechanism()
	 * @generated
	 */
	EAttribute getFeedbackMechanism_Frequency();

	/**
	 * Returns the meta object for the reference '{@link org.cxm.model.FeedbackMechanism#getOwner <em>Owner</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Owner</em>'.
	 * @see org.cxm.model.FeedbackMechanism#getOwner()
	 * @see #getFeedbackMechanism()
	 * @generated
	 */
	EReference getFeedbackMechanism_Owner();

	/**
	 * Returns the meta object for the reference list '{@link org.cxm.model.FeedbackMechanism#getMeasures <em>Measures</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Measures</em>'.
	 * @see org.cxm.model.FeedbackMechanism#getMeasures()
	 * @see #getFeedbackMechanism()
	 * @generated
	 */
	EReference getFeedbackMechanism_Measures();

	/**
	 * Returns the meta object for class '{@link org.cxm.model.Kpi <em>Kpi</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Kpi</em>'.
	 * @see org.cxm.model.Kpi
	 * @generated
	 */
	EClass getKpi();

	/**
	 * Returns the meta object for the attribute '{@link org.cxm.model.Kpi#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.cxm.model.Kpi#getKind()
	 * @see #getKpi()
	 * @generated
	 */
	EAttribute getKpi_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.cxm.model.Kpi#getUnit <em>Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Unit</em>'.
	 * @see org.cxm.model.Kpi#getUnit()
	 * @see #getKpi()
	 * @generated
	 */
	EAttribute getKpi_Unit();

	/**
	 * Returns the meta object for the attribute '{@link org.cxm.model.Kpi#getTarget <em>Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Target</em>'.
	 * @see org.cxm.model.Kpi#getTarget()
	 * @see #getKpi()
	 * @generated
	 */
	EAttribute getKpi_Target();

	/**
	 * Returns the meta object for the attribute '{@link org.cxm.model.Kpi#getBenchmark <em>Benchmark</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Benchmark</em>'.
	 * @see org.cxm.model.Kpi#getBenchmark()
	 * @see #getKpi()
	 * @generated
	 */
	EAttribute getKpi_Benchmark();

	/**
	 * Returns the meta object for the attribute '{@link org.cxm.model.Kpi#getActual <em>Actual</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Actual</em>'.
	 * @see org.cxm.model.Kpi#getActual()
	 * @see #getKpi()
	 * @generated
	 */
	EAttribute getKpi_Actual();

	/**
	 * Returns the meta object for the attribute '{@link org.cxm.model.Kpi#getDirection <em>Direction</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Direction</em>'.
	 * @see org.cxm.model.Kpi#getDirection()
	 * @see #getKpi()
	 * @generated
	 */
	EAttribute getKpi_Direction();

	/**
	 * Returns the meta object for the reference '{@link org.cxm.model.Kpi#getScope <em>Scope</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Scope</em>'.
	 * @see org.cxm.model.Kpi#getScope()
	 * @see #getKpi()
	 * @generated
	 */
	EReference getKpi_Scope();

	/**
	 * Returns the meta object for the reference '{@link org.cxm.model.Kpi#getOwner <em>Owner</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Owner</em>'.
	 * @see org.cxm.model.Kpi#getOwner()
	 * @see #getKpi()
	 * @generated
	 */
	EReference getKpi_Owner();

	/**
	 * Returns the meta object for the containment reference '{@link org.cxm.model.Kpi#getMeasure <em>Measure</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Measure</em>'.
	 * @see org.cxm.model.Kpi#getMeasure()
	 * @see #getKpi()
	 * @generated
	 */
	EReference getKpi_Measure();

	/**
	 * Returns the meta object for class '{@link org.cxm.model.KpiMeasure <em>Kpi Measure</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Kpi Measure</em>'.
	 * @see org.cxm.model.KpiMeasure
	 * @generated
	 */
	EClass getKpiMeasure();

	/**
	 * Returns the meta object for the attribute '{@link org.cxm.model.KpiMeasure#getAggregate <em>Aggregate</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Aggregate</em>'.
	 * @see org.cxm.model.KpiMeasure#getAggregate()
	 * @see #getKpiMeasure()
	 * @generated
	 */
	EAttribute getKpiMeasure_Aggregate();

	/**
	 * Returns the meta object for the attribute '{@link org.cxm.model.KpiMeasure#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see org.cxm.model.KpiMeasure#getValue()
	 * @see #getKpiMeasure()
	 * @generated
	 */
	EAttribute getKpiMeasure_Value();

	/**
	 * Returns the meta object for the attribute '{@link org.cxm.model.KpiMeasure#getPercentile <em>Percentile</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Percentile</em>'.
	 * @see org.cxm.model.KpiMeasure#getPercentile()
	 * @see #getKpiMeasure()
	 * @generated
	 */
	EAttribute getKpiMeasure_Percentile();

	/**
	 * Returns the meta object for the attribute '{@link org.cxm.model.KpiMeasure#getDurationUnit <em>Duration Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Duration Unit</em>'.
	 * @see org.cxm.model.KpiMeasure#getDurationUnit()
	 * @see #getKpiMeasure()
	 * @generated
	 */
	EAttribute getKpiMeasure_DurationUnit();

	/**
	 * Returns the meta object for the attribute '{@link org.cxm.model.KpiMeasure#getWindowDays <em>Window Days</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Window Days</em>'.
	 * @see org.cxm.model.KpiMeasure#getWindowDays()
	 * @see #getKpiMeasure()
	 * @generated
	 */
	EAttribute getKpiMeasure_WindowDays();

	/**
	 * Returns the meta object for the attribute '{@link org.cxm.model.KpiMeasure#getPeriodDays <em>Period Days</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Period Days</em>'.
	 * @see org.cxm.model.KpiMeasure#getPeriodDays()
	 * @see #getKpiMeasure()
	 * @generated
	 */
	EAttribute getKpiMeasure_PeriodDays();

	/**
	 * Returns the meta object for the attribute '{@link org.cxm.model.KpiMeasure#getScale <em>Scale</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Scale</em>'.
	 * @see org.cxm.model.KpiMeasure#getScale()
	 * @see #getKpiMeasure()
	 * @generated
	 */
	EAttribute getKpiMeasure_Scale();

	/**
	 * Returns the meta object for the attribute '{@link org.cxm.model.KpiMeasure#getPromoterFrom <em>Promoter From</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Promoter From</em>'.
	 * @see org.cxm.model.KpiMeasure#getPromoterFrom()
	 * @see #getKpiMeasure()
	 * @generated
	 */
	EAttribute getKpiMeasure_PromoterFrom();

	/**
	 * Returns the meta object for the attribute '{@link org.cxm.model.KpiMeasure#getDetractorUpTo <em>Detractor Up To</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Detractor Up To</em>'.
	 * @see org.cxm.model.KpiMeasure#getDetractorUpTo()
	 * @see #getKpiMeasure()
	 * @generated
	 */
	EAttribute getKpiMeasure_DetractorUpTo();

	/**
	 * Returns the meta object for the containment reference '{@link org.cxm.model.KpiMeasure#getRecords <em>Records</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Records</em>'.
	 * @see org.cxm.model.KpiMeasure#getRecords()
	 * @see #getKpiMeasure()
	 * @generated
	 */
	EReference getKpiMeasure_Records();

	/**
	 * Returns the meta object for the containment reference '{@link org.cxm.model.KpiMeasure#getMatching <em>Matching</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Matching</em>'.
	 * @see org.cxm.model.KpiMeasure#getMatching()
	 * @see #getKpiMeasure()
	 * @generated
	 */
	EReference getKpiMeasure_Matching();

	/**
	 * Returns the meta object for the containment reference '{@link org.cxm.model.KpiMeasure#getUntil <em>Until</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Until</em>'.
	 * @see org.cxm.model.KpiMeasure#getUntil()
	 * @see #getKpiMeasure()
	 * @generated
	 */
	EReference getKpiMeasure_Until();

	/**
	 * Returns the meta object for the containment reference '{@link org.cxm.model.KpiMeasure#getPer <em>Per</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Per</em>'.
	 * @see org.cxm.model.KpiMeasure#getPer()
	 * @see #getKpiMeasure()
	 * @generated
	 */
	EReference getKpiMeasure_Per();

	/**
	 * Returns the meta object for class '{@link org.cxm.model.RecordFilter <em>Record Filter</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Record Filter</em>'.
	 * @see org.cxm.model.RecordFilter
	 * @generated
	 */
	EClass getRecordFilter();

	/**
	 * Returns the meta object for the reference list '{@link org.cxm.model.RecordFilter#getRecordSources <em>Record Sources</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Record Sources</em>'.
	 * @see org.cxm.model.RecordFilter#getRecordSources()
	 * @see #getRecordFilter()
	 * @generated
	 */
	EReference getRecordFilter_RecordSources();

	/**
	 * Returns the meta object for the attribute list '{@link org.cxm.model.RecordFilter#getKinds <em>Kinds</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Kinds</em>'.
	 * @see org.cxm.model.RecordFilter#getKinds()
	 * @see #getRecordFilter()
	 * @generated
	 */
	EAttribute getRecordFilter_Kinds();

	/**
	 * Returns the meta object for the attribute list '{@link org.cxm.model.RecordFilter#getStatuses <em>Statuses</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Statuses</em>'.
	 * @see org.cxm.model.RecordFilter#getStatuses()
	 * @see #getRecordFilter()
	 * @generated
	 */
	EAttribute getRecordFilter_Statuses();

	/**
	 * Returns the meta object for the attribute list '{@link org.cxm.model.RecordFilter#getDirections <em>Directions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Directions</em>'.
	 * @see org.cxm.model.RecordFilter#getDirections()
	 * @see #getRecordFilter()
	 * @generated
	 */
	EAttribute getRecordFilter_Directions();

	/**
	 * Returns the meta object for the reference list '{@link org.cxm.model.RecordFilter#getTouchpoints <em>Touchpoints</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Touchpoints</em>'.
	 * @see org.cxm.model.RecordFilter#getTouchpoints()
	 * @see #getRecordFilter()
	 * @generated
	 */
	EReference getRecordFilter_Touchpoints();

	/**
	 * Returns the meta object for the reference list '{@link org.cxm.model.RecordFilter#getStages <em>Stages</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Stages</em>'.
	 * @see org.cxm.model.RecordFilter#getStages()
	 * @see #getRecordFilter()
	 * @generated
	 */
	EReference getRecordFilter_Stages();

	/**
	 * Returns the meta object for the reference list '{@link org.cxm.model.RecordFilter#getChannels <em>Channels</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Channels</em>'.
	 * @see org.cxm.model.RecordFilter#getChannels()
	 * @see #getRecordFilter()
	 * @generated
	 */
	EReference getRecordFilter_Channels();

	/**
	 * Returns the meta object for the attribute '{@link org.cxm.model.RecordFilter#getMinScore <em>Min Score</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Min Score</em>'.
	 * @see org.cxm.model.RecordFilter#getMinScore()
	 * @see #getRecordFilter()
	 * @generated
	 */
	EAttribute getRecordFilter_MinScore();

	/**
	 * Returns the meta object for the attribute '{@link org.cxm.model.RecordFilter#getMaxScore <em>Max Score</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Max Score</em>'.
	 * @see org.cxm.model.RecordFilter#getMaxScore()
	 * @see #getRecordFilter()
	 * @generated
	 */
	EAttribute getRecordFilter_MaxScore();

	/**
	 * Returns the meta object for class '{@link org.cxm.model.DataSource <em>Data Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Data Source</em>'.
	 * @see org.cxm.model.DataSource
	 * @generated
	 */
	EClass getDataSource();

	/**
	 * Returns the meta object for the attribute '{@link org.cxm.model.DataSource#getSystemKind <em>System Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>System Kind</em>'.
	 * @see org.cxm.model.DataSource#getSystemKind()
	 * @see #getDataSource()
	 * @generated
	 */
	EAttribute getDataSource_SystemKind();

	/**
	 * Returns the meta object for the attribute '{@link org.cxm.model.DataSource#getDatabaseKind <em>Database Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Database Kind</em>'.
	 * @see org.cxm.model.DataSource#getDatabaseKind()
	 * @see #getDataSource()
	 * @generated
	 */
	EAttribute getDataSource_DatabaseKind();

	/**
	 * Returns the meta object for the attribute '{@link org.cxm.model.DataSource#getJdbcUrl <em>Jdbc Url</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Jdbc Url</em>'.
	 * @see org.cxm.model.DataSource#getJdbcUrl()
	 * @see #getDataSource()
	 * @generated
	 */
	EAttribute getDataSource_JdbcUrl();

	/**
	 * Returns the meta object for the attribute '{@link org.cxm.model.DataSource#getUser <em>User</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>User</em>'.
	 * @see org.cxm.model.DataSource#getUser()
	 * @see #getDataSource()
	 * @generated
	 */
	EAttribute getDataSource_User();

	/**
	 * Returns the meta object for the attribute '{@link org.cxm.model.DataSource#getCredential <em>Credential</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Credential</em>'.
	 * @see org.cxm.model.DataSource#getCredential()
	 * @see #getDataSource()
	 * @generated
	 */
	EAttribute getDataSource_Credential();

	/**
	 * Returns the meta object for the attribute '{@link org.cxm.model.DataSource#getPriority <em>Priority</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Priority</em>'.
	 * @see org.cxm.model.DataSource#getPriority()
	 * @see #getDataSource()
	 * @generated
	 */
	EAttribute getDataSource_Priority();

	/**
	 * Returns the meta object for the attribute '{@link org.cxm.model.DataSource#getMaxAttempts <em>Max Attempts</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Max Attempts</em>'.
	 * @see org.cxm.model.DataSource#getMaxAttempts()
	 * @see #getDataSource()
	 * @generated
	 */
	EAttribute getDataSource_MaxAttempts();

	/**
	 * Returns the meta object for the attribute '{@link org.cxm.model.DataSource#getRetryDelaySeconds <em>Retry Delay Seconds</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Retry Delay Seconds</em>'.
	 * @see org.cxm.model.DataSource#getRetryDelaySeconds()
	 * @see #getDataSource()
	 * @generated
	 */
	EAttribute getDataSource_RetryDelaySeconds();

	/**
	 * Returns the meta object for the attribute '{@link org.cxm.model.DataSource#getDefaultRegion <em>Default Region</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Default Region</em>'.
	 * @see org.cxm.model.DataSource#getDefaultRegion()
	 * @see #getDataSource()
	 * @generated
	 */
	EAttribute getDataSource_DefaultRegion();

	/**
	 * Returns the meta object for the containment reference list '{@link org.cxm.model.DataSource#getQueries <em>Queries</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Queries</em>'.
	 * @see org.cxm.model.DataSource#getQueries()
	 * @see #getDataSource()
	 * @generated
	 */
	EReference getDataSource_Queries();

	/**
	 * Returns the meta object for the containment reference list '{@link org.cxm.model.DataSource#getRecordSources <em>Record Sources</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Record Sources</em>'.
	 * @see org.cxm.model.DataSource#getRecordSources()
	 * @see #getDataSource()
	 * @generated
	 */
	EReference getDataSource_RecordSources();

	/**
	 * Returns the meta object for the containment reference '{@link org.cxm.model.DataSource#getApi <em>Api</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Api</em>'.
	 * @see org.cxm.model.DataSource#getApi()
	 * @see #getDataSource()
	 * @generated
	 */
	EReference getDataSource_Api();

	/**
	 * Returns the meta object for class '{@link org.cxm.model.NamedQuery <em>Named Query</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Named Query</em>'.
	 * @see org.cxm.model.NamedQuery
	 * @generated
	 */
	EClass getNamedQuery();

	/**
	 * Returns the meta object for the attribute '{@link org.cxm.model.NamedQuery#getSql <em>Sql</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Sql</em>'.
	 * @see org.cxm.model.NamedQuery#getSql()
	 * @see #getNamedQuery()
	 * @generated
	 */
	EAttribute getNamedQuery_Sql();

	/**
	 * Returns the meta object for class '{@link org.cxm.model.RecordSource <em>Record Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Record Source</em>'.
	 * @see org.cxm.model.RecordSource
	 * @generated
	 */
	EClass getRecordSource();

	/**
	 * Returns the meta object for the attribute '{@link org.cxm.model.RecordSource#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.cxm.model.RecordSource#getKind()
	 * @see #getRecordSource()
	 * @generated
	 */
	EAttribute getRecordSource_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.cxm.model.RecordSource#getTable <em>Table</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Table</em>'.
	 * @see org.cxm.model.RecordSource#getTable()
	 * @see #getRecordSource()
	 * @generated
	 */
	EAttribute getRecordSource_Table();

	/**
	 * Returns the meta object for the attribute '{@link org.cxm.model.RecordSource#getQuery <em>Query</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Query</em>'.
	 * @see org.cxm.model.RecordSource#getQuery()
	 * @see #getRecordSource()
	 * @generated
	 */
	EAttribute getRecordSource_Query();

	/**
	 * Returns the meta object for the reference '{@link org.cxm.model.RecordSource#getNamedQuery <em>Named Query</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Named Query</em>'.
	 * @see org.cxm.model.RecordSource#getNamedQuery()
	 * @see #getRecordSource()
	 * @generated
	 */
	EReference getRecordSource_NamedQuery();

	/**
	 * Returns the meta object for the attribute '{@link org.cxm.model.RecordSource#getFilter <em>Filter</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Filter</em>'.
	 * @see org.cxm.model.RecordSource#getFilter()
	 * @see #getRecordSource()
	 * @generated
	 */
	EAttribute getRecordSource_Filter();

	/**
	 * Returns the meta object for the attribute list '{@link org.cxm.model.RecordSource#getPrimaryKey <em>Primary Key</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Primary Key</em>'.
	 * @see org.cxm.model.RecordSource#getPrimaryKey()
	 * @see #getRecordSource()
	 * @generated
	 */
	EAttribute getRecordSource_PrimaryKey();

	/**
	 * Returns the meta object for the attribute list '{@link org.cxm.model.RecordSource#getCursorColumns <em>Cursor Columns</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Cursor Columns</em>'.
	 * @see org.cxm.model.RecordSource#getCursorColumns()
	 * @see #getRecordSource()
	 * @generated
	 */
	EAttribute getRecordSource_CursorColumns();

	/**
	 * Returns the meta object for the attribute '{@link org.cxm.model.RecordSource#getDeletedColumn <em>Deleted Column</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Deleted Column</em>'.
	 * @see org.cxm.model.RecordSource#getDeletedColumn()
	 * @see #getRecordSource()
	 * @generated
	 */
	EAttribute getRecordSource_DeletedColumn();

	/**
	 * Returns the meta object for the attribute '{@link org.cxm.model.RecordSource#getDeletedValue <em>Deleted Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Deleted Value</em>'.
	 * @see org.cxm.model.RecordSource#getDeletedValue()
	 * @see #getRecordSource()
	 * @generated
	 */
	EAttribute getRecordSource_DeletedValue();

	/**
	 * Returns the meta object for the attribute '{@link org.cxm.model.RecordSource#getLookBackSeconds <em>Look Back Seconds</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Look Back Seconds</em>'.
	 * @see org.cxm.model.RecordSource#getLookBackSeconds()
	 * @see #getRecordSource()
	 * @generated
	 */
	EAttribute getRecordSource_LookBackSeconds();

	/**
	 * Returns the meta object for the attribute '{@link org.cxm.model.RecordSource#getReconcileEveryHours <em>Reconcile Every Hours</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reconcile Every Hours</em>'.
	 * @see org.cxm.model.RecordSource#getReconcileEveryHours()
	 * @see #getRecordSource()
	 * @generated
	 */
	EAttribute getRecordSource_ReconcileEveryHours();

	/**
	 * Returns the meta object for the attribute '{@link org.cxm.model.RecordSource#getBatchSize <em>Batch Size</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Batch Size</em>'.
	 * @see org.cxm.model.RecordSource#getBatchSize()
	 * @see #getRecordSource()
	 * @generated
	 */
	EAttribute getRecordSource_BatchSize();

	/**
	 * Returns the meta object for the reference '{@link org.cxm.model.RecordSource#getCustomerSource <em>Customer Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Customer Source</em>'.
	 * @see org.cxm.model.RecordSource#getCustomerSource()
	 * @see #getRecordSource()
	 * @generated
	 */
	EReference getRecordSource_CustomerSource();

	/**
	 * Returns the meta object for the containment reference list '{@link org.cxm.model.RecordSource#getFieldMappings <em>Field Mappings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Field Mappings</em>'.
	 * @see org.cxm.model.RecordSource#getFieldMappings()
	 * @see #getRecordSource()
	 * @generated
	 */
	EReference getRecordSource_FieldMappings();

	/**
	 * Returns the meta object for the containment reference list '{@link org.cxm.model.RecordSource#getIdentityMappings <em>Identity Mappings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Identity Mappings</em>'.
	 * @see org.cxm.model.RecordSource#getIdentityMappings()
	 * @see #getRecordSource()
	 * @generated
	 */
	EReference getRecordSource_IdentityMappings();

	/**
	 * Returns the meta object for the containment reference list '{@link org.cxm.model.RecordSource#getClassificationRules <em>Classification Rules</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Classification Rules</em>'.
	 * @see org.cxm.model.RecordSource#getClassificationRules()
	 * @see #getRecordSource()
	 * @generated
	 */
	EReference getRecordSource_ClassificationRules();

	/**
	 * Returns the meta object for the containment reference '{@link org.cxm.model.RecordSource#getRequest <em>Request</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Request</em>'.
	 * @see org.cxm.model.RecordSource#getRequest()
	 * @see #getRecordSource()
	 * @generated
	 */
	EReference getRecordSource_Request();

	/**
	 * Returns the meta object for class '{@link org.cxm.model.FieldMapping <em>Field Mapping</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Field Mapping</em>'.
	 * @see org.cxm.model.FieldMapping
	 * @generated
	 */
	EClass getFieldMapping();

	/**
	 * Returns the meta object for the attribute '{@link org.cxm.model.FieldMapping#getColumn <em>Column</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Column</em>'.
	 * @see org.cxm.model.FieldMapping#getColumn()
	 * @see #getFieldMapping()
	 * @generated
	 */
	EAttribute getFieldMapping_Column();

	/**
	 * Returns the meta object for the attribute '{@link org.cxm.model.FieldMapping#getField <em>Field</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Field</em>'.
	 * @see org.cxm.model.FieldMapping#getField()
	 * @see #getFieldMapping()
	 * @generated
	 */
	EAttribute getFieldMapping_Field();

	/**
	 * Returns the meta object for the attribute '{@link org.cxm.model.FieldMapping#getDefaultValue <em>Default Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Default Value</em>'.
	 * @see org.cxm.model.FieldMapping#getDefaultValue()
	 * @see #getFieldMapping()
	 * @generated
	 */
	EAttribute getFieldMapping_DefaultValue();

	/**
	 * Returns the meta object for class '{@link org.cxm.model.IdentityMapping <em>Identity Mapping</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Identity Mapping</em>'.
	 * @see org.cxm.model.IdentityMapping
	 * @generated
	 */
	EClass getIdentityMapping();

	/**
	 * Returns the meta object for the attribute '{@link org.cxm.model.IdentityMapping#getColumn <em>Column</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Column</em>'.
	 * @see org.cxm.model.IdentityMapping#getColumn()
	 * @see #getIdentityMapping()
	 * @generated
	 */
	EAttribute getIdentityMapping_Column();

	/**
	 * Returns the meta object for the attribute '{@link org.cxm.model.IdentityMapping#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.cxm.model.IdentityMapping#getKind()
	 * @see #getIdentityMapping()
	 * @generated
	 */
	EAttribute getIdentityMapping_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.cxm.model.IdentityMapping#getRegionColumn <em>Region Column</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Region Column</em>'.
	 * @see org.cxm.model.IdentityMapping#getRegionColumn()
	 * @see #getIdentityMapping()
	 * @generated
	 */
	EAttribute getIdentityMapping_RegionColumn();

	/**
	 * Returns the meta object for the attribute '{@link org.cxm.model.IdentityMapping#getUnlessColumn <em>Unless Column</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Unless Column</em>'.
	 * @see org.cxm.model.IdentityMapping#getUnlessColumn()
	 * @see #getIdentityMapping()
	 * @generated
	 */
	EAttribute getIdentityMapping_UnlessColumn();

	/**
	 * Returns the meta object for class '{@link org.cxm.model.ClassificationRule <em>Classification Rule</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Classification Rule</em>'.
	 * @see org.cxm.model.ClassificationRule
	 * @generated
	 */
	EClass getClassificationRule();

	/**
	 * Returns the meta object for the containment reference list '{@link org.cxm.model.ClassificationRule#getConditions <em>Conditions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Conditions</em>'.
	 * @see org.cxm.model.ClassificationRule#getConditions()
	 * @see #getClassificationRule()
	 * @generated
	 */
	EReference getClassificationRule_Conditions();

	/**
	 * Returns the meta object for the reference '{@link org.cxm.model.ClassificationRule#getChannel <em>Channel</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Channel</em>'.
	 * @see org.cxm.model.ClassificationRule#getChannel()
	 * @see #getClassificationRule()
	 * @generated
	 */
	EReference getClassificationRule_Channel();

	/**
	 * Returns the meta object for the reference '{@link org.cxm.model.ClassificationRule#getTouchpoint <em>Touchpoint</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Touchpoint</em>'.
	 * @see org.cxm.model.ClassificationRule#getTouchpoint()
	 * @see #getClassificationRule()
	 * @generated
	 */
	EReference getClassificationRule_Touchpoint();

	/**
	 * Returns the meta object for the reference '{@link org.cxm.model.ClassificationRule#getStage <em>Stage</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Stage</em>'.
	 * @see org.cxm.model.ClassificationRule#getStage()
	 * @see #getClassificationRule()
	 * @generated
	 */
	EReference getClassificationRule_Stage();

	/**
	 * Returns the meta object for class '{@link org.cxm.model.Condition <em>Condition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Condition</em>'.
	 * @see org.cxm.model.Condition
	 * @generated
	 */
	EClass getCondition();

	/**
	 * Returns the meta object for the attribute '{@link org.cxm.model.Condition#getField <em>Field</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Field</em>'.
	 * @see org.cxm.model.Condition#getField()
	 * @see #getCondition()
	 * @generated
	 */
	EAttribute getCondition_Field();

	/**
	 * Returns the meta object for the attribute '{@link org.cxm.model.Condition#getOperator <em>Operator</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Operator</em>'.
	 * @see org.cxm.model.Condition#getOperator()
	 * @see #getCondition()
	 * @generated
	 */
	EAttribute getCondition_Operator();

	/**
	 * Returns the meta object for the attribute '{@link org.cxm.model.Condition#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see org.cxm.model.Condition#getValue()
	 * @see #getCondition()
	 * @generated
	 */
	EAttribute getCondition_Value();

	/**
	 * Returns the meta object for class '{@link org.cxm.model.IdentityResolution <em>Identity Resolution</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Identity Resolution</em>'.
	 * @see org.cxm.model.IdentityResolution
	 * @generated
	 */
	EClass getIdentityResolution();

	/**
	 * Returns the meta object for the containment reference list '{@link org.cxm.model.IdentityResolution#getMatchRules <em>Match Rules</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Match Rules</em>'.
	 * @see org.cxm.model.IdentityResolution#getMatchRules()
	 * @see #getIdentityResolution()
	 * @generated
	 */
	EReference getIdentityResolution_MatchRules();

	/**
	 * Returns the meta object for the containment reference list '{@link org.cxm.model.IdentityResolution#getBlockedValues <em>Blocked Values</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Blocked Values</em>'.
	 * @see org.cxm.model.IdentityResolution#getBlockedValues()
	 * @see #getIdentityResolution()
	 * @generated
	 */
	EReference getIdentityResolution_BlockedValues();

	/**
	 * Returns the meta object for the attribute '{@link org.cxm.model.IdentityResolution#getDefaultRegion <em>Default Region</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Default Region</em>'.
	 * @see org.cxm.model.IdentityResolution#getDefaultRegion()
	 * @see #getIdentityResolution()
	 * @generated
	 */
	EAttribute getIdentityResolution_DefaultRegion();

	/**
	 * Returns the meta object for the attribute '{@link org.cxm.model.IdentityResolution#getSurvivorship <em>Survivorship</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Survivorship</em>'.
	 * @see org.cxm.model.IdentityResolution#getSurvivorship()
	 * @see #getIdentityResolution()
	 * @generated
	 */
	EAttribute getIdentityResolution_Survivorship();

	/**
	 * Returns the meta object for class '{@link org.cxm.model.MatchRule <em>Match Rule</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Match Rule</em>'.
	 * @see org.cxm.model.MatchRule
	 * @generated
	 */
	EClass getMatchRule();

	/**
	 * Returns the meta object for the attribute '{@link org.cxm.model.MatchRule#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.cxm.model.MatchRule#getKind()
	 * @see #getMatchRule()
	 * @generated
	 */
	EAttribute getMatchRule_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.cxm.model.MatchRule#isEnabled <em>Enabled</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Enabled</em>'.
	 * @see org.cxm.model.MatchRule#isEnabled()
	 * @see #getMatchRule()
	 * @generated
	 */
	EAttribute getMatchRule_Enabled();

	/**
	 * Returns the meta object for the attribute list '{@link org.cxm.model.MatchRule#getAlsoKinds <em>Also Kinds</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Also Kinds</em>'.
	 * @see org.cxm.model.MatchRule#getAlsoKinds()
	 * @see #getMatchRule()
	 * @generated
	 */
	EAttribute getMatchRule_AlsoKinds();

	/**
	 * Returns the meta object for class '{@link org.cxm.model.BlockedValue <em>Blocked Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Blocked Value</em>'.
	 * @see org.cxm.model.BlockedValue
	 * @generated
	 */
	EClass getBlockedValue();

	/**
	 * Returns the meta object for the attribute '{@link org.cxm.model.BlockedValue#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.cxm.model.BlockedValue#getKind()
	 * @see #getBlockedValue()
	 * @generated
	 */
	EAttribute getBlockedValue_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.cxm.model.BlockedValue#getPattern <em>Pattern</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Pattern</em>'.
	 * @see org.cxm.model.BlockedValue#getPattern()
	 * @see #getBlockedValue()
	 * @generated
	 */
	EAttribute getBlockedValue_Pattern();

	/**
	 * Returns the meta object for the attribute '{@link org.cxm.model.BlockedValue#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.cxm.model.BlockedValue#getDescription()
	 * @see #getBlockedValue()
	 * @generated
	 */
	EAttribute getBlockedValue_Description();

	/**
	 * Returns the meta object for the attribute '{@link org.cxm.model.BlockedValue#isBlocksPairs <em>Blocks Pairs</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Blocks Pairs</em>'.
	 * @see org.cxm.model.BlockedValue#isBlocksPairs()
	 * @see #getBlockedValue()
	 * @generated
	 */
	EAttribute getBlockedValue_BlocksPairs();

	/**
	 * Returns the meta object for class '{@link org.cxm.model.ApiConnection <em>Api Connection</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Api Connection</em>'.
	 * @see org.cxm.model.ApiConnection
	 * @generated
	 */
	EClass getApiConnection();

	/**
	 * Returns the meta object for the attribute '{@link org.cxm.model.ApiConnection#getBaseUrl <em>Base Url</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Base Url</em>'.
	 * @see org.cxm.model.ApiConnection#getBaseUrl()
	 * @see #getApiConnection()
	 * @generated
	 */
	EAttribute getApiConnection_BaseUrl();

	/**
	 * Returns the meta object for the containment reference '{@link org.cxm.model.ApiConnection#getAuthenticator <em>Authenticator</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Authenticator</em>'.
	 * @see org.cxm.model.ApiConnection#getAuthenticator()
	 * @see #getApiConnection()
	 * @generated
	 */
	EReference getApiConnection_Authenticator();

	/**
	 * Returns the meta object for the attribute list '{@link org.cxm.model.ApiConnection#getHeaders <em>Headers</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Headers</em>'.
	 * @see org.cxm.model.ApiConnection#getHeaders()
	 * @see #getApiConnection()
	 * @generated
	 */
	EAttribute getApiConnection_Headers();

	/**
	 * Returns the meta object for the attribute '{@link org.cxm.model.ApiConnection#getRequestsPerSecond <em>Requests Per Second</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Requests Per Second</em>'.
	 * @see org.cxm.model.ApiConnection#getRequestsPerSecond()
	 * @see #getApiConnection()
	 * @generated
	 */
	EAttribute getApiConnection_RequestsPerSecond();

	/**
	 * Returns the meta object for the attribute '{@link org.cxm.model.ApiConnection#getMaxRetryAfterSeconds <em>Max Retry After Seconds</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Max Retry After Seconds</em>'.
	 * @see org.cxm.model.ApiConnection#getMaxRetryAfterSeconds()
	 * @see #getApiConnection()
	 * @generated
	 */
	EAttribute getApiConnection_MaxRetryAfterSeconds();

	/**
	 * Returns the meta object for the attribute '{@link org.cxm.model.ApiConnection#getTimeoutSeconds <em>Timeout Seconds</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Timeout Seconds</em>'.
	 * @see org.cxm.model.ApiConnection#getTimeoutSeconds()
	 * @see #getApiConnection()
	 * @generated
	 */
	EAttribute getApiConnection_TimeoutSeconds();

	/**
	 * Returns the meta object for class '{@link org.cxm.model.ApiAuthenticator <em>Api Authenticator</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Api Authenticator</em>'.
	 * @see org.cxm.model.ApiAuthenticator
	 * @generated
	 */
	EClass getApiAuthenticator();

	/**
	 * Returns the meta object for the attribute '{@link org.cxm.model.ApiAuthenticator#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.cxm.model.ApiAuthenticator#getKind()
	 * @see #getApiAuthenticator()
	 * @generated
	 */
	EAttribute getApiAuthenticator_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.cxm.model.ApiAuthenticator#getHeaderName <em>Header Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Header Name</em>'.
	 * @see org.cxm.model.ApiAuthenticator#getHeaderName()
	 * @see #getApiAuthenticator()
	 * @generated
	 */
	EAttribute getApiAuthenticator_HeaderName();

	/**
	 * Returns the meta object for the attribute '{@link org.cxm.model.ApiAuthenticator#getTokenUrl <em>Token Url</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Token Url</em>'.
	 * @see org.cxm.model.ApiAuthenticator#getTokenUrl()
	 * @see #getApiAuthenticator()
	 * @generated
	 */
	EAttribute getApiAuthenticator_TokenUrl();

	/**
	 * Returns the meta object for the attribute '{@link org.cxm.model.ApiAuthenticator#getScope <em>Scope</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Scope</em>'.
	 * @see org.cxm.model.ApiAuthenticator#getScope()
	 * @see #getApiAuthenticator()
	 * @generated
	 */
	EAttribute getApiAuthenticator_Scope();

	/**
	 * Returns the meta object for class '{@link org.cxm.model.ApiRequest <em>Api Request</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Api Request</em>'.
	 * @see org.cxm.model.ApiRequest
	 * @generated
	 */
	EClass getApiRequest();

	/**
	 * Returns the meta object for the attribute '{@link org.cxm.model.ApiRequest#getMethod <em>Method</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Method</em>'.
	 * @see org.cxm.model.ApiRequest#getMethod()
	 * @see #getApiRequest()
	 * @generated
	 */
	EAttribute getApiRequest_Method();

	/**
	 * Returns the meta object for the attribute '{@link org.cxm.model.ApiRequest#getPath <em>Path</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Path</em>'.
	 * @see org.cxm.model.ApiRequest#getPath()
	 * @see #getApiRequest()
	 * @generated
	 */
	EAttribute getApiRequest_Path();

	/**
	 * Returns the meta object for the attribute list '{@link org.cxm.model.ApiRequest#getParameters <em>Parameters</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Parameters</em>'.
	 * @see org.cxm.model.ApiRequest#getParameters()
	 * @see #getApiRequest()
	 * @generated
	 */
	EAttribute getApiRequest_Parameters();

	/**
	 * Returns the meta object for the attribute '{@link org.cxm.model.ApiRequest#getBody <em>Body</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Body</em>'.
	 * @see org.cxm.model.ApiRequest#getBody()
	 * @see #getApiRequest()
	 * @generated
	 */
	EAttribute getApiRequest_Body();

	/**
	 * Returns the meta object for the attribute '{@link org.cxm.model.ApiRequest#getRecordsPath <em>Records Path</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Records Path</em>'.
	 * @see org.cxm.model.ApiRequest#getRecordsPath()
	 * @see #getApiRequest()
	 * @generated
	 */
	EAttribute getApiRequest_RecordsPath();

	/**
	 * Returns the meta object for the attribute '{@link org.cxm.model.ApiRequest#getSinceFormat <em>Since Format</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Since Format</em>'.
	 * @see org.cxm.model.ApiRequest#getSinceFormat()
	 * @see #getApiRequest()
	 * @generated
	 */
	EAttribute getApiRequest_SinceFormat();

	/**
	 * Returns the meta object for the attribute '{@link org.cxm.model.ApiRequest#getDeltaTokenPath <em>Delta Token Path</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Delta Token Path</em>'.
	 * @see org.cxm.model.ApiRequest#getDeltaTokenPath()
	 * @see #getApiRequest()
	 * @generated
	 */
	EAttribute getApiRequest_DeltaTokenPath();

	/**
	 * Returns the meta object for the attribute '{@link org.cxm.model.ApiRequest#isFalseIsEmpty <em>False Is Empty</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>False Is Empty</em>'.
	 * @see org.cxm.model.ApiRequest#isFalseIsEmpty()
	 * @see #getApiRequest()
	 * @generated
	 */
	EAttribute getApiRequest_FalseIsEmpty();

	/**
	 * Returns the meta object for the containment reference '{@link org.cxm.model.ApiRequest#getPaginator <em>Paginator</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Paginator</em>'.
	 * @see org.cxm.model.ApiRequest#getPaginator()
	 * @see #getApiRequest()
	 * @generated
	 */
	EReference getApiRequest_Paginator();

	/**
	 * Returns the meta object for the containment reference '{@link org.cxm.model.ApiRequest#getDeletedRecords <em>Deleted Records</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Deleted Records</em>'.
	 * @see org.cxm.model.ApiRequest#getDeletedRecords()
	 * @see #getApiRequest()
	 * @generated
	 */
	EReference getApiRequest_DeletedRecords();

	/**
	 * Returns the meta object for the attribute '{@link org.cxm.model.ApiRequest#getDeletedKeyPath <em>Deleted Key Path</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Deleted Key Path</em>'.
	 * @see org.cxm.model.ApiRequest#getDeletedKeyPath()
	 * @see #getApiRequest()
	 * @generated
	 */
	EAttribute getApiRequest_DeletedKeyPath();

	/**
	 * Returns the meta object for the attribute '{@link org.cxm.model.ApiRequest#getDeletedCursorPath <em>Deleted Cursor Path</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Deleted Cursor Path</em>'.
	 * @see org.cxm.model.ApiRequest#getDeletedCursorPath()
	 * @see #getApiRequest()
	 * @generated
	 */
	EAttribute getApiRequest_DeletedCursorPath();

	/**
	 * Returns the meta object for class '{@link org.cxm.model.ApiPaginator <em>Api Paginator</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Api Paginator</em>'.
	 * @see org.cxm.model.ApiPaginator
	 * @generated
	 */
	EClass getApiPaginator();

	/**
	 * Returns the meta object for the attribute '{@link org.cxm.model.ApiPaginator#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.cxm.model.ApiPaginator#getKind()
	 * @see #getApiPaginator()
	 * @generated
	 */
	EAttribute getApiPaginator_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.cxm.model.ApiPaginator#getPageSize <em>Page Size</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Page Size</em>'.
	 * @see org.cxm.model.ApiPaginator#getPageSize()
	 * @see #getApiPaginator()
	 * @generated
	 */
	EAttribute getApiPaginator_PageSize();

	/**
	 * Returns the meta object for the attribute '{@link org.cxm.model.ApiPaginator#getFirstPage <em>First Page</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>First Page</em>'.
	 * @see org.cxm.model.ApiPaginator#getFirstPage()
	 * @see #getApiPaginator()
	 * @generated
	 */
	EAttribute getApiPaginator_FirstPage();

	/**
	 * Returns the meta object for the attribute '{@link org.cxm.model.ApiPaginator#getNextPath <em>Next Path</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Next Path</em>'.
	 * @see org.cxm.model.ApiPaginator#getNextPath()
	 * @see #getApiPaginator()
	 * @generated
	 */
	EAttribute getApiPaginator_NextPath();

	/**
	 * Returns the meta object for the attribute '{@link org.cxm.model.ApiPaginator#getStopWhen <em>Stop When</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Stop When</em>'.
	 * @see org.cxm.model.ApiPaginator#getStopWhen()
	 * @see #getApiPaginator()
	 * @generated
	 */
	EAttribute getApiPaginator_StopWhen();

	/**
	 * Returns the meta object for the attribute '{@link org.cxm.model.ApiPaginator#getTotalPath <em>Total Path</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Total Path</em>'.
	 * @see org.cxm.model.ApiPaginator#getTotalPath()
	 * @see #getApiPaginator()
	 * @generated
	 */
	EAttribute getApiPaginator_TotalPath();

	/**
	 * Returns the meta object for the attribute '{@link org.cxm.model.ApiPaginator#getMaxPages <em>Max Pages</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Max Pages</em>'.
	 * @see org.cxm.model.ApiPaginator#getMaxPages()
	 * @see #getApiPaginator()
	 * @generated
	 */
	EAttribute getApiPaginator_MaxPages();

	/**
	 * Returns the meta object for enum '{@link org.cxm.model.JourneyMapType <em>Journey Map Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Journey Map Type</em>'.
	 * @see org.cxm.model.JourneyMapType
	 * @generated
	 */
	EEnum getJourneyMapType();

	/**
	 * Returns the meta object for enum '{@link org.cxm.model.StageKind <em>Stage Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Stage Kind</em>'.
	 * @see org.cxm.model.StageKind
	 * @generated
	 */
	EEnum getStageKind();

	/**
	 * Returns the meta object for enum '{@link org.cxm.model.ChannelKind <em>Channel Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Channel Kind</em>'.
	 * @see org.cxm.model.ChannelKind
	 * @generated
	 */
	EEnum getChannelKind();

	/**
	 * Returns the meta object for enum '{@link org.cxm.model.ChannelMode <em>Channel Mode</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Channel Mode</em>'.
	 * @see org.cxm.model.ChannelMode
	 * @generated
	 */
	EEnum getChannelMode();

	/**
	 * Returns the meta object for enum '{@link org.cxm.model.OwnerKind <em>Owner Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Owner Kind</em>'.
	 * @see org.cxm.model.OwnerKind
	 * @generated
	 */
	EEnum getOwnerKind();

	/**
	 * Returns the meta object for enum '{@link org.cxm.model.ObjectiveKind <em>Objective Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Objective Kind</em>'.
	 * @see org.cxm.model.ObjectiveKind
	 * @generated
	 */
	EEnum getObjectiveKind();

	/**
	 * Returns the meta object for enum '{@link org.cxm.model.Severity <em>Severity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Severity</em>'.
	 * @see org.cxm.model.Severity
	 * @generated
	 */
	EEnum getSeverity();

	/**
	 * Returns the meta object for enum '{@link org.cxm.model.Priority <em>Priority</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Priority</em>'.
	 * @see org.cxm.model.Priority
	 * @generated
	 */
	EEnum getPriority();

	/**
	 * Returns the meta object for enum '{@link org.cxm.model.OpportunityStatus <em>Opportunity Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Opportunity Status</em>'.
	 * @see org.cxm.model.OpportunityStatus
	 * @generated
	 */
	EEnum getOpportunityStatus();

	/**
	 * Returns the meta object for enum '{@link org.cxm.model.FeedbackKind <em>Feedback Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Feedback Kind</em>'.
	 * @see org.cxm.model.FeedbackKind
	 * @generated
	 */
	EEnum getFeedbackKind();

	/**
	 * Returns the meta object for enum '{@link org.cxm.model.KpiKind <em>Kpi Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Kpi Kind</em>'.
	 * @see org.cxm.model.KpiKind
	 * @generated
	 */
	EEnum getKpiKind();

	/**
	 * Returns the meta object for enum '{@link org.cxm.model.KpiDirection <em>Kpi Direction</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Kpi Direction</em>'.
	 * @see org.cxm.model.KpiDirection
	 * @generated
	 */
	EEnum getKpiDirection();

	/**
	 * Returns the meta object for enum '{@link org.cxm.model.SystemKind <em>System Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>System Kind</em>'.
	 * @see org.cxm.model.SystemKind
	 * @generated
	 */
	EEnum getSystemKind();

	/**
	 * Returns the meta object for enum '{@link org.cxm.model.DatabaseKind <em>Database Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Database Kind</em>'.
	 * @see org.cxm.model.DatabaseKind
	 * @generated
	 */
	EEnum getDatabaseKind();

	/**
	 * Returns the meta object for enum '{@link org.cxm.model.ApiAuthKind <em>Api Auth Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Api Auth Kind</em>'.
	 * @see org.cxm.model.ApiAuthKind
	 * @generated
	 */
	EEnum getApiAuthKind();

	/**
	 * Returns the meta object for enum '{@link org.cxm.model.HttpMethod <em>Http Method</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Http Method</em>'.
	 * @see org.cxm.model.HttpMethod
	 * @generated
	 */
	EEnum getHttpMethod();

	/**
	 * Returns the meta object for enum '{@link org.cxm.model.PaginationKind <em>Pagination Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Pagination Kind</em>'.
	 * @see org.cxm.model.PaginationKind
	 * @generated
	 */
	EEnum getPaginationKind();

	/**
	 * Returns the meta object for enum '{@link org.cxm.model.PageStop <em>Page Stop</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Page Stop</em>'.
	 * @see org.cxm.model.PageStop
	 * @generated
	 */
	EEnum getPageStop();

	/**
	 * Returns the meta object for enum '{@link org.cxm.model.RecordKind <em>Record Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Record Kind</em>'.
	 * @see org.cxm.model.RecordKind
	 * @generated
	 */
	EEnum getRecordKind();

	/**
	 * Returns the meta object for enum '{@link org.cxm.model.CanonicalField <em>Canonical Field</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Canonical Field</em>'.
	 * @see org.cxm.model.CanonicalField
	 * @generated
	 */
	EEnum getCanonicalField();

	/**
	 * Returns the meta object for enum '{@link org.cxm.model.IdentifierKind <em>Identifier Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Identifier Kind</em>'.
	 * @see org.cxm.model.IdentifierKind
	 * @generated
	 */
	EEnum getIdentifierKind();

	/**
	 * Returns the meta object for enum '{@link org.cxm.model.ConditionOperator <em>Condition Operator</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Condition Operator</em>'.
	 * @see org.cxm.model.ConditionOperator
	 * @generated
	 */
	EEnum getConditionOperator();

	/**
	 * Returns the meta object for enum '{@link org.cxm.model.SurvivorshipStrategy <em>Survivorship Strategy</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Survivorship Strategy</em>'.
	 * @see org.cxm.model.SurvivorshipStrategy
	 * @generated
	 */
	EEnum getSurvivorshipStrategy();

	/**
	 * Returns the meta object for enum '{@link org.cxm.model.MeasureAggregate <em>Measure Aggregate</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Measure Aggregate</em>'.
	 * @see org.cxm.model.MeasureAggregate
	 * @generated
	 */
	EEnum getMeasureAggregate();

	/**
	 * Returns the meta object for enum '{@link org.cxm.model.MeasureValue <em>Measure Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Measure Value</em>'.
	 * @see org.cxm.model.MeasureValue
	 * @generated
	 */
	EEnum getMeasureValue();

	/**
	 * Returns the meta object for enum '{@link org.cxm.model.DurationUnit <em>Duration Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Duration Unit</em>'.
	 * @see org.cxm.model.DurationUnit
	 * @generated
	 */
	EEnum getDurationUnit();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	CxmFactory getCxmFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link org.cxm.model.impl.IdentifiedImpl <em>Identified</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cxm.model.impl.IdentifiedImpl
		 * @see org.cxm.model.impl.CxmPackageImpl#getIdentified()
		 * @generated
		 */
		EClass IDENTIFIED = eINSTANCE.getIdentified();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IDENTIFIED__ID = eINSTANCE.getIdentified_Id();

		/**
		 * The meta object literal for the '{@link org.cxm.model.impl.NamedElementImpl <em>Named Element</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cxm.model.impl.NamedElementImpl
		 * @see org.cxm.model.impl.CxmPackageImpl#getNamedElement()
		 * @generated
		 */
		EClass NAMED_ELEMENT = eINSTANCE.getNamedElement();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NAMED_ELEMENT__NAME = eINSTANCE.getNamedElement_Name();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NAMED_ELEMENT__DESCRIPTION = eINSTANCE.getNamedElement_Description();

		/**
		 * The meta object literal for the '{@link org.cxm.model.impl.CxModelImpl <em>Cx Model</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cxm.model.impl.CxModelImpl
		 * @see org.cxm.model.impl.CxmPackageImpl#getCxModel()
		 * @generated
		 */
		EClass CX_MODEL = eINSTANCE.getCxModel();

		/**
		 * The meta object literal for the '<em><b>Segments</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CX_MODEL__SEGMENTS = eINSTANCE.getCxModel_Segments();

		/**
		 * The meta object literal for the '<em><b>Personas</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CX_MODEL__PERSONAS = eINSTANCE.getCxModel_Personas();

		/**
		 * The meta object literal for the '<em><b>Owners</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CX_MODEL__OWNERS = eINSTANCE.getCxModel_Owners();

		/**
		 * The meta object literal for the '<em><b>Channels</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CX_MODEL__CHANNELS = eINSTANCE.getCxModel_Channels();

		/**
		 * The meta object literal for the '<em><b>Journeys</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CX_MODEL__JOURNEYS = eINSTANCE.getCxModel_Journeys();

		/**
		 * The meta object literal for the '<em><b>Feedback Mechanisms</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CX_MODEL__FEEDBACK_MECHANISMS = eINSTANCE.getCxModel_FeedbackMechanisms();

		/**
		 * The meta object literal for the '<em><b>Data Sources</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CX_MODEL__DATA_SOURCES = eINSTANCE.getCxModel_DataSources();

		/**
		 * The meta object literal for the '<em><b>Identity Resolution</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CX_MODEL__IDENTITY_RESOLUTION = eINSTANCE.getCxModel_IdentityResolution();

		/**
		 * The meta object literal for the '{@link org.cxm.model.impl.CustomerSegmentImpl <em>Customer Segment</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cxm.model.impl.CustomerSegmentImpl
		 * @see org.cxm.model.impl.CxmPackageImpl#getCustomerSegment()
		 * @generated
		 */
		EClass CUSTOMER_SEGMENT = eINSTANCE.getCustomerSegment();

		/**
		 * The meta object literal for the '<em><b>Criteria</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CUSTOMER_SEGMENT__CRITERIA = eINSTANCE.getCustomerSegment_Criteria();

		/**
		 * The meta object literal for the '{@link org.cxm.model.impl.PersonaImpl <em>Persona</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cxm.model.impl.PersonaImpl
		 * @see org.cxm.model.impl.CxmPackageImpl#getPersona()
		 * @generated
		 */
		EClass PERSONA = eINSTANCE.getPersona();

		/**
		 * The meta object literal for the '<em><b>Quote</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERSONA__QUOTE = eINSTANCE.getPersona_Quote();

		/**
		 * The meta object literal for the '<em><b>Goals</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERSONA__GOALS = eINSTANCE.getPersona_Goals();

		/**
		 * The meta object literal for the '<em><b>Needs</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERSONA__NEEDS = eINSTANCE.getPersona_Needs();

		/**
		 * The meta object literal for the '<em><b>Preferences</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERSONA__PREFERENCES = eINSTANCE.getPersona_Preferences();

		/**
		 * The meta object literal for the '<em><b>Behaviours</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERSONA__BEHAVIOURS = eINSTANCE.getPersona_Behaviours();

		/**
		 * The meta object literal for the '<em><b>Frustrations</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERSONA__FRUSTRATIONS = eINSTANCE.getPersona_Frustrations();

		/**
		 * The meta object literal for the '<em><b>Segments</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PERSONA__SEGMENTS = eINSTANCE.getPersona_Segments();

		/**
		 * The meta object literal for the '{@link org.cxm.model.impl.OwnerImpl <em>Owner</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cxm.model.impl.OwnerImpl
		 * @see org.cxm.model.impl.CxmPackageImpl#getOwner()
		 * @generated
		 */
		EClass OWNER = eINSTANCE.getOwner();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OWNER__KIND = eINSTANCE.getOwner_Kind();

		/**
		 * The meta object literal for the '<em><b>Contact</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OWNER__CONTACT = eINSTANCE.getOwner_Contact();

		/**
		 * The meta object literal for the '<em><b>Parent</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference OWNER__PARENT = eINSTANCE.getOwner_Parent();

		/**
		 * The meta object literal for the '{@link org.cxm.model.impl.ChannelImpl <em>Channel</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cxm.model.impl.ChannelImpl
		 * @see org.cxm.model.impl.CxmPackageImpl#getChannel()
		 * @generated
		 */
		EClass CHANNEL = eINSTANCE.getChannel();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHANNEL__KIND = eINSTANCE.getChannel_Kind();

		/**
		 * The meta object literal for the '<em><b>Mode</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHANNEL__MODE = eINSTANCE.getChannel_Mode();

		/**
		 * The meta object literal for the '{@link org.cxm.model.impl.KpiScopeImpl <em>Kpi Scope</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cxm.model.impl.KpiScopeImpl
		 * @see org.cxm.model.impl.CxmPackageImpl#getKpiScope()
		 * @generated
		 */
		EClass KPI_SCOPE = eINSTANCE.getKpiScope();

		/**
		 * The meta object literal for the '{@link org.cxm.model.impl.JourneyImpl <em>Journey</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cxm.model.impl.JourneyImpl
		 * @see org.cxm.model.impl.CxmPackageImpl#getJourney()
		 * @generated
		 */
		EClass JOURNEY = eINSTANCE.getJourney();

		/**
		 * The meta object literal for the '<em><b>Map Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute JOURNEY__MAP_TYPE = eINSTANCE.getJourney_MapType();

		/**
		 * The meta object literal for the '<em><b>Personas</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference JOURNEY__PERSONAS = eINSTANCE.getJourney_Personas();

		/**
		 * The meta object literal for the '<em><b>Objectives</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference JOURNEY__OBJECTIVES = eINSTANCE.getJourney_Objectives();

		/**
		 * The meta object literal for the '<em><b>Stages</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference JOURNEY__STAGES = eINSTANCE.getJourney_Stages();

		/**
		 * The meta object literal for the '<em><b>Opportunities</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference JOURNEY__OPPORTUNITIES = eINSTANCE.getJourney_Opportunities();

		/**
		 * The meta object literal for the '<em><b>Kpis</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference JOURNEY__KPIS = eINSTANCE.getJourney_Kpis();

		/**
		 * The meta object literal for the '<em><b>Owner</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference JOURNEY__OWNER = eINSTANCE.getJourney_Owner();

		/**
		 * The meta object literal for the '<em><b>Current State</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference JOURNEY__CURRENT_STATE = eINSTANCE.getJourney_CurrentState();

		/**
		 * The meta object literal for the '{@link org.cxm.model.impl.BusinessObjectiveImpl <em>Business Objective</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cxm.model.impl.BusinessObjectiveImpl
		 * @see org.cxm.model.impl.CxmPackageImpl#getBusinessObjective()
		 * @generated
		 */
		EClass BUSINESS_OBJECTIVE = eINSTANCE.getBusinessObjective();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BUSINESS_OBJECTIVE__KIND = eINSTANCE.getBusinessObjective_Kind();

		/**
		 * The meta object literal for the '{@link org.cxm.model.impl.StageImpl <em>Stage</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cxm.model.impl.StageImpl
		 * @see org.cxm.model.impl.CxmPackageImpl#getStage()
		 * @generated
		 */
		EClass STAGE = eINSTANCE.getStage();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STAGE__KIND = eINSTANCE.getStage_Kind();

		/**
		 * The meta object literal for the '<em><b>Customer Goal</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STAGE__CUSTOMER_GOAL = eINSTANCE.getStage_CustomerGoal();

		/**
		 * The meta object literal for the '<em><b>Touchpoints</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STAGE__TOUCHPOINTS = eINSTANCE.getStage_Touchpoints();

		/**
		 * The meta object literal for the '{@link org.cxm.model.impl.TouchpointImpl <em>Touchpoint</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cxm.model.impl.TouchpointImpl
		 * @see org.cxm.model.impl.CxmPackageImpl#getTouchpoint()
		 * @generated
		 */
		EClass TOUCHPOINT = eINSTANCE.getTouchpoint();

		/**
		 * The meta object literal for the '<em><b>Channel</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TOUCHPOINT__CHANNEL = eINSTANCE.getTouchpoint_Channel();

		/**
		 * The meta object literal for the '<em><b>Customer Action</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TOUCHPOINT__CUSTOMER_ACTION = eINSTANCE.getTouchpoint_CustomerAction();

		/**
		 * The meta object literal for the '<em><b>Thoughts</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TOUCHPOINT__THOUGHTS = eINSTANCE.getTouchpoint_Thoughts();

		/**
		 * The meta object literal for the '<em><b>Emotion</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TOUCHPOINT__EMOTION = eINSTANCE.getTouchpoint_Emotion();

		/**
		 * The meta object literal for the '<em><b>Feeling</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TOUCHPOINT__FEELING = eINSTANCE.getTouchpoint_Feeling();

		/**
		 * The meta object literal for the '<em><b>Moment Of Truth</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TOUCHPOINT__MOMENT_OF_TRUTH = eINSTANCE.getTouchpoint_MomentOfTruth();

		/**
		 * The meta object literal for the '<em><b>Optional</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TOUCHPOINT__OPTIONAL = eINSTANCE.getTouchpoint_Optional();

		/**
		 * The meta object literal for the '<em><b>Owner</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TOUCHPOINT__OWNER = eINSTANCE.getTouchpoint_Owner();

		/**
		 * The meta object literal for the '<em><b>Pain Points</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TOUCHPOINT__PAIN_POINTS = eINSTANCE.getTouchpoint_PainPoints();

		/**
		 * The meta object literal for the '<em><b>Delights</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TOUCHPOINT__DELIGHTS = eINSTANCE.getTouchpoint_Delights();

		/**
		 * The meta object literal for the '<em><b>Frontstage Actions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TOUCHPOINT__FRONTSTAGE_ACTIONS = eINSTANCE.getTouchpoint_FrontstageActions();

		/**
		 * The meta object literal for the '<em><b>Backstage Actions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TOUCHPOINT__BACKSTAGE_ACTIONS = eINSTANCE.getTouchpoint_BackstageActions();

		/**
		 * The meta object literal for the '<em><b>Support Processes</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TOUCHPOINT__SUPPORT_PROCESSES = eINSTANCE.getTouchpoint_SupportProcesses();

		/**
		 * The meta object literal for the '{@link org.cxm.model.impl.PainPointImpl <em>Pain Point</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cxm.model.impl.PainPointImpl
		 * @see org.cxm.model.impl.CxmPackageImpl#getPainPoint()
		 * @generated
		 */
		EClass PAIN_POINT = eINSTANCE.getPainPoint();

		/**
		 * The meta object literal for the '<em><b>Severity</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PAIN_POINT__SEVERITY = eINSTANCE.getPainPoint_Severity();

		/**
		 * The meta object literal for the '{@link org.cxm.model.impl.MomentOfDelightImpl <em>Moment Of Delight</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cxm.model.impl.MomentOfDelightImpl
		 * @see org.cxm.model.impl.CxmPackageImpl#getMomentOfDelight()
		 * @generated
		 */
		EClass MOMENT_OF_DELIGHT = eINSTANCE.getMomentOfDelight();

		/**
		 * The meta object literal for the '{@link org.cxm.model.impl.ServiceActionImpl <em>Service Action</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cxm.model.impl.ServiceActionImpl
		 * @see org.cxm.model.impl.CxmPackageImpl#getServiceAction()
		 * @generated
		 */
		EClass SERVICE_ACTION = eINSTANCE.getServiceAction();

		/**
		 * The meta object literal for the '<em><b>Owner</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SERVICE_ACTION__OWNER = eINSTANCE.getServiceAction_Owner();

		/**
		 * The meta object literal for the '<em><b>System</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE_ACTION__SYSTEM = eINSTANCE.getServiceAction_System();

		/**
		 * The meta object literal for the '{@link org.cxm.model.impl.OpportunityImpl <em>Opportunity</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cxm.model.impl.OpportunityImpl
		 * @see org.cxm.model.impl.CxmPackageImpl#getOpportunity()
		 * @generated
		 */
		EClass OPPORTUNITY = eINSTANCE.getOpportunity();

		/**
		 * The meta object literal for the '<em><b>Owner</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference OPPORTUNITY__OWNER = eINSTANCE.getOpportunity_Owner();

		/**
		 * The meta object literal for the '<em><b>Priority</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OPPORTUNITY__PRIORITY = eINSTANCE.getOpportunity_Priority();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OPPORTUNITY__STATUS = eINSTANCE.getOpportunity_Status();

		/**
		 * The meta object literal for the '<em><b>Expected Impact</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OPPORTUNITY__EXPECTED_IMPACT = eINSTANCE.getOpportunity_ExpectedImpact();

		/**
		 * The meta object literal for the '<em><b>Pain Points</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference OPPORTUNITY__PAIN_POINTS = eINSTANCE.getOpportunity_PainPoints();

		/**
		 * The meta object literal for the '<em><b>Touchpoints</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference OPPORTUNITY__TOUCHPOINTS = eINSTANCE.getOpportunity_Touchpoints();

		/**
		 * The meta object literal for the '<em><b>Kpis</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference OPPORTUNITY__KPIS = eINSTANCE.getOpportunity_Kpis();

		/**
		 * The meta object literal for the '{@link org.cxm.model.impl.FeedbackMechanismImpl <em>Feedback Mechanism</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cxm.model.impl.FeedbackMechanismImpl
		 * @see org.cxm.model.impl.CxmPackageImpl#getFeedbackMechanism()
		 * @generated
		 */
		EClass FEEDBACK_MECHANISM = eINSTANCE.getFeedbackMechanism();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FEEDBACK_MECHANISM__KIND = eINSTANCE.getFeedbackMechanism_Kind();

		/**
		 * The meta object literal for the '<em><b>Collected At</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FEEDBACK_MECHANISM__COLLECTED_AT = eINSTANCE.getFeedbackMechanism_CollectedAt();

		/**
		 * The meta object literal for the '<em><b>Channel</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FEEDBACK_MECHANISM__CHANNEL = eINSTANCE.getFeedbackMechanism_Channel();

		/**
		 * The meta object literal for the '<em><b>Frequency</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FEEDBACK_MECHANISM__FREQUENCY = eINSTANCE.getFeedbackMechanism_Frequency();

		/**
		 * The meta object literal for the '<em><b>Owner</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FEEDBACK_MECHANISM__OWNER = eINSTANCE.getFeedbackMechanism_Owner();

		/**
		 * The meta object literal for the '<em><b>Measures</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FEEDBACK_MECHANISM__MEASURES = eINSTANCE.getFeedbackMechanism_Measures();

		/**
		 * The meta object literal for the '{@link org.cxm.model.impl.KpiImpl <em>Kpi</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cxm.model.impl.KpiImpl
		 * @see org.cxm.model.impl.CxmPackageImpl#getKpi()
		 * @generated
		 */
		EClass KPI = eINSTANCE.getKpi();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KPI__KIND = eINSTANCE.getKpi_Kind();

		/**
		 * The meta object literal for the '<em><b>Unit</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KPI__UNIT = eINSTANCE.getKpi_Unit();

		/**
		 * The meta object literal for the '<em><b>Target</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KPI__TARGET = eINSTANCE.getKpi_Target();

		/**
		 * The meta object literal for the '<em><b>Benchmark</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KPI__BENCHMARK = eINSTANCE.getKpi_Benchmark();

		/**
		 * The meta object literal for the '<em><b>Actual</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KPI__ACTUAL = eINSTANCE.getKpi_Actual();

		/**
		 * The meta object literal for the '<em><b>Direction</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KPI__DIRECTION = eINSTANCE.getKpi_Direction();

		/**
		 * The meta object literal for the '<em><b>Scope</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference KPI__SCOPE = eINSTANCE.getKpi_Scope();

		/**
		 * The meta object literal for the '<em><b>Owner</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference KPI__OWNER = eINSTANCE.getKpi_Owner();

		/**
		 * The meta object literal for the '<em><b>Measure</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference KPI__MEASURE = eINSTANCE.getKpi_Measure();

		/**
		 * The meta object literal for the '{@link org.cxm.model.impl.KpiMeasureImpl <em>Kpi Measure</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cxm.model.impl.KpiMeasureImpl
		 * @see org.cxm.model.impl.CxmPackageImpl#getKpiMeasure()
		 * @generated
		 */
		EClass KPI_MEASURE = eINSTANCE.getKpiMeasure();

		/**
		 * The meta object literal for the '<em><b>Aggregate</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KPI_MEASURE__AGGREGATE = eINSTANCE.getKpiMeasure_Aggregate();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KPI_MEASURE__VALUE = eINSTANCE.getKpiMeasure_Value();

		/**
		 * The meta object literal for the '<em><b>Percentile</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KPI_MEASURE__PERCENTILE = eINSTANCE.getKpiMeasure_Percentile();

		/**
		 * The meta object literal for the '<em><b>Duration Unit</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KPI_MEASURE__DURATION_UNIT = eINSTANCE.getKpiMeasure_DurationUnit();

		/**
		 * The meta object literal for the '<em><b>Window Days</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KPI_MEASURE__WINDOW_DAYS = eINSTANCE.getKpiMeasure_WindowDays();

		/**
		 * The meta object literal for the '<em><b>Period Days</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KPI_MEASURE__PERIOD_DAYS = eINSTANCE.getKpiMeasure_PeriodDays();

		/**
		 * The meta object literal for the '<em><b>Scale</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KPI_MEASURE__SCALE = eINSTANCE.getKpiMeasure_Scale();

		/**
		 * The meta object literal for the '<em><b>Promoter From</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KPI_MEASURE__PROMOTER_FROM = eINSTANCE.getKpiMeasure_PromoterFrom();

		/**
		 * The meta object literal for the '<em><b>Detractor Up To</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KPI_MEASURE__DETRACTOR_UP_TO = eINSTANCE.getKpiMeasure_DetractorUpTo();

		/**
		 * The meta object literal for the '<em><b>Records</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference KPI_MEASURE__RECORDS = eINSTANCE.getKpiMeasure_Records();

		/**
		 * The meta object literal for the '<em><b>Matching</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference KPI_MEASURE__MATCHING = eINSTANCE.getKpiMeasure_Matching();

		/**
		 * The meta object literal for the '<em><b>Until</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference KPI_MEASURE__UNTIL = eINSTANCE.getKpiMeasure_Until();

		/**
		 * The meta object literal for the '<em><b>Per</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference KPI_MEASURE__PER = eINSTANCE.getKpiMeasure_Per();

		/**
		 * The meta object literal for the '{@link org.cxm.model.impl.RecordFilterImpl <em>Record Filter</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cxm.model.impl.RecordFilterImpl
		 * @see org.cxm.model.impl.CxmPackageImpl#getRecordFilter()
		 * @generated
		 */
		EClass RECORD_FILTER = eINSTANCE.getRecordFilter();

		/**
		 * The meta object literal for the '<em><b>Record Sources</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RECORD_FILTER__RECORD_SOURCES = eINSTANCE.getRecordFilter_RecordSources();

		/**
		 * The meta object literal for the '<em><b>Kinds</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RECORD_FILTER__KINDS = eINSTANCE.getRecordFilter_Kinds();

		/**
		 * The meta object literal for the '<em><b>Statuses</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RECORD_FILTER__STATUSES = eINSTANCE.getRecordFilter_Statuses();

		/**
		 * The meta object literal for the '<em><b>Directions</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RECORD_FILTER__DIRECTIONS = eINSTANCE.getRecordFilter_Directions();

		/**
		 * The meta object literal for the '<em><b>Touchpoints</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RECORD_FILTER__TOUCHPOINTS = eINSTANCE.getRecordFilter_Touchpoints();

		/**
		 * The meta object literal for the '<em><b>Stages</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RECORD_FILTER__STAGES = eINSTANCE.getRecordFilter_Stages();

		/**
		 * The meta object literal for the '<em><b>Channels</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RECORD_FILTER__CHANNELS = eINSTANCE.getRecordFilter_Channels();

		/**
		 * The meta object literal for the '<em><b>Min Score</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RECORD_FILTER__MIN_SCORE = eINSTANCE.getRecordFilter_MinScore();

		/**
		 * The meta object literal for the '<em><b>Max Score</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RECORD_FILTER__MAX_SCORE = eINSTANCE.getRecordFilter_MaxScore();

		/**
		 * The meta object literal for the '{@link org.cxm.model.impl.DataSourceImpl <em>Data Source</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cxm.model.impl.DataSourceImpl
		 * @see org.cxm.model.impl.CxmPackageImpl#getDataSource()
		 * @generated
		 */
		EClass DATA_SOURCE = eINSTANCE.getDataSource();

		/**
		 * The meta object literal for the '<em><b>System Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATA_SOURCE__SYSTEM_KIND = eINSTANCE.getDataSource_SystemKind();

		/**
		 * The meta object literal for the '<em><b>Database Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATA_SOURCE__DATABASE_KIND = eINSTANCE.getDataSource_DatabaseKind();

		/**
		 * The meta object literal for the '<em><b>Jdbc Url</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATA_SOURCE__JDBC_URL = eINSTANCE.getDataSource_JdbcUrl();

		/**
		 * The meta object literal for the '<em><b>User</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATA_SOURCE__USER = eINSTANCE.getDataSource_User();

		/**
		 * The meta object literal for the '<em><b>Credential</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATA_SOURCE__CREDENTIAL = eINSTANCE.getDataSource_Credential();

		/**
		 * The meta object literal for the '<em><b>Priority</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATA_SOURCE__PRIORITY = eINSTANCE.getDataSource_Priority();

		/**
		 * The meta object literal for the '<em><b>Max Attempts</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATA_SOURCE__MAX_ATTEMPTS = eINSTANCE.getDataSource_MaxAttempts();

		/**
		 * The meta object literal for the '<em><b>Retry Delay Seconds</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATA_SOURCE__RETRY_DELAY_SECONDS = eINSTANCE.getDataSource_RetryDelaySeconds();

		/**
		 * The meta object literal for the '<em><b>Default Region</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATA_SOURCE__DEFAULT_REGION = eINSTANCE.getDataSource_DefaultRegion();

		/**
		 * The meta object literal for the '<em><b>Queries</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DATA_SOURCE__QUERIES = eINSTANCE.getDataSource_Queries();

		/**
		 * The meta object literal for the '<em><b>Record Sources</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DATA_SOURCE__RECORD_SOURCES = eINSTANCE.getDataSource_RecordSources();

		/**
		 * The meta object literal for the '<em><b>Api</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DATA_SOURCE__API = eINSTANCE.getDataSource_Api();

		/**
		 * The meta object literal for the '{@link org.cxm.model.impl.NamedQueryImpl <em>Named Query</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cxm.model.impl.NamedQueryImpl
		 * @see org.cxm.model.impl.CxmPackageImpl#getNamedQuery()
		 * @generated
		 */
		EClass NAMED_QUERY = eINSTANCE.getNamedQuery();

		/**
		 * The meta object literal for the '<em><b>Sql</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NAMED_QUERY__SQL = eINSTANCE.getNamedQuery_Sql();

		/**
		 * The meta object literal for the '{@link org.cxm.model.impl.RecordSourceImpl <em>Record Source</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cxm.model.impl.RecordSourceImpl
		 * @see org.cxm.model.impl.CxmPackageImpl#getRecordSource()
		 * @generated
		 */
		EClass RECORD_SOURCE = eINSTANCE.getRecordSource();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RECORD_SOURCE__KIND = eINSTANCE.getRecordSource_Kind();

		/**
		 * The meta object literal for the '<em><b>Table</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RECORD_SOURCE__TABLE = eINSTANCE.getRecordSource_Table();

		/**
		 * The meta object literal for the '<em><b>Query</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RECORD_SOURCE__QUERY = eINSTANCE.getRecordSource_Query();

		/**
		 * The meta object literal for the '<em><b>Named Query</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RECORD_SOURCE__NAMED_QUERY = eINSTANCE.getRecordSource_NamedQuery();

		/**
		 * The meta object literal for the '<em><b>Filter</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RECORD_SOURCE__FILTER = eINSTANCE.getRecordSource_Filter();

		/**
		 * The meta object literal for the '<em><b>Primary Key</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RECORD_SOURCE__PRIMARY_KEY = eINSTANCE.getRecordSource_PrimaryKey();

		/**
		 * The meta object literal for the '<em><b>Cursor Columns</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RECORD_SOURCE__CURSOR_COLUMNS = eINSTANCE.getRecordSource_CursorColumns();

		/**
		 * The meta object literal for the '<em><b>Deleted Column</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RECORD_SOURCE__DELETED_COLUMN = eINSTANCE.getRecordSource_DeletedColumn();

		/**
		 * The meta object literal for the '<em><b>Deleted Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RECORD_SOURCE__DELETED_VALUE = eINSTANCE.getRecordSource_DeletedValue();

		/**
		 * The meta object literal for the '<em><b>Look Back Seconds</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RECORD_SOURCE__LOOK_BACK_SECONDS = eINSTANCE.getRecordSource_LookBackSeconds();

		/**
		 * The meta object literal for the '<em><b>Reconcile Every Hours</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RECORD_SOURCE__RECONCILE_EVERY_HOURS = eINSTANCE.getRecordSource_ReconcileEveryHours();

		/**
		 * The meta object literal for the '<em><b>Batch Size</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RECORD_SOURCE__BATCH_SIZE = eINSTANCE.getRecordSource_BatchSize();

		/**
		 * The meta object literal for the '<em><b>Customer Source</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RECORD_SOURCE__CUSTOMER_SOURCE = eINSTANCE.getRecordSource_CustomerSource();

		/**
		 * The meta object literal for the '<em><b>Field Mappings</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RECORD_SOURCE__FIELD_MAPPINGS = eINSTANCE.getRecordSource_FieldMappings();

		/**
		 * The meta object literal for the '<em><b>Identity Mappings</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RECORD_SOURCE__IDENTITY_MAPPINGS = eINSTANCE.getRecordSource_IdentityMappings();

		/**
		 * The meta object literal for the '<em><b>Classification Rules</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RECORD_SOURCE__CLASSIFICATION_RULES = eINSTANCE.getRecordSource_ClassificationRules();

		/**
		 * The meta object literal for the '<em><b>Request</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RECORD_SOURCE__REQUEST = eINSTANCE.getRecordSource_Request();

		/**
		 * The meta object literal for the '{@link org.cxm.model.impl.FieldMappingImpl <em>Field Mapping</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cxm.model.impl.FieldMappingImpl
		 * @see org.cxm.model.impl.CxmPackageImpl#getFieldMapping()
		 * @generated
		 */
		EClass FIELD_MAPPING = eINSTANCE.getFieldMapping();

		/**
		 * The meta object literal for the '<em><b>Column</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FIELD_MAPPING__COLUMN = eINSTANCE.getFieldMapping_Column();

		/**
		 * The meta object literal for the '<em><b>Field</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FIELD_MAPPING__FIELD = eINSTANCE.getFieldMapping_Field();

		/**
		 * The meta object literal for the '<em><b>Default Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FIELD_MAPPING__DEFAULT_VALUE = eINSTANCE.getFieldMapping_DefaultValue();

		/**
		 * The meta object literal for the '{@link org.cxm.model.impl.IdentityMappingImpl <em>Identity Mapping</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cxm.model.impl.IdentityMappingImpl
		 * @see org.cxm.model.impl.CxmPackageImpl#getIdentityMapping()
		 * @generated
		 */
		EClass IDENTITY_MAPPING = eINSTANCE.getIdentityMapping();

		/**
		 * The meta object literal for the '<em><b>Column</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IDENTITY_MAPPING__COLUMN = eINSTANCE.getIdentityMapping_Column();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IDENTITY_MAPPING__KIND = eINSTANCE.getIdentityMapping_Kind();

		/**
		 * The meta object literal for the '<em><b>Region Column</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IDENTITY_MAPPING__REGION_COLUMN = eINSTANCE.getIdentityMapping_RegionColumn();

		/**
		 * The meta object literal for the '<em><b>Unless Column</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IDENTITY_MAPPING__UNLESS_COLUMN = eINSTANCE.getIdentityMapping_UnlessColumn();

		/**
		 * The meta object literal for the '{@link org.cxm.model.impl.ClassificationRuleImpl <em>Classification Rule</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cxm.model.impl.ClassificationRuleImpl
		 * @see org.cxm.model.impl.CxmPackageImpl#getClassificationRule()
		 * @generated
		 */
		EClass CLASSIFICATION_RULE = eINSTANCE.getClassificationRule();

		/**
		 * The meta object literal for the '<em><b>Conditions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CLASSIFICATION_RULE__CONDITIONS = eINSTANCE.getClassificationRule_Conditions();

		/**
		 * The meta object literal for the '<em><b>Channel</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CLASSIFICATION_RULE__CHANNEL = eINSTANCE.getClassificationRule_Channel();

		/**
		 * The meta object literal for the '<em><b>Touchpoint</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CLASSIFICATION_RULE__TOUCHPOINT = eINSTANCE.getClassificationRule_Touchpoint();

		/**
		 * The meta object literal for the '<em><b>Stage</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CLASSIFICATION_RULE__STAGE = eINSTANCE.getClassificationRule_Stage();

		/**
		 * The meta object literal for the '{@link org.cxm.model.impl.ConditionImpl <em>Condition</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cxm.model.impl.ConditionImpl
		 * @see org.cxm.model.impl.CxmPackageImpl#getCondition()
		 * @generated
		 */
		EClass CONDITION = eINSTANCE.getCondition();

		/**
		 * The meta object literal for the '<em><b>Field</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONDITION__FIELD = eINSTANCE.getCondition_Field();

		/**
		 * The meta object literal for the '<em><b>Operator</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONDITION__OPERATOR = eINSTANCE.getCondition_Operator();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONDITION__VALUE = eINSTANCE.getCondition_Value();

		/**
		 * The meta object literal for the '{@link org.cxm.model.impl.IdentityResolutionImpl <em>Identity Resolution</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cxm.model.impl.IdentityResolutionImpl
		 * @see org.cxm.model.impl.CxmPackageImpl#getIdentityResolution()
		 * @generated
		 */
		EClass IDENTITY_RESOLUTION = eINSTANCE.getIdentityResolution();

		/**
		 * The meta object literal for the '<em><b>Match Rules</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference IDENTITY_RESOLUTION__MATCH_RULES = eINSTANCE.getIdentityResolution_MatchRules();

		/**
		 * The meta object literal for the '<em><b>Blocked Values</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference IDENTITY_RESOLUTION__BLOCKED_VALUES = eINSTANCE.getIdentityResolution_BlockedValues();

		/**
		 * The meta object literal for the '<em><b>Default Region</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IDENTITY_RESOLUTION__DEFAULT_REGION = eINSTANCE.getIdentityResolution_DefaultRegion();

		/**
		 * The meta object literal for the '<em><b>Survivorship</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IDENTITY_RESOLUTION__SURVIVORSHIP = eINSTANCE.getIdentityResolution_Survivorship();

		/**
		 * The meta object literal for the '{@link org.cxm.model.impl.MatchRuleImpl <em>Match Rule</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cxm.model.impl.MatchRuleImpl
		 * @see org.cxm.model.impl.CxmPackageImpl#getMatchRule()
		 * @generated
		 */
		EClass MATCH_RULE = eINSTANCE.getMatchRule();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MATCH_RULE__KIND = eINSTANCE.getMatchRule_Kind();

		/**
		 * The meta object literal for the '<em><b>Enabled</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MATCH_RULE__ENABLED = eINSTANCE.getMatchRule_Enabled();

		/**
		 * The meta object literal for the '<em><b>Also Kinds</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MATCH_RULE__ALSO_KINDS = eINSTANCE.getMatchRule_AlsoKinds();

		/**
		 * The meta object literal for the '{@link org.cxm.model.impl.BlockedValueImpl <em>Blocked Value</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cxm.model.impl.BlockedValueImpl
		 * @see org.cxm.model.impl.CxmPackageImpl#getBlockedValue()
		 * @generated
		 */
		EClass BLOCKED_VALUE = eINSTANCE.getBlockedValue();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BLOCKED_VALUE__KIND = eINSTANCE.getBlockedValue_Kind();

		/**
		 * The meta object literal for the '<em><b>Pattern</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BLOCKED_VALUE__PATTERN = eINSTANCE.getBlockedValue_Pattern();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BLOCKED_VALUE__DESCRIPTION = eINSTANCE.getBlockedValue_Description();

		/**
		 * The meta object literal for the '<em><b>Blocks Pairs</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BLOCKED_VALUE__BLOCKS_PAIRS = eINSTANCE.getBlockedValue_BlocksPairs();

		/**
		 * The meta object literal for the '{@link org.cxm.model.impl.ApiConnectionImpl <em>Api Connection</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cxm.model.impl.ApiConnectionImpl
		 * @see org.cxm.model.impl.CxmPackageImpl#getApiConnection()
		 * @generated
		 */
		EClass API_CONNECTION = eINSTANCE.getApiConnection();

		/**
		 * The meta object literal for the '<em><b>Base Url</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute API_CONNECTION__BASE_URL = eINSTANCE.getApiConnection_BaseUrl();

		/**
		 * The meta object literal for the '<em><b>Authenticator</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference API_CONNECTION__AUTHENTICATOR = eINSTANCE.getApiConnection_Authenticator();

		/**
		 * The meta object literal for the '<em><b>Headers</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute API_CONNECTION__HEADERS = eINSTANCE.getApiConnection_Headers();

		/**
		 * The meta object literal for the '<em><b>Requests Per Second</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute API_CONNECTION__REQUESTS_PER_SECOND = eINSTANCE.getApiConnection_RequestsPerSecond();

		/**
		 * The meta object literal for the '<em><b>Max Retry After Seconds</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute API_CONNECTION__MAX_RETRY_AFTER_SECONDS = eINSTANCE.getApiConnection_MaxRetryAfterSeconds();

		/**
		 * The meta object literal for the '<em><b>Timeout Seconds</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute API_CONNECTION__TIMEOUT_SECONDS = eINSTANCE.getApiConnection_TimeoutSeconds();

		/**
		 * The meta object literal for the '{@link org.cxm.model.impl.ApiAuthenticatorImpl <em>Api Authenticator</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cxm.model.impl.ApiAuthenticatorImpl
		 * @see org.cxm.model.impl.CxmPackageImpl#getApiAuthenticator()
		 * @generated
		 */
		EClass API_AUTHENTICATOR = eINSTANCE.getApiAuthenticator();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute API_AUTHENTICATOR__KIND = eINSTANCE.getApiAuthenticator_Kind();

		/**
		 * The meta object literal for the '<em><b>Header Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute API_AUTHENTICATOR__HEADER_NAME = eINSTANCE.getApiAuthenticator_HeaderName();

		/**
		 * The meta object literal for the '<em><b>Token Url</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute API_AUTHENTICATOR__TOKEN_URL = eINSTANCE.getApiAuthenticator_TokenUrl();

		/**
		 * The meta object literal for the '<em><b>Scope</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute API_AUTHENTICATOR__SCOPE = eINSTANCE.getApiAuthenticator_Scope();

		/**
		 * The meta object literal for the '{@link org.cxm.model.impl.ApiRequestImpl <em>Api Request</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cxm.model.impl.ApiRequestImpl
		 * @see org.cxm.model.impl.CxmPackageImpl#getApiRequest()
		 * @generated
		 */
		EClass API_REQUEST = eINSTANCE.getApiRequest();

		/**
		 * The meta object literal for the '<em><b>Method</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute API_REQUEST__METHOD = eINSTANCE.getApiRequest_Method();

		/**
		 * The meta object literal for the '<em><b>Path</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute API_REQUEST__PATH = eINSTANCE.getApiRequest_Path();

		/**
		 * The meta object literal for the '<em><b>Parameters</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute API_REQUEST__PARAMETERS = eINSTANCE.getApiRequest_Parameters();

		/**
		 * The meta object literal for the '<em><b>Body</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute API_REQUEST__BODY = eINSTANCE.getApiRequest_Body();

		/**
		 * The meta object literal for the '<em><b>Records Path</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute API_REQUEST__RECORDS_PATH = eINSTANCE.getApiRequest_RecordsPath();

		/**
		 * The meta object literal for the '<em><b>Since Format</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute API_REQUEST__SINCE_FORMAT = eINSTANCE.getApiRequest_SinceFormat();

		/**
		 * The meta object literal for the '<em><b>Delta Token Path</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute API_REQUEST__DELTA_TOKEN_PATH = eINSTANCE.getApiRequest_DeltaTokenPath();

		/**
		 * The meta object literal for the '<em><b>False Is Empty</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute API_REQUEST__FALSE_IS_EMPTY = eINSTANCE.getApiRequest_FalseIsEmpty();

		/**
		 * The meta object literal for the '<em><b>Paginator</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference API_REQUEST__PAGINATOR = eINSTANCE.getApiRequest_Paginator();

		/**
		 * The meta object literal for the '<em><b>Deleted Records</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference API_REQUEST__DELETED_RECORDS = eINSTANCE.getApiRequest_DeletedRecords();

		/**
		 * The meta object literal for the '<em><b>Deleted Key Path</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute API_REQUEST__DELETED_KEY_PATH = eINSTANCE.getApiRequest_DeletedKeyPath();

		/**
		 * The meta object literal for the '<em><b>Deleted Cursor Path</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute API_REQUEST__DELETED_CURSOR_PATH = eINSTANCE.getApiRequest_DeletedCursorPath();

		/**
		 * The meta object literal for the '{@link org.cxm.model.impl.ApiPaginatorImpl <em>Api Paginator</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cxm.model.impl.ApiPaginatorImpl
		 * @see org.cxm.model.impl.CxmPackageImpl#getApiPaginator()
		 * @generated
		 */
		EClass API_PAGINATOR = eINSTANCE.getApiPaginator();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute API_PAGINATOR__KIND = eINSTANCE.getApiPaginator_Kind();

		/**
		 * The meta object literal for the '<em><b>Page Size</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute API_PAGINATOR__PAGE_SIZE = eINSTANCE.getApiPaginator_PageSize();

		/**
		 * The meta object literal for the '<em><b>First Page</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute API_PAGINATOR__FIRST_PAGE = eINSTANCE.getApiPaginator_FirstPage();

		/**
		 * The meta object literal for the '<em><b>Next Path</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute API_PAGINATOR__NEXT_PATH = eINSTANCE.getApiPaginator_NextPath();

		/**
		 * The meta object literal for the '<em><b>Stop When</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute API_PAGINATOR__STOP_WHEN = eINSTANCE.getApiPaginator_StopWhen();

		/**
		 * The meta object literal for the '<em><b>Total Path</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute API_PAGINATOR__TOTAL_PATH = eINSTANCE.getApiPaginator_TotalPath();

		/**
		 * The meta object literal for the '<em><b>Max Pages</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute API_PAGINATOR__MAX_PAGES = eINSTANCE.getApiPaginator_MaxPages();

		/**
		 * The meta object literal for the '{@link org.cxm.model.JourneyMapType <em>Journey Map Type</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cxm.model.JourneyMapType
		 * @see org.cxm.model.impl.CxmPackageImpl#getJourneyMapType()
		 * @generated
		 */
		EEnum JOURNEY_MAP_TYPE = eINSTANCE.getJourneyMapType();

		/**
		 * The meta object literal for the '{@link org.cxm.model.StageKind <em>Stage Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cxm.model.StageKind
		 * @see org.cxm.model.impl.CxmPackageImpl#getStageKind()
		 * @generated
		 */
		EEnum STAGE_KIND = eINSTANCE.getStageKind();

		/**
		 * The meta object literal for the '{@link org.cxm.model.ChannelKind <em>Channel Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cxm.model.ChannelKind
		 * @see org.cxm.model.impl.CxmPackageImpl#getChannelKind()
		 * @generated
		 */
		EEnum CHANNEL_KIND = eINSTANCE.getChannelKind();

		/**
		 * The meta object literal for the '{@link org.cxm.model.ChannelMode <em>Channel Mode</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cxm.model.ChannelMode
		 * @see org.cxm.model.impl.CxmPackageImpl#getChannelMode()
		 * @generated
		 */
		EEnum CHANNEL_MODE = eINSTANCE.getChannelMode();

		/**
		 * The meta object literal for the '{@link org.cxm.model.OwnerKind <em>Owner Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cxm.model.OwnerKind
		 * @see org.cxm.model.impl.CxmPackageImpl#getOwnerKind()
		 * @generated
		 */
		EEnum OWNER_KIND = eINSTANCE.getOwnerKind();

		/**
		 * The meta object literal for the '{@link org.cxm.model.ObjectiveKind <em>Objective Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cxm.model.ObjectiveKind
		 * @see org.cxm.model.impl.CxmPackageImpl#getObjectiveKind()
		 * @generated
		 */
		EEnum OBJECTIVE_KIND = eINSTANCE.getObjectiveKind();

		/**
		 * The meta object literal for the '{@link org.cxm.model.Severity <em>Severity</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cxm.model.Severity
		 * @see org.cxm.model.impl.CxmPackageImpl#getSeverity()
		 * @generated
		 */
		EEnum SEVERITY = eINSTANCE.getSeverity();

		/**
		 * The meta object literal for the '{@link org.cxm.model.Priority <em>Priority</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cxm.model.Priority
		 * @see org.cxm.model.impl.CxmPackageImpl#getPriority()
		 * @generated
		 */
		EEnum PRIORITY = eINSTANCE.getPriority();

		/**
		 * The meta object literal for the '{@link org.cxm.model.OpportunityStatus <em>Opportunity Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cxm.model.OpportunityStatus
		 * @see org.cxm.model.impl.CxmPackageImpl#getOpportunityStatus()
		 * @generated
		 */
		EEnum OPPORTUNITY_STATUS = eINSTANCE.getOpportunityStatus();

		/**
		 * The meta object literal for the '{@link org.cxm.model.FeedbackKind <em>Feedback Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cxm.model.FeedbackKind
		 * @see org.cxm.model.impl.CxmPackageImpl#getFeedbackKind()
		 * @generated
		 */
		EEnum FEEDBACK_KIND = eINSTANCE.getFeedbackKind();

		/**
		 * The meta object literal for the '{@link org.cxm.model.KpiKind <em>Kpi Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cxm.model.KpiKind
		 * @see org.cxm.model.impl.CxmPackageImpl#getKpiKind()
		 * @generated
		 */
		EEnum KPI_KIND = eINSTANCE.getKpiKind();

		/**
		 * The meta object literal for the '{@link org.cxm.model.KpiDirection <em>Kpi Direction</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cxm.model.KpiDirection
		 * @see org.cxm.model.impl.CxmPackageImpl#getKpiDirection()
		 * @generated
		 */
		EEnum KPI_DIRECTION = eINSTANCE.getKpiDirection();

		/**
		 * The meta object literal for the '{@link org.cxm.model.SystemKind <em>System Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cxm.model.SystemKind
		 * @see org.cxm.model.impl.CxmPackageImpl#getSystemKind()
		 * @generated
		 */
		EEnum SYSTEM_KIND = eINSTANCE.getSystemKind();

		/**
		 * The meta object literal for the '{@link org.cxm.model.DatabaseKind <em>Database Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cxm.model.DatabaseKind
		 * @see org.cxm.model.impl.CxmPackageImpl#getDatabaseKind()
		 * @generated
		 */
		EEnum DATABASE_KIND = eINSTANCE.getDatabaseKind();

		/**
		 * The meta object literal for the '{@link org.cxm.model.ApiAuthKind <em>Api Auth Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cxm.model.ApiAuthKind
		 * @see org.cxm.model.impl.CxmPackageImpl#getApiAuthKind()
		 * @generated
		 */
		EEnum API_AUTH_KIND = eINSTANCE.getApiAuthKind();

		/**
		 * The meta object literal for the '{@link org.cxm.model.HttpMethod <em>Http Method</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cxm.model.HttpMethod
		 * @see org.cxm.model.impl.CxmPackageImpl#getHttpMethod()
		 * @generated
		 */
		EEnum HTTP_METHOD = eINSTANCE.getHttpMethod();

		/**
		 * The meta object literal for the '{@link org.cxm.model.PaginationKind <em>Pagination Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cxm.model.PaginationKind
		 * @see org.cxm.model.impl.CxmPackageImpl#getPaginationKind()
		 * @generated
		 */
		EEnum PAGINATION_KIND = eINSTANCE.getPaginationKind();

		/**
		 * The meta object literal for the '{@link org.cxm.model.PageStop <em>Page Stop</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cxm.model.PageStop
		 * @see org.cxm.model.impl.CxmPackageImpl#getPageStop()
		 * @generated
		 */
		EEnum PAGE_STOP = eINSTANCE.getPageStop();

		/**
		 * The meta object literal for the '{@link org.cxm.model.RecordKind <em>Record Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cxm.model.RecordKind
		 * @see org.cxm.model.impl.CxmPackageImpl#getRecordKind()
		 * @generated
		 */
		EEnum RECORD_KIND = eINSTANCE.getRecordKind();

		/**
		 * The meta object literal for the '{@link org.cxm.model.CanonicalField <em>Canonical Field</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cxm.model.CanonicalField
		 * @see org.cxm.model.impl.CxmPackageImpl#getCanonicalField()
		 * @generated
		 */
		EEnum CANONICAL_FIELD = eINSTANCE.getCanonicalField();

		/**
		 * The meta object literal for the '{@link org.cxm.model.IdentifierKind <em>Identifier Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cxm.model.IdentifierKind
		 * @see org.cxm.model.impl.CxmPackageImpl#getIdentifierKind()
		 * @generated
		 */
		EEnum IDENTIFIER_KIND = eINSTANCE.getIdentifierKind();

		/**
		 * The meta object literal for the '{@link org.cxm.model.ConditionOperator <em>Condition Operator</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cxm.model.ConditionOperator
		 * @see org.cxm.model.impl.CxmPackageImpl#getConditionOperator()
		 * @generated
		 */
		EEnum CONDITION_OPERATOR = eINSTANCE.getConditionOperator();

		/**
		 * The meta object literal for the '{@link org.cxm.model.SurvivorshipStrategy <em>Survivorship Strategy</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cxm.model.SurvivorshipStrategy
		 * @see org.cxm.model.impl.CxmPackageImpl#getSurvivorshipStrategy()
		 * @generated
		 */
		EEnum SURVIVORSHIP_STRATEGY = eINSTANCE.getSurvivorshipStrategy();

		/**
		 * The meta object literal for the '{@link org.cxm.model.MeasureAggregate <em>Measure Aggregate</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cxm.model.MeasureAggregate
		 * @see org.cxm.model.impl.CxmPackageImpl#getMeasureAggregate()
		 * @generated
		 */
		EEnum MEASURE_AGGREGATE = eINSTANCE.getMeasureAggregate();

		/**
		 * The meta object literal for the '{@link org.cxm.model.MeasureValue <em>Measure Value</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cxm.model.MeasureValue
		 * @see org.cxm.model.impl.CxmPackageImpl#getMeasureValue()
		 * @generated
		 */
		EEnum MEASURE_VALUE = eINSTANCE.getMeasureValue();

		/**
		 * The meta object literal for the '{@link org.cxm.model.DurationUnit <em>Duration Unit</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cxm.model.DurationUnit
		 * @see org.cxm.model.impl.CxmPackageImpl#getDurationUnit()
		 * @generated
		 */
		EEnum DURATION_UNIT = eINSTANCE.getDurationUnit();

	}

} //CxmPackage
