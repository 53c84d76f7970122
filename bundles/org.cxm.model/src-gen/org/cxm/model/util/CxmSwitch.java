/**
 */
package org.cxm.model.util;

import org.cxm.model.*;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.util.Switch;

/**
 * <!-- begin-user-doc -->
 * The <b>Switch</b> for the model's inheritance hierarchy.
 * It supports the call {@link #doSwitch(EObject) doSwitch(object)}
 * to invoke the <code>caseXXX</code> method for each class of the model,
 * starting with the actual class of the object
 * and proceeding up the inheritance hierarchy
 * until a non-null result is returned,
 * which is the result of the switch.
 * <!-- end-user-doc -->
 * @see org.cxm.model.CxmPackage
 * @generated
 */
public class CxmSwitch<T> extends Switch<T> {
	/**
	 * The cached model package
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static CxmPackage modelPackage;

	/**
	 * Creates an instance of the switch.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public CxmSwitch() {
		if (modelPackage == null) {
			modelPackage = CxmPackage.eINSTANCE;
		}
	}

	/**
	 * Checks whether this is a switch for the given package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param ePackage the package in question.
	 * @return whether this is a switch for the given package.
	 * @generated
	 */
	@Override
	protected boolean isSwitchFor(EPackage ePackage) {
		return ePackage == modelPackage;
	}

	/**
	 * Calls <code>caseXXX</code> for each class of the model until one returns a non null result; it yields that result.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the first non-null result returned by a <code>caseXXX</code> call.
	 * @generated
	 */
	@Override
	protected T doSwitch(int classifierID, EObject theEObject) {
		switch (classifierID) {
			case CxmPackage.IDENTIFIED: {
				Identified identified = (Identified)theEObject;
				T result = caseIdentified(identified);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CxmPackage.NAMED_ELEMENT: {
				NamedElement namedElement = (NamedElement)theEObject;
				T result = caseNamedElement(namedElement);
				if (result == null) result = caseIdentified(namedElement);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CxmPackage.CX_MODEL: {
				CxModel cxModel = (CxModel)theEObject;
				T result = caseCxModel(cxModel);
				if (result == null) result = caseNamedElement(cxModel);
				if (result == null) result = caseIdentified(cxModel);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CxmPackage.CUSTOMER_SEGMENT: {
				CustomerSegment customerSegment = (CustomerSegment)theEObject;
				T result = caseCustomerSegment(customerSegment);
				if (result == null) result = caseNamedElement(customerSegment);
				if (result == null) result = caseIdentified(customerSegment);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CxmPackage.PERSONA: {
				Persona persona = (Persona)theEObject;
				T result = casePersona(persona);
				if (result == null) result = caseNamedElement(persona);
				if (result == null) result = caseIdentified(persona);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CxmPackage.OWNER: {
				Owner owner = (Owner)theEObject;
				T result = caseOwner(owner);
				if (result == null) result = caseNamedElement(owner);
				if (result == null) result = caseIdentified(owner);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CxmPackage.CHANNEL: {
				Channel channel = (Channel)theEObject;
				T result = caseChannel(channel);
				if (result == null) result = caseNamedElement(channel);
				if (result == null) result = caseIdentified(channel);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CxmPackage.KPI_SCOPE: {
				KpiScope kpiScope = (KpiScope)theEObject;
				T result = caseKpiScope(kpiScope);
				if (result == null) result = caseNamedElement(kpiScope);
				if (result == null) result = caseIdentified(kpiScope);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CxmPackage.JOURNEY: {
				Journey journey = (Journey)theEObject;
				T result = caseJourney(journey);
				if (result == null) result = caseKpiScope(journey);
				if (result == null) result = caseNamedElement(journey);
				if (result == null) result = caseIdentified(journey);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CxmPackage.BUSINESS_OBJECTIVE: {
				BusinessObjective businessObjective = (BusinessObjective)theEObject;
				T result = caseBusinessObjective(businessObjective);
				if (result == null) result = caseNamedElement(businessObjective);
				if (result == null) result = caseIdentified(businessObjective);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CxmPackage.STAGE: {
				Stage stage = (Stage)theEObject;
				T result = caseStage(stage);
				if (result == null) result = caseKpiScope(stage);
				if (result == null) result = caseNamedElement(stage);
				if (result == null) result = caseIdentified(stage);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CxmPackage.TOUCHPOINT: {
				Touchpoint touchpoint = (Touchpoint)theEObject;
				T result = caseTouchpoint(touchpoint);
				if (result == null) result = caseKpiScope(touchpoint);
				if (result == null) result = caseNamedElement(touchpoint);
				if (result == null) result = caseIdentified(touchpoint);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CxmPackage.PAIN_POINT: {
				PainPoint painPoint = (PainPoint)theEObject;
				T result = casePainPoint(painPoint);
				if (result == null) result = caseNamedElement(painPoint);
				if (result == null) result = caseIdentified(painPoint);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CxmPackage.MOMENT_OF_DELIGHT: {
				MomentOfDelight momentOfDelight = (MomentOfDelight)theEObject;
				T result = caseMomentOfDelight(momentOfDelight);
				if (result == null) result = caseNamedElement(momentOfDelight);
				if (result == null) result = caseIdentified(momentOfDelight);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CxmPackage.SERVICE_ACTION: {
				ServiceAction serviceAction = (ServiceAction)theEObject;
				T result = caseServiceAction(serviceAction);
				if (result == null) result = caseNamedElement(serviceAction);
				if (result == null) result = caseIdentified(serviceAction);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CxmPackage.OPPORTUNITY: {
				Opportunity opportunity = (Opportunity)theEObject;
				T result = caseOpportunity(opportunity);
				if (result == null) result = caseNamedElement(opportunity);
				if (result == null) result = caseIdentified(opportunity);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CxmPackage.FEEDBACK_MECHANISM: {
				FeedbackMechanism feedbackMechanism = (FeedbackMechanism)theEObject;
				T result = caseFeedbackMechanism(feedbackMechanism);
				if (result == null) result = caseNamedElement(feedbackMechanism);
				if (result == null) result = caseIdentified(feedbackMechanism);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CxmPackage.KPI: {
				Kpi kpi = (Kpi)theEObject;
				T result = caseKpi(kpi);
				if (result == null) result = caseNamedElement(kpi);
				if (result == null) result = caseIdentified(kpi);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CxmPackage.KPI_MEASURE: {
				KpiMeasure kpiMeasure = (KpiMeasure)theEObject;
				T result = caseKpiMeasure(kpiMeasure);
				if (result == null) result = caseIdentified(kpiMeasure);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CxmPackage.RECORD_FILTER: {
				RecordFilter recordFilter = (RecordFilter)theEObject;
				T result = caseRecordFilter(recordFilter);
				if (result == null) result = caseIdentified(recordFilter);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CxmPackage.DATA_SOURCE: {
				DataSource dataSource = (DataSource)theEObject;
				T result = caseDataSource(dataSource);
				if (result == null) result = caseNamedElement(dataSource);
				if (result == null) result = caseIdentified(dataSource);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CxmPackage.NAMED_QUERY: {
				NamedQuery namedQuery = (NamedQuery)theEObject;
				T result = caseNamedQuery(namedQuery);
				if (result == null) result = caseNamedElement(namedQuery);
				if (result == null) result = caseIdentified(namedQuery);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CxmPackage.RECORD_SOURCE: {
				RecordSource recordSource = (RecordSource)theEObject;
				T result = caseRecordSource(recordSource);
				if (result == null) result = caseNamedElement(recordSource);
				if (result == null) result = caseIdentified(recordSource);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CxmPackage.FIELD_MAPPING: {
				FieldMapping fieldMapping = (FieldMapping)theEObject;
				T result = caseFieldMapping(fieldMapping);
				if (result == null) result = caseIdentified(fieldMapping);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CxmPackage.IDENTITY_MAPPING: {
				IdentityMapping identityMapping = (IdentityMapping)theEObject;
				T result = caseIdentityMapping(identityMapping);
				if (result == null) result = caseIdentified(identityMapping);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CxmPackage.CLASSIFICATION_RULE: {
				ClassificationRule classificationRule = (ClassificationRule)theEObject;
				T result = caseClassificationRule(classificationRule);
				if (result == null) result = caseNamedElement(classificationRule);
				if (result == null) result = caseIdentified(classificationRule);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CxmPackage.CONDITION: {
				Condition condition = (Condition)theEObject;
				T result = caseCondition(condition);
				if (result == null) result = caseIdentified(condition);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CxmPackage.IDENTITY_RESOLUTION: {
				IdentityResolution identityResolution = (IdentityResolution)theEObject;
				T result = caseIdentityResolution(identityResolution);
				if (result == null) result = caseIdentified(identityResolution);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CxmPackage.MATCH_RULE: {
				MatchRule matchRule = (MatchRule)theEObject;
				T result = caseMatchRule(matchRule);
				if (result == null) result = caseNamedElement(matchRule);
				if (result == null) result = caseIdentified(matchRule);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CxmPackage.BLOCKED_VALUE: {
				BlockedValue blockedValue = (BlockedValue)theEObject;
				T result = caseBlockedValue(blockedValue);
				if (result == null) result = caseIdentified(blockedValue);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CxmPackage.API_CONNECTION: {
				ApiConnection apiConnection = (ApiConnection)theEObject;
				T result = caseApiConnection(apiConnection);
				if (result == null) result = caseIdentified(apiConnection);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CxmPackage.API_AUTHENTICATOR: {
				ApiAuthenticator apiAuthenticator = (ApiAuthenticator)theEObject;
				T result = caseApiAuthenticator(apiAuthenticator);
				if (result == null) result = caseIdentified(apiAuthenticator);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CxmPackage.API_REQUEST: {
				ApiRequest apiRequest = (ApiRequest)theEObject;
				T result = caseApiRequest(apiRequest);
				if (result == null) result = caseIdentified(apiRequest);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case CxmPackage.API_PAGINATOR: {
				ApiPaginator apiPaginator = (ApiPaginator)theEObject;
				T result = caseApiPaginator(apiPaginator);
				if (result == null) result = caseIdentified(apiPaginator);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			default: return defaultCase(theEObject);
		}
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Identified</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Identified</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseIdentified(Identified object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Named Element</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Named Element</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseNamedElement(NamedElement object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Cx Model</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Cx Model</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseCxModel(CxModel object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Customer Segment</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Customer Segment</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseCustomerSegment(CustomerSegment object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Persona</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Persona</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T casePersona(Persona object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Owner</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Owner</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseOwner(Owner object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Channel</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Channel</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseChannel(Channel object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Kpi Scope</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Kpi Scope</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseKpiScope(KpiScope object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Journey</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Journey</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseJourney(Journey object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Business Objective</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Business Objective</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseBusinessObjective(BusinessObjective object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Stage</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Stage</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseStage(Stage object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Touchpoint</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Touchpoint</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseTouchpoint(Touchpoint object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Pain Point</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Pain Point</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T casePainPoint(PainPoint object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Moment Of Delight</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Moment Of Delight</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseMomentOfDelight(MomentOfDelight object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Service Action</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Service Action</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseServiceAction(ServiceAction object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Opportunity</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Opportunity</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseOpportunity(Opportunity object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Feedback Mechanism</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Feedback Mechanism</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseFeedbackMechanism(FeedbackMechanism object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Kpi</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Kpi</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseKpi(Kpi object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Kpi Measure</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Kpi Measure</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseKpiMeasure(KpiMeasure object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Record Filter</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Record Filter</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseRecordFilter(RecordFilter object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Data Source</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Data Source</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseDataSource(DataSource object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Named Query</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Named Query</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseNamedQuery(NamedQuery object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Record Source</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Record Source</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseRecordSource(RecordSource object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Field Mapping</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Field Mapping</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseFieldMapping(FieldMapping object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Identity Mapping</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Identity Mapping</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseIdentityMapping(IdentityMapping object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Classification Rule</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Classification Rule</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseClassificationRule(ClassificationRule object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Condition</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Condition</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseCondition(Condition object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Identity Resolution</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Identity Resolution</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseIdentityResolution(IdentityResolution object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Match Rule</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Match Rule</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseMatchRule(MatchRule object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Blocked Value</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Blocked Value</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseBlockedValue(BlockedValue object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Api Connection</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Api Connection</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseApiConnection(ApiConnection object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Api Authenticator</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Api Authenticator</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseApiAuthenticator(ApiAuthenticator object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Api Request</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Api Request</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseApiRequest(ApiRequest object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Api Paginator</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Api Paginator</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseApiPaginator(ApiPaginator object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>EObject</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch, but this is the last case anyway.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>EObject</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject)
	 * @generated
	 */
	@Override
	public T defaultCase(EObject object) {
		return null;
	}

} //CxmSwitch
