/**
 */
package org.cxm.model.impl;

import org.cxm.model.ApiAuthKind;
import org.cxm.model.ApiAuthenticator;
import org.cxm.model.ApiConnection;
import org.cxm.model.ApiPaginator;
import org.cxm.model.ApiRequest;
import org.cxm.model.BlockedValue;
import org.cxm.model.BusinessObjective;
import org.cxm.model.CanonicalField;
import org.cxm.model.Channel;
import org.cxm.model.ChannelKind;
import org.cxm.model.ChannelMode;
import org.cxm.model.ClassificationRule;
import org.cxm.model.Condition;
import org.cxm.model.ConditionOperator;
import org.cxm.model.CustomerSegment;
import org.cxm.model.CxModel;
import org.cxm.model.CxmFactory;
import org.cxm.model.CxmPackage;
import org.cxm.model.DataSource;
import org.cxm.model.DatabaseKind;
import org.cxm.model.DurationUnit;
import org.cxm.model.FeedbackKind;
import org.cxm.model.FeedbackMechanism;
import org.cxm.model.FieldMapping;
import org.cxm.model.HttpMethod;
import org.cxm.model.Identified;
import org.cxm.model.IdentifierKind;
import org.cxm.model.IdentityMapping;
import org.cxm.model.IdentityResolution;
import org.cxm.model.Journey;
import org.cxm.model.JourneyMapType;
import org.cxm.model.Kpi;
import org.cxm.model.KpiDirection;
import org.cxm.model.KpiKind;
import org.cxm.model.KpiMeasure;
import org.cxm.model.KpiScope;
import org.cxm.model.MatchRule;
import org.cxm.model.MeasureAggregate;
import org.cxm.model.MeasureValue;
import org.cxm.model.MomentOfDelight;
import org.cxm.model.NamedElement;
import org.cxm.model.NamedQuery;
import org.cxm.model.ObjectiveKind;
import org.cxm.model.Opportunity;
import org.cxm.model.OpportunityStatus;
import org.cxm.model.Owner;
import org.cxm.model.OwnerKind;
import org.cxm.model.PageStop;
import org.cxm.model.PaginationKind;
import org.cxm.model.PainPoint;
import org.cxm.model.Persona;
import org.cxm.model.Priority;
import org.cxm.model.RecordFilter;
import org.cxm.model.RecordKind;
import org.cxm.model.RecordSource;
import org.cxm.model.ServiceAction;
import org.cxm.model.Severity;
import org.cxm.model.Stage;
import org.cxm.model.StageKind;
import org.cxm.model.SurvivorshipStrategy;
import org.cxm.model.SystemKind;
import org.cxm.model.Touchpoint;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

import org.eclipse.emf.ecore.impl.EPackageImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Package</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class CxmPackageImpl extends EPackageImpl implements CxmPackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass identifiedEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass namedElementEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass cxModelEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass customerSegmentEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass personaEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass ownerEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass channelEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass kpiScopeEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass journeyEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass businessObjectiveEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass stageEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass touchpointEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass painPointEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass momentOfDelightEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass serviceActionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass opportunityEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass feedbackMechanismEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass kpiEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass kpiMeasureEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass recordFilterEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass dataSourceEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass namedQueryEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass recordSourceEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass fieldMappingEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass identityMappingEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass classificationRuleEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass conditionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass identityResolutionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass matchRuleEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass blockedValueEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass apiConnectionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass apiAuthenticatorEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass apiRequestEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass apiPaginatorEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum journeyMapTypeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum stageKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum channelKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum channelModeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum ownerKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum objectiveKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum severityEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum priorityEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum opportunityStatusEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum feedbackKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum kpiKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum kpiDirectionEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum systemKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum databaseKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum apiAuthKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum httpMethodEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum paginationKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum pageStopEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum recordKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum canonicalFieldEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum identifierKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum conditionOperatorEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum survivorshipStrategyEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum measureAggregateEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum measureValueEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum durationUnitEEnum = null;

	/**
	 * Creates an instance of the model <b>Package</b>, registered with
	 * {@link org.eclipse.emf.ecore.EPackage.Registry EPackage.Registry} by the package
	 * package URI value.
	 * <p>Note: the correct way to create the package is via the static
	 * factory method {@link #init init()}, which also performs
	 * initialization of the package, or returns the registered package,
	 * if one already exists.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.ecore.EPackage.Registry
	 * @see org.cxm.model.CxmPackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private CxmPackageImpl() {
		super(eNS_URI, CxmFactory.eINSTANCE);
	}
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static boolean isInited = false;

	/**
	 * Creates, registers, and initializes the <b>Package</b> for this model, and for any others upon which it depends.
	 *
	 * <p>This method is used to initialize {@link CxmPackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static CxmPackage init() {
		if (isInited) return (CxmPackage)EPackage.Registry.INSTANCE.getEPackage(CxmPackage.eNS_URI);

		// Obtain or create and register package
		Object registeredCxmPackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		CxmPackageImpl theCxmPackage = registeredCxmPackage instanceof CxmPackageImpl ? (CxmPackageImpl)registeredCxmPackage : new CxmPackageImpl();

		isInited = true;

		// Create package meta-data objects
		theCxmPackage.createPackageContents();

		// Initialize created meta-data
		theCxmPackage.initializePackageContents();

		// Mark meta-data to indicate it can't be changed
		theCxmPackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(CxmPackage.eNS_URI, theCxmPackage);
		return theCxmPackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getIdentified() {
		return identifiedEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIdentified_Id() {
		return (EAttribute)identifiedEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getNamedElement() {
		return namedElementEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNamedElement_Name() {
		return (EAttribute)namedElementEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNamedElement_Description() {
		return (EAttribute)namedElementEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCxModel() {
		return cxModelEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCxModel_Segments() {
		return (EReference)cxModelEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCxModel_Personas() {
		return (EReference)cxModelEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCxModel_Owners() {
		return (EReference)cxModelEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCxModel_Channels() {
		return (EReference)cxModelEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCxModel_Journeys() {
		return (EReference)cxModelEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCxModel_FeedbackMechanisms() {
		return (EReference)cxModelEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCxModel_DataSources() {
		return (EReference)cxModelEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCxModel_IdentityResolution() {
		return (EReference)cxModelEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCustomerSegment() {
		return customerSegmentEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCustomerSegment_Criteria() {
		return (EAttribute)customerSegmentEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPersona() {
		return personaEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPersona_Quote() {
		return (EAttribute)personaEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPersona_Goals() {
		return (EAttribute)personaEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPersona_Needs() {
		return (EAttribute)personaEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPersona_Preferences() {
		return (EAttribute)personaEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPersona_Behaviours() {
		return (EAttribute)personaEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPersona_Frustrations() {
		return (EAttribute)personaEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPersona_Segments() {
		return (EReference)personaEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getOwner() {
		return ownerEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOwner_Kind() {
		return (EAttribute)ownerEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOwner_Contact() {
		return (EAttribute)ownerEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getOwner_Parent() {
		return (EReference)ownerEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getChannel() {
		return channelEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getChannel_Kind() {
		return (EAttribute)channelEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getChannel_Mode() {
		return (EAttribute)channelEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getKpiScope() {
		return kpiScopeEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getJourney() {
		return journeyEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getJourney_MapType() {
		return (EAttribute)journeyEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getJourney_Personas() {
		return (EReference)journeyEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getJourney_Objectives() {
		return (EReference)journeyEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getJourney_Stages() {
		return (EReference)journeyEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getJourney_Opportunities() {
		return (EReference)journeyEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getJourney_Kpis() {
		return (EReference)journeyEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getJourney_Owner() {
		return (EReference)journeyEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getJourney_CurrentState() {
		return (EReference)journeyEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getBusinessObjective() {
		return businessObjectiveEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBusinessObjective_Kind() {
		return (EAttribute)businessObjectiveEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getStage() {
		return stageEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStage_Kind() {
		return (EAttribute)stageEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStage_CustomerGoal() {
		return (EAttribute)stageEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getStage_Touchpoints() {
		return (EReference)stageEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getTouchpoint() {
		return touchpointEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTouchpoint_Channel() {
		return (EReference)touchpointEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTouchpoint_CustomerAction() {
		return (EAttribute)touchpointEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTouchpoint_Thoughts() {
		return (EAttribute)touchpointEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTouchpoint_Emotion() {
		return (EAttribute)touchpointEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTouchpoint_Feeling() {
		return (EAttribute)touchpointEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTouchpoint_MomentOfTruth() {
		return (EAttribute)touchpointEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTouchpoint_Optional() {
		return (EAttribute)touchpointEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTouchpoint_Owner() {
		return (EReference)touchpointEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTouchpoint_PainPoints() {
		return (EReference)touchpointEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTouchpoint_Delights() {
		return (EReference)touchpointEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTouchpoint_FrontstageActions() {
		return (EReference)touchpointEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTouchpoint_BackstageActions() {
		return (EReference)touchpointEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTouchpoint_SupportProcesses() {
		return (EReference)touchpointEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPainPoint() {
		return painPointEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPainPoint_Severity() {
		return (EAttribute)painPointEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getMomentOfDelight() {
		return momentOfDelightEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getServiceAction() {
		return serviceActionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getServiceAction_Owner() {
		return (EReference)serviceActionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getServiceAction_System() {
		return (EAttribute)serviceActionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getOpportunity() {
		return opportunityEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getOpportunity_Owner() {
		return (EReference)opportunityEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOpportunity_Priority() {
		return (EAttribute)opportunityEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOpportunity_Status() {
		return (EAttribute)opportunityEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOpportunity_ExpectedImpact() {
		return (EAttribute)opportunityEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getOpportunity_PainPoints() {
		return (EReference)opportunityEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getOpportunity_Touchpoints() {
		return (EReference)opportunityEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getOpportunity_Kpis() {
		return (EReference)opportunityEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getFeedbackMechanism() {
		return feedbackMechanismEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFeedbackMechanism_Kind() {
		return (EAttribute)feedbackMechanismEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getFeedbackMechanism_CollectedAt() {
		return (EReference)feedbackMechanismEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getFeedbackMechanism_Channel() {
		return (EReference)feedbackMechanismEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFeedbackMechanism_Frequency() {
		return (EAttribute)feedbackMechanismEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getFeedbackMechanism_Owner() {
		return (EReference)feedbackMechanismEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getFeedbackMechanism_Measures() {
		return (EReference)feedbackMechanismEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getKpi() {
		return kpiEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getKpi_Kind() {
		return (EAttribute)kpiEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getKpi_Unit() {
		return (EAttribute)kpiEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getKpi_Target() {
		return (EAttribute)kpiEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getKpi_Benchmark() {
		return (EAttribute)kpiEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getKpi_Actual() {
		return (EAttribute)kpiEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getKpi_Direction() {
		return (EAttribute)kpiEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getKpi_Scope() {
		return (EReference)kpiEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getKpi_Owner() {
		return (EReference)kpiEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getKpi_Measure() {
		return (EReference)kpiEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getKpiMeasure() {
		return kpiMeasureEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getKpiMeasure_Aggregate() {
		return (EAttribute)kpiMeasureEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getKpiMeasure_Value() {
		return (EAttribute)kpiMeasureEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getKpiMeasure_Percentile() {
		return (EAttribute)kpiMeasureEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getKpiMeasure_DurationUnit() {
		return (EAttribute)kpiMeasureEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getKpiMeasure_WindowDays() {
		return (EAttribute)kpiMeasureEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getKpiMeasure_PeriodDays() {
		return (EAttribute)kpiMeasureEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getKpiMeasure_Scale() {
		return (EAttribute)kpiMeasureEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getKpiMeasure_PromoterFrom() {
		return (EAttribute)kpiMeasureEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getKpiMeasure_DetractorUpTo() {
		return (EAttribute)kpiMeasureEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getKpiMeasure_Records() {
		return (EReference)kpiMeasureEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getKpiMeasure_Matching() {
		return (EReference)kpiMeasureEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getKpiMeasure_Until() {
		return (EReference)kpiMeasureEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getKpiMeasure_Per() {
		return (EReference)kpiMeasureEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getRecordFilter() {
		return recordFilterEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRecordFilter_RecordSources() {
		return (EReference)recordFilterEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRecordFilter_Kinds() {
		return (EAttribute)recordFilterEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRecordFilter_Statuses() {
		return (EAttribute)recordFilterEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRecordFilter_Directions() {
		return (EAttribute)recordFilterEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRecordFilter_Touchpoints() {
		return (EReference)recordFilterEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRecordFilter_Stages() {
		return (EReference)recordFilterEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRecordFilter_Channels() {
		return (EReference)recordFilterEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRecordFilter_MinScore() {
		return (EAttribute)recordFilterEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRecordFilter_MaxScore() {
		return (EAttribute)recordFilterEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDataSource() {
		return dataSourceEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDataSource_SystemKind() {
		return (EAttribute)dataSourceEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDataSource_DatabaseKind() {
		return (EAttribute)dataSourceEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDataSource_JdbcUrl() {
		return (EAttribute)dataSourceEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDataSource_User() {
		return (EAttribute)dataSourceEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDataSource_Credential() {
		return (EAttribute)dataSourceEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDataSource_Priority() {
		return (EAttribute)dataSourceEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDataSource_MaxAttempts() {
		return (EAttribute)dataSourceEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDataSource_RetryDelaySeconds() {
		return (EAttribute)dataSourceEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDataSource_DefaultRegion() {
		return (EAttribute)dataSourceEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDataSource_Queries() {
		return (EReference)dataSourceEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDataSource_RecordSources() {
		return (EReference)dataSourceEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDataSource_Api() {
		return (EReference)dataSourceEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getNamedQuery() {
		return namedQueryEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNamedQuery_Sql() {
		return (EAttribute)namedQueryEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getRecordSource() {
		return recordSourceEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRecordSource_Kind() {
		return (EAttribute)recordSourceEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRecordSource_Table() {
		return (EAttribute)recordSourceEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRecordSource_Query() {
		return (EAttribute)recordSourceEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRecordSource_NamedQuery() {
		return (EReference)recordSourceEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRecordSource_Filter() {
		return (EAttribute)recordSourceEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRecordSource_PrimaryKey() {
		return (EAttribute)recordSourceEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRecordSource_CursorColumns() {
		return (EAttribute)recordSourceEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRecordSource_DeletedColumn() {
		return (EAttribute)recordSourceEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRecordSource_DeletedValue() {
		return (EAttribute)recordSourceEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRecordSource_LookBackSeconds() {
		return (EAttribute)recordSourceEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRecordSource_ReconcileEveryHours() {
		return (EAttribute)recordSourceEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRecordSource_BatchSize() {
		return (EAttribute)recordSourceEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRecordSource_CustomerSource() {
		return (EReference)recordSourceEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRecordSource_FieldMappings() {
		return (EReference)recordSourceEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRecordSource_IdentityMappings() {
		return (EReference)recordSourceEClass.getEStructuralFeatures().get(14);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRecordSource_ClassificationRules() {
		return (EReference)recordSourceEClass.getEStructuralFeatures().get(15);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRecordSource_Request() {
		return (EReference)recordSourceEClass.getEStructuralFeatures().get(16);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getFieldMapping() {
		return fieldMappingEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFieldMapping_Column() {
		return (EAttribute)fieldMappingEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFieldMapping_Field() {
		return (EAttribute)fieldMappingEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFieldMapping_DefaultValue() {
		return (EAttribute)fieldMappingEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getIdentityMapping() {
		return identityMappingEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIdentityMapping_Column() {
		return (EAttribute)identityMappingEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIdentityMapping_Kind() {
		return (EAttribute)identityMappingEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIdentityMapping_RegionColumn() {
		return (EAttribute)identityMappingEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIdentityMapping_UnlessColumn() {
		return (EAttribute)identityMappingEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getClassificationRule() {
		return classificationRuleEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getClassificationRule_Conditions() {
		return (EReference)classificationRuleEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getClassificationRule_Channel() {
		return (EReference)classificationRuleEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getClassificationRule_Touchpoint() {
		return (EReference)classificationRuleEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getClassificationRule_Stage() {
		return (EReference)classificationRuleEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCondition() {
		return conditionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCondition_Field() {
		return (EAttribute)conditionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCondition_Operator() {
		return (EAttribute)conditionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCondition_Value() {
		return (EAttribute)conditionEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getIdentityResolution() {
		return identityResolutionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getIdentityResolution_MatchRules() {
		return (EReference)identityResolutionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getIdentityResolution_BlockedValues() {
		return (EReference)identityResolutionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIdentityResolution_DefaultRegion() {
		return (EAttribute)identityResolutionEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIdentityResolution_Survivorship() {
		return (EAttribute)identityResolutionEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getMatchRule() {
		return matchRuleEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMatchRule_Kind() {
		return (EAttribute)matchRuleEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMatchRule_Enabled() {
		return (EAttribute)matchRuleEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMatchRule_AlsoKinds() {
		return (EAttribute)matchRuleEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getBlockedValue() {
		return blockedValueEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBlockedValue_Kind() {
		return (EAttribute)blockedValueEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBlockedValue_Pattern() {
		return (EAttribute)blockedValueEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBlockedValue_Description() {
		return (EAttribute)blockedValueEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBlockedValue_BlocksPairs() {
		return (EAttribute)blockedValueEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getApiConnection() {
		return apiConnectionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getApiConnection_BaseUrl() {
		return (EAttribute)apiConnectionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getApiConnection_Authenticator() {
		return (EReference)apiConnectionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getApiConnection_Headers() {
		return (EAttribute)apiConnectionEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getApiConnection_RequestsPerSecond() {
		return (EAttribute)apiConnectionEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getApiConnection_MaxRetryAfterSeconds() {
		return (EAttribute)apiConnectionEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getApiConnection_TimeoutSeconds() {
		return (EAttribute)apiConnectionEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getApiAuthenticator() {
		return apiAuthenticatorEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getApiAuthenticator_Kind() {
		return (EAttribute)apiAuthenticatorEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getApiAuthenticator_HeaderName() {
		return (EAttribute)apiAuthenticatorEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getApiAuthenticator_TokenUrl() {
		return (EAttribute)apiAuthenticatorEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getApiAuthenticator_Scope() {
		return (EAttribute)apiAuthenticatorEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getApiRequest() {
		return apiRequestEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getApiRequest_Method() {
		return (EAttribute)apiRequestEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getApiRequest_Path() {
		return (EAttribute)apiRequestEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getApiRequest_Parameters() {
		return (EAttribute)apiRequestEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getApiRequest_Body() {
		return (EAttribute)apiRequestEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getApiRequest_RecordsPath() {
		return (EAttribute)apiRequestEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getApiRequest_SinceFormat() {
		return (EAttribute)apiRequestEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getApiRequest_DeltaTokenPath() {
		return (EAttribute)apiRequestEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getApiRequest_FalseIsEmpty() {
		return (EAttribute)apiRequestEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getApiRequest_Paginator() {
		return (EReference)apiRequestEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getApiRequest_DeletedRecords() {
		return (EReference)apiRequestEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getApiRequest_DeletedKeyPath() {
		return (EAttribute)apiRequestEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getApiRequest_DeletedCursorPath() {
		return (EAttribute)apiRequestEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getApiPaginator() {
		return apiPaginatorEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getApiPaginator_Kind() {
		return (EAttribute)apiPaginatorEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getApiPaginator_PageSize() {
		return (EAttribute)apiPaginatorEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getApiPaginator_FirstPage() {
		return (EAttribute)apiPaginatorEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getApiPaginator_NextPath() {
		return (EAttribute)apiPaginatorEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getApiPaginator_StopWhen() {
		return (EAttribute)apiPaginatorEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getApiPaginator_TotalPath() {
		return (EAttribute)apiPaginatorEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getApiPaginator_MaxPages() {
		return (EAttribute)apiPaginatorEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getJourneyMapType() {
		return journeyMapTypeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getStageKind() {
		return stageKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getChannelKind() {
		return channelKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getChannelMode() {
		return channelModeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getOwnerKind() {
		return ownerKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getObjectiveKind() {
		return objectiveKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getSeverity() {
		return severityEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getPriority() {
		return priorityEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getOpportunityStatus() {
		return opportunityStatusEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getFeedbackKind() {
		return feedbackKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getKpiKind() {
		return kpiKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getKpiDirection() {
		return kpiDirectionEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getSystemKind() {
		return systemKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getDatabaseKind() {
		return databaseKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getApiAuthKind() {
		return apiAuthKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getHttpMethod() {
		return httpMethodEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getPaginationKind() {
		return paginationKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getPageStop() {
		return pageStopEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getRecordKind() {
		return recordKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getCanonicalField() {
		return canonicalFieldEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getIdentifierKind() {
		return identifierKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getConditionOperator() {
		return conditionOperatorEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getSurvivorshipStrategy() {
		return survivorshipStrategyEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getMeasureAggregate() {
		return measureAggregateEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getMeasureValue() {
		return measureValueEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getDurationUnit() {
		return durationUnitEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CxmFactory getCxmFactory() {
		return (CxmFactory)getEFactoryInstance();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isCreated = false;

	/**
	 * Creates the meta-model objects for the package.  This method is
	 * guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void createPackageContents() {
		if (isCreated) return;
		isCreated = true;

		// Create classes and their features
		identifiedEClass = createEClass(IDENTIFIED);
		createEAttribute(identifiedEClass, IDENTIFIED__ID);

		namedElementEClass = createEClass(NAMED_ELEMENT);
		createEAttribute(namedElementEClass, NAMED_ELEMENT__NAME);
		createEAttribute(namedElementEClass, NAMED_ELEMENT__DESCRIPTION);

		cxModelEClass = createEClass(CX_MODEL);
		createEReference(cxModelEClass, CX_MODEL__SEGMENTS);
		createEReference(cxModelEClass, CX_MODEL__PERSONAS);
		createEReference(cxModelEClass, CX_MODEL__OWNERS);
		createEReference(cxModelEClass, CX_MODEL__CHANNELS);
		createEReference(cxModelEClass, CX_MODEL__JOURNEYS);
		createEReference(cxModelEClass, CX_MODEL__FEEDBACK_MECHANISMS);
		createEReference(cxModelEClass, CX_MODEL__DATA_SOURCES);
		createEReference(cxModelEClass, CX_MODEL__IDENTITY_RESOLUTION);

		customerSegmentEClass = createEClass(CUSTOMER_SEGMENT);
		createEAttribute(customerSegmentEClass, CUSTOMER_SEGMENT__CRITERIA);

		personaEClass = createEClass(PERSONA);
		createEAttribute(personaEClass, PERSONA__QUOTE);
		createEAttribute(personaEClass, PERSONA__GOALS);
		createEAttribute(personaEClass, PERSONA__NEEDS);
		createEAttribute(personaEClass, PERSONA__PREFERENCES);
		createEAttribute(personaEClass, PERSONA__BEHAVIOURS);
		createEAttribute(personaEClass, PERSONA__FRUSTRATIONS);
		createEReference(personaEClass, PERSONA__SEGMENTS);

		ownerEClass = createEClass(OWNER);
		createEAttribute(ownerEClass, OWNER__KIND);
		createEAttribute(ownerEClass, OWNER__CONTACT);
		createEReference(ownerEClass, OWNER__PARENT);

		channelEClass = createEClass(CHANNEL);
		createEAttribute(channelEClass, CHANNEL__KIND);
		createEAttribute(channelEClass, CHANNEL__MODE);

		kpiScopeEClass = createEClass(KPI_SCOPE);

		journeyEClass = createEClass(JOURNEY);
		createEAttribute(journeyEClass, JOURNEY__MAP_TYPE);
		createEReference(journeyEClass, JOURNEY__PERSONAS);
		createEReference(journeyEClass, JOURNEY__OBJECTIVES);
		createEReference(journeyEClass, JOURNEY__STAGES);
		createEReference(journeyEClass, JOURNEY__OPPORTUNITIES);
		createEReference(journeyEClass, JOURNEY__KPIS);
		createEReference(journeyEClass, JOURNEY__OWNER);
		createEReference(journeyEClass, JOURNEY__CURRENT_STATE);

		businessObjectiveEClass = createEClass(BUSINESS_OBJECTIVE);
		createEAttribute(businessObjectiveEClass, BUSINESS_OBJECTIVE__KIND);

		stageEClass = createEClass(STAGE);
		createEAttribute(stageEClass, STAGE__KIND);
		createEAttribute(stageEClass, STAGE__CUSTOMER_GOAL);
		createEReference(stageEClass, STAGE__TOUCHPOINTS);

		touchpointEClass = createEClass(TOUCHPOINT);
		createEReference(touchpointEClass, TOUCHPOINT__CHANNEL);
		createEAttribute(touchpointEClass, TOUCHPOINT__CUSTOMER_ACTION);
		createEAttribute(touchpointEClass, TOUCHPOINT__THOUGHTS);
		createEAttribute(touchpointEClass, TOUCHPOINT__EMOTION);
		createEAttribute(touchpointEClass, TOUCHPOINT__FEELING);
		createEAttribute(touchpointEClass, TOUCHPOINT__MOMENT_OF_TRUTH);
		createEAttribute(touchpointEClass, TOUCHPOINT__OPTIONAL);
		createEReference(touchpointEClass, TOUCHPOINT__OWNER);
		createEReference(touchpointEClass, TOUCHPOINT__PAIN_POINTS);
		createEReference(touchpointEClass, TOUCHPOINT__DELIGHTS);
		createEReference(touchpointEClass, TOUCHPOINT__FRONTSTAGE_ACTIONS);
		createEReference(touchpointEClass, TOUCHPOINT__BACKSTAGE_ACTIONS);
		createEReference(touchpointEClass, TOUCHPOINT__SUPPORT_PROCESSES);

		painPointEClass = createEClass(PAIN_POINT);
		createEAttribute(painPointEClass, PAIN_POINT__SEVERITY);

		momentOfDelightEClass = createEClass(MOMENT_OF_DELIGHT);

		serviceActionEClass = createEClass(SERVICE_ACTION);
		createEReference(serviceActionEClass, SERVICE_ACTION__OWNER);
		createEAttribute(serviceActionEClass, SERVICE_ACTION__SYSTEM);

		opportunityEClass = createEClass(OPPORTUNITY);
		createEReference(opportunityEClass, OPPORTUNITY__OWNER);
		createEAttribute(opportunityEClass, OPPORTUNITY__PRIORITY);
		createEAttribute(opportunityEClass, OPPORTUNITY__STATUS);
		createEAttribute(opportunityEClass, OPPORTUNITY__EXPECTED_IMPACT);
		createEReference(opportunityEClass, OPPORTUNITY__PAIN_POINTS);
		createEReference(opportunityEClass, OPPORTUNITY__TOUCHPOINTS);
		createEReference(opportunityEClass, OPPORTUNITY__KPIS);

		feedbackMechanismEClass = createEClass(FEEDBACK_MECHANISM);
		createEAttribute(feedbackMechanismEClass, FEEDBACK_MECHANISM__KIND);
		createEReference(feedbackMechanismEClass, FEEDBACK_MECHANISM__COLLECTED_AT);
		createEReference(feedbackMechanismEClass, FEEDBACK_MECHANISM__CHANNEL);
		createEAttribute(feedbackMechanismEClass, FEEDBACK_MECHANISM__FREQUENCY);
		createEReference(feedbackMechanismEClass, FEEDBACK_MECHANISM__OWNER);
		createEReference(feedbackMechanismEClass, FEEDBACK_MECHANISM__MEASURES);

		kpiEClass = createEClass(KPI);
		createEAttribute(kpiEClass, KPI__KIND);
		createEAttribute(kpiEClass, KPI__UNIT);
		createEAttribute(kpiEClass, KPI__TARGET);
		createEAttribute(kpiEClass, KPI__BENCHMARK);
		createEAttribute(kpiEClass, KPI__ACTUAL);
		createEAttribute(kpiEClass, KPI__DIRECTION);
		createEReference(kpiEClass, KPI__SCOPE);
		createEReference(kpiEClass, KPI__OWNER);
		createEReference(kpiEClass, KPI__MEASURE);

		kpiMeasureEClass = createEClass(KPI_MEASURE);
		createEAttribute(kpiMeasureEClass, KPI_MEASURE__AGGREGATE);
		createEAttribute(kpiMeasureEClass, KPI_MEASURE__VALUE);
		createEAttribute(kpiMeasureEClass, KPI_MEASURE__PERCENTILE);
		createEAttribute(kpiMeasureEClass, KPI_MEASURE__DURATION_UNIT);
		createEAttribute(kpiMeasureEClass, KPI_MEASURE__WINDOW_DAYS);
		createEAttribute(kpiMeasureEClass, KPI_MEASURE__PERIOD_DAYS);
		createEAttribute(kpiMeasureEClass, KPI_MEASURE__SCALE);
		createEAttribute(kpiMeasureEClass, KPI_MEASURE__PROMOTER_FROM);
		createEAttribute(kpiMeasureEClass, KPI_MEASURE__DETRACTOR_UP_TO);
		createEReference(kpiMeasureEClass, KPI_MEASURE__RECORDS);
		createEReference(kpiMeasureEClass, KPI_MEASURE__MATCHING);
		createEReference(kpiMeasureEClass, KPI_MEASURE__UNTIL);
		createEReference(kpiMeasureEClass, KPI_MEASURE__PER);

		recordFilterEClass = createEClass(RECORD_FILTER);
		createEReference(recordFilterEClass, RECORD_FILTER__RECORD_SOURCES);
		createEAttribute(recordFilterEClass, RECORD_FILTER__KINDS);
		createEAttribute(recordFilterEClass, RECORD_FILTER__STATUSES);
		createEAttribute(recordFilterEClass, RECORD_FILTER__DIRECTIONS);
		createEReference(recordFilterEClass, RECORD_FILTER__TOUCHPOINTS);
		createEReference(recordFilterEClass, RECORD_FILTER__STAGES);
		createEReference(recordFilterEClass, RECORD_FILTER__CHANNELS);
		createEAttribute(recordFilterEClass, RECORD_FILTER__MIN_SCORE);
		createEAttribute(recordFilterEClass, RECORD_FILTER__MAX_SCORE);

		dataSourceEClass = createEClass(DATA_SOURCE);
		createEAttribute(dataSourceEClass, DATA_SOURCE__SYSTEM_KIND);
		createEAttribute(dataSourceEClass, DATA_SOURCE__DATABASE_KIND);
		createEAttribute(dataSourceEClass, DATA_SOURCE__JDBC_URL);
		createEAttribute(dataSourceEClass, DATA_SOURCE__USER);
		createEAttribute(dataSourceEClass, DATA_SOURCE__CREDENTIAL);
		createEAttribute(dataSourceEClass, DATA_SOURCE__PRIORITY);
		createEAttribute(dataSourceEClass, DATA_SOURCE__MAX_ATTEMPTS);
		createEAttribute(dataSourceEClass, DATA_SOURCE__RETRY_DELAY_SECONDS);
		createEAttribute(dataSourceEClass, DATA_SOURCE__DEFAULT_REGION);
		createEReference(dataSourceEClass, DATA_SOURCE__QUERIES);
		createEReference(dataSourceEClass, DATA_SOURCE__RECORD_SOURCES);
		createEReference(dataSourceEClass, DATA_SOURCE__API);

		namedQueryEClass = createEClass(NAMED_QUERY);
		createEAttribute(namedQueryEClass, NAMED_QUERY__SQL);

		recordSourceEClass = createEClass(RECORD_SOURCE);
		createEAttribute(recordSourceEClass, RECORD_SOURCE__KIND);
		createEAttribute(recordSourceEClass, RECORD_SOURCE__TABLE);
		createEAttribute(recordSourceEClass, RECORD_SOURCE__QUERY);
		createEReference(recordSourceEClass, RECORD_SOURCE__NAMED_QUERY);
		createEAttribute(recordSourceEClass, RECORD_SOURCE__FILTER);
		createEAttribute(recordSourceEClass, RECORD_SOURCE__PRIMARY_KEY);
		createEAttribute(recordSourceEClass, RECORD_SOURCE__CURSOR_COLUMNS);
		createEAttribute(recordSourceEClass, RECORD_SOURCE__DELETED_COLUMN);
		createEAttribute(recordSourceEClass, RECORD_SOURCE__DELETED_VALUE);
		createEAttribute(recordSourceEClass, RECORD_SOURCE__LOOK_BACK_SECONDS);
		createEAttribute(recordSourceEClass, RECORD_SOURCE__RECONCILE_EVERY_HOURS);
		createEAttribute(recordSourceEClass, RECORD_SOURCE__BATCH_SIZE);
		createEReference(recordSourceEClass, RECORD_SOURCE__CUSTOMER_SOURCE);
		createEReference(recordSourceEClass, RECORD_SOURCE__FIELD_MAPPINGS);
		createEReference(recordSourceEClass, RECORD_SOURCE__IDENTITY_MAPPINGS);
		createEReference(recordSourceEClass, RECORD_SOURCE__CLASSIFICATION_RULES);
		createEReference(recordSourceEClass, RECORD_SOURCE__REQUEST);

		fieldMappingEClass = createEClass(FIELD_MAPPING);
		createEAttribute(fieldMappingEClass, FIELD_MAPPING__COLUMN);
		createEAttribute(fieldMappingEClass, FIELD_MAPPING__FIELD);
		createEAttribute(fieldMappingEClass, FIELD_MAPPING__DEFAULT_VALUE);

		identityMappingEClass = createEClass(IDENTITY_MAPPING);
		createEAttribute(identityMappingEClass, IDENTITY_MAPPING__COLUMN);
		createEAttribute(identityMappingEClass, IDENTITY_MAPPING__KIND);
		createEAttribute(identityMappingEClass, IDENTITY_MAPPING__REGION_COLUMN);
		createEAttribute(identityMappingEClass, IDENTITY_MAPPING__UNLESS_COLUMN);

		classificationRuleEClass = createEClass(CLASSIFICATION_RULE);
		createEReference(classificationRuleEClass, CLASSIFICATION_RULE__CONDITIONS);
		createEReference(classificationRuleEClass, CLASSIFICATION_RULE__CHANNEL);
		createEReference(classificationRuleEClass, CLASSIFICATION_RULE__TOUCHPOINT);
		createEReference(classificationRuleEClass, CLASSIFICATION_RULE__STAGE);

		conditionEClass = createEClass(CONDITION);
		createEAttribute(conditionEClass, CONDITION__FIELD);
		createEAttribute(conditionEClass, CONDITION__OPERATOR);
		createEAttribute(conditionEClass, CONDITION__VALUE);

		identityResolutionEClass = createEClass(IDENTITY_RESOLUTION);
		createEReference(identityResolutionEClass, IDENTITY_RESOLUTION__MATCH_RULES);
		createEReference(identityResolutionEClass, IDENTITY_RESOLUTION__BLOCKED_VALUES);
		createEAttribute(identityResolutionEClass, IDENTITY_RESOLUTION__DEFAULT_REGION);
		createEAttribute(identityResolutionEClass, IDENTITY_RESOLUTION__SURVIVORSHIP);

		matchRuleEClass = createEClass(MATCH_RULE);
		createEAttribute(matchRuleEClass, MATCH_RULE__KIND);
		createEAttribute(matchRuleEClass, MATCH_RULE__ENABLED);
		createEAttribute(matchRuleEClass, MATCH_RULE__ALSO_KINDS);

		blockedValueEClass = createEClass(BLOCKED_VALUE);
		createEAttribute(blockedValueEClass, BLOCKED_VALUE__KIND);
		createEAttribute(blockedValueEClass, BLOCKED_VALUE__PATTERN);
		createEAttribute(blockedValueEClass, BLOCKED_VALUE__DESCRIPTION);
		createEAttribute(blockedValueEClass, BLOCKED_VALUE__BLOCKS_PAIRS);

		apiConnectionEClass = createEClass(API_CONNECTION);
		createEAttribute(apiConnectionEClass, API_CONNECTION__BASE_URL);
		createEReference(apiConnectionEClass, API_CONNECTION__AUTHENTICATOR);
		createEAttribute(apiConnectionEClass, API_CONNECTION__HEADERS);
		createEAttribute(apiConnectionEClass, API_CONNECTION__REQUESTS_PER_SECOND);
		createEAttribute(apiConnectionEClass, API_CONNECTION__MAX_RETRY_AFTER_SECONDS);
		createEAttribute(apiConnectionEClass, API_CONNECTION__TIMEOUT_SECONDS);

		apiAuthenticatorEClass = createEClass(API_AUTHENTICATOR);
		createEAttribute(apiAuthenticatorEClass, API_AUTHENTICATOR__KIND);
		createEAttribute(apiAuthenticatorEClass, API_AUTHENTICATOR__HEADER_NAME);
		createEAttribute(apiAuthenticatorEClass, API_AUTHENTICATOR__TOKEN_URL);
		createEAttribute(apiAuthenticatorEClass, API_AUTHENTICATOR__SCOPE);

		apiRequestEClass = createEClass(API_REQUEST);
		createEAttribute(apiRequestEClass, API_REQUEST__METHOD);
		createEAttribute(apiRequestEClass, API_REQUEST__PATH);
		createEAttribute(apiRequestEClass, API_REQUEST__PARAMETERS);
		createEAttribute(apiRequestEClass, API_REQUEST__BODY);
		createEAttribute(apiRequestEClass, API_REQUEST__RECORDS_PATH);
		createEAttribute(apiRequestEClass, API_REQUEST__SINCE_FORMAT);
		createEAttribute(apiRequestEClass, API_REQUEST__DELTA_TOKEN_PATH);
		createEAttribute(apiRequestEClass, API_REQUEST__FALSE_IS_EMPTY);
		createEReference(apiRequestEClass, API_REQUEST__PAGINATOR);
		createEReference(apiRequestEClass, API_REQUEST__DELETED_RECORDS);
		createEAttribute(apiRequestEClass, API_REQUEST__DELETED_KEY_PATH);
		createEAttribute(apiRequestEClass, API_REQUEST__DELETED_CURSOR_PATH);

		apiPaginatorEClass = createEClass(API_PAGINATOR);
		createEAttribute(apiPaginatorEClass, API_PAGINATOR__KIND);
		createEAttribute(apiPaginatorEClass, API_PAGINATOR__PAGE_SIZE);
		createEAttribute(apiPaginatorEClass, API_PAGINATOR__FIRST_PAGE);
		createEAttribute(apiPaginatorEClass, API_PAGINATOR__NEXT_PATH);
		createEAttribute(apiPaginatorEClass, API_PAGINATOR__STOP_WHEN);
		createEAttribute(apiPaginatorEClass, API_PAGINATOR__TOTAL_PATH);
		createEAttribute(apiPaginatorEClass, API_PAGINATOR__MAX_PAGES);

		// Create enums
		journeyMapTypeEEnum = createEEnum(JOURNEY_MAP_TYPE);
		stageKindEEnum = createEEnum(STAGE_KIND);
		channelKindEEnum = createEEnum(CHANNEL_KIND);
		channelModeEEnum = createEEnum(CHANNEL_MODE);
		ownerKindEEnum = createEEnum(OWNER_KIND);
		objectiveKindEEnum = createEEnum(OBJECTIVE_KIND);
		severityEEnum = createEEnum(SEVERITY);
		priorityEEnum = createEEnum(PRIORITY);
		opportunityStatusEEnum = createEEnum(OPPORTUNITY_STATUS);
		feedbackKindEEnum = createEEnum(FEEDBACK_KIND);
		kpiKindEEnum = createEEnum(KPI_KIND);
		kpiDirectionEEnum = createEEnum(KPI_DIRECTION);
		systemKindEEnum = createEEnum(SYSTEM_KIND);
		databaseKindEEnum = createEEnum(DATABASE_KIND);
		apiAuthKindEEnum = createEEnum(API_AUTH_KIND);
		httpMethodEEnum = createEEnum(HTTP_METHOD);
		paginationKindEEnum = createEEnum(PAGINATION_KIND);
		pageStopEEnum = createEEnum(PAGE_STOP);
		recordKindEEnum = createEEnum(RECORD_KIND);
		canonicalFieldEEnum = createEEnum(CANONICAL_FIELD);
		identifierKindEEnum = createEEnum(IDENTIFIER_KIND);
		conditionOperatorEEnum = createEEnum(CONDITION_OPERATOR);
		survivorshipStrategyEEnum = createEEnum(SURVIVORSHIP_STRATEGY);
		measureAggregateEEnum = createEEnum(MEASURE_AGGREGATE);
		measureValueEEnum = createEEnum(MEASURE_VALUE);
		durationUnitEEnum = createEEnum(DURATION_UNIT);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isInitialized = false;

	/**
	 * Complete the initialization of the package and its meta-model.  This
	 * method is guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void initializePackageContents() {
		if (isInitialized) return;
		isInitialized = true;

		// Initialize package
		setName(eNAME);
		setNsPrefix(eNS_PREFIX);
		setNsURI(eNS_URI);

		// Create type parameters

		// Set bounds for type parameters

		// Add supertypes to classes
		namedElementEClass.getESuperTypes().add(this.getIdentified());
		cxModelEClass.getESuperTypes().add(this.getNamedElement());
		customerSegmentEClass.getESuperTypes().add(this.getNamedElement());
		personaEClass.getESuperTypes().add(this.getNamedElement());
		ownerEClass.getESuperTypes().add(this.getNamedElement());
		channelEClass.getESuperTypes().add(this.getNamedElement());
		kpiScopeEClass.getESuperTypes().add(this.getNamedElement());
		journeyEClass.getESuperTypes().add(this.getKpiScope());
		businessObjectiveEClass.getESuperTypes().add(this.getNamedElement());
		stageEClass.getESuperTypes().add(this.getKpiScope());
		touchpointEClass.getESuperTypes().add(this.getKpiScope());
		painPointEClass.getESuperTypes().add(this.getNamedElement());
		momentOfDelightEClass.getESuperTypes().add(this.getNamedElement());
		serviceActionEClass.getESuperTypes().add(this.getNamedElement());
		opportunityEClass.getESuperTypes().add(this.getNamedElement());
		feedbackMechanismEClass.getESuperTypes().add(this.getNamedElement());
		kpiEClass.getESuperTypes().add(this.getNamedElement());
		kpiMeasureEClass.getESuperTypes().add(this.getIdentified());
		recordFilterEClass.getESuperTypes().add(this.getIdentified());
		dataSourceEClass.getESuperTypes().add(this.getNamedElement());
		namedQueryEClass.getESuperTypes().add(this.getNamedElement());
		recordSourceEClass.getESuperTypes().add(this.getNamedElement());
		fieldMappingEClass.getESuperTypes().add(this.getIdentified());
		identityMappingEClass.getESuperTypes().add(this.getIdentified());
		classificationRuleEClass.getESuperTypes().add(this.getNamedElement());
		conditionEClass.getESuperTypes().add(this.getIdentified());
		identityResolutionEClass.getESuperTypes().add(this.getIdentified());
		matchRuleEClass.getESuperTypes().add(this.getNamedElement());
		blockedValueEClass.getESuperTypes().add(this.getIdentified());
		apiConnectionEClass.getESuperTypes().add(this.getIdentified());
		apiAuthenticatorEClass.getESuperTypes().add(this.getIdentified());
		apiRequestEClass.getESuperTypes().add(this.getIdentified());
		apiPaginatorEClass.getESuperTypes().add(this.getIdentified());

		// Initialize classes, features, and operations; add parameters
		initEClass(identifiedEClass, Identified.class, "Identified", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getIdentified_Id(), ecorePackage.getEString(), "id", null, 0, 1, Identified.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(namedElementEClass, NamedElement.class, "NamedElement", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getNamedElement_Name(), ecorePackage.getEString(), "name", null, 0, 1, NamedElement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getNamedElement_Description(), ecorePackage.getEString(), "description", null, 0, 1, NamedElement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(cxModelEClass, CxModel.class, "CxModel", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEReference(getCxModel_Segments(), this.getCustomerSegment(), null, "segments", null, 0, -1, CxModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getCxModel_Personas(), this.getPersona(), null, "personas", null, 0, -1, CxModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getCxModel_Owners(), this.getOwner(), null, "owners", null, 0, -1, CxModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getCxModel_Channels(), this.getChannel(), null, "channels", null, 0, -1, CxModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getCxModel_Journeys(), this.getJourney(), null, "journeys", null, 0, -1, CxModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getCxModel_FeedbackMechanisms(), this.getFeedbackMechanism(), null, "feedbackMechanisms", null, 0, -1, CxModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getCxModel_DataSources(), this.getDataSource(), null, "dataSources", null, 0, -1, CxModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getCxModel_IdentityResolution(), this.getIdentityResolution(), null, "identityResolution", null, 0, 1, CxModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(customerSegmentEClass, CustomerSegment.class, "CustomerSegment", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getCustomerSegment_Criteria(), ecorePackage.getEString(), "criteria", null, 0, 1, CustomerSegment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(personaEClass, Persona.class, "Persona", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getPersona_Quote(), ecorePackage.getEString(), "quote", null, 0, 1, Persona.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getPersona_Goals(), ecorePackage.getEString(), "goals", null, 0, -1, Persona.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getPersona_Needs(), ecorePackage.getEString(), "needs", null, 0, -1, Persona.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getPersona_Preferences(), ecorePackage.getEString(), "preferences", null, 0, -1, Persona.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getPersona_Behaviours(), ecorePackage.getEString(), "behaviours", null, 0, -1, Persona.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getPersona_Frustrations(), ecorePackage.getEString(), "frustrations", null, 0, -1, Persona.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getPersona_Segments(), this.getCustomerSegment(), null, "segments", null, 0, -1, Persona.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(ownerEClass, Owner.class, "Owner", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getOwner_Kind(), this.getOwnerKind(), "kind", null, 0, 1, Owner.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getOwner_Contact(), ecorePackage.getEString(), "contact", null, 0, 1, Owner.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getOwner_Parent(), this.getOwner(), null, "parent", null, 0, 1, Owner.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(channelEClass, Channel.class, "Channel", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getChannel_Kind(), this.getChannelKind(), "kind", null, 0, 1, Channel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getChannel_Mode(), this.getChannelMode(), "mode", null, 0, 1, Channel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(kpiScopeEClass, KpiScope.class, "KpiScope", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$

		initEClass(journeyEClass, Journey.class, "Journey", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getJourney_MapType(), this.getJourneyMapType(), "mapType", null, 0, 1, Journey.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getJourney_Personas(), this.getPersona(), null, "personas", null, 0, -1, Journey.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getJourney_Objectives(), this.getBusinessObjective(), null, "objectives", null, 0, -1, Journey.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getJourney_Stages(), this.getStage(), null, "stages", null, 0, -1, Journey.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getJourney_Opportunities(), this.getOpportunity(), null, "opportunities", null, 0, -1, Journey.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getJourney_Kpis(), this.getKpi(), null, "kpis", null, 0, -1, Journey.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getJourney_Owner(), this.getOwner(), null, "owner", null, 0, 1, Journey.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getJourney_CurrentState(), this.getJourney(), null, "currentState", null, 0, 1, Journey.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(businessObjectiveEClass, BusinessObjective.class, "BusinessObjective", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getBusinessObjective_Kind(), this.getObjectiveKind(), "kind", null, 0, 1, BusinessObjective.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(stageEClass, Stage.class, "Stage", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getStage_Kind(), this.getStageKind(), "kind", null, 0, 1, Stage.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getStage_CustomerGoal(), ecorePackage.getEString(), "customerGoal", null, 0, 1, Stage.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getStage_Touchpoints(), this.getTouchpoint(), null, "touchpoints", null, 0, -1, Stage.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(touchpointEClass, Touchpoint.class, "Touchpoint", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEReference(getTouchpoint_Channel(), this.getChannel(), null, "channel", null, 0, 1, Touchpoint.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getTouchpoint_CustomerAction(), ecorePackage.getEString(), "customerAction", null, 0, 1, Touchpoint.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getTouchpoint_Thoughts(), ecorePackage.getEString(), "thoughts", null, 0, 1, Touchpoint.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getTouchpoint_Emotion(), ecorePackage.getEInt(), "emotion", "0", 0, 1, Touchpoint.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$ //$NON-NLS-2$
		initEAttribute(getTouchpoint_Feeling(), ecorePackage.getEString(), "feeling", null, 0, 1, Touchpoint.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getTouchpoint_MomentOfTruth(), ecorePackage.getEBoolean(), "momentOfTruth", null, 0, 1, Touchpoint.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getTouchpoint_Optional(), ecorePackage.getEBoolean(), "optional", null, 0, 1, Touchpoint.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getTouchpoint_Owner(), this.getOwner(), null, "owner", null, 0, 1, Touchpoint.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getTouchpoint_PainPoints(), this.getPainPoint(), null, "painPoints", null, 0, -1, Touchpoint.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getTouchpoint_Delights(), this.getMomentOfDelight(), null, "delights", null, 0, -1, Touchpoint.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getTouchpoint_FrontstageActions(), this.getServiceAction(), null, "frontstageActions", null, 0, -1, Touchpoint.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getTouchpoint_BackstageActions(), this.getServiceAction(), null, "backstageActions", null, 0, -1, Touchpoint.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getTouchpoint_SupportProcesses(), this.getServiceAction(), null, "supportProcesses", null, 0, -1, Touchpoint.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(painPointEClass, PainPoint.class, "PainPoint", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getPainPoint_Severity(), this.getSeverity(), "severity", null, 0, 1, PainPoint.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(momentOfDelightEClass, MomentOfDelight.class, "MomentOfDelight", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$

		initEClass(serviceActionEClass, ServiceAction.class, "ServiceAction", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEReference(getServiceAction_Owner(), this.getOwner(), null, "owner", null, 0, 1, ServiceAction.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getServiceAction_System(), ecorePackage.getEString(), "system", null, 0, 1, ServiceAction.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(opportunityEClass, Opportunity.class, "Opportunity", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEReference(getOpportunity_Owner(), this.getOwner(), null, "owner", null, 0, 1, Opportunity.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getOpportunity_Priority(), this.getPriority(), "priority", null, 0, 1, Opportunity.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getOpportunity_Status(), this.getOpportunityStatus(), "status", null, 0, 1, Opportunity.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getOpportunity_ExpectedImpact(), ecorePackage.getEString(), "expectedImpact", null, 0, 1, Opportunity.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getOpportunity_PainPoints(), this.getPainPoint(), null, "painPoints", null, 0, -1, Opportunity.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getOpportunity_Touchpoints(), this.getTouchpoint(), null, "touchpoints", null, 0, -1, Opportunity.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getOpportunity_Kpis(), this.getKpi(), null, "kpis", null, 0, -1, Opportunity.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(feedbackMechanismEClass, FeedbackMechanism.class, "FeedbackMechanism", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getFeedbackMechanism_Kind(), this.getFeedbackKind(), "kind", null, 0, 1, FeedbackMechanism.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getFeedbackMechanism_CollectedAt(), this.getTouchpoint(), null, "collectedAt", null, 0, -1, FeedbackMechanism.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getFeedbackMechanism_Channel(), this.getChannel(), null, "channel", null, 0, 1, FeedbackMechanism.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getFeedbackMechanism_Frequency(), ecorePackage.getEString(), "frequency", null, 0, 1, FeedbackMechanism.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getFeedbackMechanism_Owner(), this.getOwner(), null, "owner", null, 0, 1, FeedbackMechanism.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getFeedbackMechanism_Measures(), this.getKpi(), null, "measures", null, 0, -1, FeedbackMechanism.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(kpiEClass, Kpi.class, "Kpi", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getKpi_Kind(), this.getKpiKind(), "kind", null, 0, 1, Kpi.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getKpi_Unit(), ecorePackage.getEString(), "unit", null, 0, 1, Kpi.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getKpi_Target(), ecorePackage.getEDoubleObject(), "target", null, 0, 1, Kpi.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getKpi_Benchmark(), ecorePackage.getEDoubleObject(), "benchmark", null, 0, 1, Kpi.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getKpi_Actual(), ecorePackage.getEDoubleObject(), "actual", null, 0, 1, Kpi.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getKpi_Direction(), this.getKpiDirection(), "direction", null, 0, 1, Kpi.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getKpi_Scope(), this.getKpiScope(), null, "scope", null, 0, 1, Kpi.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getKpi_Owner(), this.getOwner(), null, "owner", null, 0, 1, Kpi.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getKpi_Measure(), this.getKpiMeasure(), null, "measure", null, 0, 1, Kpi.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(kpiMeasureEClass, KpiMeasure.class, "KpiMeasure", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getKpiMeasure_Aggregate(), this.getMeasureAggregate(), "aggregate", null, 0, 1, KpiMeasure.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getKpiMeasure_Value(), this.getMeasureValue(), "value", null, 0, 1, KpiMeasure.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getKpiMeasure_Percentile(), ecorePackage.getEDoubleObject(), "percentile", null, 0, 1, KpiMeasure.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getKpiMeasure_DurationUnit(), this.getDurationUnit(), "durationUnit", null, 0, 1, KpiMeasure.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getKpiMeasure_WindowDays(), ecorePackage.getEInt(), "windowDays", "0", 0, 1, KpiMeasure.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$ //$NON-NLS-2$
		initEAttribute(getKpiMeasure_PeriodDays(), ecorePackage.getEInt(), "periodDays", "0", 0, 1, KpiMeasure.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$ //$NON-NLS-2$
		initEAttribute(getKpiMeasure_Scale(), ecorePackage.getEDouble(), "scale", "100", 0, 1, KpiMeasure.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$ //$NON-NLS-2$
		initEAttribute(getKpiMeasure_PromoterFrom(), ecorePackage.getEDouble(), "promoterFrom", "9", 0, 1, KpiMeasure.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$ //$NON-NLS-2$
		initEAttribute(getKpiMeasure_DetractorUpTo(), ecorePackage.getEDouble(), "detractorUpTo", "6", 0, 1, KpiMeasure.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$ //$NON-NLS-2$
		initEReference(getKpiMeasure_Records(), this.getRecordFilter(), null, "records", null, 0, 1, KpiMeasure.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getKpiMeasure_Matching(), this.getRecordFilter(), null, "matching", null, 0, 1, KpiMeasure.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getKpiMeasure_Until(), this.getRecordFilter(), null, "until", null, 0, 1, KpiMeasure.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getKpiMeasure_Per(), this.getRecordFilter(), null, "per", null, 0, 1, KpiMeasure.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(recordFilterEClass, RecordFilter.class, "RecordFilter", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEReference(getRecordFilter_RecordSources(), this.getRecordSource(), null, "recordSources", null, 0, -1, RecordFilter.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getRecordFilter_Kinds(), this.getRecordKind(), "kinds", null, 0, -1, RecordFilter.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getRecordFilter_Statuses(), ecorePackage.getEString(), "statuses", null, 0, -1, RecordFilter.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getRecordFilter_Directions(), ecorePackage.getEString(), "directions", null, 0, -1, RecordFilter.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getRecordFilter_Touchpoints(), this.getTouchpoint(), null, "touchpoints", null, 0, -1, RecordFilter.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getRecordFilter_Stages(), this.getStage(), null, "stages", null, 0, -1, RecordFilter.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getRecordFilter_Channels(), this.getChannel(), null, "channels", null, 0, -1, RecordFilter.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getRecordFilter_MinScore(), ecorePackage.getEDoubleObject(), "minScore", null, 0, 1, RecordFilter.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getRecordFilter_MaxScore(), ecorePackage.getEDoubleObject(), "maxScore", null, 0, 1, RecordFilter.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(dataSourceEClass, DataSource.class, "DataSource", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getDataSource_SystemKind(), this.getSystemKind(), "systemKind", null, 0, 1, DataSource.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getDataSource_DatabaseKind(), this.getDatabaseKind(), "databaseKind", null, 0, 1, DataSource.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getDataSource_JdbcUrl(), ecorePackage.getEString(), "jdbcUrl", null, 0, 1, DataSource.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getDataSource_User(), ecorePackage.getEString(), "user", null, 0, 1, DataSource.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getDataSource_Credential(), ecorePackage.getEString(), "credential", null, 0, 1, DataSource.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getDataSource_Priority(), ecorePackage.getEInt(), "priority", "1", 0, 1, DataSource.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$ //$NON-NLS-2$
		initEAttribute(getDataSource_MaxAttempts(), ecorePackage.getEInt(), "maxAttempts", "5", 0, 1, DataSource.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$ //$NON-NLS-2$
		initEAttribute(getDataSource_RetryDelaySeconds(), ecorePackage.getEInt(), "retryDelaySeconds", "2", 0, 1, DataSource.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$ //$NON-NLS-2$
		initEAttribute(getDataSource_DefaultRegion(), ecorePackage.getEString(), "defaultRegion", null, 0, 1, DataSource.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getDataSource_Queries(), this.getNamedQuery(), null, "queries", null, 0, -1, DataSource.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getDataSource_RecordSources(), this.getRecordSource(), null, "recordSources", null, 0, -1, DataSource.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getDataSource_Api(), this.getApiConnection(), null, "api", null, 0, 1, DataSource.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(namedQueryEClass, NamedQuery.class, "NamedQuery", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getNamedQuery_Sql(), ecorePackage.getEString(), "sql", null, 0, 1, NamedQuery.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(recordSourceEClass, RecordSource.class, "RecordSource", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getRecordSource_Kind(), this.getRecordKind(), "kind", null, 0, 1, RecordSource.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getRecordSource_Table(), ecorePackage.getEString(), "table", null, 0, 1, RecordSource.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getRecordSource_Query(), ecorePackage.getEString(), "query", null, 0, 1, RecordSource.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getRecordSource_NamedQuery(), this.getNamedQuery(), null, "namedQuery", null, 0, 1, RecordSource.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getRecordSource_Filter(), ecorePackage.getEString(), "filter", null, 0, 1, RecordSource.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getRecordSource_PrimaryKey(), ecorePackage.getEString(), "primaryKey", null, 0, -1, RecordSource.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getRecordSource_CursorColumns(), ecorePackage.getEString(), "cursorColumns", null, 0, -1, RecordSource.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getRecordSource_DeletedColumn(), ecorePackage.getEString(), "deletedColumn", null, 0, 1, RecordSource.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getRecordSource_DeletedValue(), ecorePackage.getEString(), "deletedValue", null, 0, 1, RecordSource.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getRecordSource_LookBackSeconds(), ecorePackage.getEInt(), "lookBackSeconds", "0", 0, 1, RecordSource.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$ //$NON-NLS-2$
		initEAttribute(getRecordSource_ReconcileEveryHours(), ecorePackage.getEInt(), "reconcileEveryHours", "0", 0, 1, RecordSource.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$ //$NON-NLS-2$
		initEAttribute(getRecordSource_BatchSize(), ecorePackage.getEInt(), "batchSize", "1000", 0, 1, RecordSource.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$ //$NON-NLS-2$
		initEReference(getRecordSource_CustomerSource(), this.getRecordSource(), null, "customerSource", null, 0, 1, RecordSource.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getRecordSource_FieldMappings(), this.getFieldMapping(), null, "fieldMappings", null, 0, -1, RecordSource.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getRecordSource_IdentityMappings(), this.getIdentityMapping(), null, "identityMappings", null, 0, -1, RecordSource.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getRecordSource_ClassificationRules(), this.getClassificationRule(), null, "classificationRules", null, 0, -1, RecordSource.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getRecordSource_Request(), this.getApiRequest(), null, "request", null, 0, 1, RecordSource.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(fieldMappingEClass, FieldMapping.class, "FieldMapping", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getFieldMapping_Column(), ecorePackage.getEString(), "column", null, 0, 1, FieldMapping.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getFieldMapping_Field(), this.getCanonicalField(), "field", null, 0, 1, FieldMapping.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getFieldMapping_DefaultValue(), ecorePackage.getEString(), "defaultValue", null, 0, 1, FieldMapping.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(identityMappingEClass, IdentityMapping.class, "IdentityMapping", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getIdentityMapping_Column(), ecorePackage.getEString(), "column", null, 0, 1, IdentityMapping.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getIdentityMapping_Kind(), this.getIdentifierKind(), "kind", null, 0, 1, IdentityMapping.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getIdentityMapping_RegionColumn(), ecorePackage.getEString(), "regionColumn", null, 0, 1, IdentityMapping.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getIdentityMapping_UnlessColumn(), ecorePackage.getEString(), "unlessColumn", null, 0, 1, IdentityMapping.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(classificationRuleEClass, ClassificationRule.class, "ClassificationRule", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEReference(getClassificationRule_Conditions(), this.getCondition(), null, "conditions", null, 0, -1, ClassificationRule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getClassificationRule_Channel(), this.getChannel(), null, "channel", null, 0, 1, ClassificationRule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getClassificationRule_Touchpoint(), this.getTouchpoint(), null, "touchpoint", null, 0, 1, ClassificationRule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getClassificationRule_Stage(), this.getStage(), null, "stage", null, 0, 1, ClassificationRule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(conditionEClass, Condition.class, "Condition", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getCondition_Field(), this.getCanonicalField(), "field", null, 0, 1, Condition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getCondition_Operator(), this.getConditionOperator(), "operator", null, 0, 1, Condition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getCondition_Value(), ecorePackage.getEString(), "value", null, 0, 1, Condition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(identityResolutionEClass, IdentityResolution.class, "IdentityResolution", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEReference(getIdentityResolution_MatchRules(), this.getMatchRule(), null, "matchRules", null, 0, -1, IdentityResolution.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getIdentityResolution_BlockedValues(), this.getBlockedValue(), null, "blockedValues", null, 0, -1, IdentityResolution.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getIdentityResolution_DefaultRegion(), ecorePackage.getEString(), "defaultRegion", null, 0, 1, IdentityResolution.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getIdentityResolution_Survivorship(), this.getSurvivorshipStrategy(), "survivorship", null, 0, 1, IdentityResolution.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(matchRuleEClass, MatchRule.class, "MatchRule", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getMatchRule_Kind(), this.getIdentifierKind(), "kind", null, 0, 1, MatchRule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getMatchRule_Enabled(), ecorePackage.getEBoolean(), "enabled", "true", 0, 1, MatchRule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$ //$NON-NLS-2$
		initEAttribute(getMatchRule_AlsoKinds(), this.getIdentifierKind(), "alsoKinds", null, 0, -1, MatchRule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(blockedValueEClass, BlockedValue.class, "BlockedValue", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getBlockedValue_Kind(), this.getIdentifierKind(), "kind", null, 0, 1, BlockedValue.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getBlockedValue_Pattern(), ecorePackage.getEString(), "pattern", null, 0, 1, BlockedValue.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getBlockedValue_Description(), ecorePackage.getEString(), "description", null, 0, 1, BlockedValue.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getBlockedValue_BlocksPairs(), ecorePackage.getEBoolean(), "blocksPairs", "false", 0, 1, BlockedValue.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$ //$NON-NLS-2$

		initEClass(apiConnectionEClass, ApiConnection.class, "ApiConnection", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getApiConnection_BaseUrl(), ecorePackage.getEString(), "baseUrl", null, 0, 1, ApiConnection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getApiConnection_Authenticator(), this.getApiAuthenticator(), null, "authenticator", null, 0, 1, ApiConnection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getApiConnection_Headers(), ecorePackage.getEString(), "headers", null, 0, -1, ApiConnection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getApiConnection_RequestsPerSecond(), ecorePackage.getEDouble(), "requestsPerSecond", "0", 0, 1, ApiConnection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$ //$NON-NLS-2$
		initEAttribute(getApiConnection_MaxRetryAfterSeconds(), ecorePackage.getEInt(), "maxRetryAfterSeconds", "120", 0, 1, ApiConnection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$ //$NON-NLS-2$
		initEAttribute(getApiConnection_TimeoutSeconds(), ecorePackage.getEInt(), "timeoutSeconds", "30", 0, 1, ApiConnection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$ //$NON-NLS-2$

		initEClass(apiAuthenticatorEClass, ApiAuthenticator.class, "ApiAuthenticator", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getApiAuthenticator_Kind(), this.getApiAuthKind(), "kind", null, 0, 1, ApiAuthenticator.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getApiAuthenticator_HeaderName(), ecorePackage.getEString(), "headerName", null, 0, 1, ApiAuthenticator.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getApiAuthenticator_TokenUrl(), ecorePackage.getEString(), "tokenUrl", null, 0, 1, ApiAuthenticator.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getApiAuthenticator_Scope(), ecorePackage.getEString(), "scope", null, 0, 1, ApiAuthenticator.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(apiRequestEClass, ApiRequest.class, "ApiRequest", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getApiRequest_Method(), this.getHttpMethod(), "method", null, 0, 1, ApiRequest.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getApiRequest_Path(), ecorePackage.getEString(), "path", null, 0, 1, ApiRequest.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getApiRequest_Parameters(), ecorePackage.getEString(), "parameters", null, 0, -1, ApiRequest.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getApiRequest_Body(), ecorePackage.getEString(), "body", null, 0, 1, ApiRequest.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getApiRequest_RecordsPath(), ecorePackage.getEString(), "recordsPath", null, 0, 1, ApiRequest.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getApiRequest_SinceFormat(), ecorePackage.getEString(), "sinceFormat", null, 0, 1, ApiRequest.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getApiRequest_DeltaTokenPath(), ecorePackage.getEString(), "deltaTokenPath", null, 0, 1, ApiRequest.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getApiRequest_FalseIsEmpty(), ecorePackage.getEBoolean(), "falseIsEmpty", "false", 0, 1, ApiRequest.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$ //$NON-NLS-2$
		initEReference(getApiRequest_Paginator(), this.getApiPaginator(), null, "paginator", null, 0, 1, ApiRequest.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getApiRequest_DeletedRecords(), this.getApiRequest(), null, "deletedRecords", null, 0, 1, ApiRequest.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getApiRequest_DeletedKeyPath(), ecorePackage.getEString(), "deletedKeyPath", null, 0, 1, ApiRequest.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getApiRequest_DeletedCursorPath(), ecorePackage.getEString(), "deletedCursorPath", null, 0, 1, ApiRequest.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(apiPaginatorEClass, ApiPaginator.class, "ApiPaginator", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getApiPaginator_Kind(), this.getPaginationKind(), "kind", null, 0, 1, ApiPaginator.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getApiPaginator_PageSize(), ecorePackage.getEInt(), "pageSize", "100", 0, 1, ApiPaginator.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$ //$NON-NLS-2$
		initEAttribute(getApiPaginator_FirstPage(), ecorePackage.getEInt(), "firstPage", "1", 0, 1, ApiPaginator.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$ //$NON-NLS-2$
		initEAttribute(getApiPaginator_NextPath(), ecorePackage.getEString(), "nextPath", null, 0, 1, ApiPaginator.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getApiPaginator_StopWhen(), this.getPageStop(), "stopWhen", null, 0, 1, ApiPaginator.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getApiPaginator_TotalPath(), ecorePackage.getEString(), "totalPath", null, 0, 1, ApiPaginator.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getApiPaginator_MaxPages(), ecorePackage.getEInt(), "maxPages", "100000", 0, 1, ApiPaginator.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$ //$NON-NLS-2$

		// Initialize enums and add enum literals
		initEEnum(journeyMapTypeEEnum, JourneyMapType.class, "JourneyMapType"); //$NON-NLS-1$
		addEEnumLiteral(journeyMapTypeEEnum, JourneyMapType.CURRENT_STATE);
		addEEnumLiteral(journeyMapTypeEEnum, JourneyMapType.FUTURE_STATE);
		addEEnumLiteral(journeyMapTypeEEnum, JourneyMapType.DAY_IN_THE_LIFE);
		addEEnumLiteral(journeyMapTypeEEnum, JourneyMapType.SERVICE_BLUEPRINT);

		initEEnum(stageKindEEnum, StageKind.class, "StageKind"); //$NON-NLS-1$
		addEEnumLiteral(stageKindEEnum, StageKind.AWARENESS);
		addEEnumLiteral(stageKindEEnum, StageKind.CONSIDERATION);
		addEEnumLiteral(stageKindEEnum, StageKind.PURCHASE);
		addEEnumLiteral(stageKindEEnum, StageKind.RETENTION);
		addEEnumLiteral(stageKindEEnum, StageKind.ADVOCACY);
		addEEnumLiteral(stageKindEEnum, StageKind.CUSTOM);

		initEEnum(channelKindEEnum, ChannelKind.class, "ChannelKind"); //$NON-NLS-1$
		addEEnumLiteral(channelKindEEnum, ChannelKind.WEB);
		addEEnumLiteral(channelKindEEnum, ChannelKind.MOBILE_APP);
		addEEnumLiteral(channelKindEEnum, ChannelKind.EMAIL);
		addEEnumLiteral(channelKindEEnum, ChannelKind.PHONE);
		addEEnumLiteral(channelKindEEnum, ChannelKind.CHAT);
		addEEnumLiteral(channelKindEEnum, ChannelKind.SMS);
		addEEnumLiteral(channelKindEEnum, ChannelKind.SOCIAL);
		addEEnumLiteral(channelKindEEnum, ChannelKind.STORE);
		addEEnumLiteral(channelKindEEnum, ChannelKind.SUPPORT_FORUM);
		addEEnumLiteral(channelKindEEnum, ChannelKind.MARKETING);
		addEEnumLiteral(channelKindEEnum, ChannelKind.CONNECTED_DEVICE);
		addEEnumLiteral(channelKindEEnum, ChannelKind.OTHER);

		initEEnum(channelModeEEnum, ChannelMode.class, "ChannelMode"); //$NON-NLS-1$
		addEEnumLiteral(channelModeEEnum, ChannelMode.ONLINE);
		addEEnumLiteral(channelModeEEnum, ChannelMode.OFFLINE);

		initEEnum(ownerKindEEnum, OwnerKind.class, "OwnerKind"); //$NON-NLS-1$
		addEEnumLiteral(ownerKindEEnum, OwnerKind.DEPARTMENT);
		addEEnumLiteral(ownerKindEEnum, OwnerKind.TEAM);
		addEEnumLiteral(ownerKindEEnum, OwnerKind.ROLE);
		addEEnumLiteral(ownerKindEEnum, OwnerKind.PARTNER);

		initEEnum(objectiveKindEEnum, ObjectiveKind.class, "ObjectiveKind"); //$NON-NLS-1$
		addEEnumLiteral(objectiveKindEEnum, ObjectiveKind.REDUCE_CHURN);
		addEEnumLiteral(objectiveKindEEnum, ObjectiveKind.RAISE_CONVERSION);
		addEEnumLiteral(objectiveKindEEnum, ObjectiveKind.RAISE_RETENTION);
		addEEnumLiteral(objectiveKindEEnum, ObjectiveKind.RAISE_SATISFACTION);
		addEEnumLiteral(objectiveKindEEnum, ObjectiveKind.REDUCE_EFFORT);
		addEEnumLiteral(objectiveKindEEnum, ObjectiveKind.REDUCE_COST_TO_SERVE);
		addEEnumLiteral(objectiveKindEEnum, ObjectiveKind.RAISE_ADVOCACY);
		addEEnumLiteral(objectiveKindEEnum, ObjectiveKind.CUSTOM);

		initEEnum(severityEEnum, Severity.class, "Severity"); //$NON-NLS-1$
		addEEnumLiteral(severityEEnum, Severity.LOW);
		addEEnumLiteral(severityEEnum, Severity.MEDIUM);
		addEEnumLiteral(severityEEnum, Severity.HIGH);
		addEEnumLiteral(severityEEnum, Severity.CRITICAL);

		initEEnum(priorityEEnum, Priority.class, "Priority"); //$NON-NLS-1$
		addEEnumLiteral(priorityEEnum, Priority.LOW);
		addEEnumLiteral(priorityEEnum, Priority.MEDIUM);
		addEEnumLiteral(priorityEEnum, Priority.HIGH);
		addEEnumLiteral(priorityEEnum, Priority.CRITICAL);

		initEEnum(opportunityStatusEEnum, OpportunityStatus.class, "OpportunityStatus"); //$NON-NLS-1$
		addEEnumLiteral(opportunityStatusEEnum, OpportunityStatus.PROPOSED);
		addEEnumLiteral(opportunityStatusEEnum, OpportunityStatus.PLANNED);
		addEEnumLiteral(opportunityStatusEEnum, OpportunityStatus.IN_PROGRESS);
		addEEnumLiteral(opportunityStatusEEnum, OpportunityStatus.DONE);
		addEEnumLiteral(opportunityStatusEEnum, OpportunityStatus.REJECTED);

		initEEnum(feedbackKindEEnum, FeedbackKind.class, "FeedbackKind"); //$NON-NLS-1$
		addEEnumLiteral(feedbackKindEEnum, FeedbackKind.NPS_SURVEY);
		addEEnumLiteral(feedbackKindEEnum, FeedbackKind.CSAT_SURVEY);
		addEEnumLiteral(feedbackKindEEnum, FeedbackKind.CES_SURVEY);
		addEEnumLiteral(feedbackKindEEnum, FeedbackKind.INTERVIEW);
		addEEnumLiteral(feedbackKindEEnum, FeedbackKind.REVIEW_MONITORING);
		addEEnumLiteral(feedbackKindEEnum, FeedbackKind.SOCIAL_MONITORING);
		addEEnumLiteral(feedbackKindEEnum, FeedbackKind.FEEDBACK_FORM);
		addEEnumLiteral(feedbackKindEEnum, FeedbackKind.OTHER);

		initEEnum(kpiKindEEnum, KpiKind.class, "KpiKind"); //$NON-NLS-1$
		addEEnumLiteral(kpiKindEEnum, KpiKind.NPS);
		addEEnumLiteral(kpiKindEEnum, KpiKind.CSAT);
		addEEnumLiteral(kpiKindEEnum, KpiKind.CES);
		addEEnumLiteral(kpiKindEEnum, KpiKind.RETENTION_RATE);
		addEEnumLiteral(kpiKindEEnum, KpiKind.CHURN_RATE);
		addEEnumLiteral(kpiKindEEnum, KpiKind.FIRST_RESPONSE_TIME);
		addEEnumLiteral(kpiKindEEnum, KpiKind.TIME_TO_RESOLUTION);
		addEEnumLiteral(kpiKindEEnum, KpiKind.CONVERSION_RATE);
		addEEnumLiteral(kpiKindEEnum, KpiKind.CAMPAIGN_OPEN_RATE);
		addEEnumLiteral(kpiKindEEnum, KpiKind.CLICK_THROUGH_RATE);
		addEEnumLiteral(kpiKindEEnum, KpiKind.CUSTOM);

		initEEnum(kpiDirectionEEnum, KpiDirection.class, "KpiDirection"); //$NON-NLS-1$
		addEEnumLiteral(kpiDirectionEEnum, KpiDirection.HIGHER_IS_BETTER);
		addEEnumLiteral(kpiDirectionEEnum, KpiDirection.LOWER_IS_BETTER);

		initEEnum(systemKindEEnum, SystemKind.class, "SystemKind"); //$NON-NLS-1$
		addEEnumLiteral(systemKindEEnum, SystemKind.CRM);
		addEEnumLiteral(systemKindEEnum, SystemKind.ERP);
		addEEnumLiteral(systemKindEEnum, SystemKind.OTHER);

		initEEnum(databaseKindEEnum, DatabaseKind.class, "DatabaseKind"); //$NON-NLS-1$
		addEEnumLiteral(databaseKindEEnum, DatabaseKind.H2);
		addEEnumLiteral(databaseKindEEnum, DatabaseKind.POSTGRESQL);
		addEEnumLiteral(databaseKindEEnum, DatabaseKind.MARIADB);
		addEEnumLiteral(databaseKindEEnum, DatabaseKind.MYSQL);
		addEEnumLiteral(databaseKindEEnum, DatabaseKind.OTHER);

		initEEnum(apiAuthKindEEnum, ApiAuthKind.class, "ApiAuthKind"); //$NON-NLS-1$
		addEEnumLiteral(apiAuthKindEEnum, ApiAuthKind.NONE);
		addEEnumLiteral(apiAuthKindEEnum, ApiAuthKind.BEARER);
		addEEnumLiteral(apiAuthKindEEnum, ApiAuthKind.API_KEY_HEADER);
		addEEnumLiteral(apiAuthKindEEnum, ApiAuthKind.TOKEN_KEY_SECRET);
		addEEnumLiteral(apiAuthKindEEnum, ApiAuthKind.OAUTH2_CLIENT_CREDENTIALS);

		initEEnum(httpMethodEEnum, HttpMethod.class, "HttpMethod"); //$NON-NLS-1$
		addEEnumLiteral(httpMethodEEnum, HttpMethod.GET);
		addEEnumLiteral(httpMethodEEnum, HttpMethod.POST);

		initEEnum(paginationKindEEnum, PaginationKind.class, "PaginationKind"); //$NON-NLS-1$
		addEEnumLiteral(paginationKindEEnum, PaginationKind.OFFSET);
		addEEnumLiteral(paginationKindEEnum, PaginationKind.PAGE_NUMBER);
		addEEnumLiteral(paginationKindEEnum, PaginationKind.CURSOR_TOKEN);
		addEEnumLiteral(paginationKindEEnum, PaginationKind.NEXT_LINK);
		addEEnumLiteral(paginationKindEEnum, PaginationKind.LINK_HEADER);

		initEEnum(pageStopEEnum, PageStop.class, "PageStop"); //$NON-NLS-1$
		addEEnumLiteral(pageStopEEnum, PageStop.EMPTY_PAGE);
		addEEnumLiteral(pageStopEEnum, PageStop.SHORT_PAGE);
		addEEnumLiteral(pageStopEEnum, PageStop.NO_NEXT);
		addEEnumLiteral(pageStopEEnum, PageStop.TOTAL_REACHED);

		initEEnum(recordKindEEnum, RecordKind.class, "RecordKind"); //$NON-NLS-1$
		addEEnumLiteral(recordKindEEnum, RecordKind.CUSTOMER);
		addEEnumLiteral(recordKindEEnum, RecordKind.CALL);
		addEEnumLiteral(recordKindEEnum, RecordKind.EMAIL);
		addEEnumLiteral(recordKindEEnum, RecordKind.CHAT);
		addEEnumLiteral(recordKindEEnum, RecordKind.MEETING);
		addEEnumLiteral(recordKindEEnum, RecordKind.NOTE);
		addEEnumLiteral(recordKindEEnum, RecordKind.CASE);
		addEEnumLiteral(recordKindEEnum, RecordKind.ORDER);
		addEEnumLiteral(recordKindEEnum, RecordKind.INVOICE);
		addEEnumLiteral(recordKindEEnum, RecordKind.SURVEY_RESPONSE);
		addEEnumLiteral(recordKindEEnum, RecordKind.OTHER);

		initEEnum(canonicalFieldEEnum, CanonicalField.class, "CanonicalField"); //$NON-NLS-1$
		addEEnumLiteral(canonicalFieldEEnum, CanonicalField.CUSTOMER_REF);
		addEEnumLiteral(canonicalFieldEEnum, CanonicalField.DISPLAY_NAME);
		addEEnumLiteral(canonicalFieldEEnum, CanonicalField.FIRST_NAME);
		addEEnumLiteral(canonicalFieldEEnum, CanonicalField.LAST_NAME);
		addEEnumLiteral(canonicalFieldEEnum, CanonicalField.COMPANY);
		addEEnumLiteral(canonicalFieldEEnum, CanonicalField.OCCURRED_AT);
		addEEnumLiteral(canonicalFieldEEnum, CanonicalField.CHANNEL);
		addEEnumLiteral(canonicalFieldEEnum, CanonicalField.DIRECTION);
		addEEnumLiteral(canonicalFieldEEnum, CanonicalField.SUBJECT);
		addEEnumLiteral(canonicalFieldEEnum, CanonicalField.SUMMARY);
		addEEnumLiteral(canonicalFieldEEnum, CanonicalField.STATUS);
		addEEnumLiteral(canonicalFieldEEnum, CanonicalField.AMOUNT);
		addEEnumLiteral(canonicalFieldEEnum, CanonicalField.CURRENCY);
		addEEnumLiteral(canonicalFieldEEnum, CanonicalField.SURVEY_SCORE);
		addEEnumLiteral(canonicalFieldEEnum, CanonicalField.PAYMENT_STATUS);
		addEEnumLiteral(canonicalFieldEEnum, CanonicalField.DUE_AT);

		initEEnum(identifierKindEEnum, IdentifierKind.class, "IdentifierKind"); //$NON-NLS-1$
		addEEnumLiteral(identifierKindEEnum, IdentifierKind.EMAIL);
		addEEnumLiteral(identifierKindEEnum, IdentifierKind.PHONE);
		addEEnumLiteral(identifierKindEEnum, IdentifierKind.TAX_ID);
		addEEnumLiteral(identifierKindEEnum, IdentifierKind.EXTERNAL_ID);
		addEEnumLiteral(identifierKindEEnum, IdentifierKind.LAST_NAME);
		addEEnumLiteral(identifierKindEEnum, IdentifierKind.POSTCODE);

		initEEnum(conditionOperatorEEnum, ConditionOperator.class, "ConditionOperator"); //$NON-NLS-1$
		addEEnumLiteral(conditionOperatorEEnum, ConditionOperator.EQUALS);
		addEEnumLiteral(conditionOperatorEEnum, ConditionOperator.NOT_EQUALS);
		addEEnumLiteral(conditionOperatorEEnum, ConditionOperator.CONTAINS);
		addEEnumLiteral(conditionOperatorEEnum, ConditionOperator.STARTS_WITH);
		addEEnumLiteral(conditionOperatorEEnum, ConditionOperator.MATCHES);
		addEEnumLiteral(conditionOperatorEEnum, ConditionOperator.IS_EMPTY);
		addEEnumLiteral(conditionOperatorEEnum, ConditionOperator.IS_NOT_EMPTY);

		initEEnum(survivorshipStrategyEEnum, SurvivorshipStrategy.class, "SurvivorshipStrategy"); //$NON-NLS-1$
		addEEnumLiteral(survivorshipStrategyEEnum, SurvivorshipStrategy.SOURCE_PRIORITY);
		addEEnumLiteral(survivorshipStrategyEEnum, SurvivorshipStrategy.MOST_RECENT);

		initEEnum(measureAggregateEEnum, MeasureAggregate.class, "MeasureAggregate"); //$NON-NLS-1$
		addEEnumLiteral(measureAggregateEEnum, MeasureAggregate.COUNT);
		addEEnumLiteral(measureAggregateEEnum, MeasureAggregate.SHARE);
		addEEnumLiteral(measureAggregateEEnum, MeasureAggregate.RATIO);
		addEEnumLiteral(measureAggregateEEnum, MeasureAggregate.AVERAGE);
		addEEnumLiteral(measureAggregateEEnum, MeasureAggregate.MEDIAN);
		addEEnumLiteral(measureAggregateEEnum, MeasureAggregate.PERCENTILE);
		addEEnumLiteral(measureAggregateEEnum, MeasureAggregate.NET_PROMOTER);
		addEEnumLiteral(measureAggregateEEnum, MeasureAggregate.CONVERSION);
		addEEnumLiteral(measureAggregateEEnum, MeasureAggregate.RETENTION);
		addEEnumLiteral(measureAggregateEEnum, MeasureAggregate.CHURN);
		addEEnumLiteral(measureAggregateEEnum, MeasureAggregate.REPEAT_RATE);

		initEEnum(measureValueEEnum, MeasureValue.class, "MeasureValue"); //$NON-NLS-1$
		addEEnumLiteral(measureValueEEnum, MeasureValue.SURVEY_SCORE);
		addEEnumLiteral(measureValueEEnum, MeasureValue.AMOUNT);
		addEEnumLiteral(measureValueEEnum, MeasureValue.DURATION);

		initEEnum(durationUnitEEnum, DurationUnit.class, "DurationUnit"); //$NON-NLS-1$
		addEEnumLiteral(durationUnitEEnum, DurationUnit.SECONDS);
		addEEnumLiteral(durationUnitEEnum, DurationUnit.MINUTES);
		addEEnumLiteral(durationUnitEEnum, DurationUnit.HOURS);
		addEEnumLiteral(durationUnitEEnum, DurationUnit.DAYS);

		// Create resource
		createResource(eNS_URI);
	}

} //CxmPackageImpl
