/**
 */
package org.cxm.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Api Authenticator</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * How an API data source authenticates: the key or client id is the data source's user, the secret comes from its credential reference, never from the model.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.cxm.model.ApiAuthenticator#getKind <em>Kind</em>}</li>
 *   <li>{@link org.cxm.model.ApiAuthenticator#getHeaderName <em>Header Name</em>}</li>
 *   <li>{@link org.cxm.model.ApiAuthenticator#getTokenUrl <em>Token Url</em>}</li>
 *   <li>{@link org.cxm.model.ApiAuthenticator#getScope <em>Scope</em>}</li>
 * </ul>
 *
 * @see org.cxm.model.CxmPackage#getApiAuthenticator()
 * @model
 * @generated
 */
public interface ApiAuthenticator extends Identified {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.cxm.model.ApiAuthKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The scheme.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.cxm.model.ApiAuthKind
	 * @see #setKind(ApiAuthKind)
	 * @see org.cxm.model.CxmPackage#getApiAuthenticator_Kind()
	 * @model
	 * @generated
	 */
	ApiAuthKind getKind();

	/**
	 * Sets the value of the '{@link org.cxm.model.ApiAuthenticator#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.cxm.model.ApiAuthKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(ApiAuthKind value);

	/**
	 * Returns the value of the '<em><b>Header Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * For apiKeyHeader: the header that carries the key, such as X-API-Key.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Header Name</em>' attribute.
	 * @see #setHeaderName(String)
	 * @see org.cxm.model.CxmPackage#getApiAuthenticator_HeaderName()
	 * @model
	 * @generated
	 */
	String getHeaderName();

	/**
	 * Sets the value of the '{@link org.cxm.model.ApiAuthenticator#getHeaderName <em>Header Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Header Name</em>' attribute.
	 * @see #getHeaderName()
	 * @generated
	 */
	void setHeaderName(String value);

	/**
	 * Returns the value of the '<em><b>Token Url</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * For oauth2ClientCredentials: the token endpoint, absolute or relative to the base URL.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Token Url</em>' attribute.
	 * @see #setTokenUrl(String)
	 * @see org.cxm.model.CxmPackage#getApiAuthenticator_TokenUrl()
	 * @model
	 * @generated
	 */
	String getTokenUrl();

	/**
	 * Sets the value of the '{@link org.cxm.model.ApiAuthenticator#getTokenUrl <em>Token Url</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Token Url</em>' attribute.
	 * @see #getTokenUrl()
	 * @generated
	 */
	void setTokenUrl(String value);

	/**
	 * Returns the value of the '<em><b>Scope</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * For oauth2ClientCredentials: the scope asked for, if the server needs one.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Scope</em>' attribute.
	 * @see #setScope(String)
	 * @see org.cxm.model.CxmPackage#getApiAuthenticator_Scope()
	 * @model
	 * @generated
	 */
	String getScope();

	/**
	 * Sets the value of the '{@link org.cxm.model.ApiAuthenticator#getScope <em>Scope</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Scope</em>' attribute.
	 * @see #getScope()
	 * @generated
	 */
	void setScope(String value);

} // ApiAuthenticator
