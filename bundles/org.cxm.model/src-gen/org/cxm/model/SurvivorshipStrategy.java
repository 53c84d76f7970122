/**
 */
package org.cxm.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Survivorship Strategy</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Which value a golden-record field keeps.
 * <!-- end-model-doc -->
 * @see org.cxm.model.CxmPackage#getSurvivorshipStrategy()
 * @model
 * @generated
 */
public enum SurvivorshipStrategy implements Enumerator {
	/**
	 * The '<em><b>SOURCE PRIORITY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SOURCE_PRIORITY_VALUE
	 * @generated
	 * @ordered
	 */
	SOURCE_PRIORITY(0, "SOURCE_PRIORITY", "sourcePriority"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>MOST RECENT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MOST_RECENT_VALUE
	 * @generated
	 * @ordered
	 */
	MOST_RECENT(1, "MOST_RECENT", "mostRecent"); //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>SOURCE PRIORITY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SOURCE_PRIORITY
	 * @model literal="sourcePriority"
	 * @generated
	 * @ordered
	 */
	public static final int SOURCE_PRIORITY_VALUE = 0;

	/**
	 * The '<em><b>MOST RECENT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MOST_RECENT
	 * @model literal="mostRecent"
	 * @generated
	 * @ordered
	 */
	public static final int MOST_RECENT_VALUE = 1;

	/**
	 * An array of all the '<em><b>Survivorship Strategy</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final SurvivorshipStrategy[] VALUES_ARRAY =
		new SurvivorshipStrategy[] {
			SOURCE_PRIORITY,
			MOST_RECENT,
		};

	/**
	 * A public read-only list of all the '<em><b>Survivorship Strategy</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<SurvivorshipStrategy> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Survivorship Strategy</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static SurvivorshipStrategy get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			SurvivorshipStrategy result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Survivorship Strategy</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static SurvivorshipStrategy getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			SurvivorshipStrategy result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Survivorship Strategy</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static SurvivorshipStrategy get(int value) {
		switch (value) {
			case SOURCE_PRIORITY_VALUE: return SOURCE_PRIORITY;
			case MOST_RECENT_VALUE: return MOST_RECENT;
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
	private SurvivorshipStrategy(int value, String name, String literal) {
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
	
} //SurvivorshipStrategy
