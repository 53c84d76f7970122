/**
 */
package org.cxm.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Page Stop</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * When the last page of an API answer has been read.
 * <!-- end-model-doc -->
 * @see org.cxm.model.CxmPackage#getPageStop()
 * @model
 * @generated
 */
public enum PageStop implements Enumerator {
	/**
	 * The '<em><b>EMPTY PAGE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EMPTY_PAGE_VALUE
	 * @generated
	 * @ordered
	 */
	EMPTY_PAGE(0, "EMPTY_PAGE", "emptyPage"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>SHORT PAGE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SHORT_PAGE_VALUE
	 * @generated
	 * @ordered
	 */
	SHORT_PAGE(1, "SHORT_PAGE", "shortPage"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>NO NEXT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NO_NEXT_VALUE
	 * @generated
	 * @ordered
	 */
	NO_NEXT(2, "NO_NEXT", "noNext"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>TOTAL REACHED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TOTAL_REACHED_VALUE
	 * @generated
	 * @ordered
	 */
	TOTAL_REACHED(3, "TOTAL_REACHED", "totalReached"); //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>EMPTY PAGE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EMPTY_PAGE
	 * @model literal="emptyPage"
	 * @generated
	 * @ordered
	 */
	public static final int EMPTY_PAGE_VALUE = 0;

	/**
	 * The '<em><b>SHORT PAGE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SHORT_PAGE
	 * @model literal="shortPage"
	 * @generated
	 * @ordered
	 */
	public static final int SHORT_PAGE_VALUE = 1;

	/**
	 * The '<em><b>NO NEXT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NO_NEXT
	 * @model literal="noNext"
	 * @generated
	 * @ordered
	 */
	public static final int NO_NEXT_VALUE = 2;

	/**
	 * The '<em><b>TOTAL REACHED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TOTAL_REACHED
	 * @model literal="totalReached"
	 * @generated
	 * @ordered
	 */
	public static final int TOTAL_REACHED_VALUE = 3;

	/**
	 * An array of all the '<em><b>Page Stop</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final PageStop[] VALUES_ARRAY =
		new PageStop[] {
			EMPTY_PAGE,
			SHORT_PAGE,
			NO_NEXT,
			TOTAL_REACHED,
		};

	/**
	 * A public read-only list of all the '<em><b>Page Stop</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<PageStop> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Page Stop</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static PageStop get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			PageStop result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Page Stop</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static PageStop getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			PageStop result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Page Stop</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static PageStop get(int value) {
		switch (value) {
			case EMPTY_PAGE_VALUE: return EMPTY_PAGE;
			case SHORT_PAGE_VALUE: return SHORT_PAGE;
			case NO_NEXT_VALUE: return NO_NEXT;
			case TOTAL_REACHED_VALUE: return TOTAL_REACHED;
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
	private PageStop(int value, String name, String literal) {
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
	
} //PageStop
