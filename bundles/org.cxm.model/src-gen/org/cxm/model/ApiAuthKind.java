/**
 */
package org.cxm.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Api Auth Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * How an API data source authenticates.
 * <!-- end-model-doc -->
 * @see org.cxm.model.CxmPackage#getApiAuthKind()
 * @model
 * @generated
 */
public enum ApiAuthKind implements Enumerator {
	/**
	 * The '<em><b>NONE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NONE_VALUE
	 * @generated
	 * @ordered
	 */
	NONE(0, "NONE", "none"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>BEARER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BEARER_VALUE
	 * @generated
	 * @ordered
	 */
	BEARER(1, "BEARER", "bearer"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>API KEY HEADER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #API_KEY_HEADER_VALUE
	 * @generated
	 * @ordered
	 */
	API_KEY_HEADER(2, "API_KEY_HEADER", "apiKeyHeader"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>TOKEN KEY SECRET</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TOKEN_KEY_SECRET_VALUE
	 * @generated
	 * @ordered
	 */
	TOKEN_KEY_SECRET(3, "TOKEN_KEY_SECRET", "tokenKeySecret"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>OAUTH2 CLIENT CREDENTIALS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OAUTH2_CLIENT_CREDENTIALS_VALUE
	 * @generated
	 * @ordered
	 */
	OAUTH2_CLIENT_CREDENTIALS(4, "OAUTH2_CLIENT_CREDENTIALS", "oauth2ClientCredentials"); //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>NONE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NONE
	 * @model literal="none"
	 * @generated
	 * @ordered
	 */
	public static final int NONE_VALUE = 0;

	/**
	 * The '<em><b>BEARER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BEARER
	 * @model literal="bearer"
	 * @generated
	 * @ordered
	 */
	public static final int BEARER_VALUE = 1;

	/**
	 * The '<em><b>API KEY HEADER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #API_KEY_HEADER
	 * @model literal="apiKeyHeader"
	 * @generated
	 * @ordered
	 */
	public static final int API_KEY_HEADER_VALUE = 2;

	/**
	 * The '<em><b>TOKEN KEY SECRET</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TOKEN_KEY_SECRET
	 * @model literal="tokenKeySecret"
	 * @generated
	 * @ordered
	 */
	public static final int TOKEN_KEY_SECRET_VALUE = 3;

	/**
	 * The '<em><b>OAUTH2 CLIENT CREDENTIALS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OAUTH2_CLIENT_CREDENTIALS
	 * @model literal="oauth2ClientCredentials"
	 * @generated
	 * @ordered
	 */
	public static final int OAUTH2_CLIENT_CREDENTIALS_VALUE = 4;

	/**
	 * An array of all the '<em><b>Api Auth Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final ApiAuthKind[] VALUES_ARRAY =
		new ApiAuthKind[] {
			NONE,
			BEARER,
			API_KEY_HEADER,
			TOKEN_KEY_SECRET,
			OAUTH2_CLIENT_CREDENTIALS,
		};

	/**
	 * A public read-only list of all the '<em><b>Api Auth Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<ApiAuthKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Api Auth Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ApiAuthKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ApiAuthKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Api Auth Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ApiAuthKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ApiAuthKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Api Auth Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ApiAuthKind get(int value) {
		switch (value) {
			case NONE_VALUE: return NONE;
			case BEARER_VALUE: return BEARER;
			case API_KEY_HEADER_VALUE: return API_KEY_HEADER;
			case TOKEN_KEY_SECRET_VALUE: return TOKEN_KEY_SECRET;
			case OAUTH2_CLIENT_CREDENTIALS_VALUE: return OAUTH2_CLIENT_CREDENTIALS;
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
	private ApiAuthKind(int value, String name, String literal) {
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
	
} //ApiAuthKind
