/**
 */
package org.cxm.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Feedback Mechanism</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A way of collecting the customer's voice, such as an NPS survey.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.cxm.model.FeedbackMechanism#getKind <em>Kind</em>}</li>
 *   <li>{@link org.cxm.model.FeedbackMechanism#getCollectedAt <em>Collected At</em>}</li>
 *   <li>{@link org.cxm.model.FeedbackMechanism#getChannel <em>Channel</em>}</li>
 *   <li>{@link org.cxm.model.FeedbackMechanism#getFrequency <em>Frequency</em>}</li>
 *   <li>{@link org.cxm.model.FeedbackMechanism#getOwner <em>Owner</em>}</li>
 *   <li>{@link org.cxm.model.FeedbackMechanism#getMeasures <em>Measures</em>}</li>
 * </ul>
 *
 * @see org.cxm.model.CxmPackage#getFeedbackMechanism()
 * @model
 * @generated
 */
public interface FeedbackMechanism extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.cxm.model.FeedbackKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.cxm.model.FeedbackKind
	 * @see #setKind(FeedbackKind)
	 * @see org.cxm.model.CxmPackage#getFeedbackMechanism_Kind()
	 * @model
	 * @generated
	 */
	FeedbackKind getKind();

	/**
	 * Sets the value of the '{@link org.cxm.model.FeedbackMechanism#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.cxm.model.FeedbackKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(FeedbackKind value);

	/**
	 * Returns the value of the '<em><b>Collected At</b></em>' reference list.
	 * The list contents are of type {@link org.cxm.model.Touchpoint}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Touchpoints after or at which the feedback is collected.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Collected At</em>' reference list.
	 * @see org.cxm.model.CxmPackage#getFeedbackMechanism_CollectedAt()
	 * @model
	 * @generated
	 */
	EList<Touchpoint> getCollectedAt();

	/**
	 * Returns the value of the '<em><b>Channel</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Channel</em>' reference.
	 * @see #setChannel(Channel)
	 * @see org.cxm.model.CxmPackage#getFeedbackMechanism_Channel()
	 * @model
	 * @generated
	 */
	Channel getChannel();

	/**
	 * Sets the value of the '{@link org.cxm.model.FeedbackMechanism#getChannel <em>Channel</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Channel</em>' reference.
	 * @see #getChannel()
	 * @generated
	 */
	void setChannel(Channel value);

	/**
	 * Returns the value of the '<em><b>Frequency</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When the feedback is asked, such as after every call.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Frequency</em>' attribute.
	 * @see #setFrequency(String)
	 * @see org.cxm.model.CxmPackage#getFeedbackMechanism_Frequency()
	 * @model
	 * @generated
	 */
	String getFrequency();

	/**
	 * Sets the value of the '{@link org.cxm.model.FeedbackMechanism#getFrequency <em>Frequency</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Frequency</em>' attribute.
	 * @see #getFrequency()
	 * @generated
	 */
	void setFrequency(String value);

	/**
	 * Returns the value of the '<em><b>Owner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Owner</em>' reference.
	 * @see #setOwner(Owner)
	 * @see org.cxm.model.CxmPackage#getFeedbackMechanism_Owner()
	 * @model
	 * @generated
	 */
	Owner getOwner();

	/**
	 * Sets the value of the '{@link org.cxm.model.FeedbackMechanism#getOwner <em>Owner</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Owner</em>' reference.
	 * @see #getOwner()
	 * @generated
	 */
	void setOwner(Owner value);

	/**
	 * Returns the value of the '<em><b>Measures</b></em>' reference list.
	 * The list contents are of type {@link org.cxm.model.Kpi}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * KPIs computed from this feedback.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Measures</em>' reference list.
	 * @see org.cxm.model.CxmPackage#getFeedbackMechanism_Measures()
	 * @model
	 * @generated
	 */
	EList<Kpi> getMeasures();

} // FeedbackMechanism
