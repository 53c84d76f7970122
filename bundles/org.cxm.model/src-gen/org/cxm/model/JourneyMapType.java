/**
 */
package org.cxm.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Journey Map Type</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * The kind of journey map.
 * <!-- end-model-doc -->
 * @see org.cxm.model.CxmPackage#getJourneyMapType()
 * @model
 * @generated
 */
public enum JourneyMapType implements Enumerator {
	/**
	 * The '<em><b>CURRENT STATE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CURRENT_STATE_VALUE
	 * @generated
	 * @ordered
	 */
	CURRENT_STATE(0, "CURRENT_STATE", "currentState"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>FUTURE STATE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FUTURE_STATE_VALUE
	 * @generated
	 * @ordered
	 */
	FUTURE_STATE(1, "FUTURE_STATE", "futureState"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>DAY IN THE LIFE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DAY_IN_THE_LIFE_VALUE
	 * @generated
	 * @ordered
	 */
	DAY_IN_THE_LIFE(2, "DAY_IN_THE_LIFE", "dayInTheLife"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>SERVICE BLUEPRINT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SERVICE_BLUEPRINT_VALUE
	 * @generated
	 * @ordered
	 */
	SERVICE_BLUEPRINT(3, "SERVICE_BLUEPRINT", "serviceBlueprint"); //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>CURRENT STATE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CURRENT_STATE
	 * @model literal="currentState"
	 * @generated
	 * @ordered
	 */
	public static final int CURRENT_STATE_VALUE = 0;

	/**
	 * The '<em><b>FUTURE STATE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FUTURE_STATE
	 * @model literal="futureState"
	 * @generated
	 * @ordered
	 */
	public static final int FUTURE_STATE_VALUE = 1;

	/**
	 * The '<em><b>DAY IN THE LIFE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DAY_IN_THE_LIFE
	 * @model literal="dayInTheLife"
	 * @generated
	 * @ordered
	 */
	public static final int DAY_IN_THE_LIFE_VALUE = 2;

	/**
	 * The '<em><b>SERVICE BLUEPRINT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SERVICE_BLUEPRINT
	 * @model literal="serviceBlueprint"
	 * @generated
	 * @ordered
	 */
	public static final int SERVICE_BLUEPRINT_VALUE = 3;

	/**
	 * An array of all the '<em><b>Journey Map Type</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final JourneyMapType[] VALUES_ARRAY =
		new JourneyMapType[] {
			CURRENT_STATE,
			FUTURE_STATE,
			DAY_IN_THE_LIFE,
			SERVICE_BLUEPRINT,
		};

	/**
	 * A public read-only list of all the '<em><b>Journey Map Type</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<JourneyMapType> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Journey Map Type</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static JourneyMapType get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			JourneyMapType result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Journey Map Type</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static JourneyMapType getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			JourneyMapType result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Journey Map Type</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static JourneyMapType get(int value) {
		switch (value) {
			case CURRENT_STATE_VALUE: return CURRENT_STATE;
			case FUTURE_STATE_VALUE: return FUTURE_STATE;
			case DAY_IN_THE_LIFE_VALUE: return DAY_IN_THE_LIFE;
			case SERVICE_BLUEPRINT_VALUE: return SERVICE_BLUEPRINT;
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
	private JourneyMapType(int value, String name, String literal) {
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
	
} //JourneyMapType
