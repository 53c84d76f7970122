/**
 */
package org.cxm.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Field Mapping</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Maps a source column to a canonical field of the customer history.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.cxm.model.FieldMapping#getColumn <em>Column</em>}</li>
 *   <li>{@link org.cxm.model.FieldMapping#getField <em>Field</em>}</li>
 *   <li>{@link org.cxm.model.FieldMapping#getDefaultValue <em>Default Value</em>}</li>
 * </ul>
 *
 * @see org.cxm.model.CxmPackage#getFieldMapping()
 * @model
 * @generated
 */
public interface FieldMapping extends Identified {
	/**
	 * Returns the value of the '<em><b>Column</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Column</em>' attribute.
	 * @see #setColumn(String)
	 * @see org.cxm.model.CxmPackage#getFieldMapping_Column()
	 * @model
	 * @generated
	 */
	String getColumn();

	/**
	 * Sets the value of the '{@link org.cxm.model.FieldMapping#getColumn <em>Column</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Column</em>' attribute.
	 * @see #getColumn()
	 * @generated
	 */
	void setColumn(String value);

	/**
	 * Returns the value of the '<em><b>Field</b></em>' attribute.
	 * The literals are from the enumeration {@link org.cxm.model.CanonicalField}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Field</em>' attribute.
	 * @see org.cxm.model.CanonicalField
	 * @see #setField(CanonicalField)
	 * @see org.cxm.model.CxmPackage#getFieldMapping_Field()
	 * @model
	 * @generated
	 */
	CanonicalField getField();

	/**
	 * Sets the value of the '{@link org.cxm.model.FieldMapping#getField <em>Field</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Field</em>' attribute.
	 * @see org.cxm.model.CanonicalField
	 * @see #getField()
	 * @generated
	 */
	void setField(CanonicalField value);

	/**
	 * Returns the value of the '<em><b>Default Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The value when the column is empty, such as a fixed channel for a calls table.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Default Value</em>' attribute.
	 * @see #setDefaultValue(String)
	 * @see org.cxm.model.CxmPackage#getFieldMapping_DefaultValue()
	 * @model
	 * @generated
	 */
	String getDefaultValue();

	/**
	 * Sets the value of the '{@link org.cxm.model.FieldMapping#getDefaultValue <em>Default Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Default Value</em>' attribute.
	 * @see #getDefaultValue()
	 * @generated
	 */
	void setDefaultValue(String value);

} // FieldMapping
