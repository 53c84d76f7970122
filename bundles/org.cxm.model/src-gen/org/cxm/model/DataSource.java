/**
 */
package org.cxm.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Data Source</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A CRM, ERP or other system whose records are synchronised into the customer history.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.cxm.model.DataSource#getSystemKind <em>System Kind</em>}</li>
 *   <li>{@link org.cxm.model.DataSource#getDatabaseKind <em>Database Kind</em>}</li>
 *   <li>{@link org.cxm.model.DataSource#getJdbcUrl <em>Jdbc Url</em>}</li>
 *   <li>{@link org.cxm.model.DataSource#getUser <em>User</em>}</li>
 *   <li>{@link org.cxm.model.DataSource#getCredential <em>Credential</em>}</li>
 *   <li>{@link org.cxm.model.DataSource#getPriority <em>Priority</em>}</li>
 *   <li>{@link org.cxm.model.DataSource#getMaxAttempts <em>Max Attempts</em>}</li>
 *   <li>{@link org.cxm.model.DataSource#getRetryDelaySeconds <em>Retry Delay Seconds</em>}</li>
 *   <li>{@link org.cxm.model.DataSource#getDefaultRegion <em>Default Region</em>}</li>
 *   <li>{@link org.cxm.model.DataSource#getQueries <em>Queries</em>}</li>
 *   <li>{@link org.cxm.model.DataSource#getRecordSources <em>Record Sources</em>}</li>
 *   <li>{@link org.cxm.model.DataSource#getApi <em>Api</em>}</li>
 * </ul>
 *
 * @see org.cxm.model.CxmPackage#getDataSource()
 * @model
 * @generated
 */
public interface DataSource extends NamedElement {
	/**
	 * Returns the value of the '<em><b>System Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.cxm.model.SystemKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>System Kind</em>' attribute.
	 * @see org.cxm.model.SystemKind
	 * @see #setSystemKind(SystemKind)
	 * @see org.cxm.model.CxmPackage#getDataSource_SystemKind()
	 * @model
	 * @generated
	 */
	SystemKind getSystemKind();

	/**
	 * Sets the value of the '{@link org.cxm.model.DataSource#getSystemKind <em>System Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>System Kind</em>' attribute.
	 * @see org.cxm.model.SystemKind
	 * @see #getSystemKind()
	 * @generated
	 */
	void setSystemKind(SystemKind value);

	/**
	 * Returns the value of the '<em><b>Database Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.cxm.model.DatabaseKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Database Kind</em>' attribute.
	 * @see org.cxm.model.DatabaseKind
	 * @see #setDatabaseKind(DatabaseKind)
	 * @see org.cxm.model.CxmPackage#getDataSource_DatabaseKind()
	 * @model
	 * @generated
	 */
	DatabaseKind getDatabaseKind();

	/**
	 * Sets the value of the '{@link org.cxm.model.DataSource#getDatabaseKind <em>Database Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Database Kind</em>' attribute.
	 * @see org.cxm.model.DatabaseKind
	 * @see #getDatabaseKind()
	 * @generated
	 */
	void setDatabaseKind(DatabaseKind value);

	/**
	 * Returns the value of the '<em><b>Jdbc Url</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The JDBC URL of the source database.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Jdbc Url</em>' attribute.
	 * @see #setJdbcUrl(String)
	 * @see org.cxm.model.CxmPackage#getDataSource_JdbcUrl()
	 * @model
	 * @generated
	 */
	String getJdbcUrl();

	/**
	 * Sets the value of the '{@link org.cxm.model.DataSource#getJdbcUrl <em>Jdbc Url</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Jdbc Url</em>' attribute.
	 * @see #getJdbcUrl()
	 * @generated
	 */
	void setJdbcUrl(String value);

	/**
	 * Returns the value of the '<em><b>User</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>User</em>' attribute.
	 * @see #setUser(String)
	 * @see org.cxm.model.CxmPackage#getDataSource_User()
	 * @model
	 * @generated
	 */
	String getUser();

	/**
	 * Sets the value of the '{@link org.cxm.model.DataSource#getUser <em>User</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>User</em>' attribute.
	 * @see #getUser()
	 * @generated
	 */
	void setUser(String value);

	/**
	 * Returns the value of the '<em><b>Credential</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Where the password comes from, never the password itself: env:VARIABLE for headless runs, secure:key for Eclipse secure storage.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Credential</em>' attribute.
	 * @see #setCredential(String)
	 * @see org.cxm.model.CxmPackage#getDataSource_Credential()
	 * @model
	 * @generated
	 */
	String getCredential();

	/**
	 * Sets the value of the '{@link org.cxm.model.DataSource#getCredential <em>Credential</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Credential</em>' attribute.
	 * @see #getCredential()
	 * @generated
	 */
	void setCredential(String value);

	/**
	 * Returns the value of the '<em><b>Priority</b></em>' attribute.
	 * The default value is <code>"1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Survivorship priority of this source for golden-record fields: 1 is the most trusted.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Priority</em>' attribute.
	 * @see #setPriority(int)
	 * @see org.cxm.model.CxmPackage#getDataSource_Priority()
	 * @model default="1"
	 * @generated
	 */
	int getPriority();

	/**
	 * Sets the value of the '{@link org.cxm.model.DataSource#getPriority <em>Priority</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Priority</em>' attribute.
	 * @see #getPriority()
	 * @generated
	 */
	void setPriority(int value);

	/**
	 * Returns the value of the '<em><b>Max Attempts</b></em>' attribute.
	 * The default value is <code>"5"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How often an unreachable source is tried before the run gives up on it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Max Attempts</em>' attribute.
	 * @see #setMaxAttempts(int)
	 * @see org.cxm.model.CxmPackage#getDataSource_MaxAttempts()
	 * @model default="5"
	 * @generated
	 */
	int getMaxAttempts();

	/**
	 * Sets the value of the '{@link org.cxm.model.DataSource#getMaxAttempts <em>Max Attempts</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Max Attempts</em>' attribute.
	 * @see #getMaxAttempts()
	 * @generated
	 */
	void setMaxAttempts(int value);

	/**
	 * Returns the value of the '<em><b>Retry Delay Seconds</b></em>' attribute.
	 * The default value is <code>"2"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The first wait between attempts; it doubles after each failure.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Retry Delay Seconds</em>' attribute.
	 * @see #setRetryDelaySeconds(int)
	 * @see org.cxm.model.CxmPackage#getDataSource_RetryDelaySeconds()
	 * @model default="2"
	 * @generated
	 */
	int getRetryDelaySeconds();

	/**
	 * Sets the value of the '{@link org.cxm.model.DataSource#getRetryDelaySeconds <em>Retry Delay Seconds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Retry Delay Seconds</em>' attribute.
	 * @see #getRetryDelaySeconds()
	 * @generated
	 */
	void setRetryDelaySeconds(int value);

	/**
	 * Returns the value of the '<em><b>Default Region</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The ISO 3166 alpha-2 region, such as PT, of this source's phone numbers written without a country code; the identity resolution's default region when unset.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Default Region</em>' attribute.
	 * @see #setDefaultRegion(String)
	 * @see org.cxm.model.CxmPackage#getDataSource_DefaultRegion()
	 * @model
	 * @generated
	 */
	String getDefaultRegion();

	/**
	 * Sets the value of the '{@link org.cxm.model.DataSource#getDefaultRegion <em>Default Region</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Default Region</em>' attribute.
	 * @see #getDefaultRegion()
	 * @generated
	 */
	void setDefaultRegion(String value);

	/**
	 * Returns the value of the '<em><b>Queries</b></em>' containment reference list.
	 * The list contents are of type {@link org.cxm.model.NamedQuery}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * SELECTs that several record sources of this data source read, each with its own filter and mappings.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Queries</em>' containment reference list.
	 * @see org.cxm.model.CxmPackage#getDataSource_Queries()
	 * @model containment="true"
	 * @generated
	 */
	EList<NamedQuery> getQueries();

	/**
	 * Returns the value of the '<em><b>Record Sources</b></em>' containment reference list.
	 * The list contents are of type {@link org.cxm.model.RecordSource}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Record Sources</em>' containment reference list.
	 * @see org.cxm.model.CxmPackage#getDataSource_RecordSources()
	 * @model containment="true"
	 * @generated
	 */
	EList<RecordSource> getRecordSources();

	/**
	 * Returns the value of the '<em><b>Api</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Set for a data source read through its REST/JSON API instead of a JDBC URL (then jdbcUrl stays empty); user is the API key or OAuth2 client id and credential the reference to its secret.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Api</em>' containment reference.
	 * @see #setApi(ApiConnection)
	 * @see org.cxm.model.CxmPackage#getDataSource_Api()
	 * @model containment="true"
	 * @generated
	 */
	ApiConnection getApi();

	/**
	 * Sets the value of the '{@link org.cxm.model.DataSource#getApi <em>Api</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Api</em>' containment reference.
	 * @see #getApi()
	 * @generated
	 */
	void setApi(ApiConnection value);

} // DataSource
