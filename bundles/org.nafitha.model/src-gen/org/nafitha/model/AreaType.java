/**
 */
package org.nafitha.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Area Type</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * The settlement type that sets how far residents can be expected to travel; BADIA is the sparsely populated desert.
 * <!-- end-model-doc -->
 * @see org.nafitha.model.NafithaPackage#getAreaType()
 * @model
 * @generated
 */
public enum AreaType implements Enumerator {
	/**
	 * The '<em><b>URBAN</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #URBAN_VALUE
	 * @generated
	 * @ordered
	 */
	URBAN(0, "URBAN", "URBAN"),

	/**
	 * The '<em><b>RURAL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RURAL_VALUE
	 * @generated
	 * @ordered
	 */
	RURAL(1, "RURAL", "RURAL"),

	/**
	 * The '<em><b>BADIA</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BADIA_VALUE
	 * @generated
	 * @ordered
	 */
	BADIA(2, "BADIA", "BADIA");

	/**
	 * The '<em><b>URBAN</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #URBAN
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int URBAN_VALUE = 0;

	/**
	 * The '<em><b>RURAL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RURAL
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int RURAL_VALUE = 1;

	/**
	 * The '<em><b>BADIA</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BADIA
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int BADIA_VALUE = 2;

	/**
	 * An array of all the '<em><b>Area Type</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final AreaType[] VALUES_ARRAY =
		new AreaType[] {
			URBAN,
			RURAL,
			BADIA,
		};

	/**
	 * A public read-only list of all the '<em><b>Area Type</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<AreaType> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Area Type</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static AreaType get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			AreaType result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Area Type</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static AreaType getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			AreaType result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Area Type</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static AreaType get(int value) {
		switch (value) {
			case URBAN_VALUE: return URBAN;
			case RURAL_VALUE: return RURAL;
			case BADIA_VALUE: return BADIA;
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
	private AreaType(int value, String name, String literal) {
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
	
} //AreaType
