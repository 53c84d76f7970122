/**
 */
package org.cxm.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Record Source</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A table or query of a data source and how its records map to the customer history.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.cxm.model.RecordSource#getKind <em>Kind</em>}</li>
 *   <li>{@link org.cxm.model.RecordSource#getTable <em>Table</em>}</li>
 *   <li>{@link org.cxm.model.RecordSource#getQuery <em>Query</em>}</li>
 *   <li>{@link org.cxm.model.RecordSource#getNamedQuery <em>Named Query</em>}</li>
 *   <li>{@link org.cxm.model.RecordSource#getFilter <em>Filter</em>}</li>
 *   <li>{@link org.cxm.model.RecordSource#getPrimaryKey <em>Primary Key</em>}</li>
 *   <li>{@link org.cxm.model.RecordSource#getCursorColumns <em>Cursor Columns</em>}</li>
 *   <li>{@link org.cxm.model.RecordSource#getDeletedColumn <em>Deleted Column</em>}</li>
 *   <li>{@link org.cxm.model.RecordSource#getDeletedValue <em>Deleted Value</em>}</li>
 *   <li>{@link org.cxm.model.RecordSource#getLookBackSeconds <em>Look Back Seconds</em>}</li>
 *   <li>{@link org.cxm.model.RecordSource#getReconcileEveryHours <em>Reconcile Every Hours</em>}</li>
 *   <li>{@link org.cxm.model.RecordSource#getBatchSize <em>Batch Size</em>}</li>
 *   <li>{@link org.cxm.model.RecordSource#getCustomerSource <em>Customer Source</em>}</li>
 *   <li>{@link org.cxm.model.RecordSource#getFieldMappings <em>Field Mappings</em>}</li>
 *   <li>{@link org.cxm.model.RecordSource#getIdentityMappings <em>Identity Mappings</em>}</li>
 *   <li>{@link org.cxm.model.RecordSource#getClassificationRules <em>Classification Rules</em>}</li>
 *   <li>{@link org.cxm.model.RecordSource#getRequest <em>Request</em>}</li>
 * </ul>
 *
 * @see org.cxm.model.CxmPackage#getRecordSource()
 * @model
 * @generated
 */
public interface RecordSource extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.cxm.model.RecordKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What the records are.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.cxm.model.RecordKind
	 * @see #setKind(RecordKind)
	 * @see org.cxm.model.CxmPackage#getRecordSource_Kind()
	 * @model
	 * @generated
	 */
	RecordKind getKind();

	/**
	 * Sets the value of the '{@link org.cxm.model.RecordSource#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.cxm.model.RecordKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(RecordKind value);

	/**
	 * Returns the value of the '<em><b>Table</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The table to read; or give a query.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Table</em>' attribute.
	 * @see #setTable(String)
	 * @see org.cxm.model.CxmPackage#getRecordSource_Table()
	 * @model
	 * @generated
	 */
	String getTable();

	/**
	 * Sets the value of the '{@link org.cxm.model.RecordSource#getTable <em>Table</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Table</em>' attribute.
	 * @see #getTable()
	 * @generated
	 */
	void setTable(String value);

	/**
	 * Returns the value of the '<em><b>Query</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A SELECT to read instead of a table; it is wrapped as a sub-query.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Query</em>' attribute.
	 * @see #setQuery(String)
	 * @see org.cxm.model.CxmPackage#getRecordSource_Query()
	 * @model
	 * @generated
	 */
	String getQuery();

	/**
	 * Sets the value of the '{@link org.cxm.model.RecordSource#getQuery <em>Query</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Query</em>' attribute.
	 * @see #getQuery()
	 * @generated
	 */
	void setQuery(String value);

	/**
	 * Returns the value of the '<em><b>Named Query</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A query of the data source to read instead of a table or an own query.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Named Query</em>' reference.
	 * @see #setNamedQuery(NamedQuery)
	 * @see org.cxm.model.CxmPackage#getRecordSource_NamedQuery()
	 * @model
	 * @generated
	 */
	NamedQuery getNamedQuery();

	/**
	 * Sets the value of the '{@link org.cxm.model.RecordSource#getNamedQuery <em>Named Query</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Named Query</em>' reference.
	 * @see #getNamedQuery()
	 * @generated
	 */
	void setNamedQuery(NamedQuery value);

	/**
	 * Returns the value of the '<em><b>Filter</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A condition on the columns of the table or query, such as message_type = 'comment', that every read adds with AND; values in it are SQL literals.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Filter</em>' attribute.
	 * @see #setFilter(String)
	 * @see org.cxm.model.CxmPackage#getRecordSource_Filter()
	 * @model
	 * @generated
	 */
	String getFilter();

	/**
	 * Sets the value of the '{@link org.cxm.model.RecordSource#getFilter <em>Filter</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Filter</em>' attribute.
	 * @see #getFilter()
	 * @generated
	 */
	void setFilter(String value);

	/**
	 * Returns the value of the '<em><b>Primary Key</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Key columns; together they identify a record of this source.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Primary Key</em>' attribute list.
	 * @see org.cxm.model.CxmPackage#getRecordSource_PrimaryKey()
	 * @model
	 * @generated
	 */
	EList<String> getPrimaryKey();

	/**
	 * Returns the value of the '<em><b>Cursor Columns</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Columns whose values only grow when a record changes, such as date_modified; the key breaks ties.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Cursor Columns</em>' attribute list.
	 * @see org.cxm.model.CxmPackage#getRecordSource_CursorColumns()
	 * @model
	 * @generated
	 */
	EList<String> getCursorColumns();

	/**
	 * Returns the value of the '<em><b>Deleted Column</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The column that marks a record as deleted or archived, such as deleted or active.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Deleted Column</em>' attribute.
	 * @see #setDeletedColumn(String)
	 * @see org.cxm.model.CxmPackage#getRecordSource_DeletedColumn()
	 * @model
	 * @generated
	 */
	String getDeletedColumn();

	/**
	 * Sets the value of the '{@link org.cxm.model.RecordSource#getDeletedColumn <em>Deleted Column</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Deleted Column</em>' attribute.
	 * @see #getDeletedColumn()
	 * @generated
	 */
	void setDeletedColumn(String value);

	/**
	 * Returns the value of the '<em><b>Deleted Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The value of deletedColumn that means deleted, such as 1 or false.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Deleted Value</em>' attribute.
	 * @see #setDeletedValue(String)
	 * @see org.cxm.model.CxmPackage#getRecordSource_DeletedValue()
	 * @model
	 * @generated
	 */
	String getDeletedValue();

	/**
	 * Sets the value of the '{@link org.cxm.model.RecordSource#getDeletedValue <em>Deleted Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Deleted Value</em>' attribute.
	 * @see #getDeletedValue()
	 * @generated
	 */
	void setDeletedValue(String value);

	/**
	 * Returns the value of the '<em><b>Look Back Seconds</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How far before the cursor each incremental run reads again, for rows committed late.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Look Back Seconds</em>' attribute.
	 * @see #setLookBackSeconds(int)
	 * @see org.cxm.model.CxmPackage#getRecordSource_LookBackSeconds()
	 * @model default="0"
	 * @generated
	 */
	int getLookBackSeconds();

	/**
	 * Sets the value of the '{@link org.cxm.model.RecordSource#getLookBackSeconds <em>Look Back Seconds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Look Back Seconds</em>' attribute.
	 * @see #getLookBackSeconds()
	 * @generated
	 */
	void setLookBackSeconds(int value);

	/**
	 * Returns the value of the '<em><b>Reconcile Every Hours</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How often a sync also compares all keys with the source to find rows deleted physically; 0 for only when asked (cxm sync --reconcile).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Reconcile Every Hours</em>' attribute.
	 * @see #setReconcileEveryHours(int)
	 * @see org.cxm.model.CxmPackage#getRecordSource_ReconcileEveryHours()
	 * @model default="0"
	 * @generated
	 */
	int getReconcileEveryHours();

	/**
	 * Sets the value of the '{@link org.cxm.model.RecordSource#getReconcileEveryHours <em>Reconcile Every Hours</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reconcile Every Hours</em>' attribute.
	 * @see #getReconcileEveryHours()
	 * @generated
	 */
	void setReconcileEveryHours(int value);

	/**
	 * Returns the value of the '<em><b>Batch Size</b></em>' attribute.
	 * The default value is <code>"1000"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Records per transaction.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Batch Size</em>' attribute.
	 * @see #setBatchSize(int)
	 * @see org.cxm.model.CxmPackage#getRecordSource_BatchSize()
	 * @model default="1000"
	 * @generated
	 */
	int getBatchSize();

	/**
	 * Sets the value of the '{@link org.cxm.model.RecordSource#getBatchSize <em>Batch Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Batch Size</em>' attribute.
	 * @see #getBatchSize()
	 * @generated
	 */
	void setBatchSize(int value);

	/**
	 * Returns the value of the '<em><b>Customer Source</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * For interactions: the record source of the customers their customer reference points to.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Customer Source</em>' reference.
	 * @see #setCustomerSource(RecordSource)
	 * @see org.cxm.model.CxmPackage#getRecordSource_CustomerSource()
	 * @model
	 * @generated
	 */
	RecordSource getCustomerSource();

	/**
	 * Sets the value of the '{@link org.cxm.model.RecordSource#getCustomerSource <em>Customer Source</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Customer Source</em>' reference.
	 * @see #getCustomerSource()
	 * @generated
	 */
	void setCustomerSource(RecordSource value);

	/**
	 * Returns the value of the '<em><b>Field Mappings</b></em>' containment reference list.
	 * The list contents are of type {@link org.cxm.model.FieldMapping}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Field Mappings</em>' containment reference list.
	 * @see org.cxm.model.CxmPackage#getRecordSource_FieldMappings()
	 * @model containment="true"
	 * @generated
	 */
	EList<FieldMapping> getFieldMappings();

	/**
	 * Returns the value of the '<em><b>Identity Mappings</b></em>' containment reference list.
	 * The list contents are of type {@link org.cxm.model.IdentityMapping}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Identity Mappings</em>' containment reference list.
	 * @see org.cxm.model.CxmPackage#getRecordSource_IdentityMappings()
	 * @model containment="true"
	 * @generated
	 */
	EList<IdentityMapping> getIdentityMappings();

	/**
	 * Returns the value of the '<em><b>Classification Rules</b></em>' containment reference list.
	 * The list contents are of type {@link org.cxm.model.ClassificationRule}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Rules in priority order; the first that matches classifies a record.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Classification Rules</em>' containment reference list.
	 * @see org.cxm.model.CxmPackage#getRecordSource_ClassificationRules()
	 * @model containment="true"
	 * @generated
	 */
	EList<ClassificationRule> getClassificationRules();

	/**
	 * Returns the value of the '<em><b>Request</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * For a record source of an API data source: the request that reads its records and where they are in the answer. Key, cursor, soft-delete and mapped columns are then field paths in each record.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Request</em>' containment reference.
	 * @see #setRequest(ApiRequest)
	 * @see org.cxm.model.CxmPackage#getRecordSource_Request()
	 * @model containment="true"
	 * @generated
	 */
	ApiRequest getRequest();

	/**
	 * Sets the value of the '{@link org.cxm.model.RecordSource#getRequest <em>Request</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Request</em>' containment reference.
	 * @see #getRequest()
	 * @generated
	 */
	void setRequest(ApiRequest value);

} // RecordSource
