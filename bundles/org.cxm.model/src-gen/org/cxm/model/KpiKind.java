/**
 */
package org.cxm.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Kpi Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Kinds of KPI.
 * <!-- end-model-doc -->
 * @see org.cxm.model.CxmPackage#getKpiKind()
 * @model
 * @generated
 */
public enum KpiKind implements Enumerator {
	/**
	 * The '<em><b>NPS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NPS_VALUE
	 * @generated
	 * @ordered
	 */
	NPS(0, "NPS", "nps"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>CSAT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CSAT_VALUE
	 * @generated
	 * @ordered
	 */
	CSAT(1, "CSAT", "csat"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>CES</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CES_VALUE
	 * @generated
	 * @ordered
	 */
	CES(2, "CES", "ces"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>RETENTION RATE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RETENTION_RATE_VALUE
	 * @generated
	 * @ordered
	 */
	RETENTION_RATE(3, "RETENTION_RATE", "retentionRate"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>CHURN RATE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CHURN_RATE_VALUE
	 * @generated
	 * @ordered
	 */
	CHURN_RATE(4, "CHURN_RATE", "churnRate"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>FIRST RESPONSE TIME</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FIRST_RESPONSE_TIME_VALUE
	 * @generated
	 * @ordered
	 */
	FIRST_RESPONSE_TIME(5, "FIRST_RESPONSE_TIME", "firstResponseTime"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>TIME TO RESOLUTION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TIME_TO_RESOLUTION_VALUE
	 * @generated
	 * @ordered
	 */
	TIME_TO_RESOLUTION(6, "TIME_TO_RESOLUTION", "timeToResolution"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>CONVERSION RATE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CONVERSION_RATE_VALUE
	 * @generated
	 * @ordered
	 */
	CONVERSION_RATE(7, "CONVERSION_RATE", "conversionRate"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>CAMPAIGN OPEN RATE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CAMPAIGN_OPEN_RATE_VALUE
	 * @generated
	 * @ordered
	 */
	CAMPAIGN_OPEN_RATE(8, "CAMPAIGN_OPEN_RATE", "campaignOpenRate"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>CLICK THROUGH RATE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CLICK_THROUGH_RATE_VALUE
	 * @generated
	 * @ordered
	 */
	CLICK_THROUGH_RATE(9, "CLICK_THROUGH_RATE", "clickThroughRate"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>CUSTOM</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CUSTOM_VALUE
	 * @generated
	 * @ordered
	 */
	CUSTOM(10, "CUSTOM", "custom"); //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>NPS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NPS
	 * @model literal="nps"
	 * @generated
	 * @ordered
	 */
	public static final int NPS_VALUE = 0;

	/**
	 * The '<em><b>CSAT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CSAT
	 * @model literal="csat"
	 * @generated
	 * @ordered
	 */
	public static final int CSAT_VALUE = 1;

	/**
	 * The '<em><b>CES</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CES
	 * @model literal="ces"
	 * @generated
	 * @ordered
	 */
	public static final int CES_VALUE = 2;

	/**
	 * The '<em><b>RETENTION RATE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RETENTION_RATE
	 * @model literal="retentionRate"
	 * @generated
	 * @ordered
	 */
	public static final int RETENTION_RATE_VALUE = 3;

	/**
	 * The '<em><b>CHURN RATE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CHURN_RATE
	 * @model literal="churnRate"
	 * @generated
	 * @ordered
	 */
	public static final int CHURN_RATE_VALUE = 4;

	/**
	 * The '<em><b>FIRST RESPONSE TIME</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FIRST_RESPONSE_TIME
	 * @model literal="firstResponseTime"
	 * @generated
	 * @ordered
	 */
	public static final int FIRST_RESPONSE_TIME_VALUE = 5;

	/**
	 * The '<em><b>TIME TO RESOLUTION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TIME_TO_RESOLUTION
	 * @model literal="timeToResolution"
	 * @generated
	 * @ordered
	 */
	public static final int TIME_TO_RESOLUTION_VALUE = 6;

	/**
	 * The '<em><b>CONVERSION RATE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CONVERSION_RATE
	 * @model literal="conversionRate"
	 * @generated
	 * @ordered
	 */
	public static final int CONVERSION_RATE_VALUE = 7;

	/**
	 * The '<em><b>CAMPAIGN OPEN RATE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CAMPAIGN_OPEN_RATE
	 * @model literal="campaignOpenRate"
	 * @generated
	 * @ordered
	 */
	public static final int CAMPAIGN_OPEN_RATE_VALUE = 8;

	/**
	 * The '<em><b>CLICK THROUGH RATE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CLICK_THROUGH_RATE
	 * @model literal="clickThroughRate"
	 * @generated
	 * @ordered
	 */
	public static final int CLICK_THROUGH_RATE_VALUE = 9;

	/**
	 * The '<em><b>CUSTOM</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CUSTOM
	 * @model literal="custom"
	 * @generated
	 * @ordered
	 */
	public static final int CUSTOM_VALUE = 10;

	/**
	 * An array of all the '<em><b>Kpi Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final KpiKind[] VALUES_ARRAY =
		new KpiKind[] {
			NPS,
			CSAT,
			CES,
			RETENTION_RATE,
			CHURN_RATE,
			FIRST_RESPONSE_TIME,
			TIME_TO_RESOLUTION,
			CONVERSION_RATE,
			CAMPAIGN_OPEN_RATE,
			CLICK_THROUGH_RATE,
			CUSTOM,
		};

	/**
	 * A public read-only list of all the '<em><b>Kpi Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<KpiKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Kpi Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static KpiKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			KpiKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Kpi Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static KpiKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			KpiKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Kpi Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static KpiKind get(int value) {
		switch (value) {
			case NPS_VALUE: return NPS;
			case CSAT_VALUE: return CSAT;
			case CES_VALUE: return CES;
			case RETENTION_RATE_VALUE: return RETENTION_RATE;
			case CHURN_RATE_VALUE: return CHURN_RATE;
			case FIRST_RESPONSE_TIME_VALUE: return FIRST_RESPONSE_TIME;
			case TIME_TO_RESOLUTION_VALUE: return TIME_TO_RESOLUTION;
			case CONVERSION_RATE_VALUE: return CONVERSION_RATE;
			case CAMPAIGN_OPEN_RATE_VALUE: return CAMPAIGN_OPEN_RATE;
			case CLICK_THROUGH_RATE_VALUE: return CLICK_THROUGH_RATE;
			case CUSTOM_VALUE: return CUSTOM;
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
	private KpiKind(int value, String name, String literal) {
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
	
} //KpiKind
