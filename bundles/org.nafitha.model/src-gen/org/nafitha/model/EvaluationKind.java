/**
 */
package org.nafitha.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Evaluation Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * The kind of an evaluation round or citizen-voice record.
 * <!-- end-model-doc -->
 * @see org.nafitha.model.NafithaPackage#getEvaluationKind()
 * @model
 * @generated
 */
public enum EvaluationKind implements Enumerator {
	/**
	 * The '<em><b>MYSTERY SHOPPER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MYSTERY_SHOPPER_VALUE
	 * @generated
	 * @ordered
	 */
	MYSTERY_SHOPPER(0, "MYSTERY_SHOPPER", "MYSTERY_SHOPPER"),

	/**
	 * The '<em><b>SELF ASSESSMENT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SELF_ASSESSMENT_VALUE
	 * @generated
	 * @ordered
	 */
	SELF_ASSESSMENT(1, "SELF_ASSESSMENT", "SELF_ASSESSMENT"),

	/**
	 * The '<em><b>VOLUNTEER VISITOR</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VOLUNTEER_VISITOR_VALUE
	 * @generated
	 * @ordered
	 */
	VOLUNTEER_VISITOR(2, "VOLUNTEER_VISITOR", "VOLUNTEER_VISITOR"),

	/**
	 * The '<em><b>SATISFACTION SURVEY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SATISFACTION_SURVEY_VALUE
	 * @generated
	 * @ordered
	 */
	SATISFACTION_SURVEY(3, "SATISFACTION_SURVEY", "SATISFACTION_SURVEY"),

	/**
	 * The '<em><b>NPS SURVEY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NPS_SURVEY_VALUE
	 * @generated
	 * @ordered
	 */
	NPS_SURVEY(4, "NPS_SURVEY", "NPS_SURVEY"),

	/**
	 * The '<em><b>COMPLAINTS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COMPLAINTS_VALUE
	 * @generated
	 * @ordered
	 */
	COMPLAINTS(5, "COMPLAINTS", "COMPLAINTS"),

	/**
	 * The '<em><b>IMPROVEMENT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #IMPROVEMENT_VALUE
	 * @generated
	 * @ordered
	 */
	IMPROVEMENT(6, "IMPROVEMENT", "IMPROVEMENT");

	/**
	 * The '<em><b>MYSTERY SHOPPER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MYSTERY_SHOPPER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int MYSTERY_SHOPPER_VALUE = 0;

	/**
	 * The '<em><b>SELF ASSESSMENT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SELF_ASSESSMENT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SELF_ASSESSMENT_VALUE = 1;

	/**
	 * The '<em><b>VOLUNTEER VISITOR</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VOLUNTEER_VISITOR
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int VOLUNTEER_VISITOR_VALUE = 2;

	/**
	 * The '<em><b>SATISFACTION SURVEY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SATISFACTION_SURVEY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SATISFACTION_SURVEY_VALUE = 3;

	/**
	 * The '<em><b>NPS SURVEY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NPS_SURVEY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int NPS_SURVEY_VALUE = 4;

	/**
	 * The '<em><b>COMPLAINTS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COMPLAINTS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int COMPLAINTS_VALUE = 5;

	/**
	 * The '<em><b>IMPROVEMENT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #IMPROVEMENT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int IMPROVEMENT_VALUE = 6;

	/**
	 * An array of all the '<em><b>Evaluation Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final EvaluationKind[] VALUES_ARRAY =
		new EvaluationKind[] {
			MYSTERY_SHOPPER,
			SELF_ASSESSMENT,
			VOLUNTEER_VISITOR,
			SATISFACTION_SURVEY,
			NPS_SURVEY,
			COMPLAINTS,
			IMPROVEMENT,
		};

	/**
	 * A public read-only list of all the '<em><b>Evaluation Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<EvaluationKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Evaluation Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static EvaluationKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			EvaluationKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Evaluation Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static EvaluationKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			EvaluationKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Evaluation Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static EvaluationKind get(int value) {
		switch (value) {
			case MYSTERY_SHOPPER_VALUE: return MYSTERY_SHOPPER;
			case SELF_ASSESSMENT_VALUE: return SELF_ASSESSMENT;
			case VOLUNTEER_VISITOR_VALUE: return VOLUNTEER_VISITOR;
			case SATISFACTION_SURVEY_VALUE: return SATISFACTION_SURVEY;
			case NPS_SURVEY_VALUE: return NPS_SURVEY;
			case COMPLAINTS_VALUE: return COMPLAINTS;
			case IMPROVEMENT_VALUE: return IMPROVEMENT;
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
	private EvaluationKind(int value, String name, String literal) {
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
	
} //EvaluationKind
