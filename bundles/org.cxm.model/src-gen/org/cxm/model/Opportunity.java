/**
 */
package org.cxm.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Opportunity</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An improvement action that addresses pain points.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.cxm.model.Opportunity#getOwner <em>Owner</em>}</li>
 *   <li>{@link org.cxm.model.Opportunity#getPriority <em>Priority</em>}</li>
 *   <li>{@link org.cxm.model.Opportunity#getStatus <em>Status</em>}</li>
 *   <li>{@link org.cxm.model.Opportunity#getExpectedImpact <em>Expected Impact</em>}</li>
 *   <li>{@link org.cxm.model.Opportunity#getPainPoints <em>Pain Points</em>}</li>
 *   <li>{@link org.cxm.model.Opportunity#getTouchpoints <em>Touchpoints</em>}</li>
 *   <li>{@link org.cxm.model.Opportunity#getKpis <em>Kpis</em>}</li>
 * </ul>
 *
 * @see org.cxm.model.CxmPackage#getOpportunity()
 * @model
 * @generated
 */
public interface Opportunity extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Owner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Owner</em>' reference.
	 * @see #setOwner(Owner)
	 * @see org.cxm.model.CxmPackage#getOpportunity_Owner()
	 * @model
	 * @generated
	 */
	Owner getOwner();

	/**
	 * Sets the value of the '{@link org.cxm.model.Opportunity#getOwner <em>Owner</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Owner</em>' reference.
	 * @see #getOwner()
	 * @generated
	 */
	void setOwner(Owner value);

	/**
	 * Returns the value of the '<em><b>Priority</b></em>' attribute.
	 * The literals are from the enumeration {@link org.cxm.model.Priority}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Priority</em>' attribute.
	 * @see org.cxm.model.Priority
	 * @see #setPriority(Priority)
	 * @see org.cxm.model.CxmPackage#getOpportunity_Priority()
	 * @model
	 * @generated
	 */
	Priority getPriority();

	/**
	 * Sets the value of the '{@link org.cxm.model.Opportunity#getPriority <em>Priority</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Priority</em>' attribute.
	 * @see org.cxm.model.Priority
	 * @see #getPriority()
	 * @generated
	 */
	void setPriority(Priority value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link org.cxm.model.OpportunityStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see org.cxm.model.OpportunityStatus
	 * @see #setStatus(OpportunityStatus)
	 * @see org.cxm.model.CxmPackage#getOpportunity_Status()
	 * @model
	 * @generated
	 */
	OpportunityStatus getStatus();

	/**
	 * Sets the value of the '{@link org.cxm.model.Opportunity#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see org.cxm.model.OpportunityStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(OpportunityStatus value);

	/**
	 * Returns the value of the '<em><b>Expected Impact</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Expected Impact</em>' attribute.
	 * @see #setExpectedImpact(String)
	 * @see org.cxm.model.CxmPackage#getOpportunity_ExpectedImpact()
	 * @model
	 * @generated
	 */
	String getExpectedImpact();

	/**
	 * Sets the value of the '{@link org.cxm.model.Opportunity#getExpectedImpact <em>Expected Impact</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Expected Impact</em>' attribute.
	 * @see #getExpectedImpact()
	 * @generated
	 */
	void setExpectedImpact(String value);

	/**
	 * Returns the value of the '<em><b>Pain Points</b></em>' reference list.
	 * The list contents are of type {@link org.cxm.model.PainPoint}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Pain Points</em>' reference list.
	 * @see org.cxm.model.CxmPackage#getOpportunity_PainPoints()
	 * @model
	 * @generated
	 */
	EList<PainPoint> getPainPoints();

	/**
	 * Returns the value of the '<em><b>Touchpoints</b></em>' reference list.
	 * The list contents are of type {@link org.cxm.model.Touchpoint}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Touchpoints</em>' reference list.
	 * @see org.cxm.model.CxmPackage#getOpportunity_Touchpoints()
	 * @model
	 * @generated
	 */
	EList<Touchpoint> getTouchpoints();

	/**
	 * Returns the value of the '<em><b>Kpis</b></em>' reference list.
	 * The list contents are of type {@link org.cxm.model.Kpi}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * KPIs the opportunity should move.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Kpis</em>' reference list.
	 * @see org.cxm.model.CxmPackage#getOpportunity_Kpis()
	 * @model
	 * @generated
	 */
	EList<Kpi> getKpis();

} // Opportunity
