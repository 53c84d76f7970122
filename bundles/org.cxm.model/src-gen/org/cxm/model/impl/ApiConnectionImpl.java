/**
 */
package org.cxm.model.impl;

import java.util.Collection;

import org.cxm.model.ApiAuthenticator;
import org.cxm.model.ApiConnection;
import org.cxm.model.CxmPackage;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Api Connection</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.cxm.model.impl.ApiConnectionImpl#getBaseUrl <em>Base Url</em>}</li>
 *   <li>{@link org.cxm.model.impl.ApiConnectionImpl#getAuthenticator <em>Authenticator</em>}</li>
 *   <li>{@link org.cxm.model.impl.ApiConnectionImpl#getHeaders <em>Headers</em>}</li>
 *   <li>{@link org.cxm.model.impl.ApiConnectionImpl#getRequestsPerSecond <em>Requests Per Second</em>}</li>
 *   <li>{@link org.cxm.model.impl.ApiConnectionImpl#getMaxRetryAfterSeconds <em>Max Retry After Seconds</em>}</li>
 *   <li>{@link org.cxm.model.impl.ApiConnectionImpl#getTimeoutSeconds <em>Timeout Seconds</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ApiConnectionImpl extends IdentifiedImpl implements ApiConnection {
	/**
	 * The default value of the '{@link #getBaseUrl() <em>Base Url</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBaseUrl()
	 * @generated
	 * @ordered
	 */
	protected static final String BASE_URL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getBaseUrl() <em>Base Url</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBaseUrl()
	 * @generated
	 * @ordered
	 */
	protected String baseUrl = BASE_URL_EDEFAULT;

	/**
	 * The cached value of the '{@link #getAuthenticator() <em>Authenticator</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAuthenticator()
	 * @generated
	 * @ordered
	 */
	protected ApiAuthenticator authenticator;

	/**
	 * The cached value of the '{@link #getHeaders() <em>Headers</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHeaders()
	 * @generated
	 * @ordered
	 */
	protected EList<String> headers;

	/**
	 * The default value of the '{@link #getRequestsPerSecond() <em>Requests Per Second</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRequestsPerSecond()
	 * @generated
	 * @ordered
	 */
	protected static final double REQUESTS_PER_SECOND_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getRequestsPerSecond() <em>Requests Per Second</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRequestsPerSecond()
	 * @generated
	 * @ordered
	 */
	protected double requestsPerSecond = REQUESTS_PER_SECOND_EDEFAULT;

	/**
	 * The default value of the '{@link #getMaxRetryAfterSeconds() <em>Max Retry After Seconds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxRetryAfterSeconds()
	 * @generated
	 * @ordered
	 */
	protected static final int MAX_RETRY_AFTER_SECONDS_EDEFAULT = 120;

	/**
	 * The cached value of the '{@link #getMaxRetryAfterSeconds() <em>Max Retry After Seconds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxRetryAfterSeconds()
	 * @generated
	 * @ordered
	 */
	protected int maxRetryAfterSeconds = MAX_RETRY_AFTER_SECONDS_EDEFAULT;

	/**
	 * The default value of the '{@link #getTimeoutSeconds() <em>Timeout Seconds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTimeoutSeconds()
	 * @generated
	 * @ordered
	 */
	protected static final int TIMEOUT_SECONDS_EDEFAULT = 30;

	/**
	 * The cached value of the '{@link #getTimeoutSeconds() <em>Timeout Seconds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTimeoutSeconds()
	 * @generated
	 * @ordered
	 */
	protected int timeoutSeconds = TIMEOUT_SECONDS_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ApiConnectionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CxmPackage.Literals.API_CONNECTION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getBaseUrl() {
		return baseUrl;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBaseUrl(String newBaseUrl) {
		String oldBaseUrl = baseUrl;
		baseUrl = newBaseUrl;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CxmPackage.API_CONNECTION__BASE_URL, oldBaseUrl, baseUrl));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ApiAuthenticator getAuthenticator() {
		return authenticator;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetAuthenticator(ApiAuthenticator newAuthenticator, NotificationChain msgs) {
		ApiAuthenticator oldAuthenticator = authenticator;
		authenticator = newAuthenticator;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CxmPackage.API_CONNECTION__AUTHENTICATOR, oldAuthenticator, newAuthenticator);
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
	public void setAuthenticator(ApiAuthenticator newAuthenticator) {
		if (newAuthenticator != authenticator) {
			NotificationChain msgs = null;
			if (authenticator != null)
				msgs = ((InternalEObject)authenticator).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CxmPackage.API_CONNECTION__AUTHENTICATOR, null, msgs);
			if (newAuthenticator != null)
				msgs = ((InternalEObject)newAuthenticator).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CxmPackage.API_CONNECTION__AUTHENTICATOR, null, msgs);
			msgs = basicSetAuthenticator(newAuthenticator, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CxmPackage.API_CONNECTION__AUTHENTICATOR, newAuthenticator, newAuthenticator));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getHeaders() {
		if (headers == null) {
			headers = new EDataTypeUniqueEList<String>(String.class, this, CxmPackage.API_CONNECTION__HEADERS);
		}
		return headers;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getRequestsPerSecond() {
		return requestsPerSecond;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRequestsPerSecond(double newRequestsPerSecond) {
		double oldRequestsPerSecond = requestsPerSecond;
		requestsPerSecond = newRequestsPerSecond;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CxmPackage.API_CONNECTION__REQUESTS_PER_SECOND, oldRequestsPerSecond, requestsPerSecond));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getMaxRetryAfterSeconds() {
		return maxRetryAfterSeconds;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMaxRetryAfterSeconds(int newMaxRetryAfterSeconds) {
		int oldMaxRetryAfterSeconds = maxRetryAfterSeconds;
		maxRetryAfterSeconds = newMaxRetryAfterSeconds;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CxmPackage.API_CONNECTION__MAX_RETRY_AFTER_SECONDS, oldMaxRetryAfterSeconds, maxRetryAfterSeconds));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getTimeoutSeconds() {
		return timeoutSeconds;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTimeoutSeconds(int newTimeoutSeconds) {
		int oldTimeoutSeconds = timeoutSeconds;
		timeoutSeconds = newTimeoutSeconds;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CxmPackage.API_CONNECTION__TIMEOUT_SECONDS, oldTimeoutSeconds, timeoutSeconds));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CxmPackage.API_CONNECTION__AUTHENTICATOR:
				return basicSetAuthenticator(null, msgs);
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
			case CxmPackage.API_CONNECTION__BASE_URL:
				return getBaseUrl();
			case CxmPackage.API_CONNECTION__AUTHENTICATOR:
				return getAuthenticator();
			case CxmPackage.API_CONNECTION__HEADERS:
				return getHeaders();
			case CxmPackage.API_CONNECTION__REQUESTS_PER_SECOND:
				return getRequestsPerSecond();
			case CxmPackage.API_CONNECTION__MAX_RETRY_AFTER_SECONDS:
				return getMaxRetryAfterSeconds();
			case CxmPackage.API_CONNECTION__TIMEOUT_SECONDS:
				return getTimeoutSeconds();
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
			case CxmPackage.API_CONNECTION__BASE_URL:
				setBaseUrl((String)newValue);
				return;
			case CxmPackage.API_CONNECTION__AUTHENTICATOR:
				setAuthenticator((ApiAuthenticator)newValue);
				return;
			case CxmPackage.API_CONNECTION__HEADERS:
				getHeaders().clear();
				getHeaders().addAll((Collection<? extends String>)newValue);
				return;
			case CxmPackage.API_CONNECTION__REQUESTS_PER_SECOND:
				setRequestsPerSecond((Double)newValue);
				return;
			case CxmPackage.API_CONNECTION__MAX_RETRY_AFTER_SECONDS:
				setMaxRetryAfterSeconds((Integer)newValue);
				return;
			case CxmPackage.API_CONNECTION__TIMEOUT_SECONDS:
				setTimeoutSeconds((Integer)newValue);
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
			case CxmPackage.API_CONNECTION__BASE_URL:
				setBaseUrl(BASE_URL_EDEFAULT);
				return;
			case CxmPackage.API_CONNECTION__AUTHENTICATOR:
				setAuthenticator((ApiAuthenticator)null);
				return;
			case CxmPackage.API_CONNECTION__HEADERS:
				getHeaders().clear();
				return;
			case CxmPackage.API_CONNECTION__REQUESTS_PER_SECOND:
				setRequestsPerSecond(REQUESTS_PER_SECOND_EDEFAULT);
				return;
			case CxmPackage.API_CONNECTION__MAX_RETRY_AFTER_SECONDS:
				setMaxRetryAfterSeconds(MAX_RETRY_AFTER_SECONDS_EDEFAULT);
				return;
			case CxmPackage.API_CONNECTION__TIMEOUT_SECONDS:
				setTimeoutSeconds(TIMEOUT_SECONDS_EDEFAULT);
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
			case CxmPackage.API_CONNECTION__BASE_URL:
				return BASE_URL_EDEFAULT == null ? baseUrl != null : !BASE_URL_EDEFAULT.equals(baseUrl);
			case CxmPackage.API_CONNECTION__AUTHENTICATOR:
				return authenticator != null;
			case CxmPackage.API_CONNECTION__HEADERS:
				return headers != null && !headers.isEmpty();
			case CxmPackage.API_CONNECTION__REQUESTS_PER_SECOND:
				return requestsPerSecond != REQUESTS_PER_SECOND_EDEFAULT;
			case CxmPackage.API_CONNECTION__MAX_RETRY_AFTER_SECONDS:
				return maxRetryAfterSeconds != MAX_RETRY_AFTER_SECONDS_EDEFAULT;
			case CxmPackage.API_CONNECTION__TIMEOUT_SECONDS:
				return timeoutSeconds != TIMEOUT_SECONDS_EDEFAULT;
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
		result.append(" (baseUrl: "); //$NON-NLS-1$
		result.append(baseUrl);
		result.append(", headers: "); //$NON-NLS-1$
		result.append(headers);
		result.append(", requestsPerSecond: "); //$NON-NLS-1$
		result.append(requestsPerSecond);
		result.append(", maxRetryAfterSeconds: "); //$NON-NLS-1$
		result.append(maxRetryAfterSeconds);
		result.append(", timeoutSeconds: "); //$NON-NLS-1$
		result.append(timeoutSeconds);
		result.append(')');
		return result.toString();
	}

} //ApiConnectionImpl
