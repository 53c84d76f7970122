/**
 */
package org.cxm.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Objective Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Kinds of business objective.
 * <!-- end-model-doc -->
 * @see org.cxm.model.CxmPackage#getObjectiveKind()
 * @model
 * @generated
 */
public enum ObjectiveKind implements Enumerator {
	/**
	 * The '<em><b>REDUCE CHURN</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REDUCE_CHURN_VALUE
	 * @generated
	 * @ordered
	 */
	REDUCE_CHURN(0, "REDUCE_CHURN", "reduceChurn"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>RAISE CONVERSION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RAISE_CONVERSION_VALUE
	 * @generated
	 * @ordered
	 */
	RAISE_CONVERSION(1, "RAISE_CONVERSION", "raiseConversion"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>RAISE RETENTION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RAISE_RETENTION_VALUE
	 * @generated
	 * @ordered
	 */
	RAISE_RETENTION(2, "RAISE_RETENTION", "raiseRetention"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>RAISE SATISFACTION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RAISE_SATISFACTION_VALUE
	 * @generated
	 * @ordered
	 */
	RAISE_SATISFACTION(3, "RAISE_SATISFACTION", "raiseSatisfaction"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>REDUCE EFFORT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REDUCE_EFFORT_VALUE
	 * @generated
	 * @ordered
	 */
	REDUCE_EFFORT(4, "REDUCE_EFFORT", "reduceEffort"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>REDUCE COST TO SERVE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REDUCE_COST_TO_SERVE_VALUE
	 * @generated
	 * @ordered
	 */
	REDUCE_COST_TO_SERVE(5, "REDUCE_COST_TO_SERVE", "reduceCostToServe"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>RAISE ADVOCACY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RAISE_ADVOCACY_VALUE
	 * @generated
	 * @ordered
	 */
	RAISE_ADVOCACY(6, "RAISE_ADVOCACY", "raiseAdvocacy"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>CUSTOM</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CUSTOM_VALUE
	 * @generated
	 * @ordered
	 */
	CUSTOM(7, "CUSTOM", "custom"); //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>REDUCE CHURN</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REDUCE_CHURN
	 * @model literal="reduceChurn"
	 * @generated
	 * @ordered
	 */
	public static final int REDUCE_CHURN_VALUE = 0;

	/**
	 * The '<em><b>RAISE CONVERSION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RAISE_CONVERSION
	 * @model literal="raiseConversion"
	 * @generated
	 * @ordered
	 */
	public static final int RAISE_CONVERSION_VALUE = 1;

	/**
	 * The '<em><b>RAISE RETENTION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RAISE_RETENTION
	 * @model literal="raiseRetention"
	 * @generated
	 * @ordered
	 */
	public static final int RAISE_RETENTION_VALUE = 2;

	/**
	 * The '<em><b>RAISE SATISFACTION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RAISE_SATISFACTION
	 * @model literal="raiseSatisfaction"
	 * @generated
	 * @ordered
	 */
	public static final int RAISE_SATISFACTION_VALUE = 3;

	/**
	 * The '<em><b>REDUCE EFFORT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REDUCE_EFFORT
	 * @model literal="reduceEffort"
	 * @generated
	 * @ordered
	 */
	public static final int REDUCE_EFFORT_VALUE = 4;

	/**
	 * The '<em><b>REDUCE COST TO SERVE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REDUCE_COST_TO_SERVE
	 * @model literal="reduceCostToServe"
	 * @generated
	 * @ordered
	 */
	public static final int REDUCE_COST_TO_SERVE_VALUE = 5;

	/**
	 * The '<em><b>RAISE ADVOCACY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RAISE_ADVOCACY
	 * @model literal="raiseAdvocacy"
	 * @generated
	 * @ordered
	 */
	public static final int RAISE_ADVOCACY_VALUE = 6;

	/**
	 * The '<em><b>CUSTOM</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CUSTOM
	 * @model literal="custom"
	 * @generated
	 * @ordered
	 */
	public static final int CUSTOM_VALUE = 7;

	/**
	 * An array of all the '<em><b>Objective Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final ObjectiveKind[] VALUES_ARRAY =
		new ObjectiveKind[] {
			REDUCE_CHURN,
			RAISE_CONVERSION,
			RAISE_RETENTION,
			RAISE_SATISFACTION,
			REDUCE_EFFORT,
			REDUCE_COST_TO_SERVE,
			RAISE_ADVOCACY,
			CUSTOM,
		};

	/**
	 * A public read-only list of all the '<em><b>Objective Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<ObjectiveKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Objective Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ObjectiveKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ObjectiveKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Objective Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ObjectiveKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ObjectiveKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Objective Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ObjectiveKind get(int value) {
		switch (value) {
			case REDUCE_CHURN_VALUE: return REDUCE_CHURN;
			case RAISE_CONVERSION_VALUE: return RAISE_CONVERSION;
			case RAISE_RETENTION_VALUE: return RAISE_RETENTION;
			case RAISE_SATISFACTION_VALUE: return RAISE_SATISFACTION;
			case REDUCE_EFFORT_VALUE: return REDUCE_EFFORT;
			case REDUCE_COST_TO_SERVE_VALUE: return REDUCE_COST_TO_SERVE;
			case RAISE_ADVOCACY_VALUE: return RAISE_ADVOCACY;
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
	private ObjectiveKind(int value, String name, String literal) {
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
	
} //ObjectiveKind
