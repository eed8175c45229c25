/**
 */
package org.nafitha.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Demand Zone</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Where residents live, aggregated: a district, a subdistrict or a neighbourhood.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.nafitha.model.DemandZone#getRegion <em>Region</em>}</li>
 *   <li>{@link org.nafitha.model.DemandZone#getPopulation <em>Population</em>}</li>
 *   <li>{@link org.nafitha.model.DemandZone#getAreaType <em>Area Type</em>}</li>
 *   <li>{@link org.nafitha.model.DemandZone#getGroups <em>Groups</em>}</li>
 *   <li>{@link org.nafitha.model.DemandZone#getDemandOverrides <em>Demand Overrides</em>}</li>
 *   <li>{@link org.nafitha.model.DemandZone#getSettlements <em>Settlements</em>}</li>
 * </ul>
 *
 * @see org.nafitha.model.NafithaPackage#getDemandZone()
 * @model
 * @generated
 */
public interface DemandZone extends Named, Located {
	/**
	 * Returns the value of the '<em><b>Region</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Region</em>' reference.
	 * @see #setRegion(Region)
	 * @see org.nafitha.model.NafithaPackage#getDemandZone_Region()
	 * @model
	 * @generated
	 */
	Region getRegion();

	/**
	 * Sets the value of the '{@link org.nafitha.model.DemandZone#getRegion <em>Region</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Region</em>' reference.
	 * @see #getRegion()
	 * @generated
	 */
	void setRegion(Region value);

	/**
	 * Returns the value of the '<em><b>Population</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Population</em>' attribute.
	 * @see #setPopulation(long)
	 * @see org.nafitha.model.NafithaPackage#getDemandZone_Population()
	 * @model
	 * @generated
	 */
	long getPopulation();

	/**
	 * Sets the value of the '{@link org.nafitha.model.DemandZone#getPopulation <em>Population</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Population</em>' attribute.
	 * @see #getPopulation()
	 * @generated
	 */
	void setPopulation(long value);

	/**
	 * Returns the value of the '<em><b>Area Type</b></em>' attribute.
	 * The literals are from the enumeration {@link org.nafitha.model.AreaType}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Area Type</em>' attribute.
	 * @see org.nafitha.model.AreaType
	 * @see #setAreaType(AreaType)
	 * @see org.nafitha.model.NafithaPackage#getDemandZone_AreaType()
	 * @model
	 * @generated
	 */
	AreaType getAreaType();

	/**
	 * Sets the value of the '{@link org.nafitha.model.DemandZone#getAreaType <em>Area Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Area Type</em>' attribute.
	 * @see org.nafitha.model.AreaType
	 * @see #getAreaType()
	 * @generated
	 */
	void setAreaType(AreaType value);

	/**
	 * Returns the value of the '<em><b>Groups</b></em>' containment reference list.
	 * The list contents are of type {@link org.nafitha.model.GroupPopulation}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Groups</em>' containment reference list.
	 * @see org.nafitha.model.NafithaPackage#getDemandZone_Groups()
	 * @model containment="true"
	 * @generated
	 */
	EList<GroupPopulation> getGroups();

	/**
	 * Returns the value of the '<em><b>Demand Overrides</b></em>' containment reference list.
	 * The list contents are of type {@link org.nafitha.model.ServiceDemand}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Demand Overrides</em>' containment reference list.
	 * @see org.nafitha.model.NafithaPackage#getDemandZone_DemandOverrides()
	 * @model containment="true"
	 * @generated
	 */
	EList<ServiceDemand> getDemandOverrides();

	/**
	 * Returns the value of the '<em><b>Settlements</b></em>' containment reference list.
	 * The list contents are of type {@link org.nafitha.model.Settlement}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Where the zone's residents live: weighted locations (towns, and a remainder for dispersed population) whose shares sum to one. Empty: every resident at the zone's own point.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Settlements</em>' containment reference list.
	 * @see org.nafitha.model.NafithaPackage#getDemandZone_Settlements()
	 * @model containment="true"
	 * @generated
	 */
	EList<Settlement> getSettlements();

} // DemandZone
