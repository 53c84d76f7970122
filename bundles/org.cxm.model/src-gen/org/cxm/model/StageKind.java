/**
 */
package org.cxm.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Stage Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * The standard stages, in their natural order, and custom for any other.
 * <!-- end-model-doc -->
 * @see org.cxm.model.CxmPackage#getStageKind()
 * @model
 * @generated
 */
public enum StageKind implements Enumerator {
	/**
	 * The '<em><b>AWARENESS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #AWARENESS_VALUE
	 * @generated
	 * @ordered
	 */
	AWARENESS(0, "AWARENESS", "awareness"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>CONSIDERATION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CONSIDERATION_VALUE
	 * @generated
	 * @ordered
	 */
	CONSIDERATION(1, "CONSIDERATION", "consideration"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>PURCHASE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PURCHASE_VALUE
	 * @generated
	 * @ordered
	 */
	PURCHASE(2, "PURCHASE", "purchase"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>RETENTION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RETENTION_VALUE
	 * @generated
	 * @ordered
	 */
	RETENTION(3, "RETENTION", "retention"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>ADVOCACY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ADVOCACY_VALUE
	 * @generated
	 * @ordered
	 */
	ADVOCACY(4, "ADVOCACY", "advocacy"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>CUSTOM</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CUSTOM_VALUE
	 * @generated
	 * @ordered
	 */
	CUSTOM(5, "CUSTOM", "custom"); //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>AWARENESS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #AWARENESS
	 * @model literal="awareness"
	 * @generated
	 * @ordered
	 */
	public static final int AWARENESS_VALUE = 0;

	/**
	 * The '<em><b>CONSIDERATION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CONSIDERATION
	 * @model literal="consideration"
	 * @generated
	 * @ordered
	 */
	public static final int CONSIDERATION_VALUE = 1;

	/**
	 * The '<em><b>PURCHASE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PURCHASE
	 * @model literal="purchase"
	 * @generated
	 * @ordered
	 */
	public static final int PURCHASE_VALUE = 2;

	/**
	 * The '<em><b>RETENTION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RETENTION
	 * @model literal="retention"
	 * @generated
	 * @ordered
	 */
	public static final int RETENTION_VALUE = 3;

	/**
	 * The '<em><b>ADVOCACY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ADVOCACY
	 * @model literal="advocacy"
	 * @generated
	 * @ordered
	 */
	public static final int ADVOCACY_VALUE = 4;

	/**
	 * The '<em><b>CUSTOM</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CUSTOM
	 * @model literal="custom"
	 * @generated
	 * @ordered
	 */
	public static final int CUSTOM_VALUE = 5;

	/**
	 * An array of all the '<em><b>Stage Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final StageKind[] VALUES_ARRAY =
		new StageKind[] {
			AWARENESS,
			CONSIDERATION,
			PURCHASE,
			RETENTION,
			ADVOCACY,
			CUSTOM,
		};

	/**
	 * A public read-only list of all the '<em><b>Stage Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<StageKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Stage Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static StageKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			StageKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Stage Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static StageKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			StageKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Stage Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static StageKind get(int value) {
		switch (value) {
			case AWARENESS_VALUE: return AWARENESS;
			case CONSIDERATION_VALUE: return CONSIDERATION;
			case PURCHASE_VALUE: return PURCHASE;
			case RETENTION_VALUE: return RETENTION;
			case ADVOCACY_VALUE: return ADVOCACY;
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
	private StageKind(int value, String name, String literal) {
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
	
} //StageKind
