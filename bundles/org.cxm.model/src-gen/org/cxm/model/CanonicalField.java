/**
 */
package org.cxm.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Canonical Field</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Fields of the unified customer history.
 * <!-- end-model-doc -->
 * @see org.cxm.model.CxmPackage#getCanonicalField()
 * @model
 * @generated
 */
public enum CanonicalField implements Enumerator {
	/**
	 * The '<em><b>CUSTOMER REF</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CUSTOMER_REF_VALUE
	 * @generated
	 * @ordered
	 */
	CUSTOMER_REF(0, "CUSTOMER_REF", "customerRef"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>DISPLAY NAME</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DISPLAY_NAME_VALUE
	 * @generated
	 * @ordered
	 */
	DISPLAY_NAME(1, "DISPLAY_NAME", "displayName"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>FIRST NAME</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FIRST_NAME_VALUE
	 * @generated
	 * @ordered
	 */
	FIRST_NAME(2, "FIRST_NAME", "firstName"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>LAST NAME</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LAST_NAME_VALUE
	 * @generated
	 * @ordered
	 */
	LAST_NAME(3, "LAST_NAME", "lastName"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>COMPANY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COMPANY_VALUE
	 * @generated
	 * @ordered
	 */
	COMPANY(4, "COMPANY", "company"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>OCCURRED AT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OCCURRED_AT_VALUE
	 * @generated
	 * @ordered
	 */
	OCCURRED_AT(5, "OCCURRED_AT", "occurredAt"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>CHANNEL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CHANNEL_VALUE
	 * @generated
	 * @ordered
	 */
	CHANNEL(6, "CHANNEL", "channel"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>DIRECTION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DIRECTION_VALUE
	 * @generated
	 * @ordered
	 */
	DIRECTION(7, "DIRECTION", "direction"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>SUBJECT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SUBJECT_VALUE
	 * @generated
	 * @ordered
	 */
	SUBJECT(8, "SUBJECT", "subject"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>SUMMARY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SUMMARY_VALUE
	 * @generated
	 * @ordered
	 */
	SUMMARY(9, "SUMMARY", "summary"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>STATUS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #STATUS_VALUE
	 * @generated
	 * @ordered
	 */
	STATUS(10, "STATUS", "status"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>AMOUNT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #AMOUNT_VALUE
	 * @generated
	 * @ordered
	 */
	AMOUNT(11, "AMOUNT", "amount"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>CURRENCY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CURRENCY_VALUE
	 * @generated
	 * @ordered
	 */
	CURRENCY(12, "CURRENCY", "currency"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>SURVEY SCORE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SURVEY_SCORE_VALUE
	 * @generated
	 * @ordered
	 */
	SURVEY_SCORE(13, "SURVEY_SCORE", "surveyScore"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>PAYMENT STATUS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PAYMENT_STATUS_VALUE
	 * @generated
	 * @ordered
	 */
	PAYMENT_STATUS(14, "PAYMENT_STATUS", "paymentStatus"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>DUE AT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DUE_AT_VALUE
	 * @generated
	 * @ordered
	 */
	DUE_AT(15, "DUE_AT", "dueAt"); //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>CUSTOMER REF</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CUSTOMER_REF
	 * @model literal="customerRef"
	 * @generated
	 * @ordered
	 */
	public static final int CUSTOMER_REF_VALUE = 0;

	/**
	 * The '<em><b>DISPLAY NAME</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DISPLAY_NAME
	 * @model literal="displayName"
	 * @generated
	 * @ordered
	 */
	public static final int DISPLAY_NAME_VALUE = 1;

	/**
	 * The '<em><b>FIRST NAME</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FIRST_NAME
	 * @model literal="firstName"
	 * @generated
	 * @ordered
	 */
	public static final int FIRST_NAME_VALUE = 2;

	/**
	 * The '<em><b>LAST NAME</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LAST_NAME
	 * @model literal="lastName"
	 * @generated
	 * @ordered
	 */
	public static final int LAST_NAME_VALUE = 3;

	/**
	 * The '<em><b>COMPANY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COMPANY
	 * @model literal="company"
	 * @generated
	 * @ordered
	 */
	public static final int COMPANY_VALUE = 4;

	/**
	 * The '<em><b>OCCURRED AT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OCCURRED_AT
	 * @model literal="occurredAt"
	 * @generated
	 * @ordered
	 */
	public static final int OCCURRED_AT_VALUE = 5;

	/**
	 * The '<em><b>CHANNEL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CHANNEL
	 * @model literal="channel"
	 * @generated
	 * @ordered
	 */
	public static final int CHANNEL_VALUE = 6;

	/**
	 * The '<em><b>DIRECTION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DIRECTION
	 * @model literal="direction"
	 * @generated
	 * @ordered
	 */
	public static final int DIRECTION_VALUE = 7;

	/**
	 * The '<em><b>SUBJECT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SUBJECT
	 * @model literal="subject"
	 * @generated
	 * @ordered
	 */
	public static final int SUBJECT_VALUE = 8;

	/**
	 * The '<em><b>SUMMARY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SUMMARY
	 * @model literal="summary"
	 * @generated
	 * @ordered
	 */
	public static final int SUMMARY_VALUE = 9;

	/**
	 * The '<em><b>STATUS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #STATUS
	 * @model literal="status"
	 * @generated
	 * @ordered
	 */
	public static final int STATUS_VALUE = 10;

	/**
	 * The '<em><b>AMOUNT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #AMOUNT
	 * @model literal="amount"
	 * @generated
	 * @ordered
	 */
	public static final int AMOUNT_VALUE = 11;

	/**
	 * The '<em><b>CURRENCY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CURRENCY
	 * @model literal="currency"
	 * @generated
	 * @ordered
	 */
	public static final int CURRENCY_VALUE = 12;

	/**
	 * The '<em><b>SURVEY SCORE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SURVEY_SCORE
	 * @model literal="surveyScore"
	 * @generated
	 * @ordered
	 */
	public static final int SURVEY_SCORE_VALUE = 13;

	/**
	 * The '<em><b>PAYMENT STATUS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PAYMENT_STATUS
	 * @model literal="paymentStatus"
	 * @generated
	 * @ordered
	 */
	public static final int PAYMENT_STATUS_VALUE = 14;

	/**
	 * The '<em><b>DUE AT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DUE_AT
	 * @model literal="dueAt"
	 * @generated
	 * @ordered
	 */
	public static final int DUE_AT_VALUE = 15;

	/**
	 * An array of all the '<em><b>Canonical Field</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final CanonicalField[] VALUES_ARRAY =
		new CanonicalField[] {
			CUSTOMER_REF,
			DISPLAY_NAME,
			FIRST_NAME,
			LAST_NAME,
			COMPANY,
			OCCURRED_AT,
			CHANNEL,
			DIRECTION,
			SUBJECT,
			SUMMARY,
			STATUS,
			AMOUNT,
			CURRENCY,
			SURVEY_SCORE,
			PAYMENT_STATUS,
			DUE_AT,
		};

	/**
	 * A public read-only list of all the '<em><b>Canonical Field</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<CanonicalField> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Canonical Field</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static CanonicalField get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			CanonicalField result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Canonical Field</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static CanonicalField getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			CanonicalField result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Canonical Field</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static CanonicalField get(int value) {
		switch (value) {
			case CUSTOMER_REF_VALUE: return CUSTOMER_REF;
			case DISPLAY_NAME_VALUE: return DISPLAY_NAME;
			case FIRST_NAME_VALUE: return FIRST_NAME;
			case LAST_NAME_VALUE: return LAST_NAME;
			case COMPANY_VALUE: return COMPANY;
			case OCCURRED_AT_VALUE: return OCCURRED_AT;
			case CHANNEL_VALUE: return CHANNEL;
			case DIRECTION_VALUE: return DIRECTION;
			case SUBJECT_VALUE: return SUBJECT;
			case SUMMARY_VALUE: return SUMMARY;
			case STATUS_VALUE: return STATUS;
			case AMOUNT_VALUE: return AMOUNT;
			case CURRENCY_VALUE: return CURRENCY;
			case SURVEY_SCORE_VALUE: return SURVEY_SCORE;
			case PAYMENT_STATUS_VALUE: return PAYMENT_STATUS;
			case DUE_AT_VALUE: return DUE_AT;
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
	private CanonicalField(int value, String name, String literal) {
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
	
} //CanonicalField
