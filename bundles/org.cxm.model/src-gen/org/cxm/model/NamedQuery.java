/**
 */
package org.cxm.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Named Query</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A SELECT of a data source that record sources refer to by name instead of repeating it.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.cxm.model.NamedQuery#getSql <em>Sql</em>}</li>
 * </ul>
 *
 * @see org.cxm.model.CxmPackage#getNamedQuery()
 * @model
 * @generated
 */
public interface NamedQuery extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Sql</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * One SELECT (or WITH) statement; each record source that reads it wraps it as a sub-query and may add its filter.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Sql</em>' attribute.
	 * @see #setSql(String)
	 * @see org.cxm.model.CxmPackage#getNamedQuery_Sql()
	 * @model
	 * @generated
	 */
	String getSql();

	/**
	 * Sets the value of the '{@link org.cxm.model.NamedQuery#getSql <em>Sql</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sql</em>' attribute.
	 * @see #getSql()
	 * @generated
	 */
	void setSql(String value);

} // NamedQuery
