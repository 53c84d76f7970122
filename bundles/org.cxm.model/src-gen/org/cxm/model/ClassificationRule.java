/**
 */
package org.cxm.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Classification Rule</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Classifies the records that meet all its conditions to a modelled channel, touchpoint and stage.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.cxm.model.ClassificationRule#getConditions <em>Conditions</em>}</li>
 *   <li>{@link org.cxm.model.ClassificationRule#getChannel <em>Channel</em>}</li>
 *   <li>{@link org.cxm.model.ClassificationRule#getTouchpoint <em>Touchpoint</em>}</li>
 *   <li>{@link org.cxm.model.ClassificationRule#getStage <em>Stage</em>}</li>
 * </ul>
 *
 * @see org.cxm.model.CxmPackage#getClassificationRule()
 * @model
 * @generated
 */
public interface ClassificationRule extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Conditions</b></em>' containment reference list.
	 * The list contents are of type {@link org.cxm.model.Condition}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Conditions</em>' containment reference list.
	 * @see org.cxm.model.CxmPackage#getClassificationRule_Conditions()
	 * @model containment="true"
	 * @generated
	 */
	EList<Condition> getConditions();

	/**
	 * Returns the value of the '<em><b>Channel</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Channel</em>' reference.
	 * @see #setChannel(Channel)
	 * @see org.cxm.model.CxmPackage#getClassificationRule_Channel()
	 * @model
	 * @generated
	 */
	Channel getChannel();

	/**
	 * Sets the value of the '{@link org.cxm.model.ClassificationRule#getChannel <em>Channel</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Channel</em>' reference.
	 * @see #getChannel()
	 * @generated
	 */
	void setChannel(Channel value);

	/**
	 * Returns the value of the '<em><b>Touchpoint</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Touchpoint</em>' reference.
	 * @see #setTouchpoint(Touchpoint)
	 * @see org.cxm.model.CxmPackage#getClassificationRule_Touchpoint()
	 * @model
	 * @generated
	 */
	Touchpoint getTouchpoint();

	/**
	 * Sets the value of the '{@link org.cxm.model.ClassificationRule#getTouchpoint <em>Touchpoint</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Touchpoint</em>' reference.
	 * @see #getTouchpoint()
	 * @generated
	 */
	void setTouchpoint(Touchpoint value);

	/**
	 * Returns the value of the '<em><b>Stage</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Stage</em>' reference.
	 * @see #setStage(Stage)
	 * @see org.cxm.model.CxmPackage#getClassificationRule_Stage()
	 * @model
	 * @generated
	 */
	Stage getStage();

	/**
	 * Sets the value of the '{@link org.cxm.model.ClassificationRule#getStage <em>Stage</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Stage</em>' reference.
	 * @see #getStage()
	 * @generated
	 */
	void setStage(Stage value);

} // ClassificationRule
