/**
 */
package org.cxm.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Api Request</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * What a record source asks its API for, where the records are in the answer, how pages follow each other and how an incremental run asks only for what changed. Placeholders in the path, parameters and body: ${since} (the cursor, written with sinceFormat), ${limit}, ${offset}, ${page}, ${pageToken} and ${deltaToken}.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.cxm.model.ApiRequest#getMethod <em>Method</em>}</li>
 *   <li>{@link org.cxm.model.ApiRequest#getPath <em>Path</em>}</li>
 *   <li>{@link org.cxm.model.ApiRequest#getParameters <em>Parameters</em>}</li>
 *   <li>{@link org.cxm.model.ApiRequest#getBody <em>Body</em>}</li>
 *   <li>{@link org.cxm.model.ApiRequest#getRecordsPath <em>Records Path</em>}</li>
 *   <li>{@link org.cxm.model.ApiRequest#getSinceFormat <em>Since Format</em>}</li>
 *   <li>{@link org.cxm.model.ApiRequest#getDeltaTokenPath <em>Delta Token Path</em>}</li>
 *   <li>{@link org.cxm.model.ApiRequest#isFalseIsEmpty <em>False Is Empty</em>}</li>
 *   <li>{@link org.cxm.model.ApiRequest#getPaginator <em>Paginator</em>}</li>
 *   <li>{@link org.cxm.model.ApiRequest#getDeletedRecords <em>Deleted Records</em>}</li>
 *   <li>{@link org.cxm.model.ApiRequest#getDeletedKeyPath <em>Deleted Key Path</em>}</li>
 *   <li>{@link org.cxm.model.ApiRequest#getDeletedCursorPath <em>Deleted Cursor Path</em>}</li>
 * </ul>
 *
 * @see org.cxm.model.CxmPackage#getApiRequest()
 * @model
 * @generated
 */
public interface ApiRequest extends Identified {
	/**
	 * Returns the value of the '<em><b>Method</b></em>' attribute.
	 * The literals are from the enumeration {@link org.cxm.model.HttpMethod}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * GET, or POST for RPC-style APIs such as Odoo's /json/2/&lt;model&gt;/&lt;method&gt;.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Method</em>' attribute.
	 * @see org.cxm.model.HttpMethod
	 * @see #setMethod(HttpMethod)
	 * @see org.cxm.model.CxmPackage#getApiRequest_Method()
	 * @model
	 * @generated
	 */
	HttpMethod getMethod();

	/**
	 * Sets the value of the '{@link org.cxm.model.ApiRequest#getMethod <em>Method</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Method</em>' attribute.
	 * @see org.cxm.model.HttpMethod
	 * @see #getMethod()
	 * @generated
	 */
	void setMethod(HttpMethod value);

	/**
	 * Returns the value of the '<em><b>Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The path after the base URL, such as /api/resource/Contact.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Path</em>' attribute.
	 * @see #setPath(String)
	 * @see org.cxm.model.CxmPackage#getApiRequest_Path()
	 * @model
	 * @generated
	 */
	String getPath();

	/**
	 * Sets the value of the '{@link org.cxm.model.ApiRequest#getPath <em>Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Path</em>' attribute.
	 * @see #getPath()
	 * @generated
	 */
	void setPath(String value);

	/**
	 * Returns the value of the '<em><b>Parameters</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Query parameters, each written name=value without URL encoding; a parameter whose value is only a placeholder that is empty is left out.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Parameters</em>' attribute list.
	 * @see org.cxm.model.CxmPackage#getApiRequest_Parameters()
	 * @model
	 * @generated
	 */
	EList<String> getParameters();

	/**
	 * Returns the value of the '<em><b>Body</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * For POST: the JSON body; placeholders inside JSON strings are escaped as JSON.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Body</em>' attribute.
	 * @see #setBody(String)
	 * @see org.cxm.model.CxmPackage#getApiRequest_Body()
	 * @model
	 * @generated
	 */
	String getBody();

	/**
	 * Sets the value of the '{@link org.cxm.model.ApiRequest#getBody <em>Body</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Body</em>' attribute.
	 * @see #getBody()
	 * @generated
	 */
	void setBody(String value);

	/**
	 * Returns the value of the '<em><b>Records Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Where the array of records is in the answer: a JSON pointer (/data) or a dotted path (data, result.records); the answer itself when empty.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Records Path</em>' attribute.
	 * @see #setRecordsPath(String)
	 * @see org.cxm.model.CxmPackage#getApiRequest_RecordsPath()
	 * @model
	 * @generated
	 */
	String getRecordsPath();

	/**
	 * Sets the value of the '{@link org.cxm.model.ApiRequest#getRecordsPath <em>Records Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Records Path</em>' attribute.
	 * @see #getRecordsPath()
	 * @generated
	 */
	void setRecordsPath(String value);

	/**
	 * Returns the value of the '<em><b>Since Format</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How ${since} is written: a java.time pattern such as yyyy-MM-dd HH:mm:ss; ISO 8601 (2024-05-01T10:20:30) when empty. The first run asks since 1970-01-01 00:00:00.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Since Format</em>' attribute.
	 * @see #setSinceFormat(String)
	 * @see org.cxm.model.CxmPackage#getApiRequest_SinceFormat()
	 * @model
	 * @generated
	 */
	String getSinceFormat();

	/**
	 * Sets the value of the '{@link org.cxm.model.ApiRequest#getSinceFormat <em>Since Format</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Since Format</em>' attribute.
	 * @see #getSinceFormat()
	 * @generated
	 */
	void setSinceFormat(String value);

	/**
	 * Returns the value of the '<em><b>Delta Token Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * For APIs that answer with an opaque delta token instead of filtering on a modified time: where the next token is in the last page; the token is kept as the cursor and sent as ${deltaToken}.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Delta Token Path</em>' attribute.
	 * @see #setDeltaTokenPath(String)
	 * @see org.cxm.model.CxmPackage#getApiRequest_DeltaTokenPath()
	 * @model
	 * @generated
	 */
	String getDeltaTokenPath();

	/**
	 * Sets the value of the '{@link org.cxm.model.ApiRequest#getDeltaTokenPath <em>Delta Token Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Delta Token Path</em>' attribute.
	 * @see #getDeltaTokenPath()
	 * @generated
	 */
	void setDeltaTokenPath(String value);

	/**
	 * Returns the value of the '<em><b>False Is Empty</b></em>' attribute.
	 * The default value is <code>"false"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Read JSON false as an empty value in every field but the soft-delete column, as Odoo writes false for an empty field.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>False Is Empty</em>' attribute.
	 * @see #setFalseIsEmpty(boolean)
	 * @see org.cxm.model.CxmPackage#getApiRequest_FalseIsEmpty()
	 * @model default="false"
	 * @generated
	 */
	boolean isFalseIsEmpty();

	/**
	 * Sets the value of the '{@link org.cxm.model.ApiRequest#isFalseIsEmpty <em>False Is Empty</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>False Is Empty</em>' attribute.
	 * @see #isFalseIsEmpty()
	 * @generated
	 */
	void setFalseIsEmpty(boolean value);

	/**
	 * Returns the value of the '<em><b>Paginator</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How the pages of an answer follow each other; one page when unset.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Paginator</em>' containment reference.
	 * @see #setPaginator(ApiPaginator)
	 * @see org.cxm.model.CxmPackage#getApiRequest_Paginator()
	 * @model containment="true"
	 * @generated
	 */
	ApiPaginator getPaginator();

	/**
	 * Sets the value of the '{@link org.cxm.model.ApiRequest#getPaginator <em>Paginator</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Paginator</em>' containment reference.
	 * @see #getPaginator()
	 * @generated
	 */
	void setPaginator(ApiPaginator value);

	/**
	 * Returns the value of the '<em><b>Deleted Records</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A separate request whose records are the deleted records of this record source (such as Frappe's Deleted Document), read after the record source in each run from a cursor of its own; its records need only a key path and a cursor path.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Deleted Records</em>' containment reference.
	 * @see #setDeletedRecords(ApiRequest)
	 * @see org.cxm.model.CxmPackage#getApiRequest_DeletedRecords()
	 * @model containment="true"
	 * @generated
	 */
	ApiRequest getDeletedRecords();

	/**
	 * Sets the value of the '{@link org.cxm.model.ApiRequest#getDeletedRecords <em>Deleted Records</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Deleted Records</em>' containment reference.
	 * @see #getDeletedRecords()
	 * @generated
	 */
	void setDeletedRecords(ApiRequest value);

	/**
	 * Returns the value of the '<em><b>Deleted Key Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * For a deleted-records request: the field of each record that holds the key of the deleted record, such as deleted_name.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Deleted Key Path</em>' attribute.
	 * @see #setDeletedKeyPath(String)
	 * @see org.cxm.model.CxmPackage#getApiRequest_DeletedKeyPath()
	 * @model
	 * @generated
	 */
	String getDeletedKeyPath();

	/**
	 * Sets the value of the '{@link org.cxm.model.ApiRequest#getDeletedKeyPath <em>Deleted Key Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Deleted Key Path</em>' attribute.
	 * @see #getDeletedKeyPath()
	 * @generated
	 */
	void setDeletedKeyPath(String value);

	/**
	 * Returns the value of the '<em><b>Deleted Cursor Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * For a deleted-records request: the field that only grows, such as modified.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Deleted Cursor Path</em>' attribute.
	 * @see #setDeletedCursorPath(String)
	 * @see org.cxm.model.CxmPackage#getApiRequest_DeletedCursorPath()
	 * @model
	 * @generated
	 */
	String getDeletedCursorPath();

	/**
	 * Sets the value of the '{@link org.cxm.model.ApiRequest#getDeletedCursorPath <em>Deleted Cursor Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Deleted Cursor Path</em>' attribute.
	 * @see #getDeletedCursorPath()
	 * @generated
	 */
	void setDeletedCursorPath(String value);

} // ApiRequest
