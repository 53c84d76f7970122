/**
 */
package org.cxm.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Record Filter</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Selects records of the customer history: a record is selected when it meets every criterion that is set; a criterion with several values accepts any of them.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.cxm.model.RecordFilter#getRecordSources <em>Record Sources</em>}</li>
 *   <li>{@link org.cxm.model.RecordFilter#getKinds <em>Kinds</em>}</li>
 *   <li>{@link org.cxm.model.RecordFilter#getStatuses <em>Statuses</em>}</li>
 *   <li>{@link org.cxm.model.RecordFilter#getDirections <em>Directions</em>}</li>
 *   <li>{@link org.cxm.model.RecordFilter#getTouchpoints <em>Touchpoints</em>}</li>
 *   <li>{@link org.cxm.model.RecordFilter#getStages <em>Stages</em>}</li>
 *   <li>{@link org.cxm.model.RecordFilter#getChannels <em>Channels</em>}</li>
 *   <li>{@link org.cxm.model.RecordFilter#getMinScore <em>Min Score</em>}</li>
 *   <li>{@link org.cxm.model.RecordFilter#getMaxScore <em>Max Score</em>}</li>
 * </ul>
 *
 * @see org.cxm.model.CxmPackage#getRecordFilter()
 * @model
 * @generated
 */
public interface RecordFilter extends Identified {
	/**
	 * Returns the value of the '<em><b>Record Sources</b></em>' reference list.
	 * The list contents are of type {@link org.cxm.model.RecordSource}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Records synced by these record sources.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Record Sources</em>' reference list.
	 * @see org.cxm.model.CxmPackage#getRecordFilter_RecordSources()
	 * @model
	 * @generated
	 */
	EList<RecordSource> getRecordSources();

	/**
	 * Returns the value of the '<em><b>Kinds</b></em>' attribute list.
	 * The list contents are of type {@link org.cxm.model.RecordKind}.
	 * The literals are from the enumeration {@link org.cxm.model.RecordKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Records of these kinds.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Kinds</em>' attribute list.
	 * @see org.cxm.model.RecordKind
	 * @see org.cxm.model.CxmPackage#getRecordFilter_Kinds()
	 * @model
	 * @generated
	 */
	EList<RecordKind> getKinds();

	/**
	 * Returns the value of the '<em><b>Statuses</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Records with one of these statuses, compared without case.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Statuses</em>' attribute list.
	 * @see org.cxm.model.CxmPackage#getRecordFilter_Statuses()
	 * @model
	 * @generated
	 */
	EList<String> getStatuses();

	/**
	 * Returns the value of the '<em><b>Directions</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Records in one of these directions, such as outbound, compared without case.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Directions</em>' attribute list.
	 * @see org.cxm.model.CxmPackage#getRecordFilter_Directions()
	 * @model
	 * @generated
	 */
	EList<String> getDirections();

	/**
	 * Returns the value of the '<em><b>Touchpoints</b></em>' reference list.
	 * The list contents are of type {@link org.cxm.model.Touchpoint}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Records classified to one of these touchpoints.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Touchpoints</em>' reference list.
	 * @see org.cxm.model.CxmPackage#getRecordFilter_Touchpoints()
	 * @model
	 * @generated
	 */
	EList<Touchpoint> getTouchpoints();

	/**
	 * Returns the value of the '<em><b>Stages</b></em>' reference list.
	 * The list contents are of type {@link org.cxm.model.Stage}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Records classified to one of these stages, directly or through one of its touchpoints.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Stages</em>' reference list.
	 * @see org.cxm.model.CxmPackage#getRecordFilter_Stages()
	 * @model
	 * @generated
	 */
	EList<Stage> getStages();

	/**
	 * Returns the value of the '<em><b>Channels</b></em>' reference list.
	 * The list contents are of type {@link org.cxm.model.Channel}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Records classified to one of these channels.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Channels</em>' reference list.
	 * @see org.cxm.model.CxmPackage#getRecordFilter_Channels()
	 * @model
	 * @generated
	 */
	EList<Channel> getChannels();

	/**
	 * Returns the value of the '<em><b>Min Score</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Records with a survey score of at least this.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Min Score</em>' attribute.
	 * @see #setMinScore(Double)
	 * @see org.cxm.model.CxmPackage#getRecordFilter_MinScore()
	 * @model
	 * @generated
	 */
	Double getMinScore();

	/**
	 * Sets the value of the '{@link org.cxm.model.RecordFilter#getMinScore <em>Min Score</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Min Score</em>' attribute.
	 * @see #getMinScore()
	 * @generated
	 */
	void setMinScore(Double value);

	/**
	 * Returns the value of the '<em><b>Max Score</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Records with a survey score of at most this.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Max Score</em>' attribute.
	 * @see #setMaxScore(Double)
	 * @see org.cxm.model.CxmPackage#getRecordFilter_MaxScore()
	 * @model
	 * @generated
	 */
	Double getMaxScore();

	/**
	 * Sets the value of the '{@link org.cxm.model.RecordFilter#getMaxScore <em>Max Score</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Max Score</em>' attribute.
	 * @see #getMaxScore()
	 * @generated
	 */
	void setMaxScore(Double value);

} // RecordFilter
