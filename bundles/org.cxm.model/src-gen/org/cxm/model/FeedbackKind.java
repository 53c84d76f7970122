/**
 */
package org.cxm.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Feedback Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Kinds of feedback mechanism.
 * <!-- end-model-doc -->
 * @see org.cxm.model.CxmPackage#getFeedbackKind()
 * @model
 * @generated
 */
public enum FeedbackKind implements Enumerator {
	/**
	 * The '<em><b>NPS SURVEY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NPS_SURVEY_VALUE
	 * @generated
	 * @ordered
	 */
	NPS_SURVEY(0, "NPS_SURVEY", "npsSurvey"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>CSAT SURVEY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CSAT_SURVEY_VALUE
	 * @generated
	 * @ordered
	 */
	CSAT_SURVEY(1, "CSAT_SURVEY", "csatSurvey"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>CES SURVEY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CES_SURVEY_VALUE
	 * @generated
	 * @ordered
	 */
	CES_SURVEY(2, "CES_SURVEY", "cesSurvey"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>INTERVIEW</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INTERVIEW_VALUE
	 * @generated
	 * @ordered
	 */
	INTERVIEW(3, "INTERVIEW", "interview"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>REVIEW MONITORING</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REVIEW_MONITORING_VALUE
	 * @generated
	 * @ordered
	 */
	REVIEW_MONITORING(4, "REVIEW_MONITORING", "reviewMonitoring"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>SOCIAL MONITORING</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SOCIAL_MONITORING_VALUE
	 * @generated
	 * @ordered
	 */
	SOCIAL_MONITORING(5, "SOCIAL_MONITORING", "socialMonitoring"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>FEEDBACK FORM</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FEEDBACK_FORM_VALUE
	 * @generated
	 * @ordered
	 */
	FEEDBACK_FORM(6, "FEEDBACK_FORM", "feedbackForm"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>OTHER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER_VALUE
	 * @generated
	 * @ordered
	 */
	OTHER(7, "OTHER", "other"); //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>NPS SURVEY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NPS_SURVEY
	 * @model literal="npsSurvey"
	 * @generated
	 * @ordered
	 */
	public static final int NPS_SURVEY_VALUE = 0;

	/**
	 * The '<em><b>CSAT SURVEY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CSAT_SURVEY
	 * @model literal="csatSurvey"
	 * @generated
	 * @ordered
	 */
	public static final int CSAT_SURVEY_VALUE = 1;

	/**
	 * The '<em><b>CES SURVEY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CES_SURVEY
	 * @model literal="cesSurvey"
	 * @generated
	 * @ordered
	 */
	public static final int CES_SURVEY_VALUE = 2;

	/**
	 * The '<em><b>INTERVIEW</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INTERVIEW
	 * @model literal="interview"
	 * @generated
	 * @ordered
	 */
	public static final int INTERVIEW_VALUE = 3;

	/**
	 * The '<em><b>REVIEW MONITORING</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REVIEW_MONITORING
	 * @model literal="reviewMonitoring"
	 * @generated
	 * @ordered
	 */
	public static final int REVIEW_MONITORING_VALUE = 4;

	/**
	 * The '<em><b>SOCIAL MONITORING</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SOCIAL_MONITORING
	 * @model literal="socialMonitoring"
	 * @generated
	 * @ordered
	 */
	public static final int SOCIAL_MONITORING_VALUE = 5;

	/**
	 * The '<em><b>FEEDBACK FORM</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FEEDBACK_FORM
	 * @model literal="feedbackForm"
	 * @generated
	 * @ordered
	 */
	public static final int FEEDBACK_FORM_VALUE = 6;

	/**
	 * The '<em><b>OTHER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER
	 * @model literal="other"
	 * @generated
	 * @ordered
	 */
	public static final int OTHER_VALUE = 7;

	/**
	 * An array of all the '<em><b>Feedback Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final FeedbackKind[] VALUES_ARRAY =
		new FeedbackKind[] {
			NPS_SURVEY,
			CSAT_SURVEY,
			CES_SURVEY,
			INTERVIEW,
			REVIEW_MONITORING,
			SOCIAL_MONITORING,
			FEEDBACK_FORM,
			OTHER,
		};

	/**
	 * A public read-only list of all the '<em><b>Feedback Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<FeedbackKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Feedback Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static FeedbackKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			FeedbackKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Feedback Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static FeedbackKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			FeedbackKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Feedback Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static FeedbackKind get(int value) {
		switch (value) {
			case NPS_SURVEY_VALUE: return NPS_SURVEY;
			case CSAT_SURVEY_VALUE: return CSAT_SURVEY;
			case CES_SURVEY_VALUE: return CES_SURVEY;
			case INTERVIEW_VALUE: return INTERVIEW;
			case REVIEW_MONITORING_VALUE: return REVIEW_MONITORING;
			case SOCIAL_MONITORING_VALUE: return SOCIAL_MONITORING;
			case FEEDBACK_FORM_VALUE: return FEEDBACK_FORM;
			case OTHER_VALUE: return OTHER;
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
	private FeedbackKind(int value, String name, String literal) {
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
	
} //FeedbackKind
