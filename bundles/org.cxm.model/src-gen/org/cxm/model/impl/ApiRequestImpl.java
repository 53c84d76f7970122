/**
 */
package org.cxm.model.impl;

import java.util.Collection;

import org.cxm.model.ApiPaginator;
import org.cxm.model.ApiRequest;
import org.cxm.model.CxmPackage;
import org.cxm.model.HttpMethod;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Api Request</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.cxm.model.impl.ApiRequestImpl#getMethod <em>Method</em>}</li>
 *   <li>{@link org.cxm.model.impl.ApiRequestImpl#getPath <em>Path</em>}</li>
 *   <li>{@link org.cxm.model.impl.ApiRequestImpl#getParameters <em>Parameters</em>}</li>
 *   <li>{@link org.cxm.model.impl.ApiRequestImpl#getBody <em>Body</em>}</li>
 *   <li>{@link org.cxm.model.impl.ApiRequestImpl#getRecordsPath <em>Records Path</em>}</li>
 *   <li>{@link org.cxm.model.impl.ApiRequestImpl#getSinceFormat <em>Since Format</em>}</li>
 *   <li>{@link org.cxm.model.impl.ApiRequestImpl#getDeltaTokenPath <em>Delta Token Path</em>}</li>
 *   <li>{@link org.cxm.model.impl.ApiRequestImpl#isFalseIsEmpty <em>False Is Empty</em>}</li>
 *   <li>{@link org.cxm.model.impl.ApiRequestImpl#getPaginator <em>Paginator</em>}</li>
 *   <li>{@link org.cxm.model.impl.ApiRequestImpl#getDeletedRecords <em>Deleted Records</em>}</li>
 *   <li>{@link org.cxm.model.impl.ApiRequestImpl#getDeletedKeyPath <em>Deleted Key Path</em>}</li>
 *   <li>{@link org.cxm.model.impl.ApiRequestImpl#getDeletedCursorPath <em>Deleted Cursor Path</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ApiRequestImpl extends IdentifiedImpl implements ApiRequest {
	/**
	 * The default value of the '{@link #getMethod() <em>Method</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMethod()
	 * @generated
	 * @ordered
	 */
	protected static final HttpMethod METHOD_EDEFAULT = HttpMethod.GET;

	/**
	 * The cached value of the '{@link #getMethod() <em>Method</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMethod()
	 * @generated
	 * @ordered
	 */
	protected HttpMethod method = METHOD_EDEFAULT;

	/**
	 * The default value of the '{@link #getPath() <em>Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPath()
	 * @generated
	 * @ordered
	 */
	protected static final String PATH_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPath() <em>Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPath()
	 * @generated
	 * @ordered
	 */
	protected String path = PATH_EDEFAULT;

	/**
	 * The cached value of the '{@link #getParameters() <em>Parameters</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getParameters()
	 * @generated
	 * @ordered
	 */
	protected EList<String> parameters;

	/**
	 * The default value of the '{@link #getBody() <em>Body</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBody()
	 * @generated
	 * @ordered
	 */
	protected static final String BODY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getBody() <em>Body</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBody()
	 * @generated
	 * @ordered
	 */
	protected String body = BODY_EDEFAULT;

	/**
	 * The default value of the '{@link #getRecordsPath() <em>Records Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRecordsPath()
	 * @generated
	 * @ordered
	 */
	protected static final String RECORDS_PATH_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRecordsPath() <em>Records Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRecordsPath()
	 * @generated
	 * @ordered
	 */
	protected String recordsPath = RECORDS_PATH_EDEFAULT;

	/**
	 * The default value of the '{@link #getSinceFormat() <em>Since Format</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSinceFormat()
	 * @generated
	 * @ordered
	 */
	protected static final String SINCE_FORMAT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSinceFormat() <em>Since Format</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSinceFormat()
	 * @generated
	 * @ordered
	 */
	protected String sinceFormat = SINCE_FORMAT_EDEFAULT;

	/**
	 * The default value of the '{@link #getDeltaTokenPath() <em>Delta Token Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDeltaTokenPath()
	 * @generated
	 * @ordered
	 */
	protected static final String DELTA_TOKEN_PATH_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDeltaTokenPath() <em>Delta Token Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDeltaTokenPath()
	 * @generated
	 * @ordered
	 */
	protected String deltaTokenPath = DELTA_TOKEN_PATH_EDEFAULT;

	/**
	 * The default value of the '{@link #isFalseIsEmpty() <em>False Is Empty</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isFalseIsEmpty()
	 * @generated
	 * @ordered
	 */
	protected static final boolean FALSE_IS_EMPTY_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isFalseIsEmpty() <em>False Is Empty</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isFalseIsEmpty()
	 * @generated
	 * @ordered
	 */
	protected boolean falseIsEmpty = FALSE_IS_EMPTY_EDEFAULT;

	/**
	 * The cached value of the '{@link #getPaginator() <em>Paginator</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPaginator()
	 * @generated
	 * @ordered
	 */
	protected ApiPaginator paginator;

	/**
	 * The cached value of the '{@link #getDeletedRecords() <em>Deleted Records</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDeletedRecords()
	 * @generated
	 * @ordered
	 */
	protected ApiRequest deletedRecords;

	/**
	 * The default value of the '{@link #getDeletedKeyPath() <em>Deleted Key Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDeletedKeyPath()
	 * @generated
	 * @ordered
	 */
	protected static final String DELETED_KEY_PATH_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDeletedKeyPath() <em>Deleted Key Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDeletedKeyPath()
	 * @generated
	 * @ordered
	 */
	protected String deletedKeyPath = DELETED_KEY_PATH_EDEFAULT;

	/**
	 * The default value of the '{@link #getDeletedCursorPath() <em>Deleted Cursor Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDeletedCursorPath()
	 * @generated
	 * @ordered
	 */
	protected static final String DELETED_CURSOR_PATH_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDeletedCursorPath() <em>Deleted Cursor Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDeletedCursorPath()
	 * @generated
	 * @ordered
	 */
	protected String deletedCursorPath = DELETED_CURSOR_PATH_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ApiRequestImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CxmPackage.Literals.API_REQUEST;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public HttpMethod getMethod() {
		return method;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMethod(HttpMethod newMethod) {
		HttpMethod oldMethod = method;
		method = newMethod == null ? METHOD_EDEFAULT : newMethod;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CxmPackage.API_REQUEST__METHOD, oldMethod, method));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPath() {
		return path;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPath(String newPath) {
		String oldPath = path;
		path = newPath;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CxmPackage.API_REQUEST__PATH, oldPath, path));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getParameters() {
		if (parameters == null) {
			parameters = new EDataTypeUniqueEList<String>(String.class, this, CxmPackage.API_REQUEST__PARAMETERS);
		}
		return parameters;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getBody() {
		return body;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBody(String newBody) {
		String oldBody = body;
		body = newBody;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CxmPackage.API_REQUEST__BODY, oldBody, body));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRecordsPath() {
		return recordsPath;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRecordsPath(String newRecordsPath) {
		String oldRecordsPath = recordsPath;
		recordsPath = newRecordsPath;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CxmPackage.API_REQUEST__RECORDS_PATH, oldRecordsPath, recordsPath));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSinceFormat() {
		return sinceFormat;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSinceFormat(String newSinceFormat) {
		String oldSinceFormat = sinceFormat;
		sinceFormat = newSinceFormat;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CxmPackage.API_REQUEST__SINCE_FORMAT, oldSinceFormat, sinceFormat));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDeltaTokenPath() {
		return deltaTokenPath;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDeltaTokenPath(String newDeltaTokenPath) {
		String oldDeltaTokenPath = deltaTokenPath;
		deltaTokenPath = newDeltaTokenPath;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CxmPackage.API_REQUEST__DELTA_TOKEN_PATH, oldDeltaTokenPath, deltaTokenPath));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isFalseIsEmpty() {
		return falseIsEmpty;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFalseIsEmpty(boolean newFalseIsEmpty) {
		boolean oldFalseIsEmpty = falseIsEmpty;
		falseIsEmpty = newFalseIsEmpty;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CxmPackage.API_REQUEST__FALSE_IS_EMPTY, oldFalseIsEmpty, falseIsEmpty));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ApiPaginator getPaginator() {
		return paginator;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetPaginator(ApiPaginator newPaginator, NotificationChain msgs) {
		ApiPaginator oldPaginator = paginator;
		paginator = newPaginator;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CxmPackage.API_REQUEST__PAGINATOR, oldPaginator, newPaginator);
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
	public void setPaginator(ApiPaginator newPaginator) {
		if (newPaginator != paginator) {
			NotificationChain msgs = null;
			if (paginator != null)
				msgs = ((InternalEObject)paginator).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CxmPackage.API_REQUEST__PAGINATOR, null, msgs);
			if (newPaginator != null)
				msgs = ((InternalEObject)newPaginator).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CxmPackage.API_REQUEST__PAGINATOR, null, msgs);
			msgs = basicSetPaginator(newPaginator, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CxmPackage.API_REQUEST__PAGINATOR, newPaginator, newPaginator));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ApiRequest getDeletedRecords() {
		return deletedRecords;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetDeletedRecords(ApiRequest newDeletedRecords, NotificationChain msgs) {
		ApiRequest oldDeletedRecords = deletedRecords;
		deletedRecords = newDeletedRecords;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CxmPackage.API_REQUEST__DELETED_RECORDS, oldDeletedRecords, newDeletedRecords);
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
	public void setDeletedRecords(ApiRequest newDeletedRecords) {
		if (newDeletedRecords != deletedRecords) {
			NotificationChain msgs = null;
			if (deletedRecords != null)
				msgs = ((InternalEObject)deletedRecords).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CxmPackage.API_REQUEST__DELETED_RECORDS, null, msgs);
			if (newDeletedRecords != null)
				msgs = ((InternalEObject)newDeletedRecords).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CxmPackage.API_REQUEST__DELETED_RECORDS, null, msgs);
			msgs = basicSetDeletedRecords(newDeletedRecords, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CxmPackage.API_REQUEST__DELETED_RECORDS, newDeletedRecords, newDeletedRecords));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDeletedKeyPath() {
		return deletedKeyPath;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDeletedKeyPath(String newDeletedKeyPath) {
		String oldDeletedKeyPath = deletedKeyPath;
		deletedKeyPath = newDeletedKeyPath;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CxmPackage.API_REQUEST__DELETED_KEY_PATH, oldDeletedKeyPath, deletedKeyPath));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDeletedCursorPath() {
		return deletedCursorPath;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDeletedCursorPath(String newDeletedCursorPath) {
		String oldDeletedCursorPath = deletedCursorPath;
		deletedCursorPath = newDeletedCursorPath;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CxmPackage.API_REQUEST__DELETED_CURSOR_PATH, oldDeletedCursorPath, deletedCursorPath));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CxmPackage.API_REQUEST__PAGINATOR:
				return basicSetPaginator(null, msgs);
			case CxmPackage.API_REQUEST__DELETED_RECORDS:
				return basicSetDeletedRecords(null, msgs);
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
			case CxmPackage.API_REQUEST__METHOD:
				return getMethod();
			case CxmPackage.API_REQUEST__PATH:
				return getPath();
			case CxmPackage.API_REQUEST__PARAMETERS:
				return getParameters();
			case CxmPackage.API_REQUEST__BODY:
				return getBody();
			case CxmPackage.API_REQUEST__RECORDS_PATH:
				return getRecordsPath();
			case CxmPackage.API_REQUEST__SINCE_FORMAT:
				return getSinceFormat();
			case CxmPackage.API_REQUEST__DELTA_TOKEN_PATH:
				return getDeltaTokenPath();
			case CxmPackage.API_REQUEST__FALSE_IS_EMPTY:
				return isFalseIsEmpty();
			case CxmPackage.API_REQUEST__PAGINATOR:
				return getPaginator();
			case CxmPackage.API_REQUEST__DELETED_RECORDS:
				return getDeletedRecords();
			case CxmPackage.API_REQUEST__DELETED_KEY_PATH:
				return getDeletedKeyPath();
			case CxmPackage.API_REQUEST__DELETED_CURSOR_PATH:
				return getDeletedCursorPath();
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
			case CxmPackage.API_REQUEST__METHOD:
				setMethod((HttpMethod)newValue);
				return;
			case CxmPackage.API_REQUEST__PATH:
				setPath((String)newValue);
				return;
			case CxmPackage.API_REQUEST__PARAMETERS:
				getParameters().clear();
				getParameters().addAll((Collection<? extends String>)newValue);
				return;
			case CxmPackage.API_REQUEST__BODY:
				setBody((String)newValue);
				return;
			case CxmPackage.API_REQUEST__RECORDS_PATH:
				setRecordsPath((String)newValue);
				return;
			case CxmPackage.API_REQUEST__SINCE_FORMAT:
				setSinceFormat((String)newValue);
				return;
			case CxmPackage.API_REQUEST__DELTA_TOKEN_PATH:
				setDeltaTokenPath((String)newValue);
				return;
			case CxmPackage.API_REQUEST__FALSE_IS_EMPTY:
				setFalseIsEmpty((Boolean)newValue);
				return;
			case CxmPackage.API_REQUEST__PAGINATOR:
				setPaginator((ApiPaginator)newValue);
				return;
			case CxmPackage.API_REQUEST__DELETED_RECORDS:
				setDeletedRecords((ApiRequest)newValue);
				return;
			case CxmPackage.API_REQUEST__DELETED_KEY_PATH:
				setDeletedKeyPath((String)newValue);
				return;
			case CxmPackage.API_REQUEST__DELETED_CURSOR_PATH:
				setDeletedCursorPath((String)newValue);
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
			case CxmPackage.API_REQUEST__METHOD:
				setMethod(METHOD_EDEFAULT);
				return;
			case CxmPackage.API_REQUEST__PATH:
				setPath(PATH_EDEFAULT);
				return;
			case CxmPackage.API_REQUEST__PARAMETERS:
				getParameters().clear();
				return;
			case CxmPackage.API_REQUEST__BODY:
				setBody(BODY_EDEFAULT);
				return;
			case CxmPackage.API_REQUEST__RECORDS_PATH:
				setRecordsPath(RECORDS_PATH_EDEFAULT);
				return;
			case CxmPackage.API_REQUEST__SINCE_FORMAT:
				setSinceFormat(SINCE_FORMAT_EDEFAULT);
				return;
			case CxmPackage.API_REQUEST__DELTA_TOKEN_PATH:
				setDeltaTokenPath(DELTA_TOKEN_PATH_EDEFAULT);
				return;
			case CxmPackage.API_REQUEST__FALSE_IS_EMPTY:
				setFalseIsEmpty(FALSE_IS_EMPTY_EDEFAULT);
				return;
			case CxmPackage.API_REQUEST__PAGINATOR:
				setPaginator((ApiPaginator)null);
				return;
			case CxmPackage.API_REQUEST__DELETED_RECORDS:
				setDeletedRecords((ApiRequest)null);
				return;
			case CxmPackage.API_REQUEST__DELETED_KEY_PATH:
				setDeletedKeyPath(DELETED_KEY_PATH_EDEFAULT);
				return;
			case CxmPackage.API_REQUEST__DELETED_CURSOR_PATH:
				setDeletedCursorPath(DELETED_CURSOR_PATH_EDEFAULT);
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
			case CxmPackage.API_REQUEST__METHOD:
				return method != METHOD_EDEFAULT;
			case CxmPackage.API_REQUEST__PATH:
				return PATH_EDEFAULT == null ? path != null : !PATH_EDEFAULT.equals(path);
			case CxmPackage.API_REQUEST__PARAMETERS:
				return parameters != null && !parameters.isEmpty();
			case CxmPackage.API_REQUEST__BODY:
				return BODY_EDEFAULT == null ? body != null : !BODY_EDEFAULT.equals(body);
			case CxmPackage.API_REQUEST__RECORDS_PATH:
				return RECORDS_PATH_EDEFAULT == null ? recordsPath != null : !RECORDS_PATH_EDEFAULT.equals(recordsPath);
			case CxmPackage.API_REQUEST__SINCE_FORMAT:
				return SINCE_FORMAT_EDEFAULT == null ? sinceFormat != null : !SINCE_FORMAT_EDEFAULT.equals(sinceFormat);
			case CxmPackage.API_REQUEST__DELTA_TOKEN_PATH:
				return DELTA_TOKEN_PATH_EDEFAULT == null ? deltaTokenPath != null : !DELTA_TOKEN_PATH_EDEFAULT.equals(deltaTokenPath);
			case CxmPackage.API_REQUEST__FALSE_IS_EMPTY:
				return falseIsEmpty != FALSE_IS_EMPTY_EDEFAULT;
			case CxmPackage.API_REQUEST__PAGINATOR:
				return paginator != null;
			case CxmPackage.API_REQUEST__DELETED_RECORDS:
				return deletedRecords != null;
			case CxmPackage.API_REQUEST__DELETED_KEY_PATH:
				return DELETED_KEY_PATH_EDEFAULT == null ? deletedKeyPath != null : !DELETED_KEY_PATH_EDEFAULT.equals(deletedKeyPath);
			case CxmPackage.API_REQUEST__DELETED_CURSOR_PATH:
				return DELETED_CURSOR_PATH_EDEFAULT == null ? deletedCursorPath != null : !DELETED_CURSOR_PATH_EDEFAULT.equals(deletedCursorPath);
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
		result.append(" (method: "); //$NON-NLS-1$
		result.append(method);
		result.append(", path: "); //$NON-NLS-1$
		result.append(path);
		result.append(", parameters: "); //$NON-NLS-1$
		result.append(parameters);
		result.append(", body: "); //$NON-NLS-1$
		result.append(body);
		result.append(", recordsPath: "); //$NON-NLS-1$
		result.append(recordsPath);
		result.append(", sinceFormat: "); //$NON-NLS-1$
		result.append(sinceFormat);
		result.append(", deltaTokenPath: "); //$NON-NLS-1$
		result.append(deltaTokenPath);
		result.append(", falseIsEmpty: "); //$NON-NLS-1$
		result.append(falseIsEmpty);
		result.append(", deletedKeyPath: "); //$NON-NLS-1$
		result.append(deletedKeyPath);
		result.append(", deletedCursorPath: "); //$NON-NLS-1$
		result.append(deletedCursorPath);
		result.append(')');
		return result.toString();
	}

} //ApiRequestImpl
