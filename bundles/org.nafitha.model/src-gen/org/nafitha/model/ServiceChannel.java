/**
 */
package org.nafitha.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Service Channel</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * How a service can be had: only at a counter, partly online (some steps or some cases), or fully online.
 * <!-- end-model-doc -->
 * @see org.nafitha.model.NafithaPackage#getServiceChannel()
 * @model
 * @generated
 */
public enum ServiceChannel implements Enumerator {
	/**
	 * The '<em><b>IN PERSON ONLY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #IN_PERSON_ONLY_VALUE
	 * @generated
	 * @ordered
	 */
	IN_PERSON_ONLY(0, "IN_PERSON_ONLY", "IN_PERSON_ONLY"),

	/**
	 * The '<em><b>PARTLY DIGITAL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PARTLY_DIGITAL_VALUE
	 * @generated
	 * @ordered
	 */
	PARTLY_DIGITAL(1, "PARTLY_DIGITAL", "PARTLY_DIGITAL"),

	/**
	 * The '<em><b>FULLY DIGITAL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FULLY_DIGITAL_VALUE
	 * @generated
	 * @ordered
	 */
	FULLY_DIGITAL(2, "FULLY_DIGITAL", "FULLY_DIGITAL");

	/**
	 * The '<em><b>IN PERSON ONLY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #IN_PERSON_ONLY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int IN_PERSON_ONLY_VALUE = 0;

	/**
	 * The '<em><b>PARTLY DIGITAL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PARTLY_DIGITAL
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PARTLY_DIGITAL_VALUE = 1;

	/**
	 * The '<em><b>FULLY DIGITAL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FULLY_DIGITAL
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int FULLY_DIGITAL_VALUE = 2;

	/**
	 * An array of all the '<em><b>Service Channel</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final ServiceChannel[] VALUES_ARRAY =
		new ServiceChannel[] {
			IN_PERSON_ONLY,
			PARTLY_DIGITAL,
			FULLY_DIGITAL,
		};

	/**
	 * A public read-only list of all the '<em><b>Service Channel</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<ServiceChannel> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Service Channel</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ServiceChannel get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ServiceChannel result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Service Channel</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ServiceChannel getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ServiceChannel result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Service Channel</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ServiceChannel get(int value) {
		switch (value) {
			case IN_PERSON_ONLY_VALUE: return IN_PERSON_ONLY;
			case PARTLY_DIGITAL_VALUE: return PARTLY_DIGITAL;
			case FULLY_DIGITAL_VALUE: return FULLY_DIGITAL;
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
	private ServiceChannel(int value, String name, String literal) {
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
	
} //ServiceChannel
