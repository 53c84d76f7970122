/**
 */
package org.cxm.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Identity Mapping</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Maps a source column to an identifier that recognises the same customer across systems.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.cxm.model.IdentityMapping#getColumn <em>Column</em>}</li>
 *   <li>{@link org.cxm.model.IdentityMapping#getKind <em>Kind</em>}</li>
 *   <li>{@link org.cxm.model.IdentityMapping#getRegionColumn <em>Region Column</em>}</li>
 *   <li>{@link org.cxm.model.IdentityMapping#getUnlessColumn <em>Unless Column</em>}</li>
 * </ul>
 *
 * @see org.cxm.model.CxmPackage#getIdentityMapping()
 * @model
 * @generated
 */
public interface IdentityMapping extends Identified {
	/**
	 * Returns the value of the '<em><b>Column</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Column</em>' attribute.
	 * @see #setColumn(String)
	 * @see org.cxm.model.CxmPackage#getIdentityMapping_Column()
	 * @model
	 * @generated
	 */
	String getColumn();

	/**
	 * Sets the value of the '{@link org.cxm.model.IdentityMapping#getColumn <em>Column</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Column</em>' attribute.
	 * @see #getColumn()
	 * @generated
	 */
	void setColumn(String value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.cxm.model.IdentifierKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.cxm.model.IdentifierKind
	 * @see #setKind(IdentifierKind)
	 * @see org.cxm.model.CxmPackage#getIdentityMapping_Kind()
	 * @model
	 * @generated
	 */
	IdentifierKind getKind();

	/**
	 * Sets the value of the '{@link org.cxm.model.IdentityMapping#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.cxm.model.IdentifierKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(IdentifierKind value);

	/**
	 * Returns the value of the '<em><b>Region Column</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * For phones: the column holding the record's country as an ISO 3166 alpha-2 code such as PT (any case), whose numbers are tried before the default region's.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Region Column</em>' attribute.
	 * @see #setRegionColumn(String)
	 * @see org.cxm.model.CxmPackage#getIdentityMapping_RegionColumn()
	 * @model
	 * @generated
	 */
	String getRegionColumn();

	/**
	 * Sets the value of the '{@link org.cxm.model.IdentityMapping#getRegionColumn <em>Region Column</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Region Column</em>' attribute.
	 * @see #getRegionColumn()
	 * @generated
	 */
	void setRegionColumn(String value);

	/**
	 * Returns the value of the '<em><b>Unless Column</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The identifier is read only from records where this column (a field path for an API) is empty, such as parent_id for the tax id Odoo copies from a company to each of its contacts, which would otherwise make all of them one customer.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Unless Column</em>' attribute.
	 * @see #setUnlessColumn(String)
	 * @see org.cxm.model.CxmPackage#getIdentityMapping_UnlessColumn()
	 * @model
	 * @generated
	 */
	String getUnlessColumn();

	/**
	 * Sets the value of the '{@link org.cxm.model.IdentityMapping#getUnlessColumn <em>Unless Column</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Unless Column</em>' attribute.
	 * @see #getUnlessColumn()
	 * @generated
	 */
	void setUnlessColumn(String value);

} // IdentityMapping
