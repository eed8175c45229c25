/**
 */
package org.nafitha.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Distance Model</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.nafitha.model.NafithaPackage#getDistanceModel()
 * @model
 * @generated
 */
public enum DistanceModel implements Enumerator {
	/**
	 * The '<em><b>GREAT CIRCLE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GREAT_CIRCLE_VALUE
	 * @generated
	 * @ordered
	 */
	GREAT_CIRCLE(0, "GREAT_CIRCLE", "GREAT_CIRCLE"),

	/**
	 * The '<em><b>PROJECTED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PROJECTED_VALUE
	 * @generated
	 * @ordered
	 */
	PROJECTED(1, "PROJECTED", "PROJECTED"),

	/**
	 * The '<em><b>DETOUR</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DETOUR_VALUE
	 * @generated
	 * @ordered
	 */
	DETOUR(2, "DETOUR", "DETOUR"),

	/**
	 * The '<em><b>ROAD NETWORK</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ROAD_NETWORK_VALUE
	 * @generated
	 * @ordered
	 */
	ROAD_NETWORK(3, "ROAD_NETWORK", "ROAD_NETWORK"),

	/**
	 * The '<em><b>COST TABLE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COST_TABLE_VALUE
	 * @generated
	 * @ordered
	 */
	COST_TABLE(4, "COST_TABLE", "COST_TABLE");

	/**
	 * The '<em><b>GREAT CIRCLE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GREAT_CIRCLE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int GREAT_CIRCLE_VALUE = 0;

	/**
	 * The '<em><b>PROJECTED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PROJECTED
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PROJECTED_VALUE = 1;

	/**
	 * The '<em><b>DETOUR</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DETOUR
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int DETOUR_VALUE = 2;

	/**
	 * The '<em><b>ROAD NETWORK</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ROAD_NETWORK
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ROAD_NETWORK_VALUE = 3;

	/**
	 * The '<em><b>COST TABLE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COST_TABLE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int COST_TABLE_VALUE = 4;

	/**
	 * An array of all the '<em><b>Distance Model</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final DistanceModel[] VALUES_ARRAY =
		new DistanceModel[] {
			GREAT_CIRCLE,
			PROJECTED,
			DETOUR,
			ROAD_NETWORK,
			COST_TABLE,
		};

	/**
	 * A public read-only list of all the '<em><b>Distance Model</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<DistanceModel> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Distance Model</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static DistanceModel get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			DistanceModel result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Distance Model</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static DistanceModel getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			DistanceModel result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Distance Model</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static DistanceModel get(int value) {
		switch (value) {
			case GREAT_CIRCLE_VALUE: return GREAT_CIRCLE;
			case PROJECTED_VALUE: return PROJECTED;
			case DETOUR_VALUE: return DETOUR;
			case ROAD_NETWORK_VALUE: return ROAD_NETWORK;
			case COST_TABLE_VALUE: return COST_TABLE;
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
	private DistanceModel(int value, String name, String literal) {
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
	
} //DistanceModel
