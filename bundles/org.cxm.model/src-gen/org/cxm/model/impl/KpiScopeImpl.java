/**
 */
package org.cxm.model.impl;

import org.cxm.model.CxmPackage;
import org.cxm.model.KpiScope;

import org.eclipse.emf.ecore.EClass;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Kpi Scope</b></em>'.
 * <!-- end-user-doc -->
 *
 * @generated
 */
public abstract class KpiScopeImpl extends NamedElementImpl implements KpiScope {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected KpiScopeImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CxmPackage.Literals.KPI_SCOPE;
	}

} //KpiScopeImpl
