/**
 */
package org.cxm.model.impl;

import java.util.Collection;

import org.cxm.model.ApiRequest;
import org.cxm.model.ClassificationRule;
import org.cxm.model.CxmPackage;
import org.cxm.model.FieldMapping;
import org.cxm.model.IdentityMapping;
import org.cxm.model.NamedQuery;
import org.cxm.model.RecordKind;
import org.cxm.model.RecordSource;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Record Source</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.cxm.model.impl.RecordSourceImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.cxm.model.impl.RecordSourceImpl#getTable <em>Table</em>}</li>
 *   <li>{@link org.cxm.model.impl.RecordSourceImpl#getQuery <em>Query</em>}</li>
 *   <li>{@link org.cxm.model.impl.RecordSourceImpl#getNamedQuery <em>Named Query</em>}</li>
 *   <li>{@link org.cxm.model.impl.RecordSourceImpl#getFilter <em>Filter</em>}</li>
 *   <li>{@link org.cxm.model.impl.RecordSourceImpl#getPrimaryKey <em>Primary Key</em>}</li>
 *   <li>{@link org.cxm.model.impl.RecordSourceImpl#getCursorColumns <em>Cursor Columns</em>}</li>
 *   <li>{@link org.cxm.model.impl.RecordSourceImpl#getDeletedColumn <em>Deleted Column</em>}</li>
 *   <li>{@link org.cxm.model.impl.RecordSourceImpl#getDeletedValue <em>Deleted Value</em>}</li>
 *   <li>{@link org.cxm.model.impl.RecordSourceImpl#getLookBackSeconds <em>Look Back Seconds</em>}</li>
 *   <li>{@link org.cxm.model.impl.RecordSourceImpl#getReconcileEveryHours <em>Reconcile Every Hours</em>}</li>
 *   <li>{@link org.cxm.model.impl.RecordSourceImpl#getBatchSize <em>Batch Size</em>}</li>
 *   <li>{@link org.cxm.model.impl.RecordSourceImpl#getCustomerSource <em>Customer Source</em>}</li>
 *   <li>{@link org.cxm.model.impl.RecordSourceImpl#getFieldMappings <em>Field Mappings</em>}</li>
 *   <li>{@link org.cxm.model.impl.RecordSourceImpl#getIdentityMappings <em>Identity Mappings</em>}</li>
 *   <li>{@link org.cxm.model.impl.RecordSourceImpl#getClassificationRules <em>Classification Rules</em>}</li>
 *   <li>{@link org.cxm.model.impl.RecordSourceImpl#getRequest <em>Request</em>}</li>
 * </ul>
 *
 * @generated
 */
public class RecordSourceImpl extends NamedElementImpl implements RecordSource {
	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final RecordKind KIND_EDEFAULT = RecordKind.CUSTOMER;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected RecordKind kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getTable() <em>Table</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTable()
	 * @generated
	 * @ordered
	 */
	protected static final String TABLE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTable() <em>Table</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTable()
	 * @generated
	 * @ordered
	 */
	protected String table = TABLE_EDEFAULT;

	/**
	 * The default value of the '{@link #getQuery() <em>Query</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getQuery()
	 * @generated
	 * @ordered
	 */
	protected static final String QUERY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getQuery() <em>Query</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getQuery()
	 * @generated
	 * @ordered
	 */
	protected String query = QUERY_EDEFAULT;

	/**
	 * The cached value of the '{@link #getNamedQuery() <em>Named Query</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNamedQuery()
	 * @generated
	 * @ordered
	 */
	protected NamedQuery namedQuery;

	/**
	 * The default value of the '{@link #getFilter() <em>Filter</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFilter()
	 * @generated
	 * @ordered
	 */
	protected static final String FILTER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFilter() <em>Filter</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFilter()
	 * @generated
	 * @ordered
	 */
	protected String filter = FILTER_EDEFAULT;

	/**
	 * The cached value of the '{@link #getPrimaryKey() <em>Primary Key</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPrimaryKey()
	 * @generated
	 * @ordered
	 */
	protected EList<String> primaryKey;

	/**
	 * The cached value of the '{@link #getCursorColumns() <em>Cursor Columns</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCursorColumns()
	 * @generated
	 * @ordered
	 */
	protected EList<String> cursorColumns;

	/**
	 * The default value of the '{@link #getDeletedColumn() <em>Deleted Column</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDeletedColumn()
	 * @generated
	 * @ordered
	 */
	protected static final String DELETED_COLUMN_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDeletedColumn() <em>Deleted Column</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDeletedColumn()
	 * @generated
	 * @ordered
	 */
	protected String deletedColumn = DELETED_COLUMN_EDEFAULT;

	/**
	 * The default value of the '{@link #getDeletedValue() <em>Deleted Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDeletedValue()
	 * @generated
	 * @ordered
	 */
	protected static final String DELETED_VALUE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDeletedValue() <em>Deleted Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDeletedValue()
	 * @generated
	 * @ordered
	 */
	protected String deletedValue = DELETED_VALUE_EDEFAULT;

	/**
	 * The default value of the '{@link #getLookBackSeconds() <em>Look Back Seconds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLookBackSeconds()
	 * @generated
	 * @ordered
	 */
	protected static final int LOOK_BACK_SECONDS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getLookBackSeconds() <em>Look Back Seconds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLookBackSeconds()
	 * @generated
	 * @ordered
	 */
	protected int lookBackSeconds = LOOK_BACK_SECONDS_EDEFAULT;

	/**
	 * The default value of the '{@link #getReconcileEveryHours() <em>Reconcile Every Hours</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReconcileEveryHours()
	 * @generated
	 * @ordered
	 */
	protected static final int RECONCILE_EVERY_HOURS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getReconcileEveryHours() <em>Reconcile Every Hours</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReconcileEveryHours()
	 * @generated
	 * @ordered
	 */
	protected int reconcileEveryHours = RECONCILE_EVERY_HOURS_EDEFAULT;

	/**
	 * The default value of the '{@link #getBatchSize() <em>Batch Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBatchSize()
	 * @generated
	 * @ordered
	 */
	protected static final int BATCH_SIZE_EDEFAULT = 1000;

	/**
	 * The cached value of the '{@link #getBatchSize() <em>Batch Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBatchSize()
	 * @generated
	 * @ordered
	 */
	protected int batchSize = BATCH_SIZE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getCustomerSource() <em>Customer Source</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCustomerSource()
	 * @generated
	 * @ordered
	 */
	protected RecordSource customerSource;

	/**
	 * The cached value of the '{@link #getFieldMappings() <em>Field Mappings</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFieldMappings()
	 * @generated
	 * @ordered
	 */
	protected EList<FieldMapping> fieldMappings;

	/**
	 * The cached value of the '{@link #getIdentityMappings() <em>Identity Mappings</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIdentityMappings()
	 * @generated
	 * @ordered
	 */
	protected EList<IdentityMapping> identityMappings;

	/**
	 * The cached value of the '{@link #getClassificationRules() <em>Classification Rules</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClassificationRules()
	 * @generated
	 * @ordered
	 */
	protected EList<ClassificationRule> classificationRules;

	/**
	 * The cached value of the '{@link #getRequest() <em>Request</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRequest()
	 * @generated
	 * @ordered
	 */
	protected ApiRequest request;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected RecordSourceImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CxmPackage.Literals.RECORD_SOURCE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RecordKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(RecordKind newKind) {
		RecordKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CxmPackage.RECORD_SOURCE__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTable() {
		return table;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTable(String newTable) {
		String oldTable = table;
		table = newTable;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CxmPackage.RECORD_SOURCE__TABLE, oldTable, table));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getQuery() {
		return query;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setQuery(String newQuery) {
		String oldQuery = query;
		query = newQuery;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CxmPackage.RECORD_SOURCE__QUERY, oldQuery, query));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NamedQuery getNamedQuery() {
		if (namedQuery != null && namedQuery.eIsProxy()) {
			InternalEObject oldNamedQuery = (InternalEObject)namedQuery;
			namedQuery = (NamedQuery)eResolveProxy(oldNamedQuery);
			if (namedQuery != oldNamedQuery) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, CxmPackage.RECORD_SOURCE__NAMED_QUERY, oldNamedQuery, namedQuery));
			}
		}
		return namedQuery;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NamedQuery basicGetNamedQuery() {
		return namedQuery;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNamedQuery(NamedQuery newNamedQuery) {
		NamedQuery oldNamedQuery = namedQuery;
		namedQuery = newNamedQuery;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CxmPackage.RECORD_SOURCE__NAMED_QUERY, oldNamedQuery, namedQuery));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFilter() {
		return filter;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFilter(String newFilter) {
		String oldFilter = filter;
		filter = newFilter;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CxmPackage.RECORD_SOURCE__FILTER, oldFilter, filter));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getPrimaryKey() {
		if (primaryKey == null) {
			primaryKey = new EDataTypeUniqueEList<String>(String.class, this, CxmPackage.RECORD_SOURCE__PRIMARY_KEY);
		}
		return primaryKey;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getCursorColumns() {
		if (cursorColumns == null) {
			cursorColumns = new EDataTypeUniqueEList<String>(String.class, this, CxmPackage.RECORD_SOURCE__CURSOR_COLUMNS);
		}
		return cursorColumns;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDeletedColumn() {
		return deletedColumn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDeletedColumn(String newDeletedColumn) {
		String oldDeletedColumn = deletedColumn;
		deletedColumn = newDeletedColumn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CxmPackage.RECORD_SOURCE__DELETED_COLUMN, oldDeletedColumn, deletedColumn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDeletedValue() {
		return deletedValue;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDeletedValue(String newDeletedValue) {
		String oldDeletedValue = deletedValue;
		deletedValue = newDeletedValue;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CxmPackage.RECORD_SOURCE__DELETED_VALUE, oldDeletedValue, deletedValue));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getLookBackSeconds() {
		return lookBackSeconds;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLookBackSeconds(int newLookBackSeconds) {
		int oldLookBackSeconds = lookBackSeconds;
		lookBackSeconds = newLookBackSeconds;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CxmPackage.RECORD_SOURCE__LOOK_BACK_SECONDS, oldLookBackSeconds, lookBackSeconds));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getReconcileEveryHours() {
		return reconcileEveryHours;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReconcileEveryHours(int newReconcileEveryHours) {
		int oldReconcileEveryHours = reconcileEveryHours;
		reconcileEveryHours = newReconcileEveryHours;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CxmPackage.RECORD_SOURCE__RECONCILE_EVERY_HOURS, oldReconcileEveryHours, reconcileEveryHours));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getBatchSize() {
		return batchSize;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBatchSize(int newBatchSize) {
		int oldBatchSize = batchSize;
		batchSize = newBatchSize;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CxmPackage.RECORD_SOURCE__BATCH_SIZE, oldBatchSize, batchSize));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RecordSource getCustomerSource() {
		if (customerSource != null && customerSource.eIsProxy()) {
			InternalEObject oldCustomerSource = (InternalEObject)customerSource;
			customerSource = (RecordSource)eResolveProxy(oldCustomerSource);
			if (customerSource != oldCustomerSource) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, CxmPackage.RECORD_SOURCE__CUSTOMER_SOURCE, oldCustomerSource, customerSource));
			}
		}
		return customerSource;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public RecordSource basicGetCustomerSource() {
		return customerSource;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCustomerSource(RecordSource newCustomerSource) {
		RecordSource oldCustomerSource = customerSource;
		customerSource = newCustomerSource;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CxmPackage.RECORD_SOURCE__CUSTOMER_SOURCE, oldCustomerSource, customerSource));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<FieldMapping> getFieldMappings() {
		if (fieldMappings == null) {
			fieldMappings = new EObjectContainmentEList<FieldMapping>(FieldMapping.class, this, CxmPackage.RECORD_SOURCE__FIELD_MAPPINGS);
		}
		return fieldMappings;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<IdentityMapping> getIdentityMappings() {
		if (identityMappings == null) {
			identityMappings = new EObjectContainmentEList<IdentityMapping>(IdentityMapping.class, this, CxmPackage.RECORD_SOURCE__IDENTITY_MAPPINGS);
		}
		return identityMappings;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ClassificationRule> getClassificationRules() {
		if (classificationRules == null) {
			classificationRules = new EObjectContainmentEList<ClassificationRule>(ClassificationRule.class, this, CxmPackage.RECORD_SOURCE__CLASSIFICATION_RULES);
		}
		return classificationRules;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ApiRequest getRequest() {
		return request;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetRequest(ApiRequest newRequest, NotificationChain msgs) {
		ApiRequest oldRequest = request;
		request = newRequest;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CxmPackage.RECORD_SOURCE__REQUEST, oldRequest, newRequest);
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
	public void setRequest(ApiRequest newRequest) {
		if (newRequest != request) {
			NotificationChain msgs = null;
			if (request != null)
				msgs = ((InternalEObject)request).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CxmPackage.RECORD_SOURCE__REQUEST, null, msgs);
			if (newRequest != null)
				msgs = ((InternalEObject)newRequest).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CxmPackage.RECORD_SOURCE__REQUEST, null, msgs);
			msgs = basicSetRequest(newRequest, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CxmPackage.RECORD_SOURCE__REQUEST, newRequest, newRequest));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CxmPackage.RECORD_SOURCE__FIELD_MAPPINGS:
				return ((InternalEList<?>)getFieldMappings()).basicRemove(otherEnd, msgs);
			case CxmPackage.RECORD_SOURCE__IDENTITY_MAPPINGS:
				return ((InternalEList<?>)getIdentityMappings()).basicRemove(otherEnd, msgs);
			case CxmPackage.RECORD_SOURCE__CLASSIFICATION_RULES:
				return ((InternalEList<?>)getClassificationRules()).basicRemove(otherEnd, msgs);
			case CxmPackage.RECORD_SOURCE__REQUEST:
				return basicSetRequest(null, msgs);
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
			case CxmPackage.RECORD_SOURCE__KIND:
				return getKind();
			case CxmPackage.RECORD_SOURCE__TABLE:
				return getTable();
			case CxmPackage.RECORD_SOURCE__QUERY:
				return getQuery();
			case CxmPackage.RECORD_SOURCE__NAMED_QUERY:
				if (resolve) return getNamedQuery();
				return basicGetNamedQuery();
			case CxmPackage.RECORD_SOURCE__FILTER:
				return getFilter();
			case CxmPackage.RECORD_SOURCE__PRIMARY_KEY:
				return getPrimaryKey();
			case CxmPackage.RECORD_SOURCE__CURSOR_COLUMNS:
				return getCursorColumns();
			case CxmPackage.RECORD_SOURCE__DELETED_COLUMN:
				return getDeletedColumn();
			case CxmPackage.RECORD_SOURCE__DELETED_VALUE:
				return getDeletedValue();
			case CxmPackage.RECORD_SOURCE__LOOK_BACK_SECONDS:
				return getLookBackSeconds();
			case CxmPackage.RECORD_SOURCE__RECONCILE_EVERY_HOURS:
				return getReconcileEveryHours();
			case CxmPackage.RECORD_SOURCE__BATCH_SIZE:
				return getBatchSize();
			case CxmPackage.RECORD_SOURCE__CUSTOMER_SOURCE:
				if (resolve) return getCustomerSource();
				return basicGetCustomerSource();
			case CxmPackage.RECORD_SOURCE__FIELD_MAPPINGS:
				return getFieldMappings();
			case CxmPackage.RECORD_SOURCE__IDENTITY_MAPPINGS:
				return getIdentityMappings();
			case CxmPackage.RECORD_SOURCE__CLASSIFICATION_RULES:
				return getClassificationRules();
			case CxmPackage.RECORD_SOURCE__REQUEST:
				return getRequest();
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
			case CxmPackage.RECORD_SOURCE__KIND:
				setKind((RecordKind)newValue);
				return;
			case CxmPackage.RECORD_SOURCE__TABLE:
				setTable((String)newValue);
				return;
			case CxmPackage.RECORD_SOURCE__QUERY:
				setQuery((String)newValue);
				return;
			case CxmPackage.RECORD_SOURCE__NAMED_QUERY:
				setNamedQuery((NamedQuery)newValue);
				return;
			case CxmPackage.RECORD_SOURCE__FILTER:
				setFilter((String)newValue);
				return;
			case CxmPackage.RECORD_SOURCE__PRIMARY_KEY:
				getPrimaryKey().clear();
				getPrimaryKey().addAll((Collection<? extends String>)newValue);
				return;
			case CxmPackage.RECORD_SOURCE__CURSOR_COLUMNS:
				getCursorColumns().clear();
				getCursorColumns().addAll((Collection<? extends String>)newValue);
				return;
			case CxmPackage.RECORD_SOURCE__DELETED_COLUMN:
				setDeletedColumn((String)newValue);
				return;
			case CxmPackage.RECORD_SOURCE__DELETED_VALUE:
				setDeletedValue((String)newValue);
				return;
			case CxmPackage.RECORD_SOURCE__LOOK_BACK_SECONDS:
				setLookBackSeconds((Integer)newValue);
				return;
			case CxmPackage.RECORD_SOURCE__RECONCILE_EVERY_HOURS:
				setReconcileEveryHours((Integer)newValue);
				return;
			case CxmPackage.RECORD_SOURCE__BATCH_SIZE:
				setBatchSize((Integer)newValue);
				return;
			case CxmPackage.RECORD_SOURCE__CUSTOMER_SOURCE:
				setCustomerSource((RecordSource)newValue);
				return;
			case CxmPackage.RECORD_SOURCE__FIELD_MAPPINGS:
				getFieldMappings().clear();
				getFieldMappings().addAll((Collection<? extends FieldMapping>)newValue);
				return;
			case CxmPackage.RECORD_SOURCE__IDENTITY_MAPPINGS:
				getIdentityMappings().clear();
				getIdentityMappings().addAll((Collection<? extends IdentityMapping>)newValue);
				return;
			case CxmPackage.RECORD_SOURCE__CLASSIFICATION_RULES:
				getClassificationRules().clear();
				getClassificationRules().addAll((Collection<? extends ClassificationRule>)newValue);
				return;
			case CxmPackage.RECORD_SOURCE__REQUEST:
				setRequest((ApiRequest)newValue);
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
			case CxmPackage.RECORD_SOURCE__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case CxmPackage.RECORD_SOURCE__TABLE:
				setTable(TABLE_EDEFAULT);
				return;
			case CxmPackage.RECORD_SOURCE__QUERY:
				setQuery(QUERY_EDEFAULT);
				return;
			case CxmPackage.RECORD_SOURCE__NAMED_QUERY:
				setNamedQuery((NamedQuery)null);
				return;
			case CxmPackage.RECORD_SOURCE__FILTER:
				setFilter(FILTER_EDEFAULT);
				return;
			case CxmPackage.RECORD_SOURCE__PRIMARY_KEY:
				getPrimaryKey().clear();
				return;
			case CxmPackage.RECORD_SOURCE__CURSOR_COLUMNS:
				getCursorColumns().clear();
				return;
			case CxmPackage.RECORD_SOURCE__DELETED_COLUMN:
				setDeletedColumn(DELETED_COLUMN_EDEFAULT);
				return;
			case CxmPackage.RECORD_SOURCE__DELETED_VALUE:
				setDeletedValue(DELETED_VALUE_EDEFAULT);
				return;
			case CxmPackage.RECORD_SOURCE__LOOK_BACK_SECONDS:
				setLookBackSeconds(LOOK_BACK_SECONDS_EDEFAULT);
				return;
			case CxmPackage.RECORD_SOURCE__RECONCILE_EVERY_HOURS:
				setReconcileEveryHours(RECONCILE_EVERY_HOURS_EDEFAULT);
				return;
			case CxmPackage.RECORD_SOURCE__BATCH_SIZE:
				setBatchSize(BATCH_SIZE_EDEFAULT);
				return;
			case CxmPackage.RECORD_SOURCE__CUSTOMER_SOURCE:
				setCustomerSource((RecordSource)null);
				return;
			case CxmPackage.RECORD_SOURCE__FIELD_MAPPINGS:
				getFieldMappings().clear();
				return;
			case CxmPackage.RECORD_SOURCE__IDENTITY_MAPPINGS:
				getIdentityMappings().clear();
				return;
			case CxmPackage.RECORD_SOURCE__CLASSIFICATION_RULES:
				getClassificationRules().clear();
				return;
			case CxmPackage.RECORD_SOURCE__REQUEST:
				setRequest((ApiRequest)null);
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
			case CxmPackage.RECORD_SOURCE__KIND:
				return kind != KIND_EDEFAULT;
			case CxmPackage.RECORD_SOURCE__TABLE:
				return TABLE_EDEFAULT == null ? table != null : !TABLE_EDEFAULT.equals(table);
			case CxmPackage.RECORD_SOURCE__QUERY:
				return QUERY_EDEFAULT == null ? query != null : !QUERY_EDEFAULT.equals(query);
			case CxmPackage.RECORD_SOURCE__NAMED_QUERY:
				return namedQuery != null;
			case CxmPackage.RECORD_SOURCE__FILTER:
				return FILTER_EDEFAULT == null ? filter != null : !FILTER_EDEFAULT.equals(filter);
			case CxmPackage.RECORD_SOURCE__PRIMARY_KEY:
				return primaryKey != null && !primaryKey.isEmpty();
			case CxmPackage.RECORD_SOURCE__CURSOR_COLUMNS:
				return cursorColumns != null && !cursorColumns.isEmpty();
			case CxmPackage.RECORD_SOURCE__DELETED_COLUMN:
				return DELETED_COLUMN_EDEFAULT == null ? deletedColumn != null : !DELETED_COLUMN_EDEFAULT.equals(deletedColumn);
			case CxmPackage.RECORD_SOURCE__DELETED_VALUE:
				return DELETED_VALUE_EDEFAULT == null ? deletedValue != null : !DELETED_VALUE_EDEFAULT.equals(deletedValue);
			case CxmPackage.RECORD_SOURCE__LOOK_BACK_SECONDS:
				return lookBackSeconds != LOOK_BACK_SECONDS_EDEFAULT;
			case CxmPackage.RECORD_SOURCE__RECONCILE_EVERY_HOURS:
				return reconcileEveryHours != RECONCILE_EVERY_HOURS_EDEFAULT;
			case CxmPackage.RECORD_SOURCE__BATCH_SIZE:
				return batchSize != BATCH_SIZE_EDEFAULT;
			case CxmPackage.RECORD_SOURCE__CUSTOMER_SOURCE:
				return customerSource != null;
			case CxmPackage.RECORD_SOURCE__FIELD_MAPPINGS:
				return fieldMappings != null && !fieldMappings.isEmpty();
			case CxmPackage.RECORD_SOURCE__IDENTITY_MAPPINGS:
				return identityMappings != null && !identityMappings.isEmpty();
			case CxmPackage.RECORD_SOURCE__CLASSIFICATION_RULES:
				return classificationRules != null && !classificationRules.isEmpty();
			case CxmPackage.RECORD_SOURCE__REQUEST:
				return request != null;
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
		result.append(" (kind: "); //$NON-NLS-1$
		result.append(kind);
		result.append(", table: "); //$NON-NLS-1$
		result.append(table);
		result.append(", query: "); //$NON-NLS-1$
		result.append(query);
		result.append(", filter: "); //$NON-NLS-1$
		result.append(filter);
		result.append(", primaryKey: "); //$NON-NLS-1$
		result.append(primaryKey);
		result.append(", cursorColumns: "); //$NON-NLS-1$
		result.append(cursorColumns);
		result.append(", deletedColumn: "); //$NON-NLS-1$
		result.append(deletedColumn);
		result.append(", deletedValue: "); //$NON-NLS-1$
		result.append(deletedValue);
		result.append(", lookBackSeconds: "); //$NON-NLS-1$
		result.append(lookBackSeconds);
		result.append(", reconcileEveryHours: "); //$NON-NLS-1$
		result.append(reconcileEveryHours);
		result.append(", batchSize: "); //$NON-NLS-1$
		result.append(batchSize);
		result.append(')');
		return result.toString();
	}

} //RecordSourceImpl
