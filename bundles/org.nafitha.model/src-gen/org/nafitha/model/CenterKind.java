/**
 */
package org.nafitha.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Center Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.nafitha.model.NafithaPackage#getCenterKind()
 * @model
 * @generated
 */
public enum CenterKind implements Enumerator {
	/**
	 * The '<em><b>COMPREHENSIVE CENTER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COMPREHENSIVE_CENTER_VALUE
	 * @generated
	 * @ordered
	 */
	COMPREHENSIVE_CENTER(0, "COMPREHENSIVE_CENTER", "COMPREHENSIVE_CENTER"),

	/**
	 * The '<em><b>AGENCY BRANCH</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #AGENCY_BRANCH_VALUE
	 * @generated
	 * @ordered
	 */
	AGENCY_BRANCH(1, "AGENCY_BRANCH", "AGENCY_BRANCH"),

	/**
	 * The '<em><b>MUNICIPAL OFFICE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MUNICIPAL_OFFICE_VALUE
	 * @generated
	 * @ordered
	 */
	MUNICIPAL_OFFICE(2, "MUNICIPAL_OFFICE", "MUNICIPAL_OFFICE"),

	/**
	 * The '<em><b>MOBILE UNIT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MOBILE_UNIT_VALUE
	 * @generated
	 * @ordered
	 */
	MOBILE_UNIT(3, "MOBILE_UNIT", "MOBILE_UNIT"),

	/**
	 * The '<em><b>KIOSK</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #KIOSK_VALUE
	 * @generated
	 * @ordered
	 */
	KIOSK(4, "KIOSK", "KIOSK");

	/**
	 * The '<em><b>COMPREHENSIVE CENTER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COMPREHENSIVE_CENTER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int COMPREHENSIVE_CENTER_VALUE = 0;

	/**
	 * The '<em><b>AGENCY BRANCH</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #AGENCY_BRANCH
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int AGENCY_BRANCH_VALUE = 1;

	/**
	 * The '<em><b>MUNICIPAL OFFICE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MUNICIPAL_OFFICE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int MUNICIPAL_OFFICE_VALUE = 2;

	/**
	 * The '<em><b>MOBILE UNIT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MOBILE_UNIT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int MOBILE_UNIT_VALUE = 3;

	/**
	 * The '<em><b>KIOSK</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #KIOSK
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int KIOSK_VALUE = 4;

	/**
	 * An array of all the '<em><b>Center Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final CenterKind[] VALUES_ARRAY =
		new CenterKind[] {
			COMPREHENSIVE_CENTER,
			AGENCY_BRANCH,
			MUNICIPAL_OFFICE,
			MOBILE_UNIT,
			KIOSK,
		};

	/**
	 * A public read-only list of all the '<em><b>Center Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<CenterKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Center Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static CenterKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			CenterKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Center Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static CenterKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			CenterKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Center Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static CenterKind get(int value) {
		switch (value) {
			case COMPREHENSIVE_CENTER_VALUE: return COMPREHENSIVE_CENTER;
			case AGENCY_BRANCH_VALUE: return AGENCY_BRANCH;
			case MUNICIPAL_OFFICE_VALUE: return MUNICIPAL_OFFICE;
			case MOBILE_UNIT_VALUE: return MOBILE_UNIT;
			case KIOSK_VALUE: return KIOSK;
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
	private CenterKind(int value, String name, String literal) {
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
	
} //CenterKind
