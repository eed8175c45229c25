/**
 */
package org.nafitha.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Roadmap Growth</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Yearly population growth rate (e.g. 0.02) of a region (and the regions below it) or an area type; without either, of all zones.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.nafitha.model.RoadmapGrowth#getRegion <em>Region</em>}</li>
 *   <li>{@link org.nafitha.model.RoadmapGrowth#getAreaType <em>Area Type</em>}</li>
 *   <li>{@link org.nafitha.model.RoadmapGrowth#getAnnualRate <em>Annual Rate</em>}</li>
 *   <li>{@link org.nafitha.model.RoadmapGrowth#getSource <em>Source</em>}</li>
 * </ul>
 *
 * @see org.nafitha.model.NafithaPackage#getRoadmapGrowth()
 * @model
 * @generated
 */
public interface RoadmapGrowth extends EObject {
	/**
	 * Returns the value of the '<em><b>Region</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Region</em>' reference.
	 * @see #setRegion(Region)
	 * @see org.nafitha.model.NafithaPackage#getRoadmapGrowth_Region()
	 * @model
	 * @generated
	 */
	Region getRegion();

	/**
	 * Sets the value of the '{@link org.nafitha.model.RoadmapGrowth#getRegion <em>Region</em>}' reference.
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
	 * @see org.nafitha.model.NafithaPackage#getRoadmapGrowth_AreaType()
	 * @model unsettable="true"
	 * @generated
	 */
	AreaType getAreaType();

	/**
	 * Sets the value of the '{@link org.nafitha.model.RoadmapGrowth#getAreaType <em>Area Type</em>}' attribute.
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
	 * Unsets the value of the '{@link org.nafitha.model.RoadmapGrowth#getAreaType <em>Area Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetAreaType()
	 * @see #getAreaType()
	 * @see #setAreaType(AreaType)
	 * @generated
	 */
	void unsetAreaType();

	/**
	 * Returns whether the value of the '{@link org.nafitha.model.RoadmapGrowth#getAreaType <em>Area Type</em>}' attribute is set.
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
	 * Returns the value of the '<em><b>Annual Rate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Annual Rate</em>' attribute.
	 * @see #setAnnualRate(double)
	 * @see org.nafitha.model.NafithaPackage#getRoadmapGrowth_AnnualRate()
	 * @model
	 * @generated
	 */
	double getAnnualRate();

	/**
	 * Sets the value of the '{@link org.nafitha.model.RoadmapGrowth#getAnnualRate <em>Annual Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Annual Rate</em>' attribute.
	 * @see #getAnnualRate()
	 * @generated
	 */
	void setAnnualRate(double value);

	/**
	 * Returns the value of the '<em><b>Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Source</em>' attribute.
	 * @see #setSource(String)
	 * @see org.nafitha.model.NafithaPackage#getRoadmapGrowth_Source()
	 * @model
	 * @generated
	 */
	String getSource();

	/**
	 * Sets the value of the '{@link org.nafitha.model.RoadmapGrowth#getSource <em>Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source</em>' attribute.
	 * @see #getSource()
	 * @generated
	 */
	void setSource(String value);

} // RoadmapGrowth
