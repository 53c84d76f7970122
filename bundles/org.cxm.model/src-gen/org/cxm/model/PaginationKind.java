/**
 */
package org.cxm.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Pagination Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * How the pages of an API answer follow each other.
 * <!-- end-model-doc -->
 * @see org.cxm.model.CxmPackage#getPaginationKind()
 * @model
 * @generated
 */
public enum PaginationKind implements Enumerator {
	/**
	 * The '<em><b>OFFSET</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OFFSET_VALUE
	 * @generated
	 * @ordered
	 */
	OFFSET(0, "OFFSET", "offset"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>PAGE NUMBER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PAGE_NUMBER_VALUE
	 * @generated
	 * @ordered
	 */
	PAGE_NUMBER(1, "PAGE_NUMBER", "pageNumber"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>CURSOR TOKEN</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CURSOR_TOKEN_VALUE
	 * @generated
	 * @ordered
	 */
	CURSOR_TOKEN(2, "CURSOR_TOKEN", "cursorToken"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>NEXT LINK</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NEXT_LINK_VALUE
	 * @generated
	 * @ordered
	 */
	NEXT_LINK(3, "NEXT_LINK", "nextLink"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>LINK HEADER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LINK_HEADER_VALUE
	 * @generated
	 * @ordered
	 */
	LINK_HEADER(4, "LINK_HEADER", "linkHeader"); //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>OFFSET</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OFFSET
	 * @model literal="offset"
	 * @generated
	 * @ordered
	 */
	public static final int OFFSET_VALUE = 0;

	/**
	 * The '<em><b>PAGE NUMBER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PAGE_NUMBER
	 * @model literal="pageNumber"
	 * @generated
	 * @ordered
	 */
	public static final int PAGE_NUMBER_VALUE = 1;

	/**
	 * The '<em><b>CURSOR TOKEN</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CURSOR_TOKEN
	 * @model literal="cursorToken"
	 * @generated
	 * @ordered
	 */
	public static final int CURSOR_TOKEN_VALUE = 2;

	/**
	 * The '<em><b>NEXT LINK</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NEXT_LINK
	 * @model literal="nextLink"
	 * @generated
	 * @ordered
	 */
	public static final int NEXT_LINK_VALUE = 3;

	/**
	 * The '<em><b>LINK HEADER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LINK_HEADER
	 * @model literal="linkHeader"
	 * @generated
	 * @ordered
	 */
	public static final int LINK_HEADER_VALUE = 4;

	/**
	 * An array of all the '<em><b>Pagination Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final PaginationKind[] VALUES_ARRAY =
		new PaginationKind[] {
			OFFSET,
			PAGE_NUMBER,
			CURSOR_TOKEN,
			NEXT_LINK,
			LINK_HEADER,
		};

	/**
	 * A public read-only list of all the '<em><b>Pagination Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<PaginationKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Pagination Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static PaginationKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			PaginationKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Pagination Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static PaginationKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			PaginationKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Pagination Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static PaginationKind get(int value) {
		switch (value) {
			case OFFSET_VALUE: return OFFSET;
			case PAGE_NUMBER_VALUE: return PAGE_NUMBER;
			case CURSOR_TOKEN_VALUE: return CURSOR_TOKEN;
			case NEXT_LINK_VALUE: return NEXT_LINK;
			case LINK_HEADER_VALUE: return LINK_HEADER;
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
	private PaginationKind(int value, String name, String literal) {
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
	
} //PaginationKind
