/**
 */
package org.cxm.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Touchpoint</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A moment where the customer interacts with the company on a channel.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.cxm.model.Touchpoint#getChannel <em>Channel</em>}</li>
 *   <li>{@link org.cxm.model.Touchpoint#getCustomerAction <em>Customer Action</em>}</li>
 *   <li>{@link org.cxm.model.Touchpoint#getThoughts <em>Thoughts</em>}</li>
 *   <li>{@link org.cxm.model.Touchpoint#getEmotion <em>Emotion</em>}</li>
 *   <li>{@link org.cxm.model.Touchpoint#getFeeling <em>Feeling</em>}</li>
 *   <li>{@link org.cxm.model.Touchpoint#isMomentOfTruth <em>Moment Of Truth</em>}</li>
 *   <li>{@link org.cxm.model.Touchpoint#isOptional <em>Optional</em>}</li>
 *   <li>{@link org.cxm.model.Touchpoint#getOwner <em>Owner</em>}</li>
 *   <li>{@link org.cxm.model.Touchpoint#getPainPoints <em>Pain Points</em>}</li>
 *   <li>{@link org.cxm.model.Touchpoint#getDelights <em>Delights</em>}</li>
 *   <li>{@link org.cxm.model.Touchpoint#getFrontstageActions <em>Frontstage Actions</em>}</li>
 *   <li>{@link org.cxm.model.Touchpoint#getBackstageActions <em>Backstage Actions</em>}</li>
 *   <li>{@link org.cxm.model.Touchpoint#getSupportProcesses <em>Support Processes</em>}</li>
 * </ul>
 *
 * @see org.cxm.model.CxmPackage#getTouchpoint()
 * @model
 * @generated
 */
public interface Touchpoint extends KpiScope {
	/**
	 * Returns the value of the '<em><b>Channel</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Channel</em>' reference.
	 * @see #setChannel(Channel)
	 * @see org.cxm.model.CxmPackage#getTouchpoint_Channel()
	 * @model
	 * @generated
	 */
	Channel getChannel();

	/**
	 * Sets the value of the '{@link org.cxm.model.Touchpoint#getChannel <em>Channel</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Channel</em>' reference.
	 * @see #getChannel()
	 * @generated
	 */
	void setChannel(Channel value);

	/**
	 * Returns the value of the '<em><b>Customer Action</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What the customer does.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Customer Action</em>' attribute.
	 * @see #setCustomerAction(String)
	 * @see org.cxm.model.CxmPackage#getTouchpoint_CustomerAction()
	 * @model
	 * @generated
	 */
	String getCustomerAction();

	/**
	 * Sets the value of the '{@link org.cxm.model.Touchpoint#getCustomerAction <em>Customer Action</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Customer Action</em>' attribute.
	 * @see #getCustomerAction()
	 * @generated
	 */
	void setCustomerAction(String value);

	/**
	 * Returns the value of the '<em><b>Thoughts</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What the customer thinks.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Thoughts</em>' attribute.
	 * @see #setThoughts(String)
	 * @see org.cxm.model.CxmPackage#getTouchpoint_Thoughts()
	 * @model
	 * @generated
	 */
	String getThoughts();

	/**
	 * Sets the value of the '{@link org.cxm.model.Touchpoint#getThoughts <em>Thoughts</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Thoughts</em>' attribute.
	 * @see #getThoughts()
	 * @generated
	 */
	void setThoughts(String value);

	/**
	 * Returns the value of the '<em><b>Emotion</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How the customer feels, from -5 (very negative) to +5 (very positive).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Emotion</em>' attribute.
	 * @see #setEmotion(int)
	 * @see org.cxm.model.CxmPackage#getTouchpoint_Emotion()
	 * @model default="0"
	 * @generated
	 */
	int getEmotion();

	/**
	 * Sets the value of the '{@link org.cxm.model.Touchpoint#getEmotion <em>Emotion</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Emotion</em>' attribute.
	 * @see #getEmotion()
	 * @generated
	 */
	void setEmotion(int value);

	/**
	 * Returns the value of the '<em><b>Feeling</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The emotion in words, such as anxious or relieved.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Feeling</em>' attribute.
	 * @see #setFeeling(String)
	 * @see org.cxm.model.CxmPackage#getTouchpoint_Feeling()
	 * @model
	 * @generated
	 */
	String getFeeling();

	/**
	 * Sets the value of the '{@link org.cxm.model.Touchpoint#getFeeling <em>Feeling</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Feeling</em>' attribute.
	 * @see #getFeeling()
	 * @generated
	 */
	void setFeeling(String value);

	/**
	 * Returns the value of the '<em><b>Moment Of Truth</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether this interaction decides the customer's opinion of the company.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Moment Of Truth</em>' attribute.
	 * @see #setMomentOfTruth(boolean)
	 * @see org.cxm.model.CxmPackage#getTouchpoint_MomentOfTruth()
	 * @model
	 * @generated
	 */
	boolean isMomentOfTruth();

	/**
	 * Sets the value of the '{@link org.cxm.model.Touchpoint#isMomentOfTruth <em>Moment Of Truth</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Moment Of Truth</em>' attribute.
	 * @see #isMomentOfTruth()
	 * @generated
	 */
	void setMomentOfTruth(boolean value);

	/**
	 * Returns the value of the '<em><b>Optional</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether the designed path may go on without this touchpoint, such as ordering by phone where most order online; the conformance check of actual paths then does not count it as skipped.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Optional</em>' attribute.
	 * @see #setOptional(boolean)
	 * @see org.cxm.model.CxmPackage#getTouchpoint_Optional()
	 * @model
	 * @generated
	 */
	boolean isOptional();

	/**
	 * Sets the value of the '{@link org.cxm.model.Touchpoint#isOptional <em>Optional</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Optional</em>' attribute.
	 * @see #isOptional()
	 * @generated
	 */
	void setOptional(boolean value);

	/**
	 * Returns the value of the '<em><b>Owner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The team that owns this touchpoint.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Owner</em>' reference.
	 * @see #setOwner(Owner)
	 * @see org.cxm.model.CxmPackage#getTouchpoint_Owner()
	 * @model
	 * @generated
	 */
	Owner getOwner();

	/**
	 * Sets the value of the '{@link org.cxm.model.Touchpoint#getOwner <em>Owner</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Owner</em>' reference.
	 * @see #getOwner()
	 * @generated
	 */
	void setOwner(Owner value);

	/**
	 * Returns the value of the '<em><b>Pain Points</b></em>' containment reference list.
	 * The list contents are of type {@link org.cxm.model.PainPoint}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Pain Points</em>' containment reference list.
	 * @see org.cxm.model.CxmPackage#getTouchpoint_PainPoints()
	 * @model containment="true"
	 * @generated
	 */
	EList<PainPoint> getPainPoints();

	/**
	 * Returns the value of the '<em><b>Delights</b></em>' containment reference list.
	 * The list contents are of type {@link org.cxm.model.MomentOfDelight}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Delights</em>' containment reference list.
	 * @see org.cxm.model.CxmPackage#getTouchpoint_Delights()
	 * @model containment="true"
	 * @generated
	 */
	EList<MomentOfDelight> getDelights();

	/**
	 * Returns the value of the '<em><b>Frontstage Actions</b></em>' containment reference list.
	 * The list contents are of type {@link org.cxm.model.ServiceAction}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Service-blueprint actions of employees the customer sees.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Frontstage Actions</em>' containment reference list.
	 * @see org.cxm.model.CxmPackage#getTouchpoint_FrontstageActions()
	 * @model containment="true"
	 * @generated
	 */
	EList<ServiceAction> getFrontstageActions();

	/**
	 * Returns the value of the '<em><b>Backstage Actions</b></em>' containment reference list.
	 * The list contents are of type {@link org.cxm.model.ServiceAction}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Service-blueprint actions of employees the customer does not see.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Backstage Actions</em>' containment reference list.
	 * @see org.cxm.model.CxmPackage#getTouchpoint_BackstageActions()
	 * @model containment="true"
	 * @generated
	 */
	EList<ServiceAction> getBackstageActions();

	/**
	 * Returns the value of the '<em><b>Support Processes</b></em>' containment reference list.
	 * The list contents are of type {@link org.cxm.model.ServiceAction}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Service-blueprint systems and processes that support the touchpoint.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Support Processes</em>' containment reference list.
	 * @see org.cxm.model.CxmPackage#getTouchpoint_SupportProcesses()
	 * @model containment="true"
	 * @generated
	 */
	EList<ServiceAction> getSupportProcesses();

} // Touchpoint
