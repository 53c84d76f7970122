/**
 */
package org.cxm.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Blocked Value</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An identifier value, or regular expression, that never merges customers.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.cxm.model.BlockedValue#getKind <em>Kind</em>}</li>
 *   <li>{@link org.cxm.model.BlockedValue#getPattern <em>Pattern</em>}</li>
 *   <li>{@link org.cxm.model.BlockedValue#getDescription <em>Description</em>}</li>
 *   <li>{@link org.cxm.model.BlockedValue#isBlocksPairs <em>Blocks Pairs</em>}</li>
 * </ul>
 *
 * @see org.cxm.model.CxmPackage#getBlockedValue()
 * @model
 * @generated
 */
public interface BlockedValue extends Identified {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.cxm.model.IdentifierKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The kind of identifier; any kind when unset.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.cxm.model.IdentifierKind
	 * @see #setKind(IdentifierKind)
	 * @see org.cxm.model.CxmPackage#getBlockedValue_Kind()
	 * @model
	 * @generated
	 */
	IdentifierKind getKind();

	/**
	 * Sets the value of the '{@link org.cxm.model.BlockedValue#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.cxm.model.IdentifierKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(IdentifierKind value);

	/**
	 * Returns the value of the '<em><b>Pattern</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A regular expression matched against the whole normalised value.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Pattern</em>' attribute.
	 * @see #setPattern(String)
	 * @see org.cxm.model.CxmPackage#getBlockedValue_Pattern()
	 * @model
	 * @generated
	 */
	String getPattern();

	/**
	 * Sets the value of the '{@link org.cxm.model.BlockedValue#getPattern <em>Pattern</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Pattern</em>' attribute.
	 * @see #getPattern()
	 * @generated
	 */
	void setPattern(String value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.cxm.model.CxmPackage#getBlockedValue_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.cxm.model.BlockedValue#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Blocks Pairs</b></em>' attribute.
	 * The default value is <code>"false"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether the value keeps pair rules from matching too: set it for placeholders such as 0000000000 that identify no one even with a name; leave it unset for a value several real people share, such as a switchboard number, which pair rules may still use.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Blocks Pairs</em>' attribute.
	 * @see #setBlocksPairs(boolean)
	 * @see org.cxm.model.CxmPackage#getBlockedValue_BlocksPairs()
	 * @model default="false"
	 * @generated
	 */
	boolean isBlocksPairs();

	/**
	 * Sets the value of the '{@link org.cxm.model.BlockedValue#isBlocksPairs <em>Blocks Pairs</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Blocks Pairs</em>' attribute.
	 * @see #isBlocksPairs()
	 * @generated
	 */
	void setBlocksPairs(boolean value);

} // BlockedValue
