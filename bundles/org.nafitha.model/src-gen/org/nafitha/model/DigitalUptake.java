/**
 */
package org.nafitha.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Digital Uptake</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A multiplier on services' digital shares where uptake differs (the digital gap): for a region, an area type or a population group; the multipliers that match a zone are multiplied together (a group's by its share of the zone's residents).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.nafitha.model.DigitalUptake#getRegion <em>Region</em>}</li>
 *   <li>{@link org.nafitha.model.DigitalUptake#getAreaType <em>Area Type</em>}</li>
 *   <li>{@link org.nafitha.model.DigitalUptake#getGroup <em>Group</em>}</li>
 *   <li>{@link org.nafitha.model.DigitalUptake#getMultiplier <em>Multiplier</em>}</li>
 * </ul>
 *
 * @see org.nafitha.model.NafithaPackage#getDigitalUptake()
 * @model
 * @generated
 */
public interface DigitalUptake extends EObject {
	/**
	 * Returns the value of the '<em><b>Region</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Region</em>' reference.
	 * @see #setRegion(Region)
	 * @see org.nafitha.model.NafithaPackage#getDigitalUptake_Region()
	 * @model
	 * @generated
	 */
	Region getRegion();

	/**
	 * Sets the value of the '{@link org.nafitha.model.DigitalUptake#getRegion <em>Region</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Region</em>' reference.
	 * @see #getRegion()
	 * @generated
	 */
	void setRegion(Region value);

	/**
	 * Returns the value of the '<em><b>Area Type</b></em>' attribute.
	 * The literals are from the enumeration {@link org.nafitha.model.AreaType}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Area Type</em>' attribute.
	 * @see org.nafitha.model.AreaType
	 * @see #isSetAreaType()
	 * @see #unsetAreaType()
	 * @see #setAreaType(AreaType)
	 * @see org.nafitha.model.NafithaPackage#getDigitalUptake_AreaType()
	 * @model unsettable="true"
	 * @generated
	 */
	AreaType getAreaType();

	/**
	 * Sets the value of the '{@link org.nafitha.model.DigitalUptake#getAreaType <em>Area Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Area Type</em>' attribute.
	 * @see org.nafitha.model.AreaType
	 * @see #isSetAreaType()
	 * @see #unsetAreaType()
	 * @see #getAreaType()
	 * @generated
	 */
	void setAreaType(AreaType value);

	/**
	 * Unsets the value of the '{@link org.nafitha.model.DigitalUptake#getAreaType <em>Area Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetAreaType()
	 * @see #getAreaType()
	 * @see #setAreaType(AreaType)
	 * @generated
	 */
	void unsetAreaType();

	/**
	 * Returns whether the value of the '{@link org.nafitha.model.DigitalUptake#getAreaType <em>Area Type</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Area Type</em>' attribute is set.
	 * @see #unsetAreaType()
	 * @see #getAreaType()
	 * @see #setAreaType(AreaType)
	 * @generated
	 */
	boolean isSetAreaType();

	/**
	 * Returns the value of the '<em><b>Group</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Group</em>' reference.
	 * @see #setGroup(PopulationGroup)
	 * @see org.nafitha.model.NafithaPackage#getDigitalUptake_Group()
	 * @model
	 * @generated
	 */
	PopulationGroup getGroup();

	/**
	 * Sets the value of the '{@link org.nafitha.model.DigitalUptake#getGroup <em>Group</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Group</em>' reference.
	 * @see #getGroup()
	 * @generated
	 */
	void setGroup(PopulationGroup value);

	/**
	 * Returns the value of the '<em><b>Multiplier</b></em>' attribute.
	 * The default value is <code>"1.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Multiplier</em>' attribute.
	 * @see #setMultiplier(double)
	 * @see org.nafitha.model.NafithaPackage#getDigitalUptake_Multiplier()
	 * @model default="1.0"
	 * @generated
	 */
	double getMultiplier();

	/**
	 * Sets the value of the '{@link org.nafitha.model.DigitalUptake#getMultiplier <em>Multiplier</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Multiplier</em>' attribute.
	 * @see #getMultiplier()
	 * @generated
	 */
	void setMultiplier(double value);

} // DigitalUptake
