/**
 */
package org.cxm.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Measure Aggregate</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * What a KPI measure computes from the records it selects.
 * <!-- end-model-doc -->
 * @see org.cxm.model.CxmPackage#getMeasureAggregate()
 * @model
 * @generated
 */
public enum MeasureAggregate implements Enumerator {
	/**
	 * The '<em><b>COUNT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COUNT_VALUE
	 * @generated
	 * @ordered
	 */
	COUNT(0, "COUNT", "count"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>SHARE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SHARE_VALUE
	 * @generated
	 * @ordered
	 */
	SHARE(1, "SHARE", "share"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>RATIO</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RATIO_VALUE
	 * @generated
	 * @ordered
	 */
	RATIO(2, "RATIO", "ratio"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>AVERAGE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #AVERAGE_VALUE
	 * @generated
	 * @ordered
	 */
	AVERAGE(3, "AVERAGE", "average"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>MEDIAN</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MEDIAN_VALUE
	 * @generated
	 * @ordered
	 */
	MEDIAN(4, "MEDIAN", "median"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>PERCENTILE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PERCENTILE_VALUE
	 * @generated
	 * @ordered
	 */
	PERCENTILE(5, "PERCENTILE", "percentile"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>NET PROMOTER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NET_PROMOTER_VALUE
	 * @generated
	 * @ordered
	 */
	NET_PROMOTER(6, "NET_PROMOTER", "netPromoter"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>CONVERSION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CONVERSION_VALUE
	 * @generated
	 * @ordered
	 */
	CONVERSION(7, "CONVERSION", "conversion"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>RETENTION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RETENTION_VALUE
	 * @generated
	 * @ordered
	 */
	RETENTION(8, "RETENTION", "retention"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>CHURN</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CHURN_VALUE
	 * @generated
	 * @ordered
	 */
	CHURN(9, "CHURN", "churn"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>REPEAT RATE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REPEAT_RATE_VALUE
	 * @generated
	 * @ordered
	 */
	REPEAT_RATE(10, "REPEAT_RATE", "repeatRate"); //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>COUNT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COUNT
	 * @model literal="count"
	 * @generated
	 * @ordered
	 */
	public static final int COUNT_VALUE = 0;

	/**
	 * The '<em><b>SHARE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SHARE
	 * @model literal="share"
	 * @generated
	 * @ordered
	 */
	public static final int SHARE_VALUE = 1;

	/**
	 * The '<em><b>RATIO</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RATIO
	 * @model literal="ratio"
	 * @generated
	 * @ordered
	 */
	public static final int RATIO_VALUE = 2;

	/**
	 * The '<em><b>AVERAGE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #AVERAGE
	 * @model literal="average"
	 * @generated
	 * @ordered
	 */
	public static final int AVERAGE_VALUE = 3;

	/**
	 * The '<em><b>MEDIAN</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MEDIAN
	 * @model literal="median"
	 * @generated
	 * @ordered
	 */
	public static final int MEDIAN_VALUE = 4;

	/**
	 * The '<em><b>PERCENTILE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PERCENTILE
	 * @model literal="percentile"
	 * @generated
	 * @ordered
	 */
	public static final int PERCENTILE_VALUE = 5;

	/**
	 * The '<em><b>NET PROMOTER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NET_PROMOTER
	 * @model literal="netPromoter"
	 * @generated
	 * @ordered
	 */
	public static final int NET_PROMOTER_VALUE = 6;

	/**
	 * The '<em><b>CONVERSION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CONVERSION
	 * @model literal="conversion"
	 * @generated
	 * @ordered
	 */
	public static final int CONVERSION_VALUE = 7;

	/**
	 * The '<em><b>RETENTION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RETENTION
	 * @model literal="retention"
	 * @generated
	 * @ordered
	 */
	public static final int RETENTION_VALUE = 8;

	/**
	 * The '<em><b>CHURN</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CHURN
	 * @model literal="churn"
	 * @generated
	 * @ordered
	 */
	public static final int CHURN_VALUE = 9;

	/**
	 * The '<em><b>REPEAT RATE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REPEAT_RATE
	 * @model literal="repeatRate"
	 * @generated
	 * @ordered
	 */
	public static final int REPEAT_RATE_VALUE = 10;

	/**
	 * An array of all the '<em><b>Measure Aggregate</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final MeasureAggregate[] VALUES_ARRAY =
		new MeasureAggregate[] {
			COUNT,
			SHARE,
			RATIO,
			AVERAGE,
			MEDIAN,
			PERCENTILE,
			NET_PROMOTER,
			CONVERSION,
			RETENTION,
			CHURN,
			REPEAT_RATE,
		};

	/**
	 * A public read-only list of all the '<em><b>Measure Aggregate</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<MeasureAggregate> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Measure Aggregate</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static MeasureAggregate get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			MeasureAggregate result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Measure Aggregate</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static MeasureAggregate getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			MeasureAggregate result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Measure Aggregate</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static MeasureAggregate get(int value) {
		switch (value) {
			case COUNT_VALUE: return COUNT;
			case SHARE_VALUE: return SHARE;
			case RATIO_VALUE: return RATIO;
			case AVERAGE_VALUE: return AVERAGE;
			case MEDIAN_VALUE: return MEDIAN;
			case PERCENTILE_VALUE: return PERCENTILE;
			case NET_PROMOTER_VALUE: return NET_PROMOTER;
			case CONVERSION_VALUE: return CONVERSION;
			case RETENTION_VALUE: return RETENTION;
			case CHURN_VALUE: return CHURN;
			case REPEAT_RATE_VALUE: return REPEAT_RATE;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final int value;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String name;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String literal;

	/**
	 * Only this class can construct instances.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private MeasureAggregate(int value, String name, String literal) {
		this.value = value;
		this.name = name;
		this.literal = literal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue() {
	  return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
	  return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLiteral() {
	  return literal;
	}

	/**
	 * Returns the literal value of the enumerator, which is its string representation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		return literal;
	}
	
} //MeasureAggregate
