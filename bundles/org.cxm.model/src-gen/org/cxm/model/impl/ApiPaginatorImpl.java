/**
 */
package org.cxm.model.impl;

import org.cxm.model.ApiPaginator;
import org.cxm.model.CxmPackage;
import org.cxm.model.PageStop;
import org.cxm.model.PaginationKind;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Api Paginator</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.cxm.model.impl.ApiPaginatorImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.cxm.model.impl.ApiPaginatorImpl#getPageSize <em>Page Size</em>}</li>
 *   <li>{@link org.cxm.model.impl.ApiPaginatorImpl#getFirstPage <em>First Page</em>}</li>
 *   <li>{@link org.cxm.model.impl.ApiPaginatorImpl#getNextPath <em>Next Path</em>}</li>
 *   <li>{@link org.cxm.model.impl.ApiPaginatorImpl#getStopWhen <em>Stop When</em>}</li>
 *   <li>{@link org.cxm.model.impl.ApiPaginatorImpl#getTotalPath <em>Total Path</em>}</li>
 *   <li>{@link org.cxm.model.impl.ApiPaginatorImpl#getMaxPages <em>Max Pages</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ApiPaginatorImpl extends IdentifiedImpl implements ApiPaginator {
	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final PaginationKind KIND_EDEFAULT = PaginationKind.OFFSET;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected PaginationKind kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getPageSize() <em>Page Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPageSize()
	 * @generated
	 * @ordered
	 */
	protected static final int PAGE_SIZE_EDEFAULT = 100;

	/**
	 * The cached value of the '{@link #getPageSize() <em>Page Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPageSize()
	 * @generated
	 * @ordered
	 */
	protected int pageSize = PAGE_SIZE_EDEFAULT;

	/**
	 * The default value of the '{@link #getFirstPage() <em>First Page</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFirstPage()
	 * @generated
	 * @ordered
	 */
	protected static final int FIRST_PAGE_EDEFAULT = 1;

	/**
	 * The cached value of the '{@link #getFirstPage() <em>First Page</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFirstPage()
	 * @generated
	 * @ordered
	 */
	protected int firstPage = FIRST_PAGE_EDEFAULT;

	/**
	 * The default value of the '{@link #getNextPath() <em>Next Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNextPath()
	 * @generated
	 * @ordered
	 */
	protected static final String NEXT_PATH_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNextPath() <em>Next Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNextPath()
	 * @generated
	 * @ordered
	 */
	protected String nextPath = NEXT_PATH_EDEFAULT;

	/**
	 * The default value of the '{@link #getStopWhen() <em>Stop When</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStopWhen()
	 * @generated
	 * @ordered
	 */
	protected static final PageStop STOP_WHEN_EDEFAULT = PageStop.EMPTY_PAGE;

	/**
	 * The cached value of the '{@link #getStopWhen() <em>Stop When</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStopWhen()
	 * @generated
	 * @ordered
	 */
	protected PageStop stopWhen = STOP_WHEN_EDEFAULT;

	/**
	 * This is true if the Stop When attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean stopWhenESet;

	/**
	 * The default value of the '{@link #getTotalPath() <em>Total Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTotalPath()
	 * @generated
	 * @ordered
	 */
	protected static final String TOTAL_PATH_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTotalPath() <em>Total Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTotalPath()
	 * @generated
	 * @ordered
	 */
	protected String totalPath = TOTAL_PATH_EDEFAULT;

	/**
	 * The default value of the '{@link #getMaxPages() <em>Max Pages</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxPages()
	 * @generated
	 * @ordered
	 */
	protected static final int MAX_PAGES_EDEFAULT = 100000;

	/**
	 * The cached value of the '{@link #getMaxPages() <em>Max Pages</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxPages()
	 * @generated
	 * @ordered
	 */
	protected int maxPages = MAX_PAGES_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ApiPaginatorImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CxmPackage.Literals.API_PAGINATOR;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PaginationKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(PaginationKind newKind) {
		PaginationKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CxmPackage.API_PAGINATOR__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getPageSize() {
		return pageSize;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPageSize(int newPageSize) {
		int oldPageSize = pageSize;
		pageSize = newPageSize;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CxmPackage.API_PAGINATOR__PAGE_SIZE, oldPageSize, pageSize));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getFirstPage() {
		return firstPage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFirstPage(int newFirstPage) {
		int oldFirstPage = firstPage;
		firstPage = newFirstPage;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CxmPackage.API_PAGINATOR__FIRST_PAGE, oldFirstPage, firstPage));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNextPath() {
		return nextPath;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNextPath(String newNextPath) {
		String oldNextPath = nextPath;
		nextPath = newNextPath;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CxmPackage.API_PAGINATOR__NEXT_PATH, oldNextPath, nextPath));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PageStop getStopWhen() {
		return stopWhen;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStopWhen(PageStop newStopWhen) {
		PageStop oldStopWhen = stopWhen;
		stopWhen = newStopWhen == null ? STOP_WHEN_EDEFAULT : newStopWhen;
		boolean oldStopWhenESet = stopWhenESet;
		stopWhenESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CxmPackage.API_PAGINATOR__STOP_WHEN, oldStopWhen, stopWhen, !oldStopWhenESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetStopWhen() {
		PageStop oldStopWhen = stopWhen;
		boolean oldStopWhenESet = stopWhenESet;
		stopWhen = STOP_WHEN_EDEFAULT;
		stopWhenESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, CxmPackage.API_PAGINATOR__STOP_WHEN, oldStopWhen, STOP_WHEN_EDEFAULT, oldStopWhenESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetStopWhen() {
		return stopWhenESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTotalPath() {
		return totalPath;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTotalPath(String newTotalPath) {
		String oldTotalPath = totalPath;
		totalPath = newTotalPath;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CxmPackage.API_PAGINATOR__TOTAL_PATH, oldTotalPath, totalPath));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getMaxPages() {
		return maxPages;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMaxPages(int newMaxPages) {
		int oldMaxPages = maxPages;
		maxPages = newMaxPages;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CxmPackage.API_PAGINATOR__MAX_PAGES, oldMaxPages, maxPages));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CxmPackage.API_PAGINATOR__KIND:
				return getKind();
			case CxmPackage.API_PAGINATOR__PAGE_SIZE:
				return getPageSize();
			case CxmPackage.API_PAGINATOR__FIRST_PAGE:
				return getFirstPage();
			case CxmPackage.API_PAGINATOR__NEXT_PATH:
				return getNextPath();
			case CxmPackage.API_PAGINATOR__STOP_WHEN:
				return getStopWhen();
			case CxmPackage.API_PAGINATOR__TOTAL_PATH:
				return getTotalPath();
			case CxmPackage.API_PAGINATOR__MAX_PAGES:
				return getMaxPages();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case CxmPackage.API_PAGINATOR__KIND:
				setKind((PaginationKind)newValue);
				return;
			case CxmPackage.API_PAGINATOR__PAGE_SIZE:
				setPageSize((Integer)newValue);
				return;
			case CxmPackage.API_PAGINATOR__FIRST_PAGE:
				setFirstPage((Integer)newValue);
				return;
			case CxmPackage.API_PAGINATOR__NEXT_PATH:
				setNextPath((String)newValue);
				return;
			case CxmPackage.API_PAGINATOR__STOP_WHEN:
				setStopWhen((PageStop)newValue);
				return;
			case CxmPackage.API_PAGINATOR__TOTAL_PATH:
				setTotalPath((String)newValue);
				return;
			case CxmPackage.API_PAGINATOR__MAX_PAGES:
				setMaxPages((Integer)newValue);
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
			case CxmPackage.API_PAGINATOR__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case CxmPackage.API_PAGINATOR__PAGE_SIZE:
				setPageSize(PAGE_SIZE_EDEFAULT);
				return;
			case CxmPackage.API_PAGINATOR__FIRST_PAGE:
				setFirstPage(FIRST_PAGE_EDEFAULT);
				return;
			case CxmPackage.API_PAGINATOR__NEXT_PATH:
				setNextPath(NEXT_PATH_EDEFAULT);
				return;
			case CxmPackage.API_PAGINATOR__STOP_WHEN:
				unsetStopWhen();
				return;
			case CxmPackage.API_PAGINATOR__TOTAL_PATH:
				setTotalPath(TOTAL_PATH_EDEFAULT);
				return;
			case CxmPackage.API_PAGINATOR__MAX_PAGES:
				setMaxPages(MAX_PAGES_EDEFAULT);
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
			case CxmPackage.API_PAGINATOR__KIND:
				return kind != KIND_EDEFAULT;
			case CxmPackage.API_PAGINATOR__PAGE_SIZE:
				return pageSize != PAGE_SIZE_EDEFAULT;
			case CxmPackage.API_PAGINATOR__FIRST_PAGE:
				return firstPage != FIRST_PAGE_EDEFAULT;
			case CxmPackage.API_PAGINATOR__NEXT_PATH:
				return NEXT_PATH_EDEFAULT == null ? nextPath != null : !NEXT_PATH_EDEFAULT.equals(nextPath);
			case CxmPackage.API_PAGINATOR__STOP_WHEN:
				return isSetStopWhen();
			case CxmPackage.API_PAGINATOR__TOTAL_PATH:
				return TOTAL_PATH_EDEFAULT == null ? totalPath != null : !TOTAL_PATH_EDEFAULT.equals(totalPath);
			case CxmPackage.API_PAGINATOR__MAX_PAGES:
				return maxPages != MAX_PAGES_EDEFAULT;
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
		result.append(", pageSize: "); //$NON-NLS-1$
		result.append(pageSize);
		result.append(", firstPage: "); //$NON-NLS-1$
		result.append(firstPage);
		result.append(", nextPath: "); //$NON-NLS-1$
		result.append(nextPath);
		result.append(", stopWhen: "); //$NON-NLS-1$
		if (stopWhenESet) result.append(stopWhen); else result.append("<unset>"); //$NON-NLS-1$
		result.append(", totalPath: "); //$NON-NLS-1$
		result.append(totalPath);
		result.append(", maxPages: "); //$NON-NLS-1$
		result.append(maxPages);
		result.append(')');
		return result.toString();
	}

} //ApiPaginatorImpl
