/**
 */
package org.cxm.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Api Paginator</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * How the pages of an API answer follow each other, and when the last page has been read. A page token or link the API repeats stops the read with an error instead of reading the same pages forever.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.cxm.model.ApiPaginator#getKind <em>Kind</em>}</li>
 *   <li>{@link org.cxm.model.ApiPaginator#getPageSize <em>Page Size</em>}</li>
 *   <li>{@link org.cxm.model.ApiPaginator#getFirstPage <em>First Page</em>}</li>
 *   <li>{@link org.cxm.model.ApiPaginator#getNextPath <em>Next Path</em>}</li>
 *   <li>{@link org.cxm.model.ApiPaginator#getStopWhen <em>Stop When</em>}</li>
 *   <li>{@link org.cxm.model.ApiPaginator#getTotalPath <em>Total Path</em>}</li>
 *   <li>{@link org.cxm.model.ApiPaginator#getMaxPages <em>Max Pages</em>}</li>
 * </ul>
 *
 * @see org.cxm.model.CxmPackage#getApiPaginator()
 * @model
 * @generated
 */
public interface ApiPaginator extends Identified {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.cxm.model.PaginationKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * offset (${offset}, ${limit}), pageNumber (${page}, ${limit}), cursorToken (${pageToken} from nextPath), nextLink (the URL at nextPath) or linkHeader (the Link: rel=&quot;next&quot; header).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.cxm.model.PaginationKind
	 * @see #setKind(PaginationKind)
	 * @see org.cxm.model.CxmPackage#getApiPaginator_Kind()
	 * @model
	 * @generated
	 */
	PaginationKind getKind();

	/**
	 * Sets the value of the '{@link org.cxm.model.ApiPaginator#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.cxm.model.PaginationKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(PaginationKind value);

	/**
	 * Returns the value of the '<em><b>Page Size</b></em>' attribute.
	 * The default value is <code>"100"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Records asked for a page (${limit}).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Page Size</em>' attribute.
	 * @see #setPageSize(int)
	 * @see org.cxm.model.CxmPackage#getApiPaginator_PageSize()
	 * @model default="100"
	 * @generated
	 */
	int getPageSize();

	/**
	 * Sets the value of the '{@link org.cxm.model.ApiPaginator#getPageSize <em>Page Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Page Size</em>' attribute.
	 * @see #getPageSize()
	 * @generated
	 */
	void setPageSize(int value);

	/**
	 * Returns the value of the '<em><b>First Page</b></em>' attribute.
	 * The default value is <code>"1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * For pageNumber: the number of the first page.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>First Page</em>' attribute.
	 * @see #setFirstPage(int)
	 * @see org.cxm.model.CxmPackage#getApiPaginator_FirstPage()
	 * @model default="1"
	 * @generated
	 */
	int getFirstPage();

	/**
	 * Sets the value of the '{@link org.cxm.model.ApiPaginator#getFirstPage <em>First Page</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>First Page</em>' attribute.
	 * @see #getFirstPage()
	 * @generated
	 */
	void setFirstPage(int value);

	/**
	 * Returns the value of the '<em><b>Next Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * For cursorToken and nextLink: where the next page token or URL is in the answer.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Next Path</em>' attribute.
	 * @see #setNextPath(String)
	 * @see org.cxm.model.CxmPackage#getApiPaginator_NextPath()
	 * @model
	 * @generated
	 */
	String getNextPath();

	/**
	 * Sets the value of the '{@link org.cxm.model.ApiPaginator#getNextPath <em>Next Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Next Path</em>' attribute.
	 * @see #getNextPath()
	 * @generated
	 */
	void setNextPath(String value);

	/**
	 * Returns the value of the '<em><b>Stop When</b></em>' attribute.
	 * The literals are from the enumeration {@link org.cxm.model.PageStop}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When the last page has been read; it must be set.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Stop When</em>' attribute.
	 * @see org.cxm.model.PageStop
	 * @see #isSetStopWhen()
	 * @see #unsetStopWhen()
	 * @see #setStopWhen(PageStop)
	 * @see org.cxm.model.CxmPackage#getApiPaginator_StopWhen()
	 * @model unsettable="true"
	 * @generated
	 */
	PageStop getStopWhen();

	/**
	 * Sets the value of the '{@link org.cxm.model.ApiPaginator#getStopWhen <em>Stop When</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Stop When</em>' attribute.
	 * @see org.cxm.model.PageStop
	 * @see #isSetStopWhen()
	 * @see #unsetStopWhen()
	 * @see #getStopWhen()
	 * @generated
	 */
	void setStopWhen(PageStop value);

	/**
	 * Unsets the value of the '{@link org.cxm.model.ApiPaginator#getStopWhen <em>Stop When</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetStopWhen()
	 * @see #getStopWhen()
	 * @see #setStopWhen(PageStop)
	 * @generated
	 */
	void unsetStopWhen();

	/**
	 * Returns whether the value of the '{@link org.cxm.model.ApiPaginator#getStopWhen <em>Stop When</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Stop When</em>' attribute is set.
	 * @see #unsetStopWhen()
	 * @see #getStopWhen()
	 * @see #setStopWhen(PageStop)
	 * @generated
	 */
	boolean isSetStopWhen();

	/**
	 * Returns the value of the '<em><b>Total Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * For stopWhen totalReached: where the total number of records is in the answer.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Total Path</em>' attribute.
	 * @see #setTotalPath(String)
	 * @see org.cxm.model.CxmPackage#getApiPaginator_TotalPath()
	 * @model
	 * @generated
	 */
	String getTotalPath();

	/**
	 * Sets the value of the '{@link org.cxm.model.ApiPaginator#getTotalPath <em>Total Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Total Path</em>' attribute.
	 * @see #getTotalPath()
	 * @generated
	 */
	void setTotalPath(String value);

	/**
	 * Returns the value of the '<em><b>Max Pages</b></em>' attribute.
	 * The default value is <code>"100000"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A guard: reading more pages than this in one read is an error.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Max Pages</em>' attribute.
	 * @see #setMaxPages(int)
	 * @see org.cxm.model.CxmPackage#getApiPaginator_MaxPages()
	 * @model default="100000"
	 * @generated
	 */
	int getMaxPages();

	/**
	 * Sets the value of the '{@link org.cxm.model.ApiPaginator#getMaxPages <em>Max Pages</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Max Pages</em>' attribute.
	 * @see #getMaxPages()
	 * @generated
	 */
	void setMaxPages(int value);

} // ApiPaginator
