/**
 */
package org.cxm.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Kpi Scope</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A journey, stage or touchpoint: the scopes a KPI can measure.
 * <!-- end-model-doc -->
 *
 *
 * @see org.cxm.model.CxmPackage#getKpiScope()
 * @model abstract="true"
 * @generated
 */
public interface KpiScope extends NamedElement {
} // KpiScope
