/**
 */
package org.cxm.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Measure Value</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * The value of a record that an average, median or percentile is taken of.
 * <!-- end-model-doc -->
 * @see org.cxm.model.CxmPackage#getMeasureValue()
 * @model
 * @generated
 */
public enum MeasureValue implements Enumerator {
	/**
	 * The '<em><b>SURVEY SCORE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SURVEY_SCORE_VALUE
	 * @generated
	 * @ordered
	 */
	SURVEY_SCORE(0, "SURVEY_SCORE", "surveyScore"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>AMOUNT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #AMOUNT_VALUE
	 * @generated
	 * @ordered
	 */
	AMOUNT(1, "AMOUNT", "amount"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>DURATION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DURATION_VALUE
	 * @generated
	 * @ordered
	 */
	DURATION(2, "DURATION", "duration"); //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>SURVEY SCORE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SURVEY_SCORE
	 * @model literal="surveyScore"
	 * @generated
	 * @ordered
	 */
	public static final int SURVEY_SCORE_VALUE = 0;

	/**
	 * The '<em><b>AMOUNT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #AMOUNT
	 * @model literal="amount"
	 * @generated
	 * @ordered
	 */
	public static final int AMOUNT_VALUE = 1;

	/**
	 * The '<em><b>DURATION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DURATION
	 * @model literal="duration"
	 * @generated
	 * @ordered
	 */
	public static final int DURATION_VALUE = 2;

	/**
	 * An array of all the '<em><b>Measure Value</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final MeasureValue[] VALUES_ARRAY =
		new MeasureValue[] {
			SURVEY_SCORE,
			AMOUNT,
			DURATION,
		};

	/**
	 * A public read-only list of all the '<em><b>Measure Value</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<MeasureValue> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Measure Value</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static MeasureValue get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			MeasureValue result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Measure Value</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static MeasureValue getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			MeasureValue result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Measure Value</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static MeasureValue get(int value) {
		switch (value) {
			case SURVEY_SCORE_VALUE: return SURVEY_SCORE;
			case AMOUNT_VALUE: return AMOUNT;
			case DURATION_VALUE: return DURATION;
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
	private MeasureValue(int value, String name, String literal) {
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
	
} //MeasureValue
