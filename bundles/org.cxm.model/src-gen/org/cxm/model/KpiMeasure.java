/**
 */
package org.cxm.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Kpi Measure</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * How a KPI is measured from the records of the customer history: an aggregate over the records a filter selects, per unified customer where the aggregate follows customers.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.cxm.model.KpiMeasure#getAggregate <em>Aggregate</em>}</li>
 *   <li>{@link org.cxm.model.KpiMeasure#getValue <em>Value</em>}</li>
 *   <li>{@link org.cxm.model.KpiMeasure#getPercentile <em>Percentile</em>}</li>
 *   <li>{@link org.cxm.model.KpiMeasure#getDurationUnit <em>Duration Unit</em>}</li>
 *   <li>{@link org.cxm.model.KpiMeasure#getWindowDays <em>Window Days</em>}</li>
 *   <li>{@link org.cxm.model.KpiMeasure#getPeriodDays <em>Period Days</em>}</li>
 *   <li>{@link org.cxm.model.KpiMeasure#getScale <em>Scale</em>}</li>
 *   <li>{@link org.cxm.model.KpiMeasure#getPromoterFrom <em>Promoter From</em>}</li>
 *   <li>{@link org.cxm.model.KpiMeasure#getDetractorUpTo <em>Detractor Up To</em>}</li>
 *   <li>{@link org.cxm.model.KpiMeasure#getRecords <em>Records</em>}</li>
 *   <li>{@link org.cxm.model.KpiMeasure#getMatching <em>Matching</em>}</li>
 *   <li>{@link org.cxm.model.KpiMeasure#getUntil <em>Until</em>}</li>
 *   <li>{@link org.cxm.model.KpiMeasure#getPer <em>Per</em>}</li>
 * </ul>
 *
 * @see org.cxm.model.CxmPackage#getKpiMeasure()
 * @model
 * @generated
 */
public interface KpiMeasure extends Identified {
	/**
	 * Returns the value of the '<em><b>Aggregate</b></em>' attribute.
	 * The literals are from the enumeration {@link org.cxm.model.MeasureAggregate}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What is computed from the selected records.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Aggregate</em>' attribute.
	 * @see org.cxm.model.MeasureAggregate
	 * @see #setAggregate(MeasureAggregate)
	 * @see org.cxm.model.CxmPackage#getKpiMeasure_Aggregate()
	 * @model
	 * @generated
	 */
	MeasureAggregate getAggregate();

	/**
	 * Sets the value of the '{@link org.cxm.model.KpiMeasure#getAggregate <em>Aggregate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Aggregate</em>' attribute.
	 * @see org.cxm.model.MeasureAggregate
	 * @see #getAggregate()
	 * @generated
	 */
	void setAggregate(MeasureAggregate value);

	/**
	 * Returns the value of the '<em><b>Value</b></em>' attribute.
	 * The literals are from the enumeration {@link org.cxm.model.MeasureValue}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * For average, median and percentile: the value of each record, or the duration from each record to the first later record of the same customer that until selects.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Value</em>' attribute.
	 * @see org.cxm.model.MeasureValue
	 * @see #setValue(MeasureValue)
	 * @see org.cxm.model.CxmPackage#getKpiMeasure_Value()
	 * @model
	 * @generated
	 */
	MeasureValue getValue();

	/**
	 * Sets the value of the '{@link org.cxm.model.KpiMeasure#getValue <em>Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Value</em>' attribute.
	 * @see org.cxm.model.MeasureValue
	 * @see #getValue()
	 * @generated
	 */
	void setValue(MeasureValue value);

	/**
	 * Returns the value of the '<em><b>Percentile</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * For percentile: which one, from 0 to 100, such as 90.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Percentile</em>' attribute.
	 * @see #setPercentile(Double)
	 * @see org.cxm.model.CxmPackage#getKpiMeasure_Percentile()
	 * @model
	 * @generated
	 */
	Double getPercentile();

	/**
	 * Sets the value of the '{@link org.cxm.model.KpiMeasure#getPercentile <em>Percentile</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Percentile</em>' attribute.
	 * @see #getPercentile()
	 * @generated
	 */
	void setPercentile(Double value);

	/**
	 * Returns the value of the '<em><b>Duration Unit</b></em>' attribute.
	 * The literals are from the enumeration {@link org.cxm.model.DurationUnit}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The unit durations are given in.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Duration Unit</em>' attribute.
	 * @see org.cxm.model.DurationUnit
	 * @see #setDurationUnit(DurationUnit)
	 * @see org.cxm.model.CxmPackage#getKpiMeasure_DurationUnit()
	 * @model
	 * @generated
	 */
	DurationUnit getDurationUnit();

	/**
	 * Sets the value of the '{@link org.cxm.model.KpiMeasure#getDurationUnit <em>Duration Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Duration Unit</em>' attribute.
	 * @see org.cxm.model.DurationUnit
	 * @see #getDurationUnit()
	 * @generated
	 */
	void setDurationUnit(DurationUnit value);

	/**
	 * Returns the value of the '<em><b>Window Days</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * For churn: days without a selected record after a customer's last that make the customer churned; for retention and repeat rate: days within which a further selected record counts.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Window Days</em>' attribute.
	 * @see #setWindowDays(int)
	 * @see org.cxm.model.CxmPackage#getKpiMeasure_WindowDays()
	 * @model default="0"
	 * @generated
	 */
	int getWindowDays();

	/**
	 * Sets the value of the '{@link org.cxm.model.KpiMeasure#getWindowDays <em>Window Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Window Days</em>' attribute.
	 * @see #getWindowDays()
	 * @generated
	 */
	void setWindowDays(int value);

	/**
	 * Returns the value of the '<em><b>Period Days</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Only records of the last days of the period measured (0: the whole period).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Period Days</em>' attribute.
	 * @see #setPeriodDays(int)
	 * @see org.cxm.model.CxmPackage#getKpiMeasure_PeriodDays()
	 * @model default="0"
	 * @generated
	 */
	int getPeriodDays();

	/**
	 * Sets the value of the '{@link org.cxm.model.KpiMeasure#getPeriodDays <em>Period Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Period Days</em>' attribute.
	 * @see #getPeriodDays()
	 * @generated
	 */
	void setPeriodDays(int value);

	/**
	 * Returns the value of the '<em><b>Scale</b></em>' attribute.
	 * The default value is <code>"100"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What a share or ratio is given per: 100 for a percentage or per 100 records.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Scale</em>' attribute.
	 * @see #setScale(double)
	 * @see org.cxm.model.CxmPackage#getKpiMeasure_Scale()
	 * @model default="100"
	 * @generated
	 */
	double getScale();

	/**
	 * Sets the value of the '{@link org.cxm.model.KpiMeasure#getScale <em>Scale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Scale</em>' attribute.
	 * @see #getScale()
	 * @generated
	 */
	void setScale(double value);

	/**
	 * Returns the value of the '<em><b>Promoter From</b></em>' attribute.
	 * The default value is <code>"9"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * For net promoter: the lowest score of a promoter (on the 0 to 10 scale, 9).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Promoter From</em>' attribute.
	 * @see #setPromoterFrom(double)
	 * @see org.cxm.model.CxmPackage#getKpiMeasure_PromoterFrom()
	 * @model default="9"
	 * @generated
	 */
	double getPromoterFrom();

	/**
	 * Sets the value of the '{@link org.cxm.model.KpiMeasure#getPromoterFrom <em>Promoter From</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Promoter From</em>' attribute.
	 * @see #getPromoterFrom()
	 * @generated
	 */
	void setPromoterFrom(double value);

	/**
	 * Returns the value of the '<em><b>Detractor Up To</b></em>' attribute.
	 * The default value is <code>"6"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * For net promoter: the highest score of a detractor (on the 0 to 10 scale, 6).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Detractor Up To</em>' attribute.
	 * @see #setDetractorUpTo(double)
	 * @see org.cxm.model.CxmPackage#getKpiMeasure_DetractorUpTo()
	 * @model default="6"
	 * @generated
	 */
	double getDetractorUpTo();

	/**
	 * Sets the value of the '{@link org.cxm.model.KpiMeasure#getDetractorUpTo <em>Detractor Up To</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Detractor Up To</em>' attribute.
	 * @see #getDetractorUpTo()
	 * @generated
	 */
	void setDetractorUpTo(double value);

	/**
	 * Returns the value of the '<em><b>Records</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The records measured: for conversion the customers who reached the first step, for churn and retention the records (such as orders) whose absence or repetition counts.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Records</em>' containment reference.
	 * @see #setRecords(RecordFilter)
	 * @see org.cxm.model.CxmPackage#getKpiMeasure_Records()
	 * @model containment="true"
	 * @generated
	 */
	RecordFilter getRecords();

	/**
	 * Sets the value of the '{@link org.cxm.model.KpiMeasure#getRecords <em>Records</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Records</em>' containment reference.
	 * @see #getRecords()
	 * @generated
	 */
	void setRecords(RecordFilter value);

	/**
	 * Returns the value of the '<em><b>Matching</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * For share: the measured records that count (such as survey scores of 4 or 5); for repeat rate: records that count as repeated themselves (such as reopened cases).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Matching</em>' containment reference.
	 * @see #setMatching(RecordFilter)
	 * @see org.cxm.model.CxmPackage#getKpiMeasure_Matching()
	 * @model containment="true"
	 * @generated
	 */
	RecordFilter getMatching();

	/**
	 * Sets the value of the '{@link org.cxm.model.KpiMeasure#getMatching <em>Matching</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Matching</em>' containment reference.
	 * @see #getMatching()
	 * @generated
	 */
	void setMatching(RecordFilter value);

	/**
	 * Returns the value of the '<em><b>Until</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * For durations: the record that ends each duration (such as the first outbound reply); for conversion: the step customers should reach after the first.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Until</em>' containment reference.
	 * @see #setUntil(RecordFilter)
	 * @see org.cxm.model.CxmPackage#getKpiMeasure_Until()
	 * @model containment="true"
	 * @generated
	 */
	RecordFilter getUntil();

	/**
	 * Sets the value of the '{@link org.cxm.model.KpiMeasure#getUntil <em>Until</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Until</em>' containment reference.
	 * @see #getUntil()
	 * @generated
	 */
	void setUntil(RecordFilter value);

	/**
	 * Returns the value of the '<em><b>Per</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * For ratio: the records the measured records are counted against (such as orders, for contacts per 100 orders).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Per</em>' containment reference.
	 * @see #setPer(RecordFilter)
	 * @see org.cxm.model.CxmPackage#getKpiMeasure_Per()
	 * @model containment="true"
	 * @generated
	 */
	RecordFilter getPer();

	/**
	 * Sets the value of the '{@link org.cxm.model.KpiMeasure#getPer <em>Per</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Per</em>' containment reference.
	 * @see #getPer()
	 * @generated
	 */
	void setPer(RecordFilter value);

} // KpiMeasure
