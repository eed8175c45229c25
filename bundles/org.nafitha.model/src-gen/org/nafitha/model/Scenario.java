/**
 */
package org.nafitha.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Scenario</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One version of the network a planner studies: the demand, the registry of services and the centers, with the parameters of the analyses.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.nafitha.model.Scenario#getDescription <em>Description</em>}</li>
 *   <li>{@link org.nafitha.model.Scenario#getBaseYear <em>Base Year</em>}</li>
 *   <li>{@link org.nafitha.model.Scenario#getBaseline <em>Baseline</em>}</li>
 *   <li>{@link org.nafitha.model.Scenario#getStudyArea <em>Study Area</em>}</li>
 *   <li>{@link org.nafitha.model.Scenario#getParameters <em>Parameters</em>}</li>
 *   <li>{@link org.nafitha.model.Scenario#getPopulationGroups <em>Population Groups</em>}</li>
 *   <li>{@link org.nafitha.model.Scenario#getRegions <em>Regions</em>}</li>
 *   <li>{@link org.nafitha.model.Scenario#getDemandZones <em>Demand Zones</em>}</li>
 *   <li>{@link org.nafitha.model.Scenario#getAgencies <em>Agencies</em>}</li>
 *   <li>{@link org.nafitha.model.Scenario#getServices <em>Services</em>}</li>
 *   <li>{@link org.nafitha.model.Scenario#getBundles <em>Bundles</em>}</li>
 *   <li>{@link org.nafitha.model.Scenario#getCenters <em>Centers</em>}</li>
 *   <li>{@link org.nafitha.model.Scenario#getCandidateSites <em>Candidate Sites</em>}</li>
 *   <li>{@link org.nafitha.model.Scenario#getRoadmap <em>Roadmap</em>}</li>
 * </ul>
 *
 * @see org.nafitha.model.NafithaPackage#getScenario()
 * @model
 * @generated
 */
public interface Scenario extends Named {
	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.nafitha.model.NafithaPackage#getScenario_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.nafitha.model.Scenario#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Base Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Base Year</em>' attribute.
	 * @see #setBaseYear(int)
	 * @see org.nafitha.model.NafithaPackage#getScenario_BaseYear()
	 * @model
	 * @generated
	 */
	int getBaseYear();

	/**
	 * Sets the value of the '{@link org.nafitha.model.Scenario#getBaseYear <em>Base Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Base Year</em>' attribute.
	 * @see #getBaseYear()
	 * @generated
	 */
	void setBaseYear(int value);

	/**
	 * Returns the value of the '<em><b>Baseline</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The code of the scenario this one derives from, if any.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Baseline</em>' attribute.
	 * @see #setBaseline(String)
	 * @see org.nafitha.model.NafithaPackage#getScenario_Baseline()
	 * @model
	 * @generated
	 */
	String getBaseline();

	/**
	 * Sets the value of the '{@link org.nafitha.model.Scenario#getBaseline <em>Baseline</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Baseline</em>' attribute.
	 * @see #getBaseline()
	 * @generated
	 */
	void setBaseline(String value);

	/**
	 * Returns the value of the '<em><b>Study Area</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Optional outline of the area planned for (e.g. the country), WKT in WGS84 longitude/latitude order: zones, centers and sites must lie inside.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Study Area</em>' attribute.
	 * @see #setStudyArea(String)
	 * @see org.nafitha.model.NafithaPackage#getScenario_StudyArea()
	 * @model
	 * @generated
	 */
	String getStudyArea();

	/**
	 * Sets the value of the '{@link org.nafitha.model.Scenario#getStudyArea <em>Study Area</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Study Area</em>' attribute.
	 * @see #getStudyArea()
	 * @generated
	 */
	void setStudyArea(String value);

	/**
	 * Returns the value of the '<em><b>Parameters</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Parameters</em>' containment reference.
	 * @see #setParameters(PlanningParameters)
	 * @see org.nafitha.model.NafithaPackage#getScenario_Parameters()
	 * @model containment="true"
	 * @generated
	 */
	PlanningParameters getParameters();

	/**
	 * Sets the value of the '{@link org.nafitha.model.Scenario#getParameters <em>Parameters</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Parameters</em>' containment reference.
	 * @see #getParameters()
	 * @generated
	 */
	void setParameters(PlanningParameters value);

	/**
	 * Returns the value of the '<em><b>Population Groups</b></em>' containment reference list.
	 * The list contents are of type {@link org.nafitha.model.PopulationGroup}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Population Groups</em>' containment reference list.
	 * @see org.nafitha.model.NafithaPackage#getScenario_PopulationGroups()
	 * @model containment="true"
	 * @generated
	 */
	EList<PopulationGroup> getPopulationGroups();

	/**
	 * Returns the value of the '<em><b>Regions</b></em>' containment reference list.
	 * The list contents are of type {@link org.nafitha.model.Region}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Regions</em>' containment reference list.
	 * @see org.nafitha.model.NafithaPackage#getScenario_Regions()
	 * @model containment="true"
	 * @generated
	 */
	EList<Region> getRegions();

	/**
	 * Returns the value of the '<em><b>Demand Zones</b></em>' containment reference list.
	 * The list contents are of type {@link org.nafitha.model.DemandZone}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Demand Zones</em>' containment reference list.
	 * @see org.nafitha.model.NafithaPackage#getScenario_DemandZones()
	 * @model containment="true"
	 * @generated
	 */
	EList<DemandZone> getDemandZones();

	/**
	 * Returns the value of the '<em><b>Agencies</b></em>' containment reference list.
	 * The list contents are of type {@link org.nafitha.model.Agency}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Agencies</em>' containment reference list.
	 * @see org.nafitha.model.NafithaPackage#getScenario_Agencies()
	 * @model containment="true"
	 * @generated
	 */
	EList<Agency> getAgencies();

	/**
	 * Returns the value of the '<em><b>Services</b></em>' containment reference list.
	 * The list contents are of type {@link org.nafitha.model.Service}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Services</em>' containment reference list.
	 * @see org.nafitha.model.NafithaPackage#getScenario_Services()
	 * @model containment="true"
	 * @generated
	 */
	EList<Service> getServices();

	/**
	 * Returns the value of the '<em><b>Bundles</b></em>' containment reference list.
	 * The list contents are of type {@link org.nafitha.model.ServiceBundle}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Bundles</em>' containment reference list.
	 * @see org.nafitha.model.NafithaPackage#getScenario_Bundles()
	 * @model containment="true"
	 * @generated
	 */
	EList<ServiceBundle> getBundles();

	/**
	 * Returns the value of the '<em><b>Centers</b></em>' containment reference list.
	 * The list contents are of type {@link org.nafitha.model.ServiceCenter}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Centers</em>' containment reference list.
	 * @see org.nafitha.model.NafithaPackage#getScenario_Centers()
	 * @model containment="true"
	 * @generated
	 */
	EList<ServiceCenter> getCenters();

	/**
	 * Returns the value of the '<em><b>Candidate Sites</b></em>' containment reference list.
	 * The list contents are of type {@link org.nafitha.model.CandidateSite}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Candidate Sites</em>' containment reference list.
	 * @see org.nafitha.model.NafithaPackage#getScenario_CandidateSites()
	 * @model containment="true"
	 * @generated
	 */
	EList<CandidateSite> getCandidateSites();

	/**
	 * Returns the value of the '<em><b>Roadmap</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The multi-year roadmap, if any.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Roadmap</em>' containment reference.
	 * @see #setRoadmap(Roadmap)
	 * @see org.nafitha.model.NafithaPackage#getScenario_Roadmap()
	 * @model containment="true"
	 * @generated
	 */
	Roadmap getRoadmap();

	/**
	 * Sets the value of the '{@link org.nafitha.model.Scenario#getRoadmap <em>Roadmap</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Roadmap</em>' containment reference.
	 * @see #getRoadmap()
	 * @generated
	 */
	void setRoadmap(Roadmap value);

} // Scenario
