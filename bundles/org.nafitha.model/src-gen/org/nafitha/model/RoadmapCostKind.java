/**
 */
package org.nafitha.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Roadmap Cost Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * An item of the roadmap cost model: a capital cost (once) or a yearly operating cost.
 * <!-- end-model-doc -->
 * @see org.nafitha.model.NafithaPackage#getRoadmapCostKind()
 * @model
 * @generated
 */
public enum RoadmapCostKind implements Enumerator {
	/**
	 * The '<em><b>CENTER OPENING</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CENTER_OPENING_VALUE
	 * @generated
	 * @ordered
	 */
	CENTER_OPENING(0, "CENTER_OPENING", "CENTER_OPENING"),

	/**
	 * The '<em><b>COUNTER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COUNTER_VALUE
	 * @generated
	 * @ordered
	 */
	COUNTER(1, "COUNTER", "COUNTER"),

	/**
	 * The '<em><b>UNIVERSAL CONVERSION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #UNIVERSAL_CONVERSION_VALUE
	 * @generated
	 * @ordered
	 */
	UNIVERSAL_CONVERSION(2, "UNIVERSAL_CONVERSION", "UNIVERSAL_CONVERSION"),

	/**
	 * The '<em><b>ACCESSIBILITY FEATURE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ACCESSIBILITY_FEATURE_VALUE
	 * @generated
	 * @ordered
	 */
	ACCESSIBILITY_FEATURE(3, "ACCESSIBILITY_FEATURE", "ACCESSIBILITY_FEATURE"),

	/**
	 * The '<em><b>TRAINED EMPLOYEE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TRAINED_EMPLOYEE_VALUE
	 * @generated
	 * @ordered
	 */
	TRAINED_EMPLOYEE(4, "TRAINED_EMPLOYEE", "TRAINED_EMPLOYEE"),

	/**
	 * The '<em><b>CENTER OPERATING</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CENTER_OPERATING_VALUE
	 * @generated
	 * @ordered
	 */
	CENTER_OPERATING(5, "CENTER_OPERATING", "CENTER_OPERATING"),

	/**
	 * The '<em><b>COUNTER OPERATING</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COUNTER_OPERATING_VALUE
	 * @generated
	 * @ordered
	 */
	COUNTER_OPERATING(6, "COUNTER_OPERATING", "COUNTER_OPERATING"),

	/**
	 * The '<em><b>STAFF OPERATING</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #STAFF_OPERATING_VALUE
	 * @generated
	 * @ordered
	 */
	STAFF_OPERATING(7, "STAFF_OPERATING", "STAFF_OPERATING");

	/**
	 * The '<em><b>CENTER OPENING</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CENTER_OPENING
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CENTER_OPENING_VALUE = 0;

	/**
	 * The '<em><b>COUNTER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COUNTER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int COUNTER_VALUE = 1;

	/**
	 * The '<em><b>UNIVERSAL CONVERSION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #UNIVERSAL_CONVERSION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int UNIVERSAL_CONVERSION_VALUE = 2;

	/**
	 * The '<em><b>ACCESSIBILITY FEATURE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ACCESSIBILITY_FEATURE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ACCESSIBILITY_FEATURE_VALUE = 3;

	/**
	 * The '<em><b>TRAINED EMPLOYEE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TRAINED_EMPLOYEE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int TRAINED_EMPLOYEE_VALUE = 4;

	/**
	 * The '<em><b>CENTER OPERATING</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CENTER_OPERATING
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CENTER_OPERATING_VALUE = 5;

	/**
	 * The '<em><b>COUNTER OPERATING</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COUNTER_OPERATING
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int COUNTER_OPERATING_VALUE = 6;

	/**
	 * The '<em><b>STAFF OPERATING</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #STAFF_OPERATING
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int STAFF_OPERATING_VALUE = 7;

	/**
	 * An array of all the '<em><b>Roadmap Cost Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final RoadmapCostKind[] VALUES_ARRAY =
		new RoadmapCostKind[] {
			CENTER_OPENING,
			COUNTER,
			UNIVERSAL_CONVERSION,
			ACCESSIBILITY_FEATURE,
			TRAINED_EMPLOYEE,
			CENTER_OPERATING,
			COUNTER_OPERATING,
			STAFF_OPERATING,
		};

	/**
	 * A public read-only list of all the '<em><b>Roadmap Cost Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<RoadmapCostKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Roadmap Cost Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static RoadmapCostKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			RoadmapCostKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Roadmap Cost Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static RoadmapCostKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			RoadmapCostKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Roadmap Cost Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static RoadmapCostKind get(int value) {
		switch (value) {
			case CENTER_OPENING_VALUE: return CENTER_OPENING;
			case COUNTER_VALUE: return COUNTER;
			case UNIVERSAL_CONVERSION_VALUE: return UNIVERSAL_CONVERSION;
			case ACCESSIBILITY_FEATURE_VALUE: return ACCESSIBILITY_FEATURE;
			case TRAINED_EMPLOYEE_VALUE: return TRAINED_EMPLOYEE;
			case CENTER_OPERATING_VALUE: return CENTER_OPERATING;
			case COUNTER_OPERATING_VALUE: return COUNTER_OPERATING;
			case STAFF_OPERATING_VALUE: return STAFF_OPERATING;
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
	private RoadmapCostKind(int value, String name, String literal) {
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
	
} //RoadmapCostKind
