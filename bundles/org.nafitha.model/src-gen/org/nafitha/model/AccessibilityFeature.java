/**
 */
package org.nafitha.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Accessibility Feature</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.nafitha.model.NafithaPackage#getAccessibilityFeature()
 * @model
 * @generated
 */
public enum AccessibilityFeature implements Enumerator {
	/**
	 * The '<em><b>STEP FREE ACCESS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #STEP_FREE_ACCESS_VALUE
	 * @generated
	 * @ordered
	 */
	STEP_FREE_ACCESS(0, "STEP_FREE_ACCESS", "STEP_FREE_ACCESS"),

	/**
	 * The '<em><b>ACCESSIBLE COUNTER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ACCESSIBLE_COUNTER_VALUE
	 * @generated
	 * @ordered
	 */
	ACCESSIBLE_COUNTER(1, "ACCESSIBLE_COUNTER", "ACCESSIBLE_COUNTER"),

	/**
	 * The '<em><b>SIGN LANGUAGE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SIGN_LANGUAGE_VALUE
	 * @generated
	 * @ordered
	 */
	SIGN_LANGUAGE(2, "SIGN_LANGUAGE", "SIGN_LANGUAGE"),

	/**
	 * The '<em><b>ACCESSIBLE TOILETS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ACCESSIBLE_TOILETS_VALUE
	 * @generated
	 * @ordered
	 */
	ACCESSIBLE_TOILETS(3, "ACCESSIBLE_TOILETS", "ACCESSIBLE_TOILETS"),

	/**
	 * The '<em><b>ACCESSIBLE PARKING</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ACCESSIBLE_PARKING_VALUE
	 * @generated
	 * @ordered
	 */
	ACCESSIBLE_PARKING(4, "ACCESSIBLE_PARKING", "ACCESSIBLE_PARKING"),

	/**
	 * The '<em><b>TACTILE GUIDANCE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TACTILE_GUIDANCE_VALUE
	 * @generated
	 * @ordered
	 */
	TACTILE_GUIDANCE(5, "TACTILE_GUIDANCE", "TACTILE_GUIDANCE"),

	/**
	 * The '<em><b>PRIORITY QUEUE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PRIORITY_QUEUE_VALUE
	 * @generated
	 * @ordered
	 */
	PRIORITY_QUEUE(6, "PRIORITY_QUEUE", "PRIORITY_QUEUE"),

	/**
	 * The '<em><b>ELEVATOR</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ELEVATOR_VALUE
	 * @generated
	 * @ordered
	 */
	ELEVATOR(7, "ELEVATOR", "ELEVATOR"),

	/**
	 * The '<em><b>HEARING LOOP</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HEARING_LOOP_VALUE
	 * @generated
	 * @ordered
	 */
	HEARING_LOOP(8, "HEARING_LOOP", "HEARING_LOOP"),

	/**
	 * The '<em><b>BRAILLE SIGNAGE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BRAILLE_SIGNAGE_VALUE
	 * @generated
	 * @ordered
	 */
	BRAILLE_SIGNAGE(9, "BRAILLE_SIGNAGE", "BRAILLE_SIGNAGE");

	/**
	 * The '<em><b>STEP FREE ACCESS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #STEP_FREE_ACCESS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int STEP_FREE_ACCESS_VALUE = 0;

	/**
	 * The '<em><b>ACCESSIBLE COUNTER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ACCESSIBLE_COUNTER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ACCESSIBLE_COUNTER_VALUE = 1;

	/**
	 * The '<em><b>SIGN LANGUAGE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SIGN_LANGUAGE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SIGN_LANGUAGE_VALUE = 2;

	/**
	 * The '<em><b>ACCESSIBLE TOILETS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ACCESSIBLE_TOILETS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ACCESSIBLE_TOILETS_VALUE = 3;

	/**
	 * The '<em><b>ACCESSIBLE PARKING</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ACCESSIBLE_PARKING
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ACCESSIBLE_PARKING_VALUE = 4;

	/**
	 * The '<em><b>TACTILE GUIDANCE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TACTILE_GUIDANCE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int TACTILE_GUIDANCE_VALUE = 5;

	/**
	 * The '<em><b>PRIORITY QUEUE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PRIORITY_QUEUE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PRIORITY_QUEUE_VALUE = 6;

	/**
	 * The '<em><b>ELEVATOR</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ELEVATOR
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ELEVATOR_VALUE = 7;

	/**
	 * The '<em><b>HEARING LOOP</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HEARING_LOOP
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int HEARING_LOOP_VALUE = 8;

	/**
	 * The '<em><b>BRAILLE SIGNAGE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BRAILLE_SIGNAGE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int BRAILLE_SIGNAGE_VALUE = 9;

	/**
	 * An array of all the '<em><b>Accessibility Feature</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final AccessibilityFeature[] VALUES_ARRAY =
		new AccessibilityFeature[] {
			STEP_FREE_ACCESS,
			ACCESSIBLE_COUNTER,
			SIGN_LANGUAGE,
			ACCESSIBLE_TOILETS,
			ACCESSIBLE_PARKING,
			TACTILE_GUIDANCE,
			PRIORITY_QUEUE,
			ELEVATOR,
			HEARING_LOOP,
			BRAILLE_SIGNAGE,
		};

	/**
	 * A public read-only list of all the '<em><b>Accessibility Feature</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<AccessibilityFeature> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Accessibility Feature</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static AccessibilityFeature get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			AccessibilityFeature result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Accessibility Feature</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static AccessibilityFeature getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			AccessibilityFeature result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Accessibility Feature</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static AccessibilityFeature get(int value) {
		switch (value) {
			case STEP_FREE_ACCESS_VALUE: return STEP_FREE_ACCESS;
			case ACCESSIBLE_COUNTER_VALUE: return ACCESSIBLE_COUNTER;
			case SIGN_LANGUAGE_VALUE: return SIGN_LANGUAGE;
			case ACCESSIBLE_TOILETS_VALUE: return ACCESSIBLE_TOILETS;
			case ACCESSIBLE_PARKING_VALUE: return ACCESSIBLE_PARKING;
			case TACTILE_GUIDANCE_VALUE: return TACTILE_GUIDANCE;
			case PRIORITY_QUEUE_VALUE: return PRIORITY_QUEUE;
			case ELEVATOR_VALUE: return ELEVATOR;
			case HEARING_LOOP_VALUE: return HEARING_LOOP;
			case BRAILLE_SIGNAGE_VALUE: return BRAILLE_SIGNAGE;
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
	private AccessibilityFeature(int value, String name, String literal) {
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
	
} //AccessibilityFeature
