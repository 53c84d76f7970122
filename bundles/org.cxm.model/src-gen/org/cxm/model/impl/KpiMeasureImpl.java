/**
 */
package org.cxm.model.impl;

import org.cxm.model.CxmPackage;
import org.cxm.model.DurationUnit;
import org.cxm.model.KpiMeasure;
import org.cxm.model.MeasureAggregate;
import org.cxm.model.MeasureValue;
import org.cxm.model.RecordFilter;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Kpi Measure</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.cxm.model.impl.KpiMeasureImpl#getAggregate <em>Aggregate</em>}</li>
 *   <li>{@link org.cxm.model.impl.KpiMeasureImpl#getValue <em>Value</em>}</li>
 *   <li>{@link org.cxm.model.impl.KpiMeasureImpl#getPercentile <em>Percentile</em>}</li>
 *   <li>{@link org.cxm.model.impl.KpiMeasureImpl#getDurationUnit <em>Duration Unit</em>}</li>
 *   <li>{@link org.cxm.model.impl.KpiMeasureImpl#getWindowDays <em>Window Days</em>}</li>
 *   <li>{@link org.cxm.model.impl.KpiMeasureImpl#getPeriodDays <em>Period Days</em>}</li>
 *   <li>{@link org.cxm.model.impl.KpiMeasureImpl#getScale <em>Scale</em>}</li>
 *   <li>{@link org.cxm.model.impl.KpiMeasureImpl#getPromoterFrom <em>Promoter From</em>}</li>
 *   <li>{@link org.cxm.model.impl.KpiMeasureImpl#getDetractorUpTo <em>Detractor Up To</em>}</li>
 *   <li>{@link org.cxm.model.impl.KpiMeasureImpl#getRecords <em>Records</em>}</li>
 *   <li>{@link org.cxm.model.impl.KpiMeasureImpl#getMatching <em>Matching</em>}</li>
 *   <li>{@link org.cxm.model.impl.KpiMeasureImpl#getUntil <em>Until</em>}</li>
 *   <li>{@link org.cxm.model.impl.KpiMeasureImpl#getPer <em>Per</em>}</li>
 * </ul>
 *
 * @generated
 */
public class KpiMeasureImpl extends IdentifiedImpl implements KpiMeasure {
	/**
	 * The default value of the '{@link #getAggregate() <em>Aggregate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAggregate()
	 * @generated
	 * @ordered
	 */
	protected static final MeasureAggregate AGGREGATE_EDEFAULT = MeasureAggregate.COUNT;

	/**
	 * The cached value of the '{@link #getAggregate() <em>Aggregate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAggregate()
	 * @generated
	 * @ordered
	 */
	protected MeasureAggregate aggregate = AGGREGATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getValue() <em>Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValue()
	 * @generated
	 * @ordered
	 */
	protected static final MeasureValue VALUE_EDEFAULT = MeasureValue.SURVEY_SCORE;

	/**
	 * The cached value of the '{@link #getValue() <em>Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValue()
	 * @generated
	 * @ordered
	 */
	protected MeasureValue value = VALUE_EDEFAULT;

	/**
	 * The default value of the '{@link #getPercentile() <em>Percentile</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPercentile()
	 * @generated
	 * @ordered
	 */
	protected static final Double PERCENTILE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPercentile() <em>Percentile</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPercentile()
	 * @generated
	 * @ordered
	 */
	protected Double percentile = PERCENTILE_EDEFAULT;

	/**
	 * The default value of the '{@link #getDurationUnit() <em>Duration Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDurationUnit()
	 * @generated
	 * @ordered
	 */
	protected static final DurationUnit DURATION_UNIT_EDEFAULT = DurationUnit.SECONDS;

	/**
	 * The cached value of the '{@link #getDurationUnit() <em>Duration Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDurationUnit()
	 * @generated
	 * @ordered
	 */
	protected DurationUnit durationUnit = DURATION_UNIT_EDEFAULT;

	/**
	 * The default value of the '{@link #getWindowDays() <em>Window Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWindowDays()
	 * @generated
	 * @ordered
	 */
	protected static final int WINDOW_DAYS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getWindowDays() <em>Window Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWindowDays()
	 * @generated
	 * @ordered
	 */
	protected int windowDays = WINDOW_DAYS_EDEFAULT;

	/**
	 * The default value of the '{@link #getPeriodDays() <em>Period Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPeriodDays()
	 * @generated
	 * @ordered
	 */
	protected static final int PERIOD_DAYS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getPeriodDays() <em>Period Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPeriodDays()
	 * @generated
	 * @ordered
	 */
	protected int periodDays = PERIOD_DAYS_EDEFAULT;

	/**
	 * The default value of the '{@link #getScale() <em>Scale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScale()
	 * @generated
	 * @ordered
	 */
	protected static final double SCALE_EDEFAULT = 100.0;

	/**
	 * The cached value of the '{@link #getScale() <em>Scale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScale()
	 * @generated
	 * @ordered
	 */
	protected double scale = SCALE_EDEFAULT;

	/**
	 * The default value of the '{@link #getPromoterFrom() <em>Promoter From</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPromoterFrom()
	 * @generated
	 * @ordered
	 */
	protected static final double PROMOTER_FROM_EDEFAULT = 9.0;

	/**
	 * The cached value of the '{@link #getPromoterFrom() <em>Promoter From</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPromoterFrom()
	 * @generated
	 * @ordered
	 */
	protected double promoterFrom = PROMOTER_FROM_EDEFAULT;

	/**
	 * The default value of the '{@link #getDetractorUpTo() <em>Detractor Up To</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDetractorUpTo()
	 * @generated
	 * @ordered
	 */
	protected static final double DETRACTOR_UP_TO_EDEFAULT = 6.0;

	/**
	 * The cached value of the '{@link #getDetractorUpTo() <em>Detractor Up To</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDetractorUpTo()
	 * @generated
	 * @ordered
	 */
	protected double detractorUpTo = DETRACTOR_UP_TO_EDEFAULT;

	/**
	 * The cached value of the '{@link #getRecords() <em>Records</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRecords()
	 * @generated
	 * @ordered
	 */
	protected RecordFilter records;

	/**
	 * The cached value of the '{@link #getMatching() <em>Matching</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMatching()
	 * @generated
	 * @ordered
	 */
	protected RecordFilter matching;

	/**
	 * The cached value of the '{@link #getUntil() <em>Until</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUntil()
	 * @generated
	 * @ordered
	 */
	protected RecordFilter until;

	/**
	 * The cached value of the '{@link #getPer() <em>Per</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPer()
	 * @generated
	 * @ordered
	 */
	protected RecordFilter per;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected KpiMeasureImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CxmPackage.Literals.KPI_MEASURE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MeasureAggregate getAggregate() {
		return aggregate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAggregate(MeasureAggregate newAggregate) {
		MeasureAggregate oldAggregate = aggregate;
		aggregate = newAggregate == null ? AGGREGATE_EDEFAULT : newAggregate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CxmPackage.KPI_MEASURE__AGGREGATE, oldAggregate, aggregate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MeasureValue getValue() {
		return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setValue(MeasureValue newValue) {
		MeasureValue oldValue = value;
		value = newValue == null ? VALUE_EDEFAULT : newValue;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CxmPackage.KPI_MEASURE__VALUE, oldValue, value));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Double getPercentile() {
		return percentile;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPercentile(Double newPercentile) {
		Double oldPercentile = percentile;
		percentile = newPercentile;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CxmPackage.KPI_MEASURE__PERCENTILE, oldPercentile, percentile));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DurationUnit getDurationUnit() {
		return durationUnit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDurationUnit(DurationUnit newDurationUnit) {
		DurationUnit oldDurationUnit = durationUnit;
		durationUnit = newDurationUnit == null ? DURATION_UNIT_EDEFAULT : newDurationUnit;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CxmPackage.KPI_MEASURE__DURATION_UNIT, oldDurationUnit, durationUnit));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getWindowDays() {
		return windowDays;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWindowDays(int newWindowDays) {
		int oldWindowDays = windowDays;
		windowDays = newWindowDays;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CxmPackage.KPI_MEASURE__WINDOW_DAYS, oldWindowDays, windowDays));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getPeriodDays() {
		return periodDays;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPeriodDays(int newPeriodDays) {
		int oldPeriodDays = periodDays;
		periodDays = newPeriodDays;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CxmPackage.KPI_MEASURE__PERIOD_DAYS, oldPeriodDays, periodDays));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getScale() {
		return scale;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setScale(double newScale) {
		double oldScale = scale;
		scale = newScale;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CxmPackage.KPI_MEASURE__SCALE, oldScale, scale));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getPromoterFrom() {
		return promoterFrom;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPromoterFrom(double newPromoterFrom) {
		double oldPromoterFrom = promoterFrom;
		promoterFrom = newPromoterFrom;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CxmPackage.KPI_MEASURE__PROMOTER_FROM, oldPromoterFrom, promoterFrom));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getDetractorUpTo() {
		return detractorUpTo;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDetractorUpTo(double newDetractorUpTo) {
		double oldDetractorUpTo = detractorUpTo;
		detractorUpTo = newDetractorUpTo;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CxmPackage.KPI_MEASURE__DETRACTOR_UP_TO, oldDetractorUpTo, detractorUpTo));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RecordFilter getRecords() {
		return records;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetRecords(RecordFilter newRecords, NotificationChain msgs) {
		RecordFilter oldRecords = records;
		records = newRecords;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CxmPackage.KPI_MEASURE__RECORDS, oldRecords, newRecords);
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
	public void setRecords(RecordFilter newRecords) {
		if (newRecords != records) {
			NotificationChain msgs = null;
			if (records != null)
				msgs = ((InternalEObject)records).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CxmPackage.KPI_MEASURE__RECORDS, null, msgs);
			if (newRecords != null)
				msgs = ((InternalEObject)newRecords).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CxmPackage.KPI_MEASURE__RECORDS, null, msgs);
			msgs = basicSetRecords(newRecords, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CxmPackage.KPI_MEASURE__RECORDS, newRecords, newRecords));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RecordFilter getMatching() {
		return matching;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetMatching(RecordFilter newMatching, NotificationChain msgs) {
		RecordFilter oldMatching = matching;
		matching = newMatching;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CxmPackage.KPI_MEASURE__MATCHING, oldMatching, newMatching);
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
	public void setMatching(RecordFilter newMatching) {
		if (newMatching != matching) {
			NotificationChain msgs = null;
			if (matching != null)
				msgs = ((InternalEObject)matching).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CxmPackage.KPI_MEASURE__MATCHING, null, msgs);
			if (newMatching != null)
				msgs = ((InternalEObject)newMatching).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CxmPackage.KPI_MEASURE__MATCHING, null, msgs);
			msgs = basicSetMatching(newMatching, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CxmPackage.KPI_MEASURE__MATCHING, newMatching, newMatching));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RecordFilter getUntil() {
		return until;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetUntil(RecordFilter newUntil, NotificationChain msgs) {
		RecordFilter oldUntil = until;
		until = newUntil;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CxmPackage.KPI_MEASURE__UNTIL, oldUntil, newUntil);
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
	public void setUntil(RecordFilter newUntil) {
		if (newUntil != until) {
			NotificationChain msgs = null;
			if (until != null)
				msgs = ((InternalEObject)until).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CxmPackage.KPI_MEASURE__UNTIL, null, msgs);
			if (newUntil != null)
				msgs = ((InternalEObject)newUntil).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CxmPackage.KPI_MEASURE__UNTIL, null, msgs);
			msgs = basicSetUntil(newUntil, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CxmPackage.KPI_MEASURE__UNTIL, newUntil, newUntil));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RecordFilter getPer() {
		return per;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetPer(RecordFilter newPer, NotificationChain msgs) {
		RecordFilter oldPer = per;
		per = newPer;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CxmPackage.KPI_MEASURE__PER, oldPer, newPer);
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
	public void setPer(RecordFilter newPer) {
		if (newPer != per) {
			NotificationChain msgs = null;
			if (per != null)
				msgs = ((InternalEObject)per).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CxmPackage.KPI_MEASURE__PER, null, msgs);
			if (newPer != null)
				msgs = ((InternalEObject)newPer).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CxmPackage.KPI_MEASURE__PER, null, msgs);
			msgs = basicSetPer(newPer, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CxmPackage.KPI_MEASURE__PER, newPer, newPer));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CxmPackage.KPI_MEASURE__RECORDS:
				return basicSetRecords(null, msgs);
			case CxmPackage.KPI_MEASURE__MATCHING:
				return basicSetMatching(null, msgs);
			case CxmPackage.KPI_MEASURE__UNTIL:
				return basicSetUntil(null, msgs);
			case CxmPackage.KPI_MEASURE__PER:
				return basicSetPer(null, msgs);
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
			case CxmPackage.KPI_MEASURE__AGGREGATE:
				return getAggregate();
			case CxmPackage.KPI_MEASURE__VALUE:
				return getValue();
			case CxmPackage.KPI_MEASURE__PERCENTILE:
				return getPercentile();
			case CxmPackage.KPI_MEASURE__DURATION_UNIT:
				return getDurationUnit();
			case CxmPackage.KPI_MEASURE__WINDOW_DAYS:
				return getWindowDays();
			case CxmPackage.KPI_MEASURE__PERIOD_DAYS:
				return getPeriodDays();
			case CxmPackage.KPI_MEASURE__SCALE:
				return getScale();
			case CxmPackage.KPI_MEASURE__PROMOTER_FROM:
				return getPromoterFrom();
			case CxmPackage.KPI_MEASURE__DETRACTOR_UP_TO:
				return getDetractorUpTo();
			case CxmPackage.KPI_MEASURE__RECORDS:
				return getRecords();
			case CxmPackage.KPI_MEASURE__MATCHING:
				return getMatching();
			case CxmPackage.KPI_MEASURE__UNTIL:
				return getUntil();
			case CxmPackage.KPI_MEASURE__PER:
				return getPer();
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
			case CxmPackage.KPI_MEASURE__AGGREGATE:
				setAggregate((MeasureAggregate)newValue);
				return;
			case CxmPackage.KPI_MEASURE__VALUE:
				setValue((MeasureValue)newValue);
				return;
			case CxmPackage.KPI_MEASURE__PERCENTILE:
				setPercentile((Double)newValue);
				return;
			case CxmPackage.KPI_MEASURE__DURATION_UNIT:
				setDurationUnit((DurationUnit)newValue);
				return;
			case CxmPackage.KPI_MEASURE__WINDOW_DAYS:
				setWindowDays((Integer)newValue);
				return;
			case CxmPackage.KPI_MEASURE__PERIOD_DAYS:
				setPeriodDays((Integer)newValue);
				return;
			case CxmPackage.KPI_MEASURE__SCALE:
				setScale((Double)newValue);
				return;
			case CxmPackage.KPI_MEASURE__PROMOTER_FROM:
				setPromoterFrom((Double)newValue);
				return;
			case CxmPackage.KPI_MEASURE__DETRACTOR_UP_TO:
				setDetractorUpTo((Double)newValue);
				return;
			case CxmPackage.KPI_MEASURE__RECORDS:
				setRecords((RecordFilter)newValue);
				return;
			case CxmPackage.KPI_MEASURE__MATCHING:
				setMatching((RecordFilter)newValue);
				return;
			case CxmPackage.KPI_MEASURE__UNTIL:
				setUntil((RecordFilter)newValue);
				return;
			case CxmPackage.KPI_MEASURE__PER:
				setPer((RecordFilter)newValue);
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
			case CxmPackage.KPI_MEASURE__AGGREGATE:
				setAggregate(AGGREGATE_EDEFAULT);
				return;
			case CxmPackage.KPI_MEASURE__VALUE:
				setValue(VALUE_EDEFAULT);
				return;
			case CxmPackage.KPI_MEASURE__PERCENTILE:
				setPercentile(PERCENTILE_EDEFAULT);
				return;
			case CxmPackage.KPI_MEASURE__DURATION_UNIT:
				setDurationUnit(DURATION_UNIT_EDEFAULT);
				return;
			case CxmPackage.KPI_MEASURE__WINDOW_DAYS:
				setWindowDays(WINDOW_DAYS_EDEFAULT);
				return;
			case CxmPackage.KPI_MEASURE__PERIOD_DAYS:
				setPeriodDays(PERIOD_DAYS_EDEFAULT);
				return;
			case CxmPackage.KPI_MEASURE__SCALE:
				setScale(SCALE_EDEFAULT);
				return;
			case CxmPackage.KPI_MEASURE__PROMOTER_FROM:
				setPromoterFrom(PROMOTER_FROM_EDEFAULT);
				return;
			case CxmPackage.KPI_MEASURE__DETRACTOR_UP_TO:
				setDetractorUpTo(DETRACTOR_UP_TO_EDEFAULT);
				return;
			case CxmPackage.KPI_MEASURE__RECORDS:
				setRecords((RecordFilter)null);
				return;
			case CxmPackage.KPI_MEASURE__MATCHING:
				setMatching((RecordFilter)null);
				return;
			case CxmPackage.KPI_MEASURE__UNTIL:
				setUntil((RecordFilter)null);
				return;
			case CxmPackage.KPI_MEASURE__PER:
				setPer((RecordFilter)null);
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
			case CxmPackage.KPI_MEASURE__AGGREGATE:
				return aggregate != AGGREGATE_EDEFAULT;
			case CxmPackage.KPI_MEASURE__VALUE:
				return value != VALUE_EDEFAULT;
			case CxmPackage.KPI_MEASURE__PERCENTILE:
				return PERCENTILE_EDEFAULT == null ? percentile != null : !PERCENTILE_EDEFAULT.equals(percentile);
			case CxmPackage.KPI_MEASURE__DURATION_UNIT:
				return durationUnit != DURATION_UNIT_EDEFAULT;
			case CxmPackage.KPI_MEASURE__WINDOW_DAYS:
				return windowDays != WINDOW_DAYS_EDEFAULT;
			case CxmPackage.KPI_MEASURE__PERIOD_DAYS:
				return periodDays != PERIOD_DAYS_EDEFAULT;
			case CxmPackage.KPI_MEASURE__SCALE:
				return scale != SCALE_EDEFAULT;
			case CxmPackage.KPI_MEASURE__PROMOTER_FROM:
				return promoterFrom != PROMOTER_FROM_EDEFAULT;
			case CxmPackage.KPI_MEASURE__DETRACTOR_UP_TO:
				return detractorUpTo != DETRACTOR_UP_TO_EDEFAULT;
			case CxmPackage.KPI_MEASURE__RECORDS:
				return records != null;
			case CxmPackage.KPI_MEASURE__MATCHING:
				return matching != null;
			case CxmPackage.KPI_MEASURE__UNTIL:
				return until != null;
			case CxmPackage.KPI_MEASURE__PER:
				return per != null;
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
		result.append(" (aggregate: "); //$NON-NLS-1$
		result.append(aggregate);
		result.append(", value: "); //$NON-NLS-1$
		result.append(value);
		result.append(", percentile: "); //$NON-NLS-1$
		result.append(percentile);
		result.append(", durationUnit: "); //$NON-NLS-1$
		result.append(durationUnit);
		result.append(", windowDays: "); //$NON-NLS-1$
		result.append(windowDays);
		result.append(", periodDays: "); //$NON-NLS-1$
		result.append(periodDays);
		result.append(", scale: "); //$NON-NLS-1$
		result.append(scale);
		result.append(", promoterFrom: "); //$NON-NLS-1$
		result.append(promoterFrom);
		result.append(", detractorUpTo: "); //$NON-NLS-1$
		result.append(detractorUpTo);
		result.append(')');
		return result.toString();
	}

} //KpiMeasureImpl
