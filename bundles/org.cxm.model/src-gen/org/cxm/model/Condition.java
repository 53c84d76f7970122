/**
 */
package org.cxm.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Condition</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A test on a mapped canonical field of a record.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.cxm.model.Condition#getField <em>Field</em>}</li>
 *   <li>{@link org.cxm.model.Condition#getOperator <em>Operator</em>}</li>
 *   <li>{@link org.cxm.model.Condition#getValue <em>Value</em>}</li>
 * </ul>
 *
 * @see org.cxm.model.CxmPackage#getCondition()
 * @model
 * @generated
 */
public interface Condition extends Identified {
	/**
	 * Returns the value of the '<em><b>Field</b></em>' attribute.
	 * The literals are from the enumeration {@link org.cxm.model.CanonicalField}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Field</em>' attribute.
	 * @see org.cxm.model.CanonicalField
	 * @see #setField(CanonicalField)
	 * @see org.cxm.model.CxmPackage#getCondition_Field()
	 * @model
	 * @generated
	 */
	CanonicalField getField();

	/**
	 * Sets the value of the '{@link org.cxm.model.Condition#getField <em>Field</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Field</em>' attribute.
	 * @see org.cxm.model.CanonicalField
	 * @see #getField()
	 * @generated
	 */
	void setField(CanonicalField value);

	/**
	 * Returns the value of the '<em><b>Operator</b></em>' attribute.
	 * The literals are from the enumeration {@link org.cxm.model.ConditionOperator}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Operator</em>' attribute.
	 * @see org.cxm.model.ConditionOperator
	 * @see #setOperator(ConditionOperator)
	 * @see org.cxm.model.CxmPackage#getCondition_Operator()
	 * @model
	 * @generated
	 */
	ConditionOperator getOperator();

	/**
	 * Sets the value of the '{@link org.cxm.model.Condition#getOperator <em>Operator</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Operator</em>' attribute.
	 * @see org.cxm.model.ConditionOperator
	 * @see #getOperator()
	 * @generated
	 */
	void setOperator(ConditionOperator value);

	/**
	 * Returns the value of the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Value</em>' attribute.
	 * @see #setValue(String)
	 * @see org.cxm.model.CxmPackage#getCondition_Value()
	 * @model
	 * @generated
	 */
	String getValue();

	/**
	 * Sets the value of the '{@link org.cxm.model.Condition#getValue <em>Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Value</em>' attribute.
	 * @see #getValue()
	 * @generated
	 */
	void setValue(String value);

} // Condition
