/**
 */
package org.cxm.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Api Connection</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * How an API data source is reached: base URL, authentication, headers every request sends, and how fast it may be asked.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.cxm.model.ApiConnection#getBaseUrl <em>Base Url</em>}</li>
 *   <li>{@link org.cxm.model.ApiConnection#getAuthenticator <em>Authenticator</em>}</li>
 *   <li>{@link org.cxm.model.ApiConnection#getHeaders <em>Headers</em>}</li>
 *   <li>{@link org.cxm.model.ApiConnection#getRequestsPerSecond <em>Requests Per Second</em>}</li>
 *   <li>{@link org.cxm.model.ApiConnection#getMaxRetryAfterSeconds <em>Max Retry After Seconds</em>}</li>
 *   <li>{@link org.cxm.model.ApiConnection#getTimeoutSeconds <em>Timeout Seconds</em>}</li>
 * </ul>
 *
 * @see org.cxm.model.CxmPackage#getApiConnection()
 * @model
 * @generated
 */
public interface ApiConnection extends Identified {
	/**
	 * Returns the value of the '<em><b>Base Url</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The URL every request path is relative to, such as https://erp.example.com.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Base Url</em>' attribute.
	 * @see #setBaseUrl(String)
	 * @see org.cxm.model.CxmPackage#getApiConnection_BaseUrl()
	 * @model
	 * @generated
	 */
	String getBaseUrl();

	/**
	 * Sets the value of the '{@link org.cxm.model.ApiConnection#getBaseUrl <em>Base Url</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Base Url</em>' attribute.
	 * @see #getBaseUrl()
	 * @generated
	 */
	void setBaseUrl(String value);

	/**
	 * Returns the value of the '<em><b>Authenticator</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How requests prove who they are; none when unset.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Authenticator</em>' containment reference.
	 * @see #setAuthenticator(ApiAuthenticator)
	 * @see org.cxm.model.CxmPackage#getApiConnection_Authenticator()
	 * @model containment="true"
	 * @generated
	 */
	ApiAuthenticator getAuthenticator();

	/**
	 * Sets the value of the '{@link org.cxm.model.ApiConnection#getAuthenticator <em>Authenticator</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Authenticator</em>' containment reference.
	 * @see #getAuthenticator()
	 * @generated
	 */
	void setAuthenticator(ApiAuthenticator value);

	/**
	 * Returns the value of the '<em><b>Headers</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Headers every request sends, each written Name: value, such as X-Odoo-Database: main.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Headers</em>' attribute list.
	 * @see org.cxm.model.CxmPackage#getApiConnection_Headers()
	 * @model
	 * @generated
	 */
	EList<String> getHeaders();

	/**
	 * Returns the value of the '<em><b>Requests Per Second</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * At most this many requests a second; 0 for no limit.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Requests Per Second</em>' attribute.
	 * @see #setRequestsPerSecond(double)
	 * @see org.cxm.model.CxmPackage#getApiConnection_RequestsPerSecond()
	 * @model default="0"
	 * @generated
	 */
	double getRequestsPerSecond();

	/**
	 * Sets the value of the '{@link org.cxm.model.ApiConnection#getRequestsPerSecond <em>Requests Per Second</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Requests Per Second</em>' attribute.
	 * @see #getRequestsPerSecond()
	 * @generated
	 */
	void setRequestsPerSecond(double value);

	/**
	 * Returns the value of the '<em><b>Max Retry After Seconds</b></em>' attribute.
	 * The default value is <code>"120"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The longest wait a 429 or 503 answer's Retry-After is honoured with; a longer one fails the attempt, to be retried by the data source's retries.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Max Retry After Seconds</em>' attribute.
	 * @see #setMaxRetryAfterSeconds(int)
	 * @see org.cxm.model.CxmPackage#getApiConnection_MaxRetryAfterSeconds()
	 * @model default="120"
	 * @generated
	 */
	int getMaxRetryAfterSeconds();

	/**
	 * Sets the value of the '{@link org.cxm.model.ApiConnection#getMaxRetryAfterSeconds <em>Max Retry After Seconds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Max Retry After Seconds</em>' attribute.
	 * @see #getMaxRetryAfterSeconds()
	 * @generated
	 */
	void setMaxRetryAfterSeconds(int value);

	/**
	 * Returns the value of the '<em><b>Timeout Seconds</b></em>' attribute.
	 * The default value is <code>"30"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How long a request may take before it fails and is retried.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Timeout Seconds</em>' attribute.
	 * @see #setTimeoutSeconds(int)
	 * @see org.cxm.model.CxmPackage#getApiConnection_TimeoutSeconds()
	 * @model default="30"
	 * @generated
	 */
	int getTimeoutSeconds();

	/**
	 * Sets the value of the '{@link org.cxm.model.ApiConnection#getTimeoutSeconds <em>Timeout Seconds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Timeout Seconds</em>' attribute.
	 * @see #getTimeoutSeconds()
	 * @generated
	 */
	void setTimeoutSeconds(int value);

} // ApiConnection
