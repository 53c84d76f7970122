/**
 */
package org.cxm.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Stage</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A phase of a journey, such as awareness or purchase.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.cxm.model.Stage#getKind <em>Kind</em>}</li>
 *   <li>{@link org.cxm.model.Stage#getCustomerGoal <em>Customer Goal</em>}</li>
 *   <li>{@link org.cxm.model.Stage#getTouchpoints <em>Touchpoints</em>}</li>
 * </ul>
 *
 * @see org.cxm.model.CxmPackage#getStage()
 * @model
 * @generated
 */
public interface Stage extends KpiScope {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.cxm.model.StageKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.cxm.model.StageKind
	 * @see #setKind(StageKind)
	 * @see org.cxm.model.CxmPackage#getStage_Kind()
	 * @model
	 * @generated
	 */
	StageKind getKind();

	/**
	 * Sets the value of the '{@link org.cxm.model.Stage#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.cxm.model.StageKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(StageKind value);

	/**
	 * Returns the value of the '<em><b>Customer Goal</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What the customer wants to achieve in this stage.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Customer Goal</em>' attribute.
	 * @see #setCustomerGoal(String)
	 * @see org.cxm.model.CxmPackage#getStage_CustomerGoal()
	 * @model
	 * @generated
	 */
	String getCustomerGoal();

	/**
	 * Sets the value of the '{@link org.cxm.model.Stage#getCustomerGoal <em>Customer Goal</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Customer Goal</em>' attribute.
	 * @see #getCustomerGoal()
	 * @generated
	 */
	void setCustomerGoal(String value);

	/**
	 * Returns the value of the '<em><b>Touchpoints</b></em>' containment reference list.
	 * The list contents are of type {@link org.cxm.model.Touchpoint}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Touchpoints in the order the customer meets them.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Touchpoints</em>' containment reference list.
	 * @see org.cxm.model.CxmPackage#getStage_Touchpoints()
	 * @model containment="true"
	 * @generated
	 */
	EList<Touchpoint> getTouchpoints();

} // Stage
