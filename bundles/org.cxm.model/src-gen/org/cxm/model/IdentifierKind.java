/**
 */
package org.cxm.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Identifier Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Kinds of customer identifier.
 * <!-- end-model-doc -->
 * @see org.cxm.model.CxmPackage#getIdentifierKind()
 * @model
 * @generated
 */
public enum IdentifierKind implements Enumerator {
	/**
	 * The '<em><b>EMAIL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EMAIL_VALUE
	 * @generated
	 * @ordered
	 */
	EMAIL(0, "EMAIL", "email"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>PHONE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PHONE_VALUE
	 * @generated
	 * @ordered
	 */
	PHONE(1, "PHONE", "phone"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>TAX ID</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TAX_ID_VALUE
	 * @generated
	 * @ordered
	 */
	TAX_ID(2, "TAX_ID", "taxId"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>EXTERNAL ID</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EXTERNAL_ID_VALUE
	 * @generated
	 * @ordered
	 */
	EXTERNAL_ID(3, "EXTERNAL_ID", "externalId"), /**
	 * The '<em><b>LAST NAME</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LAST_NAME_VALUE
	 * @generated
	 * @ordered
	 */
	LAST_NAME(4, "LAST_NAME", "lastName"), /**
	 * The '<em><b>POSTCODE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #POSTCODE_VALUE
	 * @generated
	 * @ordered
	 */
	POSTCODE(5, "POSTCODE", "postcode"); //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>EMAIL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EMAIL
	 * @model literal="email"
	 * @generated
	 * @ordered
	 */
	public static final int EMAIL_VALUE = 0;

	/**
	 * The '<em><b>PHONE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PHONE
	 * @model literal="phone"
	 * @generated
	 * @ordered
	 */
	public static final int PHONE_VALUE = 1;

	/**
	 * The '<em><b>TAX ID</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TAX_ID
	 * @model literal="taxId"
	 * @generated
	 * @ordered
	 */
	public static final int TAX_ID_VALUE = 2;

	/**
	 * The '<em><b>EXTERNAL ID</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EXTERNAL_ID
	 * @model literal="externalId"
	 * @generated
	 * @ordered
	 */
	public static final int EXTERNAL_ID_VALUE = 3;

	/**
	 * The '<em><b>LAST NAME</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LAST_NAME
	 * @model literal="lastName"
	 * @generated
	 * @ordered
	 */
	public static final int LAST_NAME_VALUE = 4;

	/**
	 * The '<em><b>POSTCODE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #POSTCODE
	 * @model literal="postcode"
	 * @generated
	 * @ordered
	 */
	public static final int POSTCODE_VALUE = 5;

	/**
	 * An array of all the '<em><b>Identifier Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final IdentifierKind[] VALUES_ARRAY =
		new IdentifierKind[] {
			EMAIL,
			PHONE,
			TAX_ID,
			EXTERNAL_ID,
			LAST_NAME,
			POSTCODE,
		};

	/**
	 * A public read-only list of all the '<em><b>Identifier Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<IdentifierKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Identifier Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static IdentifierKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			IdentifierKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Identifier Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static IdentifierKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			IdentifierKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Identifier Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static IdentifierKind get(int value) {
		switch (value) {
			case EMAIL_VALUE: return EMAIL;
			case PHONE_VALUE: return PHONE;
			case TAX_ID_VALUE: return TAX_ID;
			case EXTERNAL_ID_VALUE: return EXTERNAL_ID;
			case LAST_NAME_VALUE: return LAST_NAME;
			case POSTCODE_VALUE: return POSTCODE;
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
	private IdentifierKind(int value, String name, String literal) {
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
	
} //IdentifierKind
