/**
 */
package org.cxm.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Kpi</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A measured indicator with a target.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.cxm.model.Kpi#getKind <em>Kind</em>}</li>
 *   <li>{@link org.cxm.model.Kpi#getUnit <em>Unit</em>}</li>
 *   <li>{@link org.cxm.model.Kpi#getTarget <em>Target</em>}</li>
 *   <li>{@link org.cxm.model.Kpi#getBenchmark <em>Benchmark</em>}</li>
 *   <li>{@link org.cxm.model.Kpi#getActual <em>Actual</em>}</li>
 *   <li>{@link org.cxm.model.Kpi#getDirection <em>Direction</em>}</li>
 *   <li>{@link org.cxm.model.Kpi#getScope <em>Scope</em>}</li>
 *   <li>{@link org.cxm.model.Kpi#getOwner <em>Owner</em>}</li>
 *   <li>{@link org.cxm.model.Kpi#getMeasure <em>Measure</em>}</li>
 * </ul>
 *
 * @see org.cxm.model.CxmPackage#getKpi()
 * @model
 * @generated
 */
public interface Kpi extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.cxm.model.KpiKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.cxm.model.KpiKind
	 * @see #setKind(KpiKind)
	 * @see org.cxm.model.CxmPackage#getKpi_Kind()
	 * @model
	 * @generated
	 */
	KpiKind getKind();

	/**
	 * Sets the value of the '{@link org.cxm.model.Kpi#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.cxm.model.KpiKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(KpiKind value);

	/**
	 * Returns the value of the '<em><b>Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Unit</em>' attribute.
	 * @see #setUnit(String)
	 * @see org.cxm.model.CxmPackage#getKpi_Unit()
	 * @model
	 * @generated
	 */
	String getUnit();

	/**
	 * Sets the value of the '{@link org.cxm.model.Kpi#getUnit <em>Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Unit</em>' attribute.
	 * @see #getUnit()
	 * @generated
	 */
	void setUnit(String value);

	/**
	 * Returns the value of the '<em><b>Target</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Target</em>' attribute.
	 * @see #setTarget(Double)
	 * @see org.cxm.model.CxmPackage#getKpi_Target()
	 * @model
	 * @generated
	 */
	Double getTarget();

	/**
	 * Sets the value of the '{@link org.cxm.model.Kpi#getTarget <em>Target</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target</em>' attribute.
	 * @see #getTarget()
	 * @generated
	 */
	void setTarget(Double value);

	/**
	 * Returns the value of the '<em><b>Benchmark</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Industry or baseline value the target is compared with.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Benchmark</em>' attribute.
	 * @see #setBenchmark(Double)
	 * @see org.cxm.model.CxmPackage#getKpi_Benchmark()
	 * @model
	 * @generated
	 */
	Double getBenchmark();

	/**
	 * Sets the value of the '{@link org.cxm.model.Kpi#getBenchmark <em>Benchmark</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Benchmark</em>' attribute.
	 * @see #getBenchmark()
	 * @generated
	 */
	void setBenchmark(Double value);

	/**
	 * Returns the value of the '<em><b>Actual</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Latest measured value, if any.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Actual</em>' attribute.
	 * @see #setActual(Double)
	 * @see org.cxm.model.CxmPackage#getKpi_Actual()
	 * @model
	 * @generated
	 */
	Double getActual();

	/**
	 * Sets the value of the '{@link org.cxm.model.Kpi#getActual <em>Actual</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Actual</em>' attribute.
	 * @see #getActual()
	 * @generated
	 */
	void setActual(Double value);

	/**
	 * Returns the value of the '<em><b>Direction</b></em>' attribute.
	 * The literals are from the enumeration {@link org.cxm.model.KpiDirection}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Direction</em>' attribute.
	 * @see org.cxm.model.KpiDirection
	 * @see #setDirection(KpiDirection)
	 * @see org.cxm.model.CxmPackage#getKpi_Direction()
	 * @model
	 * @generated
	 */
	KpiDirection getDirection();

	/**
	 * Sets the value of the '{@link org.cxm.model.Kpi#getDirection <em>Direction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Direction</em>' attribute.
	 * @see org.cxm.model.KpiDirection
	 * @see #getDirection()
	 * @generated
	 */
	void setDirection(KpiDirection value);

	/**
	 * Returns the value of the '<em><b>Scope</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The journey, stage or touchpoint the KPI measures; the owning journey when unset.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Scope</em>' reference.
	 * @see #setScope(KpiScope)
	 * @see org.cxm.model.CxmPackage#getKpi_Scope()
	 * @model
	 * @generated
	 */
	KpiScope getScope();

	/**
	 * Sets the value of the '{@link org.cxm.model.Kpi#getScope <em>Scope</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Scope</em>' reference.
	 * @see #getScope()
	 * @generated
	 */
	void setScope(KpiScope value);

	/**
	 * Returns the value of the '<em><b>Owner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Owner</em>' reference.
	 * @see #setOwner(Owner)
	 * @see org.cxm.model.CxmPackage#getKpi_Owner()
	 * @model
	 * @generated
	 */
	Owner getOwner();

	/**
	 * Sets the value of the '{@link org.cxm.model.Kpi#getOwner <em>Owner</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Owner</em>' reference.
	 * @see #getOwner()
	 * @generated
	 */
	void setOwner(Owner value);

	/**
	 * Returns the value of the '<em><b>Measure</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How the actual value is measured from the records of the customer history; without it the KPI has no live value.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Measure</em>' containment reference.
	 * @see #setMeasure(KpiMeasure)
	 * @see org.cxm.model.CxmPackage#getKpi_Measure()
	 * @model containment="true"
	 * @generated
	 */
	KpiMeasure getMeasure();

	/**
	 * Sets the value of the '{@link org.cxm.model.Kpi#getMeasure <em>Measure</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Measure</em>' containment reference.
	 * @see #getMeasure()
	 * @generated
	 */
	void setMeasure(KpiMeasure value);

} // Kpi
