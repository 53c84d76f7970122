/**
 */
package org.cxm.model.impl;

import java.util.Collection;

import org.cxm.model.ApiConnection;
import org.cxm.model.CxmPackage;
import org.cxm.model.DataSource;
import org.cxm.model.DatabaseKind;
import org.cxm.model.NamedQuery;
import org.cxm.model.RecordSource;
import org.cxm.model.SystemKind;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Data Source</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.cxm.model.impl.DataSourceImpl#getSystemKind <em>System Kind</em>}</li>
 *   <li>{@link org.cxm.model.impl.DataSourceImpl#getDatabaseKind <em>Database Kind</em>}</li>
 *   <li>{@link org.cxm.model.impl.DataSourceImpl#getJdbcUrl <em>Jdbc Url</em>}</li>
 *   <li>{@link org.cxm.model.impl.DataSourceImpl#getUser <em>User</em>}</li>
 *   <li>{@link org.cxm.model.impl.DataSourceImpl#getCredential <em>Credential</em>}</li>
 *   <li>{@link org.cxm.model.impl.DataSourceImpl#getPriority <em>Priority</em>}</li>
 *   <li>{@link org.cxm.model.impl.DataSourceImpl#getMaxAttempts <em>Max Attempts</em>}</li>
 *   <li>{@link org.cxm.model.impl.DataSourceImpl#getRetryDelaySeconds <em>Retry Delay Seconds</em>}</li>
 *   <li>{@link org.cxm.model.impl.DataSourceImpl#getDefaultRegion <em>Default Region</em>}</li>
 *   <li>{@link org.cxm.model.impl.DataSourceImpl#getQueries <em>Queries</em>}</li>
 *   <li>{@link org.cxm.model.impl.DataSourceImpl#getRecordSources <em>Record Sources</em>}</li>
 *   <li>{@link org.cxm.model.impl.DataSourceImpl#getApi <em>Api</em>}</li>
 * </ul>
 *
 * @generated
 */
public class DataSourceImpl extends NamedElementImpl implements DataSource {
	/**
	 * The default value of the '{@link #getSystemKind() <em>System Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSystemKind()
	 * @generated
	 * @ordered
	 */
	protected static final SystemKind SYSTEM_KIND_EDEFAULT = SystemKind.CRM;

	/**
	 * The cached value of the '{@link #getSystemKind() <em>System Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSystemKind()
	 * @generated
	 * @ordered
	 */
	protected SystemKind systemKind = SYSTEM_KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getDatabaseKind() <em>Database Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDatabaseKind()
	 * @generated
	 * @ordered
	 */
	protected static final DatabaseKind DATABASE_KIND_EDEFAULT = DatabaseKind.H2;

	/**
	 * The cached value of the '{@link #getDatabaseKind() <em>Database Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDatabaseKind()
	 * @generated
	 * @ordered
	 */
	protected DatabaseKind databaseKind = DATABASE_KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getJdbcUrl() <em>Jdbc Url</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getJdbcUrl()
	 * @generated
	 * @ordered
	 */
	protected static final String JDBC_URL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getJdbcUrl() <em>Jdbc Url</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getJdbcUrl()
	 * @generated
	 * @ordered
	 */
	protected String jdbcUrl = JDBC_URL_EDEFAULT;

	/**
	 * The default value of the '{@link #getUser() <em>User</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUser()
	 * @generated
	 * @ordered
	 */
	protected static final String USER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getUser() <em>User</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUser()
	 * @generated
	 * @ordered
	 */
	protected String user = USER_EDEFAULT;

	/**
	 * The default value of the '{@link #getCredential() <em>Credential</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCredential()
	 * @generated
	 * @ordered
	 */
	protected static final String CREDENTIAL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCredential() <em>Credential</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCredential()
	 * @generated
	 * @ordered
	 */
	protected String credential = CREDENTIAL_EDEFAULT;

	/**
	 * The default value of the '{@link #getPriority() <em>Priority</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPriority()
	 * @generated
	 * @ordered
	 */
	protected static final int PRIORITY_EDEFAULT = 1;

	/**
	 * The cached value of the '{@link #getPriority() <em>Priority</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPriority()
	 * @generated
	 * @ordered
	 */
	protected int priority = PRIORITY_EDEFAULT;

	/**
	 * The default value of the '{@link #getMaxAttempts() <em>Max Attempts</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxAttempts()
	 * @generated
	 * @ordered
	 */
	protected static final int MAX_ATTEMPTS_EDEFAULT = 5;

	/**
	 * The cached value of the '{@link #getMaxAttempts() <em>Max Attempts</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxAttempts()
	 * @generated
	 * @ordered
	 */
	protected int maxAttempts = MAX_ATTEMPTS_EDEFAULT;

	/**
	 * The default value of the '{@link #getRetryDelaySeconds() <em>Retry Delay Seconds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRetryDelaySeconds()
	 * @generated
	 * @ordered
	 */
	protected static final int RETRY_DELAY_SECONDS_EDEFAULT = 2;

	/**
	 * The cached value of the '{@link #getRetryDelaySeconds() <em>Retry Delay Seconds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRetryDelaySeconds()
	 * @generated
	 * @ordered
	 */
	protected int retryDelaySeconds = RETRY_DELAY_SECONDS_EDEFAULT;

	/**
	 * The default value of the '{@link #getDefaultRegion() <em>Default Region</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDefaultRegion()
	 * @generated
	 * @ordered
	 */
	protected static final String DEFAULT_REGION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDefaultRegion() <em>Default Region</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDefaultRegion()
	 * @generated
	 * @ordered
	 */
	protected String defaultRegion = DEFAULT_REGION_EDEFAULT;

	/**
	 * The cached value of the '{@link #getQueries() <em>Queries</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getQueries()
	 * @generated
	 * @ordered
	 */
	protected EList<NamedQuery> queries;

	/**
	 * The cached value of the '{@link #getRecordSources() <em>Record Sources</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRecordSources()
	 * @generated
	 * @ordered
	 */
	protected EList<RecordSource> recordSources;

	/**
	 * The cached value of the '{@link #getApi() <em>Api</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getApi()
	 * @generated
	 * @ordered
	 */
	protected ApiConnection api;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DataSourceImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CxmPackage.Literals.DATA_SOURCE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SystemKind getSystemKind() {
		return systemKind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSystemKind(SystemKind newSystemKind) {
		SystemKind oldSystemKind = systemKind;
		systemKind = newSystemKind == null ? SYSTEM_KIND_EDEFAULT : newSystemKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CxmPackage.DATA_SOURCE__SYSTEM_KIND, oldSystemKind, systemKind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DatabaseKind getDatabaseKind() {
		return databaseKind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDatabaseKind(DatabaseKind newDatabaseKind) {
		DatabaseKind oldDatabaseKind = databaseKind;
		databaseKind = newDatabaseKind == null ? DATABASE_KIND_EDEFAULT : newDatabaseKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CxmPackage.DATA_SOURCE__DATABASE_KIND, oldDatabaseKind, databaseKind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getJdbcUrl() {
		return jdbcUrl;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setJdbcUrl(String newJdbcUrl) {
		String oldJdbcUrl = jdbcUrl;
		jdbcUrl = newJdbcUrl;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CxmPackage.DATA_SOURCE__JDBC_URL, oldJdbcUrl, jdbcUrl));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getUser() {
		return user;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUser(String newUser) {
		String oldUser = user;
		user = newUser;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CxmPackage.DATA_SOURCE__USER, oldUser, user));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCredential() {
		return credential;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCredential(String newCredential) {
		String oldCredential = credential;
		credential = newCredential;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CxmPackage.DATA_SOURCE__CREDENTIAL, oldCredential, credential));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getPriority() {
		return priority;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPriority(int newPriority) {
		int oldPriority = priority;
		priority = newPriority;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CxmPackage.DATA_SOURCE__PRIORITY, oldPriority, priority));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getMaxAttempts() {
		return maxAttempts;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMaxAttempts(int newMaxAttempts) {
		int oldMaxAttempts = maxAttempts;
		maxAttempts = newMaxAttempts;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CxmPackage.DATA_SOURCE__MAX_ATTEMPTS, oldMaxAttempts, maxAttempts));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getRetryDelaySeconds() {
		return retryDelaySeconds;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRetryDelaySeconds(int newRetryDelaySeconds) {
		int oldRetryDelaySeconds = retryDelaySeconds;
		retryDelaySeconds = newRetryDelaySeconds;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CxmPackage.DATA_SOURCE__RETRY_DELAY_SECONDS, oldRetryDelaySeconds, retryDelaySeconds));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDefaultRegion() {
		return defaultRegion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDefaultRegion(String newDefaultRegion) {
		String oldDefaultRegion = defaultRegion;
		defaultRegion = newDefaultRegion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CxmPackage.DATA_SOURCE__DEFAULT_REGION, oldDefaultRegion, defaultRegion));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<NamedQuery> getQueries() {
		if (queries == null) {
			queries = new EObjectContainmentEList<NamedQuery>(NamedQuery.class, this, CxmPackage.DATA_SOURCE__QUERIES);
		}
		return queries;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<RecordSource> getRecordSources() {
		if (recordSources == null) {
			recordSources = new EObjectContainmentEList<RecordSource>(RecordSource.class, this, CxmPackage.DATA_SOURCE__RECORD_SOURCES);
		}
		return recordSources;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ApiConnection getApi() {
		return api;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetApi(ApiConnection newApi, NotificationChain msgs) {
		ApiConnection oldApi = api;
		api = newApi;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CxmPackage.DATA_SOURCE__API, oldApi, newApi);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setApi(ApiConnection newApi) {
		if (newApi != api) {
			NotificationChain msgs = null;
			if (api != null)
				msgs = ((InternalEObject)api).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CxmPackage.DATA_SOURCE__API, null, msgs);
			if (newApi != null)
				msgs = ((InternalEObject)newApi).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CxmPackage.DATA_SOURCE__API, null, msgs);
			msgs = basicSetApi(newApi, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CxmPackage.DATA_SOURCE__API, newApi, newApi));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CxmPackage.DATA_SOURCE__QUERIES:
				return ((InternalEList<?>)getQueries()).basicRemove(otherEnd, msgs);
			case CxmPackage.DATA_SOURCE__RECORD_SOURCES:
				return ((InternalEList<?>)getRecordSources()).basicRemove(otherEnd, msgs);
			case CxmPackage.DATA_SOURCE__API:
				return basicSetApi(null, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CxmPackage.DATA_SOURCE__SYSTEM_KIND:
				return getSystemKind();
			case CxmPackage.DATA_SOURCE__DATABASE_KIND:
				return getDatabaseKind();
			case CxmPackage.DATA_SOURCE__JDBC_URL:
				return getJdbcUrl();
			case CxmPackage.DATA_SOURCE__USER:
				return getUser();
			case CxmPackage.DATA_SOURCE__CREDENTIAL:
				return getCredential();
			case CxmPackage.DATA_SOURCE__PRIORITY:
				return getPriority();
			case CxmPackage.DATA_SOURCE__MAX_ATTEMPTS:
				return getMaxAttempts();
			case CxmPackage.DATA_SOURCE__RETRY_DELAY_SECONDS:
				return getRetryDelaySeconds();
			case CxmPackage.DATA_SOURCE__DEFAULT_REGION:
				return getDefaultRegion();
			case CxmPackage.DATA_SOURCE__QUERIES:
				return getQueries();
			case CxmPackage.DATA_SOURCE__RECORD_SOURCES:
				return getRecordSources();
			case CxmPackage.DATA_SOURCE__API:
				return getApi();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case CxmPackage.DATA_SOURCE__SYSTEM_KIND:
				setSystemKind((SystemKind)newValue);
				return;
			case CxmPackage.DATA_SOURCE__DATABASE_KIND:
				setDatabaseKind((DatabaseKind)newValue);
				return;
			case CxmPackage.DATA_SOURCE__JDBC_URL:
				setJdbcUrl((String)newValue);
				return;
			case CxmPackage.DATA_SOURCE__USER:
				setUser((String)newValue);
				return;
			case CxmPackage.DATA_SOURCE__CREDENTIAL:
				setCredential((String)newValue);
				return;
			case CxmPackage.DATA_SOURCE__PRIORITY:
				setPriority((Integer)newValue);
				return;
			case CxmPackage.DATA_SOURCE__MAX_ATTEMPTS:
				setMaxAttempts((Integer)newValue);
				return;
			case CxmPackage.DATA_SOURCE__RETRY_DELAY_SECONDS:
				setRetryDelaySeconds((Integer)newValue);
				return;
			case CxmPackage.DATA_SOURCE__DEFAULT_REGION:
				setDefaultRegion((String)newValue);
				return;
			case CxmPackage.DATA_SOURCE__QUERIES:
				getQueries().clear();
				getQueries().addAll((Collection<? extends NamedQuery>)newValue);
				return;
			case CxmPackage.DATA_SOURCE__RECORD_SOURCES:
				getRecordSources().clear();
				getRecordSources().addAll((Collection<? extends RecordSource>)newValue);
				return;
			case CxmPackage.DATA_SOURCE__API:
				setApi((ApiConnection)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case CxmPackage.DATA_SOURCE__SYSTEM_KIND:
				setSystemKind(SYSTEM_KIND_EDEFAULT);
				return;
			case CxmPackage.DATA_SOURCE__DATABASE_KIND:
				setDatabaseKind(DATABASE_KIND_EDEFAULT);
				return;
			case CxmPackage.DATA_SOURCE__JDBC_URL:
				setJdbcUrl(JDBC_URL_EDEFAULT);
				return;
			case CxmPackage.DATA_SOURCE__USER:
				setUser(USER_EDEFAULT);
				return;
			case CxmPackage.DATA_SOURCE__CREDENTIAL:
				setCredential(CREDENTIAL_EDEFAULT);
				return;
			case CxmPackage.DATA_SOURCE__PRIORITY:
				setPriority(PRIORITY_EDEFAULT);
				return;
			case CxmPackage.DATA_SOURCE__MAX_ATTEMPTS:
				setMaxAttempts(MAX_ATTEMPTS_EDEFAULT);
				return;
			case CxmPackage.DATA_SOURCE__RETRY_DELAY_SECONDS:
				setRetryDelaySeconds(RETRY_DELAY_SECONDS_EDEFAULT);
				return;
			case CxmPackage.DATA_SOURCE__DEFAULT_REGION:
				setDefaultRegion(DEFAULT_REGION_EDEFAULT);
				return;
			case CxmPackage.DATA_SOURCE__QUERIES:
				getQueries().clear();
				return;
			case CxmPackage.DATA_SOURCE__RECORD_SOURCES:
				getRecordSources().clear();
				return;
			case CxmPackage.DATA_SOURCE__API:
				setApi((ApiConnection)null);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case CxmPackage.DATA_SOURCE__SYSTEM_KIND:
				return systemKind != SYSTEM_KIND_EDEFAULT;
			case CxmPackage.DATA_SOURCE__DATABASE_KIND:
				return databaseKind != DATABASE_KIND_EDEFAULT;
			case CxmPackage.DATA_SOURCE__JDBC_URL:
				return JDBC_URL_EDEFAULT == null ? jdbcUrl != null : !JDBC_URL_EDEFAULT.equals(jdbcUrl);
			case CxmPackage.DATA_SOURCE__USER:
				return USER_EDEFAULT == null ? user != null : !USER_EDEFAULT.equals(user);
			case CxmPackage.DATA_SOURCE__CREDENTIAL:
				return CREDENTIAL_EDEFAULT == null ? credential != null : !CREDENTIAL_EDEFAULT.equals(credential);
			case CxmPackage.DATA_SOURCE__PRIORITY:
				return priority != PRIORITY_EDEFAULT;
			case CxmPackage.DATA_SOURCE__MAX_ATTEMPTS:
				return maxAttempts != MAX_ATTEMPTS_EDEFAULT;
			case CxmPackage.DATA_SOURCE__RETRY_DELAY_SECONDS:
				return retryDelaySeconds != RETRY_DELAY_SECONDS_EDEFAULT;
			case CxmPackage.DATA_SOURCE__DEFAULT_REGION:
				return DEFAULT_REGION_EDEFAULT == null ? defaultRegion != null : !DEFAULT_REGION_EDEFAULT.equals(defaultRegion);
			case CxmPackage.DATA_SOURCE__QUERIES:
				return queries != null && !queries.isEmpty();
			case CxmPackage.DATA_SOURCE__RECORD_SOURCES:
				return recordSources != null && !recordSources.isEmpty();
			case CxmPackage.DATA_SOURCE__API:
				return api != null;
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (systemKind: "); //$NON-NLS-1$
		result.append(systemKind);
		result.append(", databaseKind: "); //$NON-NLS-1$
		result.append(databaseKind);
		result.append(", jdbcUrl: "); //$NON-NLS-1$
		result.append(jdbcUrl);
		result.append(", user: "); //$NON-NLS-1$
		result.append(user);
		result.append(", credential: "); //$NON-NLS-1$
		result.append(credential);
		result.append(", priority: "); //$NON-NLS-1$
		result.append(priority);
		result.append(", maxAttempts: "); //$NON-NLS-1$
		result.append(maxAttempts);
		result.append(", retryDelaySeconds: "); //$NON-NLS-1$
		result.append(retryDelaySeconds);
		result.append(", defaultRegion: "); //$NON-NLS-1$
		result.append(defaultRegion);
		result.append(')');
		return result.toString();
	}

} //DataSourceImpl
