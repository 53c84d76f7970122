/**
 */
package org.cxm.model.impl;

import org.cxm.model.*;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EFactoryImpl;

import org.eclipse.emf.ecore.plugin.EcorePlugin;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Factory</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class CxmFactoryImpl extends EFactoryImpl implements CxmFactory {
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static CxmFactory init() {
		try {
			CxmFactory theCxmFactory = (CxmFactory)EPackage.Registry.INSTANCE.getEFactory(CxmPackage.eNS_URI);
			if (theCxmFactory != null) {
				return theCxmFactory;
			}
		}
		catch (Exception exception) {
			EcorePlugin.INSTANCE.log(exception);
		}
		return new CxmFactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public CxmFactoryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EObject create(EClass eClass) {
		switch (eClass.getClassifierID()) {
			case CxmPackage.CX_MODEL: return createCxModel();
			case CxmPackage.CUSTOMER_SEGMENT: return createCustomerSegment();
			case CxmPackage.PERSONA: return createPersona();
			case CxmPackage.OWNER: return createOwner();
			case CxmPackage.CHANNEL: return createChannel();
			case CxmPackage.JOURNEY: return createJourney();
			case CxmPackage.BUSINESS_OBJECTIVE: return createBusinessObjective();
			case CxmPackage.STAGE: return createStage();
			case CxmPackage.TOUCHPOINT: return createTouchpoint();
			case CxmPackage.PAIN_POINT: return createPainPoint();
			case CxmPackage.MOMENT_OF_DELIGHT: return createMomentOfDelight();
			case CxmPackage.SERVICE_ACTION: return createServiceAction();
			case CxmPackage.OPPORTUNITY: return createOpportunity();
			case CxmPackage.FEEDBACK_MECHANISM: return createFeedbackMechanism();
			case CxmPackage.KPI: return createKpi();
			case CxmPackage.KPI_MEASURE: return createKpiMeasure();
			case CxmPackage.RECORD_FILTER: return createRecordFilter();
			case CxmPackage.DATA_SOURCE: return createDataSource();
			case CxmPackage.NAMED_QUERY: return createNamedQuery();
			case CxmPackage.RECORD_SOURCE: return createRecordSource();
			case CxmPackage.FIELD_MAPPING: return createFieldMapping();
			case CxmPackage.IDENTITY_MAPPING: return createIdentityMapping();
			case CxmPackage.CLASSIFICATION_RULE: return createClassificationRule();
			case CxmPackage.CONDITION: return createCondition();
			case CxmPackage.IDENTITY_RESOLUTION: return createIdentityResolution();
			case CxmPackage.MATCH_RULE: return createMatchRule();
			case CxmPackage.BLOCKED_VALUE: return createBlockedValue();
			case CxmPackage.API_CONNECTION: return createApiConnection();
			case CxmPackage.API_AUTHENTICATOR: return createApiAuthenticator();
			case CxmPackage.API_REQUEST: return createApiRequest();
			case CxmPackage.API_PAGINATOR: return createApiPaginator();
			default:
				throw new IllegalArgumentException("The class '" + eClass.getName() + "' is not a valid classifier"); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object createFromString(EDataType eDataType, String initialValue) {
		switch (eDataType.getClassifierID()) {
			case CxmPackage.JOURNEY_MAP_TYPE:
				return createJourneyMapTypeFromString(eDataType, initialValue);
			case CxmPackage.STAGE_KIND:
				return createStageKindFromString(eDataType, initialValue);
			case CxmPackage.CHANNEL_KIND:
				return createChannelKindFromString(eDataType, initialValue);
			case CxmPackage.CHANNEL_MODE:
				return createChannelModeFromString(eDataType, initialValue);
			case CxmPackage.OWNER_KIND:
				return createOwnerKindFromString(eDataType, initialValue);
			case CxmPackage.OBJECTIVE_KIND:
				return createObjectiveKindFromString(eDataType, initialValue);
			case CxmPackage.SEVERITY:
				return createSeverityFromString(eDataType, initialValue);
			case CxmPackage.PRIORITY:
				return createPriorityFromString(eDataType, initialValue);
			case CxmPackage.OPPORTUNITY_STATUS:
				return createOpportunityStatusFromString(eDataType, initialValue);
			case CxmPackage.FEEDBACK_KIND:
				return createFeedbackKindFromString(eDataType, initialValue);
			case CxmPackage.KPI_KIND:
				return createKpiKindFromString(eDataType, initialValue);
			case CxmPackage.KPI_DIRECTION:
				return createKpiDirectionFromString(eDataType, initialValue);
			case CxmPackage.SYSTEM_KIND:
				return createSystemKindFromString(eDataType, initialValue);
			case CxmPackage.DATABASE_KIND:
				return createDatabaseKindFromString(eDataType, initialValue);
			case CxmPackage.API_AUTH_KIND:
				return createApiAuthKindFromString(eDataType, initialValue);
			case CxmPackage.HTTP_METHOD:
				return createHttpMethodFromString(eDataType, initialValue);
			case CxmPackage.PAGINATION_KIND:
				return createPaginationKindFromString(eDataType, initialValue);
			case CxmPackage.PAGE_STOP:
				return createPageStopFromString(eDataType, initialValue);
			case CxmPackage.RECORD_KIND:
				return createRecordKindFromString(eDataType, initialValue);
			case CxmPackage.CANONICAL_FIELD:
				return createCanonicalFieldFromString(eDataType, initialValue);
			case CxmPackage.IDENTIFIER_KIND:
				return createIdentifierKindFromString(eDataType, initialValue);
			case CxmPackage.CONDITION_OPERATOR:
				return createConditionOperatorFromString(eDataType, initialValue);
			case CxmPackage.SURVIVORSHIP_STRATEGY:
				return createSurvivorshipStrategyFromString(eDataType, initialValue);
			case CxmPackage.MEASURE_AGGREGATE:
				return createMeasureAggregateFromString(eDataType, initialValue);
			case CxmPackage.MEASURE_VALUE:
				return createMeasureValueFromString(eDataType, initialValue);
			case CxmPackage.DURATION_UNIT:
				return createDurationUnitFromString(eDataType, initialValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier"); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String convertToString(EDataType eDataType, Object instanceValue) {
		switch (eDataType.getClassifierID()) {
			case CxmPackage.JOURNEY_MAP_TYPE:
				return convertJourneyMapTypeToString(eDataType, instanceValue);
			case CxmPackage.STAGE_KIND:
				return convertStageKindToString(eDataType, instanceValue);
			case CxmPackage.CHANNEL_KIND:
				return convertChannelKindToString(eDataType, instanceValue);
			case CxmPackage.CHANNEL_MODE:
				return convertChannelModeToString(eDataType, instanceValue);
			case CxmPackage.OWNER_KIND:
				return convertOwnerKindToString(eDataType, instanceValue);
			case CxmPackage.OBJECTIVE_KIND:
				return convertObjectiveKindToString(eDataType, instanceValue);
			case CxmPackage.SEVERITY:
				return convertSeverityToString(eDataType, instanceValue);
			case CxmPackage.PRIORITY:
				return convertPriorityToString(eDataType, instanceValue);
			case CxmPackage.OPPORTUNITY_STATUS:
				return convertOpportunityStatusToString(eDataType, instanceValue);
			case CxmPackage.FEEDBACK_KIND:
				return convertFeedbackKindToString(eDataType, instanceValue);
			case CxmPackage.KPI_KIND:
				return convertKpiKindToString(eDataType, instanceValue);
			case CxmPackage.KPI_DIRECTION:
				return convertKpiDirectionToString(eDataType, instanceValue);
			case CxmPackage.SYSTEM_KIND:
				return convertSystemKindToString(eDataType, instanceValue);
			case CxmPackage.DATABASE_KIND:
				return convertDatabaseKindToString(eDataType, instanceValue);
			case CxmPackage.API_AUTH_KIND:
				return convertApiAuthKindToString(eDataType, instanceValue);
			case CxmPackage.HTTP_METHOD:
				return convertHttpMethodToString(eDataType, instanceValue);
			case CxmPackage.PAGINATION_KIND:
				return convertPaginationKindToString(eDataType, instanceValue);
			case CxmPackage.PAGE_STOP:
				return convertPageStopToString(eDataType, instanceValue);
			case CxmPackage.RECORD_KIND:
				return convertRecordKindToString(eDataType, instanceValue);
			case CxmPackage.CANONICAL_FIELD:
				return convertCanonicalFieldToString(eDataType, instanceValue);
			case CxmPackage.IDENTIFIER_KIND:
				return convertIdentifierKindToString(eDataType, instanceValue);
			case CxmPackage.CONDITION_OPERATOR:
				return convertConditionOperatorToString(eDataType, instanceValue);
			case CxmPackage.SURVIVORSHIP_STRATEGY:
				return convertSurvivorshipStrategyToString(eDataType, instanceValue);
			case CxmPackage.MEASURE_AGGREGATE:
				return convertMeasureAggregateToString(eDataType, instanceValue);
			case CxmPackage.MEASURE_VALUE:
				return convertMeasureValueToString(eDataType, instanceValue);
			case CxmPackage.DURATION_UNIT:
				return convertDurationUnitToString(eDataType, instanceValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier"); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CxModel createCxModel() {
		CxModelImpl cxModel = new CxModelImpl();
		return cxModel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CustomerSegment createCustomerSegment() {
		CustomerSegmentImpl customerSegment = new CustomerSegmentImpl();
		return customerSegment;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Persona createPersona() {
		PersonaImpl persona = new PersonaImpl();
		return persona;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Owner createOwner() {
		OwnerImpl owner = new OwnerImpl();
		return owner;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Channel createChannel() {
		ChannelImpl channel = new ChannelImpl();
		return channel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Journey createJourney() {
		JourneyImpl journey = new JourneyImpl();
		return journey;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BusinessObjective createBusinessObjective() {
		BusinessObjectiveImpl businessObjective = new BusinessObjectiveImpl();
		return businessObjective;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Stage createStage() {
		StageImpl stage = new StageImpl();
		return stage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Touchpoint createTouchpoint() {
		TouchpointImpl touchpoint = new TouchpointImpl();
		return touchpoint;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PainPoint createPainPoint() {
		PainPointImpl painPoint = new PainPointImpl();
		return painPoint;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MomentOfDelight createMomentOfDelight() {
		MomentOfDelightImpl momentOfDelight = new MomentOfDelightImpl();
		return momentOfDelight;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ServiceAction createServiceAction() {
		ServiceActionImpl serviceAction = new ServiceActionImpl();
		return serviceAction;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Opportunity createOpportunity() {
		OpportunityImpl opportunity = new OpportunityImpl();
		return opportunity;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FeedbackMechanism createFeedbackMechanism() {
		FeedbackMechanismImpl feedbackMechanism = new FeedbackMechanismImpl();
		return feedbackMechanism;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Kpi createKpi() {
		KpiImpl kpi = new KpiImpl();
		return kpi;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public KpiMeasure createKpiMeasure() {
		KpiMeasureImpl kpiMeasure = new KpiMeasureImpl();
		return kpiMeasure;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RecordFilter createRecordFilter() {
		RecordFilterImpl recordFilter = new RecordFilterImpl();
		return recordFilter;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DataSource createDataSource() {
		DataSourceImpl dataSource = new DataSourceImpl();
		return dataSource;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NamedQuery createNamedQuery() {
		NamedQueryImpl namedQuery = new NamedQueryImpl();
		return namedQuery;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RecordSource createRecordSource() {
		RecordSourceImpl recordSource = new RecordSourceImpl();
		return recordSource;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FieldMapping createFieldMapping() {
		FieldMappingImpl fieldMapping = new FieldMappingImpl();
		return fieldMapping;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public IdentityMapping createIdentityMapping() {
		IdentityMappingImpl identityMapping = new IdentityMappingImpl();
		return identityMapping;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ClassificationRule createClassificationRule() {
		ClassificationRuleImpl classificationRule = new ClassificationRuleImpl();
		return classificationRule;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Condition createCondition() {
		ConditionImpl condition = new ConditionImpl();
		return condition;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public IdentityResolution createIdentityResolution() {
		IdentityResolutionImpl identityResolution = new IdentityResolutionImpl();
		return identityResolution;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MatchRule createMatchRule() {
		MatchRuleImpl matchRule = new MatchRuleImpl();
		return matchRule;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BlockedValue createBlockedValue() {
		BlockedValueImpl blockedValue = new BlockedValueImpl();
		return blockedValue;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ApiConnection createApiConnection() {
		ApiConnectionImpl apiConnection = new ApiConnectionImpl();
		return apiConnection;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ApiAuthenticator createApiAuthenticator() {
		ApiAuthenticatorImpl apiAuthenticator = new ApiAuthenticatorImpl();
		return apiAuthenticator;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ApiRequest createApiRequest() {
		ApiRequestImpl apiRequest = new ApiRequestImpl();
		return apiRequest;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ApiPaginator createApiPaginator() {
		ApiPaginatorImpl apiPaginator = new ApiPaginatorImpl();
		return apiPaginator;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public JourneyMapType createJourneyMapTypeFromString(EDataType eDataType, String initialValue) {
		JourneyMapType result = JourneyMapType.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertJourneyMapTypeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public StageKind createStageKindFromString(EDataType eDataType, String initialValue) {
		StageKind result = StageKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertStageKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ChannelKind createChannelKindFromString(EDataType eDataType, String initialValue) {
		ChannelKind result = ChannelKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertChannelKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ChannelMode createChannelModeFromString(EDataType eDataType, String initialValue) {
		ChannelMode result = ChannelMode.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertChannelModeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public OwnerKind createOwnerKindFromString(EDataType eDataType, String initialValue) {
		OwnerKind result = OwnerKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertOwnerKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ObjectiveKind createObjectiveKindFromString(EDataType eDataType, String initialValue) {
		ObjectiveKind result = ObjectiveKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertObjectiveKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Severity createSeverityFromString(EDataType eDataType, String initialValue) {
		Severity result = Severity.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertSeverityToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Priority createPriorityFromString(EDataType eDataType, String initialValue) {
		Priority result = Priority.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertPriorityToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public OpportunityStatus createOpportunityStatusFromString(EDataType eDataType, String initialValue) {
		OpportunityStatus result = OpportunityStatus.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertOpportunityStatusToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public FeedbackKind createFeedbackKindFromString(EDataType eDataType, String initialValue) {
		FeedbackKind result = FeedbackKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertFeedbackKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public KpiKind createKpiKindFromString(EDataType eDataType, String initialValue) {
		KpiKind result = KpiKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertKpiKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public KpiDirection createKpiDirectionFromString(EDataType eDataType, String initialValue) {
		KpiDirection result = KpiDirection.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertKpiDirectionToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public SystemKind createSystemKindFromString(EDataType eDataType, String initialValue) {
		SystemKind result = SystemKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertSystemKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public DatabaseKind createDatabaseKindFromString(EDataType eDataType, String initialValue) {
		DatabaseKind result = DatabaseKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertDatabaseKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ApiAuthKind createApiAuthKindFromString(EDataType eDataType, String initialValue) {
		ApiAuthKind result = ApiAuthKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertApiAuthKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public HttpMethod createHttpMethodFromString(EDataType eDataType, String initialValue) {
		HttpMethod result = HttpMethod.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertHttpMethodToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public PaginationKind createPaginationKindFromString(EDataType eDataType, String initialValue) {
		PaginationKind result = PaginationKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertPaginationKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public PageStop createPageStopFromString(EDataType eDataType, String initialValue) {
		PageStop result = PageStop.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertPageStopToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public RecordKind createRecordKindFromString(EDataType eDataType, String initialValue) {
		RecordKind result = RecordKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertRecordKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public CanonicalField createCanonicalFieldFromString(EDataType eDataType, String initialValue) {
		CanonicalField result = CanonicalField.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertCanonicalFieldToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public IdentifierKind createIdentifierKindFromString(EDataType eDataType, String initialValue) {
		IdentifierKind result = IdentifierKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertIdentifierKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ConditionOperator createConditionOperatorFromString(EDataType eDataType, String initialValue) {
		ConditionOperator result = ConditionOperator.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertConditionOperatorToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public SurvivorshipStrategy createSurvivorshipStrategyFromString(EDataType eDataType, String initialValue) {
		SurvivorshipStrategy result = SurvivorshipStrategy.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertSurvivorshipStrategyToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public MeasureAggregate createMeasureAggregateFromString(EDataType eDataType, String initialValue) {
		MeasureAggregate result = MeasureAggregate.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertMeasureAggregateToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public MeasureValue createMeasureValueFromString(EDataType eDataType, String initialValue) {
		MeasureValue result = MeasureValue.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertMeasureValueToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public DurationUnit createDurationUnitFromString(EDataType eDataType, String initialValue) {
		DurationUnit result = DurationUnit.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertDurationUnitToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CxmPackage getCxmPackage() {
		return (CxmPackage)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static CxmPackage getPackage() {
		return CxmPackage.eINSTANCE;
	}

} //CxmFactoryImpl
