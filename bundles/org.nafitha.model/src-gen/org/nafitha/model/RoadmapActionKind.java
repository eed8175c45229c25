/**
 */
package org.nafitha.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Roadmap Action Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * What a roadmap action does to its target in its year.
 * <!-- end-model-doc -->
 * @see org.nafitha.model.NafithaPackage#getRoadmapActionKind()
 * @model
 * @generated
 */
public enum RoadmapActionKind implements Enumerator {
	/**
	 * The '<em><b>OPEN CENTER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OPEN_CENTER_VALUE
	 * @generated
	 * @ordered
	 */
	OPEN_CENTER(0, "OPEN_CENTER", "OPEN_CENTER"),

	/**
	 * The '<em><b>CLOSE CENTER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CLOSE_CENTER_VALUE
	 * @generated
	 * @ordered
	 */
	CLOSE_CENTER(1, "CLOSE_CENTER", "CLOSE_CENTER"),

	/**
	 * The '<em><b>RELOCATE CENTER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RELOCATE_CENTER_VALUE
	 * @generated
	 * @ordered
	 */
	RELOCATE_CENTER(2, "RELOCATE_CENTER", "RELOCATE_CENTER"),

	/**
	 * The '<em><b>ADD COUNTERS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ADD_COUNTERS_VALUE
	 * @generated
	 * @ordered
	 */
	ADD_COUNTERS(3, "ADD_COUNTERS", "ADD_COUNTERS"),

	/**
	 * The '<em><b>REMOVE COUNTERS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REMOVE_COUNTERS_VALUE
	 * @generated
	 * @ordered
	 */
	REMOVE_COUNTERS(4, "REMOVE_COUNTERS", "REMOVE_COUNTERS"),

	/**
	 * The '<em><b>CONVERT COUNTERS UNIVERSAL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CONVERT_COUNTERS_UNIVERSAL_VALUE
	 * @generated
	 * @ordered
	 */
	CONVERT_COUNTERS_UNIVERSAL(5, "CONVERT_COUNTERS_UNIVERSAL", "CONVERT_COUNTERS_UNIVERSAL"),

	/**
	 * The '<em><b>HIRE STAFF</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HIRE_STAFF_VALUE
	 * @generated
	 * @ordered
	 */
	HIRE_STAFF(6, "HIRE_STAFF", "HIRE_STAFF"),

	/**
	 * The '<em><b>TRAIN UNIVERSAL STAFF</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TRAIN_UNIVERSAL_STAFF_VALUE
	 * @generated
	 * @ordered
	 */
	TRAIN_UNIVERSAL_STAFF(7, "TRAIN_UNIVERSAL_STAFF", "TRAIN_UNIVERSAL_STAFF"),

	/**
	 * The '<em><b>LICENSE CERTIFIED PROVIDERS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LICENSE_CERTIFIED_PROVIDERS_VALUE
	 * @generated
	 * @ordered
	 */
	LICENSE_CERTIFIED_PROVIDERS(8, "LICENSE_CERTIFIED_PROVIDERS", "LICENSE_CERTIFIED_PROVIDERS"),

	/**
	 * The '<em><b>ADD ACCESSIBILITY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ADD_ACCESSIBILITY_VALUE
	 * @generated
	 * @ordered
	 */
	ADD_ACCESSIBILITY(9, "ADD_ACCESSIBILITY", "ADD_ACCESSIBILITY"),

	/**
	 * The '<em><b>OFFER SERVICE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OFFER_SERVICE_VALUE
	 * @generated
	 * @ordered
	 */
	OFFER_SERVICE(10, "OFFER_SERVICE", "OFFER_SERVICE"),

	/**
	 * The '<em><b>WITHDRAW SERVICE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WITHDRAW_SERVICE_VALUE
	 * @generated
	 * @ordered
	 */
	WITHDRAW_SERVICE(11, "WITHDRAW_SERVICE", "WITHDRAW_SERVICE"),

	/**
	 * The '<em><b>OFFER BUNDLE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OFFER_BUNDLE_VALUE
	 * @generated
	 * @ordered
	 */
	OFFER_BUNDLE(12, "OFFER_BUNDLE", "OFFER_BUNDLE"),

	/**
	 * The '<em><b>WITHDRAW BUNDLE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WITHDRAW_BUNDLE_VALUE
	 * @generated
	 * @ordered
	 */
	WITHDRAW_BUNDLE(13, "WITHDRAW_BUNDLE", "WITHDRAW_BUNDLE"),

	/**
	 * The '<em><b>CHANGE CHANNEL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CHANGE_CHANNEL_VALUE
	 * @generated
	 * @ordered
	 */
	CHANGE_CHANNEL(14, "CHANGE_CHANNEL", "CHANGE_CHANNEL"),

	/**
	 * The '<em><b>CHANGE DIGITAL SHARE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CHANGE_DIGITAL_SHARE_VALUE
	 * @generated
	 * @ordered
	 */
	CHANGE_DIGITAL_SHARE(15, "CHANGE_DIGITAL_SHARE", "CHANGE_DIGITAL_SHARE"),

	/**
	 * The '<em><b>CHANGE HOURS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CHANGE_HOURS_VALUE
	 * @generated
	 * @ordered
	 */
	CHANGE_HOURS(16, "CHANGE_HOURS", "CHANGE_HOURS"),

	/**
	 * The '<em><b>PARTNERSHIP</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PARTNERSHIP_VALUE
	 * @generated
	 * @ordered
	 */
	PARTNERSHIP(17, "PARTNERSHIP", "PARTNERSHIP");

	/**
	 * The '<em><b>OPEN CENTER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OPEN_CENTER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int OPEN_CENTER_VALUE = 0;

	/**
	 * The '<em><b>CLOSE CENTER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CLOSE_CENTER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CLOSE_CENTER_VALUE = 1;

	/**
	 * The '<em><b>RELOCATE CENTER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RELOCATE_CENTER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int RELOCATE_CENTER_VALUE = 2;

	/**
	 * The '<em><b>ADD COUNTERS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ADD_COUNTERS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ADD_COUNTERS_VALUE = 3;

	/**
	 * The '<em><b>REMOVE COUNTERS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REMOVE_COUNTERS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int REMOVE_COUNTERS_VALUE = 4;

	/**
	 * The '<em><b>CONVERT COUNTERS UNIVERSAL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CONVERT_COUNTERS_UNIVERSAL
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CONVERT_COUNTERS_UNIVERSAL_VALUE = 5;

	/**
	 * The '<em><b>HIRE STAFF</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HIRE_STAFF
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int HIRE_STAFF_VALUE = 6;

	/**
	 * The '<em><b>TRAIN UNIVERSAL STAFF</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TRAIN_UNIVERSAL_STAFF
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int TRAIN_UNIVERSAL_STAFF_VALUE = 7;

	/**
	 * The '<em><b>LICENSE CERTIFIED PROVIDERS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LICENSE_CERTIFIED_PROVIDERS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int LICENSE_CERTIFIED_PROVIDERS_VALUE = 8;

	/**
	 * The '<em><b>ADD ACCESSIBILITY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ADD_ACCESSIBILITY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ADD_ACCESSIBILITY_VALUE = 9;

	/**
	 * The '<em><b>OFFER SERVICE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OFFER_SERVICE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int OFFER_SERVICE_VALUE = 10;

	/**
	 * The '<em><b>WITHDRAW SERVICE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WITHDRAW_SERVICE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int WITHDRAW_SERVICE_VALUE = 11;

	/**
	 * The '<em><b>OFFER BUNDLE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OFFER_BUNDLE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int OFFER_BUNDLE_VALUE = 12;

	/**
	 * The '<em><b>WITHDRAW BUNDLE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WITHDRAW_BUNDLE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int WITHDRAW_BUNDLE_VALUE = 13;

	/**
	 * The '<em><b>CHANGE CHANNEL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CHANGE_CHANNEL
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CHANGE_CHANNEL_VALUE = 14;

	/**
	 * The '<em><b>CHANGE DIGITAL SHARE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CHANGE_DIGITAL_SHARE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CHANGE_DIGITAL_SHARE_VALUE = 15;

	/**
	 * The '<em><b>CHANGE HOURS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CHANGE_HOURS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CHANGE_HOURS_VALUE = 16;

	/**
	 * The '<em><b>PARTNERSHIP</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PARTNERSHIP
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PARTNERSHIP_VALUE = 17;

	/**
	 * An array of all the '<em><b>Roadmap Action Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final RoadmapActionKind[] VALUES_ARRAY =
		new RoadmapActionKind[] {
			OPEN_CENTER,
			CLOSE_CENTER,
			RELOCATE_CENTER,
			ADD_COUNTERS,
			REMOVE_COUNTERS,
			CONVERT_COUNTERS_UNIVERSAL,
			HIRE_STAFF,
			TRAIN_UNIVERSAL_STAFF,
			LICENSE_CERTIFIED_PROVIDERS,
			ADD_ACCESSIBILITY,
			OFFER_SERVICE,
			WITHDRAW_SERVICE,
			OFFER_BUNDLE,
			WITHDRAW_BUNDLE,
			CHANGE_CHANNEL,
			CHANGE_DIGITAL_SHARE,
			CHANGE_HOURS,
			PARTNERSHIP,
		};

	/**
	 * A public read-only list of all the '<em><b>Roadmap Action Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<RoadmapActionKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Roadmap Action Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static RoadmapActionKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			RoadmapActionKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Roadmap Action Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static RoadmapActionKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			RoadmapActionKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Roadmap Action Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static RoadmapActionKind get(int value) {
		switch (value) {
			case OPEN_CENTER_VALUE: return OPEN_CENTER;
			case CLOSE_CENTER_VALUE: return CLOSE_CENTER;
			case RELOCATE_CENTER_VALUE: return RELOCATE_CENTER;
			case ADD_COUNTERS_VALUE: return ADD_COUNTERS;
			case REMOVE_COUNTERS_VALUE: return REMOVE_COUNTERS;
			case CONVERT_COUNTERS_UNIVERSAL_VALUE: return CONVERT_COUNTERS_UNIVERSAL;
			case HIRE_STAFF_VALUE: return HIRE_STAFF;
			case TRAIN_UNIVERSAL_STAFF_VALUE: return TRAIN_UNIVERSAL_STAFF;
			case LICENSE_CERTIFIED_PROVIDERS_VALUE: return LICENSE_CERTIFIED_PROVIDERS;
			case ADD_ACCESSIBILITY_VALUE: return ADD_ACCESSIBILITY;
			case OFFER_SERVICE_VALUE: return OFFER_SERVICE;
			case WITHDRAW_SERVICE_VALUE: return WITHDRAW_SERVICE;
			case OFFER_BUNDLE_VALUE: return OFFER_BUNDLE;
			case WITHDRAW_BUNDLE_VALUE: return WITHDRAW_BUNDLE;
			case CHANGE_CHANNEL_VALUE: return CHANGE_CHANNEL;
			case CHANGE_DIGITAL_SHARE_VALUE: return CHANGE_DIGITAL_SHARE;
			case CHANGE_HOURS_VALUE: return CHANGE_HOURS;
			case PARTNERSHIP_VALUE: return PARTNERSHIP;
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
	private RoadmapActionKind(int value, String name, String literal) {
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
	
} //RoadmapActionKind
