/**
 */
package org.nafitha.model;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * The planning model of Nafitha: scenarios of service centers, the demand they serve and the national services registry.
 * <!-- end-model-doc -->
 * @see org.nafitha.model.NafithaFactory
 * @model kind="package"
 * @generated
 */
public interface NafithaPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "model";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://nafitha.org/model/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "nafitha";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	NafithaPackage eINSTANCE = org.nafitha.model.impl.NafithaPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.nafitha.model.impl.NamedImpl <em>Named</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.nafitha.model.impl.NamedImpl
	 * @see org.nafitha.model.impl.NafithaPackageImpl#getNamed()
	 * @generated
	 */
	int NAMED = 0;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED__CODE = 0;

	/**
	 * The feature id for the '<em><b>Name En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED__NAME_EN = 1;

	/**
	 * The feature id for the '<em><b>Name Ar</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED__NAME_AR = 2;

	/**
	 * The number of structural features of the '<em>Named</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Named</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.nafitha.model.Located <em>Located</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.nafitha.model.Located
	 * @see org.nafitha.model.impl.NafithaPackageImpl#getLocated()
	 * @generated
	 */
	int LOCATED = 1;

	/**
	 * The feature id for the '<em><b>Latitude</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOCATED__LATITUDE = 0;

	/**
	 * The feature id for the '<em><b>Longitude</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOCATED__LONGITUDE = 1;

	/**
	 * The number of structural features of the '<em>Located</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOCATED_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Located</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOCATED_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.nafitha.model.impl.ScenarioImpl <em>Scenario</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.nafitha.model.impl.ScenarioImpl
	 * @see org.nafitha.model.impl.NafithaPackageImpl#getScenario()
	 * @generated
	 */
	int SCENARIO = 2;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO__CODE = NAMED__CODE;

	/**
	 * The feature id for the '<em><b>Name En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO__NAME_EN = NAMED__NAME_EN;

	/**
	 * The feature id for the '<em><b>Name Ar</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO__NAME_AR = NAMED__NAME_AR;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO__DESCRIPTION = NAMED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Base Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO__BASE_YEAR = NAMED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Baseline</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO__BASELINE = NAMED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Study Area</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO__STUDY_AREA = NAMED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Parameters</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO__PARAMETERS = NAMED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Population Groups</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO__POPULATION_GROUPS = NAMED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Regions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO__REGIONS = NAMED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Demand Zones</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO__DEMAND_ZONES = NAMED_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Agencies</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO__AGENCIES = NAMED_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Services</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO__SERVICES = NAMED_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Bundles</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO__BUNDLES = NAMED_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Centers</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO__CENTERS = NAMED_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Candidate Sites</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO__CANDIDATE_SITES = NAMED_FEATURE_COUNT + 12;

	/**
	 * The feature id for the '<em><b>Roadmap</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO__ROADMAP = NAMED_FEATURE_COUNT + 13;

	/**
	 * The number of structural features of the '<em>Scenario</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO_FEATURE_COUNT = NAMED_FEATURE_COUNT + 14;

	/**
	 * The number of operations of the '<em>Scenario</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO_OPERATION_COUNT = NAMED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.nafitha.model.impl.RegionImpl <em>Region</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.nafitha.model.impl.RegionImpl
	 * @see org.nafitha.model.impl.NafithaPackageImpl#getRegion()
	 * @generated
	 */
	int REGION = 3;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGION__CODE = NAMED__CODE;

	/**
	 * The feature id for the '<em><b>Name En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGION__NAME_EN = NAMED__NAME_EN;

	/**
	 * The feature id for the '<em><b>Name Ar</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGION__NAME_AR = NAMED__NAME_AR;

	/**
	 * The feature id for the '<em><b>Latitude</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGION__LATITUDE = NAMED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Longitude</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGION__LONGITUDE = NAMED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Level</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGION__LEVEL = NAMED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Parent</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGION__PARENT = NAMED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Area Km2</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGION__AREA_KM2 = NAMED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Wikidata</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGION__WIKIDATA = NAMED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Geometry Wkt</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGION__GEOMETRY_WKT = NAMED_FEATURE_COUNT + 6;

	/**
	 * The number of structural features of the '<em>Region</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGION_FEATURE_COUNT = NAMED_FEATURE_COUNT + 7;

	/**
	 * The number of operations of the '<em>Region</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGION_OPERATION_COUNT = NAMED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.nafitha.model.impl.PopulationGroupImpl <em>Population Group</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.nafitha.model.impl.PopulationGroupImpl
	 * @see org.nafitha.model.impl.NafithaPackageImpl#getPopulationGroup()
	 * @generated
	 */
	int POPULATION_GROUP = 4;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POPULATION_GROUP__CODE = NAMED__CODE;

	/**
	 * The feature id for the '<em><b>Name En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POPULATION_GROUP__NAME_EN = NAMED__NAME_EN;

	/**
	 * The feature id for the '<em><b>Name Ar</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POPULATION_GROUP__NAME_AR = NAMED__NAME_AR;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POPULATION_GROUP__DESCRIPTION = NAMED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Partition</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POPULATION_GROUP__PARTITION = NAMED_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Population Group</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POPULATION_GROUP_FEATURE_COUNT = NAMED_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Population Group</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POPULATION_GROUP_OPERATION_COUNT = NAMED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.nafitha.model.impl.DemandZoneImpl <em>Demand Zone</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.nafitha.model.impl.DemandZoneImpl
	 * @see org.nafitha.model.impl.NafithaPackageImpl#getDemandZone()
	 * @generated
	 */
	int DEMAND_ZONE = 5;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEMAND_ZONE__CODE = NAMED__CODE;

	/**
	 * The feature id for the '<em><b>Name En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEMAND_ZONE__NAME_EN = NAMED__NAME_EN;

	/**
	 * The feature id for the '<em><b>Name Ar</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEMAND_ZONE__NAME_AR = NAMED__NAME_AR;

	/**
	 * The feature id for the '<em><b>Latitude</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEMAND_ZONE__LATITUDE = NAMED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Longitude</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEMAND_ZONE__LONGITUDE = NAMED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Region</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEMAND_ZONE__REGION = NAMED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Population</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEMAND_ZONE__POPULATION = NAMED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Area Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEMAND_ZONE__AREA_TYPE = NAMED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Groups</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEMAND_ZONE__GROUPS = NAMED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Demand Overrides</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEMAND_ZONE__DEMAND_OVERRIDES = NAMED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Settlements</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEMAND_ZONE__SETTLEMENTS = NAMED_FEATURE_COUNT + 7;

	/**
	 * The number of structural features of the '<em>Demand Zone</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEMAND_ZONE_FEATURE_COUNT = NAMED_FEATURE_COUNT + 8;

	/**
	 * The number of operations of the '<em>Demand Zone</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEMAND_ZONE_OPERATION_COUNT = NAMED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.nafitha.model.impl.SettlementImpl <em>Settlement</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.nafitha.model.impl.SettlementImpl
	 * @see org.nafitha.model.impl.NafithaPackageImpl#getSettlement()
	 * @generated
	 */
	int SETTLEMENT = 6;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SETTLEMENT__CODE = NAMED__CODE;

	/**
	 * The feature id for the '<em><b>Name En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SETTLEMENT__NAME_EN = NAMED__NAME_EN;

	/**
	 * The feature id for the '<em><b>Name Ar</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SETTLEMENT__NAME_AR = NAMED__NAME_AR;

	/**
	 * The feature id for the '<em><b>Latitude</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SETTLEMENT__LATITUDE = NAMED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Longitude</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SETTLEMENT__LONGITUDE = NAMED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Share</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SETTLEMENT__SHARE = NAMED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Area Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SETTLEMENT__AREA_TYPE = NAMED_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Settlement</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SETTLEMENT_FEATURE_COUNT = NAMED_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Settlement</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SETTLEMENT_OPERATION_COUNT = NAMED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.nafitha.model.impl.GroupPopulationImpl <em>Group Population</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.nafitha.model.impl.GroupPopulationImpl
	 * @see org.nafitha.model.impl.NafithaPackageImpl#getGroupPopulation()
	 * @generated
	 */
	int GROUP_POPULATION = 7;

	/**
	 * The feature id for the '<em><b>Group</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GROUP_POPULATION__GROUP = 0;

	/**
	 * The feature id for the '<em><b>Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GROUP_POPULATION__COUNT = 1;

	/**
	 * The feature id for the '<em><b>Share</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GROUP_POPULATION__SHARE = 2;

	/**
	 * The number of structural features of the '<em>Group Population</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GROUP_POPULATION_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Group Population</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GROUP_POPULATION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.nafitha.model.impl.ServiceDemandImpl <em>Service Demand</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.nafitha.model.impl.ServiceDemandImpl
	 * @see org.nafitha.model.impl.NafithaPackageImpl#getServiceDemand()
	 * @generated
	 */
	int SERVICE_DEMAND = 8;

	/**
	 * The feature id for the '<em><b>Service</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_DEMAND__SERVICE = 0;

	/**
	 * The feature id for the '<em><b>Annual Transactions</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_DEMAND__ANNUAL_TRANSACTIONS = 1;

	/**
	 * The number of structural features of the '<em>Service Demand</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_DEMAND_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Service Demand</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_DEMAND_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.nafitha.model.impl.AgencyImpl <em>Agency</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.nafitha.model.impl.AgencyImpl
	 * @see org.nafitha.model.impl.NafithaPackageImpl#getAgency()
	 * @generated
	 */
	int AGENCY = 9;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGENCY__CODE = NAMED__CODE;

	/**
	 * The feature id for the '<em><b>Name En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGENCY__NAME_EN = NAMED__NAME_EN;

	/**
	 * The feature id for the '<em><b>Name Ar</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGENCY__NAME_AR = NAMED__NAME_AR;

	/**
	 * The feature id for the '<em><b>Acronym</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGENCY__ACRONYM = NAMED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Applies Standards Framework</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGENCY__APPLIES_STANDARDS_FRAMEWORK = NAMED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Standards Framework Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGENCY__STANDARDS_FRAMEWORK_YEAR = NAMED_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Agency</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGENCY_FEATURE_COUNT = NAMED_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Agency</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGENCY_OPERATION_COUNT = NAMED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.nafitha.model.impl.ServiceImpl <em>Service</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.nafitha.model.impl.ServiceImpl
	 * @see org.nafitha.model.impl.NafithaPackageImpl#getService()
	 * @generated
	 */
	int SERVICE = 10;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE__CODE = NAMED__CODE;

	/**
	 * The feature id for the '<em><b>Name En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE__NAME_EN = NAMED__NAME_EN;

	/**
	 * The feature id for the '<em><b>Name Ar</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE__NAME_AR = NAMED__NAME_AR;

	/**
	 * The feature id for the '<em><b>Agency</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE__AGENCY = NAMED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Category</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE__CATEGORY = NAMED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Annual Transactions</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE__ANNUAL_TRANSACTIONS = NAMED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Per Capita Rate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE__PER_CAPITA_RATE = NAMED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Mean Handling Minutes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE__MEAN_HANDLING_MINUTES = NAMED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Handling Time Cv</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE__HANDLING_TIME_CV = NAMED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Digital Share</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE__DIGITAL_SHARE = NAMED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Presence Required</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE__PRESENCE_REQUIRED = NAMED_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Eligible Groups</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE__ELIGIBLE_GROUPS = NAMED_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Channel</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE__CHANNEL = NAMED_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Documents</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE__DOCUMENTS = NAMED_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Participating Agencies</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE__PARTICIPATING_AGENCIES = NAMED_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Handling Minutes Before</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE__HANDLING_MINUTES_BEFORE = NAMED_FEATURE_COUNT + 12;

	/**
	 * The feature id for the '<em><b>Steps Before</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE__STEPS_BEFORE = NAMED_FEATURE_COUNT + 13;

	/**
	 * The feature id for the '<em><b>Steps After</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE__STEPS_AFTER = NAMED_FEATURE_COUNT + 14;

	/**
	 * The number of structural features of the '<em>Service</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_FEATURE_COUNT = NAMED_FEATURE_COUNT + 15;

	/**
	 * The number of operations of the '<em>Service</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_OPERATION_COUNT = NAMED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.nafitha.model.impl.ServiceBundleImpl <em>Service Bundle</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.nafitha.model.impl.ServiceBundleImpl
	 * @see org.nafitha.model.impl.NafithaPackageImpl#getServiceBundle()
	 * @generated
	 */
	int SERVICE_BUNDLE = 11;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_BUNDLE__CODE = NAMED__CODE;

	/**
	 * The feature id for the '<em><b>Name En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_BUNDLE__NAME_EN = NAMED__NAME_EN;

	/**
	 * The feature id for the '<em><b>Name Ar</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_BUNDLE__NAME_AR = NAMED__NAME_AR;

	/**
	 * The feature id for the '<em><b>Life Event</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_BUNDLE__LIFE_EVENT = NAMED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Services</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_BUNDLE__SERVICES = NAMED_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Service Bundle</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_BUNDLE_FEATURE_COUNT = NAMED_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Service Bundle</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_BUNDLE_OPERATION_COUNT = NAMED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.nafitha.model.impl.ServiceCenterImpl <em>Service Center</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.nafitha.model.impl.ServiceCenterImpl
	 * @see org.nafitha.model.impl.NafithaPackageImpl#getServiceCenter()
	 * @generated
	 */
	int SERVICE_CENTER = 12;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_CENTER__CODE = NAMED__CODE;

	/**
	 * The feature id for the '<em><b>Name En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_CENTER__NAME_EN = NAMED__NAME_EN;

	/**
	 * The feature id for the '<em><b>Name Ar</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_CENTER__NAME_AR = NAMED__NAME_AR;

	/**
	 * The feature id for the '<em><b>Latitude</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_CENTER__LATITUDE = NAMED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Longitude</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_CENTER__LONGITUDE = NAMED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_CENTER__KIND = NAMED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_CENTER__STATUS = NAMED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Region</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_CENTER__REGION = NAMED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Agency</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_CENTER__AGENCY = NAMED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Opening Hours</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_CENTER__OPENING_HOURS = NAMED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Staff</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_CENTER__STAFF = NAMED_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Services Offered</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_CENTER__SERVICES_OFFERED = NAMED_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Counters</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_CENTER__COUNTERS = NAMED_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Accessibility</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_CENTER__ACCESSIBILITY = NAMED_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Readiness</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_CENTER__READINESS = NAMED_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Evaluation</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_CENTER__EVALUATION = NAMED_FEATURE_COUNT + 12;

	/**
	 * The feature id for the '<em><b>Daily Capacity Override</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_CENTER__DAILY_CAPACITY_OVERRIDE = NAMED_FEATURE_COUNT + 13;

	/**
	 * The feature id for the '<em><b>Evaluation Records</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_CENTER__EVALUATION_RECORDS = NAMED_FEATURE_COUNT + 14;

	/**
	 * The number of structural features of the '<em>Service Center</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_CENTER_FEATURE_COUNT = NAMED_FEATURE_COUNT + 15;

	/**
	 * The number of operations of the '<em>Service Center</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_CENTER_OPERATION_COUNT = NAMED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.nafitha.model.impl.CounterImpl <em>Counter</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.nafitha.model.impl.CounterImpl
	 * @see org.nafitha.model.impl.NafithaPackageImpl#getCounter()
	 * @generated
	 */
	int COUNTER = 13;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COUNTER__CODE = 0;

	/**
	 * The feature id for the '<em><b>Universal</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COUNTER__UNIVERSAL = 1;

	/**
	 * The feature id for the '<em><b>Accessible</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COUNTER__ACCESSIBLE = 2;

	/**
	 * The feature id for the '<em><b>Services</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COUNTER__SERVICES = 3;

	/**
	 * The number of structural features of the '<em>Counter</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COUNTER_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Counter</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COUNTER_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.nafitha.model.impl.ScoreImpl <em>Score</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.nafitha.model.impl.ScoreImpl
	 * @see org.nafitha.model.impl.NafithaPackageImpl#getScore()
	 * @generated
	 */
	int SCORE = 14;

	/**
	 * The feature id for the '<em><b>Dimension</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCORE__DIMENSION = 0;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCORE__VALUE = 1;

	/**
	 * The number of structural features of the '<em>Score</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCORE_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Score</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCORE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.nafitha.model.impl.EvaluationImpl <em>Evaluation</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.nafitha.model.impl.EvaluationImpl
	 * @see org.nafitha.model.impl.NafithaPackageImpl#getEvaluation()
	 * @generated
	 */
	int EVALUATION = 15;

	/**
	 * The feature id for the '<em><b>Mystery Shopper</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVALUATION__MYSTERY_SHOPPER = 0;

	/**
	 * The feature id for the '<em><b>Self Assessment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVALUATION__SELF_ASSESSMENT = 1;

	/**
	 * The feature id for the '<em><b>Volunteer Visitor</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVALUATION__VOLUNTEER_VISITOR = 2;

	/**
	 * The feature id for the '<em><b>Satisfaction</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVALUATION__SATISFACTION = 3;

	/**
	 * The feature id for the '<em><b>Net Promoter Score</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVALUATION__NET_PROMOTER_SCORE = 4;

	/**
	 * The feature id for the '<em><b>Complaint Response</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVALUATION__COMPLAINT_RESPONSE = 5;

	/**
	 * The number of structural features of the '<em>Evaluation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVALUATION_FEATURE_COUNT = 6;

	/**
	 * The number of operations of the '<em>Evaluation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVALUATION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.nafitha.model.impl.CandidateSiteImpl <em>Candidate Site</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.nafitha.model.impl.CandidateSiteImpl
	 * @see org.nafitha.model.impl.NafithaPackageImpl#getCandidateSite()
	 * @generated
	 */
	int CANDIDATE_SITE = 16;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CANDIDATE_SITE__CODE = NAMED__CODE;

	/**
	 * The feature id for the '<em><b>Name En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CANDIDATE_SITE__NAME_EN = NAMED__NAME_EN;

	/**
	 * The feature id for the '<em><b>Name Ar</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CANDIDATE_SITE__NAME_AR = NAMED__NAME_AR;

	/**
	 * The feature id for the '<em><b>Latitude</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CANDIDATE_SITE__LATITUDE = NAMED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Longitude</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CANDIDATE_SITE__LONGITUDE = NAMED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Region</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CANDIDATE_SITE__REGION = NAMED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Role</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CANDIDATE_SITE__ROLE = NAMED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Fixed Cost</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CANDIDATE_SITE__FIXED_COST = NAMED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Max Counters</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CANDIDATE_SITE__MAX_COUNTERS = NAMED_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Candidate Site</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CANDIDATE_SITE_FEATURE_COUNT = NAMED_FEATURE_COUNT + 6;

	/**
	 * The number of operations of the '<em>Candidate Site</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CANDIDATE_SITE_OPERATION_COUNT = NAMED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.nafitha.model.impl.PlanningParametersImpl <em>Planning Parameters</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.nafitha.model.impl.PlanningParametersImpl
	 * @see org.nafitha.model.impl.NafithaPackageImpl#getPlanningParameters()
	 * @generated
	 */
	int PLANNING_PARAMETERS = 17;

	/**
	 * The feature id for the '<em><b>Coverage Thresholds</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLANNING_PARAMETERS__COVERAGE_THRESHOLDS = 0;

	/**
	 * The feature id for the '<em><b>Distance Model</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLANNING_PARAMETERS__DISTANCE_MODEL = 1;

	/**
	 * The feature id for the '<em><b>Detour Factor</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLANNING_PARAMETERS__DETOUR_FACTOR = 2;

	/**
	 * The feature id for the '<em><b>Service Level Share</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLANNING_PARAMETERS__SERVICE_LEVEL_SHARE = 3;

	/**
	 * The feature id for the '<em><b>Service Level Wait Minutes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLANNING_PARAMETERS__SERVICE_LEVEL_WAIT_MINUTES = 4;

	/**
	 * The feature id for the '<em><b>Working Days Per Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLANNING_PARAMETERS__WORKING_DAYS_PER_YEAR = 5;

	/**
	 * The feature id for the '<em><b>Working Hours Per Day</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLANNING_PARAMETERS__WORKING_HOURS_PER_DAY = 6;

	/**
	 * The feature id for the '<em><b>Peak Factor</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLANNING_PARAMETERS__PEAK_FACTOR = 7;

	/**
	 * The feature id for the '<em><b>Digital Shift</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLANNING_PARAMETERS__DIGITAL_SHIFT = 8;

	/**
	 * The feature id for the '<em><b>Staff Per Counter</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLANNING_PARAMETERS__STAFF_PER_COUNTER = 9;

	/**
	 * The feature id for the '<em><b>Card Weights</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLANNING_PARAMETERS__CARD_WEIGHTS = 10;

	/**
	 * The feature id for the '<em><b>Card Weakest Link</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLANNING_PARAMETERS__CARD_WEAKEST_LINK = 11;

	/**
	 * The feature id for the '<em><b>Town Max Km</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLANNING_PARAMETERS__TOWN_MAX_KM = 12;

	/**
	 * The feature id for the '<em><b>Town Min Population</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLANNING_PARAMETERS__TOWN_MIN_POPULATION = 13;

	/**
	 * The feature id for the '<em><b>Rural Max Residents</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLANNING_PARAMETERS__RURAL_MAX_RESIDENTS = 14;

	/**
	 * The feature id for the '<em><b>Digital Uptake</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLANNING_PARAMETERS__DIGITAL_UPTAKE = 15;

	/**
	 * The number of structural features of the '<em>Planning Parameters</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLANNING_PARAMETERS_FEATURE_COUNT = 16;

	/**
	 * The number of operations of the '<em>Planning Parameters</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLANNING_PARAMETERS_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.nafitha.model.impl.CoverageThresholdImpl <em>Coverage Threshold</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.nafitha.model.impl.CoverageThresholdImpl
	 * @see org.nafitha.model.impl.NafithaPackageImpl#getCoverageThreshold()
	 * @generated
	 */
	int COVERAGE_THRESHOLD = 18;

	/**
	 * The feature id for the '<em><b>Area Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COVERAGE_THRESHOLD__AREA_TYPE = 0;

	/**
	 * The feature id for the '<em><b>Max Distance Km</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COVERAGE_THRESHOLD__MAX_DISTANCE_KM = 1;

	/**
	 * The feature id for the '<em><b>Max Travel Minutes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COVERAGE_THRESHOLD__MAX_TRAVEL_MINUTES = 2;

	/**
	 * The feature id for the '<em><b>Speed Kmh</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COVERAGE_THRESHOLD__SPEED_KMH = 3;

	/**
	 * The number of structural features of the '<em>Coverage Threshold</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COVERAGE_THRESHOLD_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Coverage Threshold</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COVERAGE_THRESHOLD_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.nafitha.model.impl.DocumentRequirementImpl <em>Document Requirement</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.nafitha.model.impl.DocumentRequirementImpl
	 * @see org.nafitha.model.impl.NafithaPackageImpl#getDocumentRequirement()
	 * @generated
	 */
	int DOCUMENT_REQUIREMENT = 19;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT_REQUIREMENT__CODE = NAMED__CODE;

	/**
	 * The feature id for the '<em><b>Name En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT_REQUIREMENT__NAME_EN = NAMED__NAME_EN;

	/**
	 * The feature id for the '<em><b>Name Ar</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT_REQUIREMENT__NAME_AR = NAMED__NAME_AR;

	/**
	 * The feature id for the '<em><b>Issuer</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT_REQUIREMENT__ISSUER = NAMED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Held By Government</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT_REQUIREMENT__HELD_BY_GOVERNMENT = NAMED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Fetched By Government</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT_REQUIREMENT__FETCHED_BY_GOVERNMENT = NAMED_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Document Requirement</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT_REQUIREMENT_FEATURE_COUNT = NAMED_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Document Requirement</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT_REQUIREMENT_OPERATION_COUNT = NAMED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.nafitha.model.impl.EvaluationRecordImpl <em>Evaluation Record</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.nafitha.model.impl.EvaluationRecordImpl
	 * @see org.nafitha.model.impl.NafithaPackageImpl#getEvaluationRecord()
	 * @generated
	 */
	int EVALUATION_RECORD = 20;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVALUATION_RECORD__DATE = 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVALUATION_RECORD__KIND = 1;

	/**
	 * The feature id for the '<em><b>Score</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVALUATION_RECORD__SCORE = 2;

	/**
	 * The feature id for the '<em><b>Observed Wait Minutes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVALUATION_RECORD__OBSERVED_WAIT_MINUTES = 3;

	/**
	 * The feature id for the '<em><b>Specialist Present</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVALUATION_RECORD__SPECIALIST_PRESENT = 4;

	/**
	 * The feature id for the '<em><b>Responses</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVALUATION_RECORD__RESPONSES = 5;

	/**
	 * The feature id for the '<em><b>Satisfaction Mean</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVALUATION_RECORD__SATISFACTION_MEAN = 6;

	/**
	 * The feature id for the '<em><b>Promoters</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVALUATION_RECORD__PROMOTERS = 7;

	/**
	 * The feature id for the '<em><b>Passives</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVALUATION_RECORD__PASSIVES = 8;

	/**
	 * The feature id for the '<em><b>Detractors</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVALUATION_RECORD__DETRACTORS = 9;

	/**
	 * The feature id for the '<em><b>Received</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVALUATION_RECORD__RECEIVED = 10;

	/**
	 * The feature id for the '<em><b>Answered On Time</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVALUATION_RECORD__ANSWERED_ON_TIME = 11;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVALUATION_RECORD__DESCRIPTION = 12;

	/**
	 * The feature id for the '<em><b>From Feedback</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVALUATION_RECORD__FROM_FEEDBACK = 13;

	/**
	 * The number of structural features of the '<em>Evaluation Record</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVALUATION_RECORD_FEATURE_COUNT = 14;

	/**
	 * The number of operations of the '<em>Evaluation Record</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVALUATION_RECORD_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.nafitha.model.impl.DigitalUptakeImpl <em>Digital Uptake</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.nafitha.model.impl.DigitalUptakeImpl
	 * @see org.nafitha.model.impl.NafithaPackageImpl#getDigitalUptake()
	 * @generated
	 */
	int DIGITAL_UPTAKE = 21;

	/**
	 * The feature id for the '<em><b>Region</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIGITAL_UPTAKE__REGION = 0;

	/**
	 * The feature id for the '<em><b>Area Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIGITAL_UPTAKE__AREA_TYPE = 1;

	/**
	 * The feature id for the '<em><b>Group</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIGITAL_UPTAKE__GROUP = 2;

	/**
	 * The feature id for the '<em><b>Multiplier</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIGITAL_UPTAKE__MULTIPLIER = 3;

	/**
	 * The number of structural features of the '<em>Digital Uptake</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIGITAL_UPTAKE_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Digital Uptake</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIGITAL_UPTAKE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.nafitha.model.impl.RoadmapImpl <em>Roadmap</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.nafitha.model.impl.RoadmapImpl
	 * @see org.nafitha.model.impl.NafithaPackageImpl#getRoadmap()
	 * @generated
	 */
	int ROADMAP = 22;

	/**
	 * The feature id for the '<em><b>First Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROADMAP__FIRST_YEAR = 0;

	/**
	 * The feature id for the '<em><b>Last Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROADMAP__LAST_YEAR = 1;

	/**
	 * The feature id for the '<em><b>Actions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROADMAP__ACTIONS = 2;

	/**
	 * The feature id for the '<em><b>Costs</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROADMAP__COSTS = 3;

	/**
	 * The feature id for the '<em><b>Budgets</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROADMAP__BUDGETS = 4;

	/**
	 * The feature id for the '<em><b>Growth</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROADMAP__GROWTH = 5;

	/**
	 * The feature id for the '<em><b>Digital Shifts</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROADMAP__DIGITAL_SHIFTS = 6;

	/**
	 * The feature id for the '<em><b>Targets</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROADMAP__TARGETS = 7;

	/**
	 * The number of structural features of the '<em>Roadmap</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROADMAP_FEATURE_COUNT = 8;

	/**
	 * The number of operations of the '<em>Roadmap</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROADMAP_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.nafitha.model.impl.RoadmapActionImpl <em>Roadmap Action</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.nafitha.model.impl.RoadmapActionImpl
	 * @see org.nafitha.model.impl.NafithaPackageImpl#getRoadmapAction()
	 * @generated
	 */
	int ROADMAP_ACTION = 23;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROADMAP_ACTION__CODE = 0;

	/**
	 * The feature id for the '<em><b>Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROADMAP_ACTION__YEAR = 1;

	/**
	 * The feature id for the '<em><b>Month</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROADMAP_ACTION__MONTH = 2;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROADMAP_ACTION__KIND = 3;

	/**
	 * The feature id for the '<em><b>Center</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROADMAP_ACTION__CENTER = 4;

	/**
	 * The feature id for the '<em><b>Service</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROADMAP_ACTION__SERVICE = 5;

	/**
	 * The feature id for the '<em><b>Bundle</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROADMAP_ACTION__BUNDLE = 6;

	/**
	 * The feature id for the '<em><b>New Center</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROADMAP_ACTION__NEW_CENTER = 7;

	/**
	 * The feature id for the '<em><b>Cost</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROADMAP_ACTION__COST = 8;

	/**
	 * The feature id for the '<em><b>Amount</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROADMAP_ACTION__AMOUNT = 9;

	/**
	 * The feature id for the '<em><b>Parameter</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROADMAP_ACTION__PARAMETER = 10;

	/**
	 * The feature id for the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROADMAP_ACTION__NOTE = 11;

	/**
	 * The number of structural features of the '<em>Roadmap Action</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROADMAP_ACTION_FEATURE_COUNT = 12;

	/**
	 * The number of operations of the '<em>Roadmap Action</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROADMAP_ACTION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.nafitha.model.impl.RoadmapCostImpl <em>Roadmap Cost</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.nafitha.model.impl.RoadmapCostImpl
	 * @see org.nafitha.model.impl.NafithaPackageImpl#getRoadmapCost()
	 * @generated
	 */
	int ROADMAP_COST = 24;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROADMAP_COST__KIND = 0;

	/**
	 * The feature id for the '<em><b>Center Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROADMAP_COST__CENTER_KIND = 1;

	/**
	 * The feature id for the '<em><b>Amount</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROADMAP_COST__AMOUNT = 2;

	/**
	 * The feature id for the '<em><b>Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROADMAP_COST__SOURCE = 3;

	/**
	 * The number of structural features of the '<em>Roadmap Cost</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROADMAP_COST_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Roadmap Cost</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROADMAP_COST_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.nafitha.model.impl.RoadmapBudgetImpl <em>Roadmap Budget</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.nafitha.model.impl.RoadmapBudgetImpl
	 * @see org.nafitha.model.impl.NafithaPackageImpl#getRoadmapBudget()
	 * @generated
	 */
	int ROADMAP_BUDGET = 25;

	/**
	 * The feature id for the '<em><b>Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROADMAP_BUDGET__YEAR = 0;

	/**
	 * The feature id for the '<em><b>Capital</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROADMAP_BUDGET__CAPITAL = 1;

	/**
	 * The feature id for the '<em><b>Operating</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROADMAP_BUDGET__OPERATING = 2;

	/**
	 * The feature id for the '<em><b>Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROADMAP_BUDGET__SOURCE = 3;

	/**
	 * The number of structural features of the '<em>Roadmap Budget</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROADMAP_BUDGET_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Roadmap Budget</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROADMAP_BUDGET_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.nafitha.model.impl.RoadmapGrowthImpl <em>Roadmap Growth</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.nafitha.model.impl.RoadmapGrowthImpl
	 * @see org.nafitha.model.impl.NafithaPackageImpl#getRoadmapGrowth()
	 * @generated
	 */
	int ROADMAP_GROWTH = 26;

	/**
	 * The feature id for the '<em><b>Region</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROADMAP_GROWTH__REGION = 0;

	/**
	 * The feature id for the '<em><b>Area Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROADMAP_GROWTH__AREA_TYPE = 1;

	/**
	 * The feature id for the '<em><b>Annual Rate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROADMAP_GROWTH__ANNUAL_RATE = 2;

	/**
	 * The feature id for the '<em><b>Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROADMAP_GROWTH__SOURCE = 3;

	/**
	 * The number of structural features of the '<em>Roadmap Growth</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROADMAP_GROWTH_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Roadmap Growth</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROADMAP_GROWTH_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.nafitha.model.impl.RoadmapDigitalShiftImpl <em>Roadmap Digital Shift</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.nafitha.model.impl.RoadmapDigitalShiftImpl
	 * @see org.nafitha.model.impl.NafithaPackageImpl#getRoadmapDigitalShift()
	 * @generated
	 */
	int ROADMAP_DIGITAL_SHIFT = 27;

	/**
	 * The feature id for the '<em><b>Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROADMAP_DIGITAL_SHIFT__YEAR = 0;

	/**
	 * The feature id for the '<em><b>Service</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROADMAP_DIGITAL_SHIFT__SERVICE = 1;

	/**
	 * The feature id for the '<em><b>Category</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROADMAP_DIGITAL_SHIFT__CATEGORY = 2;

	/**
	 * The feature id for the '<em><b>Digital Share</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROADMAP_DIGITAL_SHIFT__DIGITAL_SHARE = 3;

	/**
	 * The feature id for the '<em><b>Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROADMAP_DIGITAL_SHIFT__SOURCE = 4;

	/**
	 * The number of structural features of the '<em>Roadmap Digital Shift</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROADMAP_DIGITAL_SHIFT_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Roadmap Digital Shift</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROADMAP_DIGITAL_SHIFT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.nafitha.model.impl.RoadmapTargetImpl <em>Roadmap Target</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.nafitha.model.impl.RoadmapTargetImpl
	 * @see org.nafitha.model.impl.NafithaPackageImpl#getRoadmapTarget()
	 * @generated
	 */
	int ROADMAP_TARGET = 28;

	/**
	 * The feature id for the '<em><b>Indicator</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROADMAP_TARGET__INDICATOR = 0;

	/**
	 * The feature id for the '<em><b>Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROADMAP_TARGET__YEAR = 1;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROADMAP_TARGET__VALUE = 2;

	/**
	 * The feature id for the '<em><b>Direction</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROADMAP_TARGET__DIRECTION = 3;

	/**
	 * The feature id for the '<em><b>Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROADMAP_TARGET__SOURCE = 4;

	/**
	 * The number of structural features of the '<em>Roadmap Target</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROADMAP_TARGET_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Roadmap Target</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROADMAP_TARGET_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.nafitha.model.RegionLevel <em>Region Level</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.nafitha.model.RegionLevel
	 * @see org.nafitha.model.impl.NafithaPackageImpl#getRegionLevel()
	 * @generated
	 */
	int REGION_LEVEL = 29;

	/**
	 * The meta object id for the '{@link org.nafitha.model.AreaType <em>Area Type</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.nafitha.model.AreaType
	 * @see org.nafitha.model.impl.NafithaPackageImpl#getAreaType()
	 * @generated
	 */
	int AREA_TYPE = 30;

	/**
	 * The meta object id for the '{@link org.nafitha.model.CenterKind <em>Center Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.nafitha.model.CenterKind
	 * @see org.nafitha.model.impl.NafithaPackageImpl#getCenterKind()
	 * @generated
	 */
	int CENTER_KIND = 31;

	/**
	 * The meta object id for the '{@link org.nafitha.model.CenterStatus <em>Center Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.nafitha.model.CenterStatus
	 * @see org.nafitha.model.impl.NafithaPackageImpl#getCenterStatus()
	 * @generated
	 */
	int CENTER_STATUS = 32;

	/**
	 * The meta object id for the '{@link org.nafitha.model.AccessibilityFeature <em>Accessibility Feature</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.nafitha.model.AccessibilityFeature
	 * @see org.nafitha.model.impl.NafithaPackageImpl#getAccessibilityFeature()
	 * @generated
	 */
	int ACCESSIBILITY_FEATURE = 33;

	/**
	 * The meta object id for the '{@link org.nafitha.model.SiteRole <em>Site Role</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.nafitha.model.SiteRole
	 * @see org.nafitha.model.impl.NafithaPackageImpl#getSiteRole()
	 * @generated
	 */
	int SITE_ROLE = 34;

	/**
	 * The meta object id for the '{@link org.nafitha.model.DistanceModel <em>Distance Model</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.nafitha.model.DistanceModel
	 * @see org.nafitha.model.impl.NafithaPackageImpl#getDistanceModel()
	 * @generated
	 */
	int DISTANCE_MODEL = 35;

	/**
	 * The meta object id for the '{@link org.nafitha.model.ServiceChannel <em>Service Channel</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.nafitha.model.ServiceChannel
	 * @see org.nafitha.model.impl.NafithaPackageImpl#getServiceChannel()
	 * @generated
	 */
	int SERVICE_CHANNEL = 36;

	/**
	 * The meta object id for the '{@link org.nafitha.model.EvaluationKind <em>Evaluation Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.nafitha.model.EvaluationKind
	 * @see org.nafitha.model.impl.NafithaPackageImpl#getEvaluationKind()
	 * @generated
	 */
	int EVALUATION_KIND = 37;

	/**
	 * The meta object id for the '{@link org.nafitha.model.RoadmapActionKind <em>Roadmap Action Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.nafitha.model.RoadmapActionKind
	 * @see org.nafitha.model.impl.NafithaPackageImpl#getRoadmapActionKind()
	 * @generated
	 */
	int ROADMAP_ACTION_KIND = 38;

	/**
	 * The meta object id for the '{@link org.nafitha.model.RoadmapCostKind <em>Roadmap Cost Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.nafitha.model.RoadmapCostKind
	 * @see org.nafitha.model.impl.NafithaPackageImpl#getRoadmapCostKind()
	 * @generated
	 */
	int ROADMAP_COST_KIND = 39;

	/**
	 * The meta object id for the '{@link org.nafitha.model.RoadmapTargetDirection <em>Roadmap Target Direction</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.nafitha.model.RoadmapTargetDirection
	 * @see org.nafitha.model.impl.NafithaPackageImpl#getRoadmapTargetDirection()
	 * @generated
	 */
	int ROADMAP_TARGET_DIRECTION = 40;


	/**
	 * Returns the meta object for class '{@link org.nafitha.model.Named <em>Named</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Named</em>'.
	 * @see org.nafitha.model.Named
	 * @generated
	 */
	EClass getNamed();

	/**
	 * Returns the meta object for the attribute '{@link org.nafitha.model.Named#getCode <em>Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Code</em>'.
	 * @see org.nafitha.model.Named#getCode()
	 * @see #getNamed()
	 * @generated
	 */
	EAttribute getNamed_Code();

	/**
	 * Returns the meta object for the attribute '{@link org.nafitha.model.Named#getNameEn <em>Name En</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name En</em>'.
	 * @see org.nafitha.model.Named#getNameEn()
	 * @see #getNamed()
	 * @generated
	 */
	EAttribute getNamed_NameEn();

	/**
	 * Returns the meta object for the attribute '{@link org.nafitha.model.Named#getNameAr <em>Name Ar</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name Ar</em>'.
	 * @see org.nafitha.model.Named#getNameAr()
	 * @see #getNamed()
	 * @generated
	 */
	EAttribute getNamed_NameAr();

	/**
	 * Returns the meta object for class '{@link org.nafitha.model.Located <em>Located</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Located</em>'.
	 * @see org.nafitha.model.Located
	 * @generated
	 */
	EClass getLocated();

	/**
	 * Returns the meta object for the attribute '{@link org.nafitha.model.Located#getLatitude <em>Latitude</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Latitude</em>'.
	 * @see org.nafitha.model.Located#getLatitude()
	 * @see #getLocated()
	 * @generated
	 */
	EAttribute getLocated_Latitude();

	/**
	 * Returns the meta object for the attribute '{@link org.nafitha.model.Located#getLongitude <em>Longitude</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Longitude</em>'.
	 * @see org.nafitha.model.Located#getLongitude()
	 * @see #getLocated()
	 * @generated
	 */
	EAttribute getLocated_Longitude();

	/**
	 * Returns the meta object for class '{@link org.nafitha.model.Scenario <em>Scenario</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Scenario</em>'.
	 * @see org.nafitha.model.Scenario
	 * @generated
	 */
	EClass getScenario();

	/**
	 * Returns the meta object for the attribute '{@link org.nafitha.model.Scenario#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.nafitha.model.Scenario#getDescription()
	 * @see #getScenario()
	 * @generated
	 */
	EAttribute getScenario_Description();

	/**
	 * Returns the meta object for the attribute '{@link org.nafitha.model.Scenario#getBaseYear <em>Base Year</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Base Year</em>'.
	 * @see org.nafitha.model.Scenario#getBaseYear()
	 * @see #getScenario()
	 * @generated
	 */
	EAttribute getScenario_BaseYear();

	/**
	 * Returns the meta object for the attribute '{@link org.nafitha.model.Scenario#getBaseline <em>Baseline</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Baseline</em>'.
	 * @see org.nafitha.model.Scenario#getBaseline()
	 * @see #getScenario()
	 * @generated
	 */
	EAttribute getScenario_Baseline();

	/**
	 * Returns the meta object for the attribute '{@link org.nafitha.model.Scenario#getStudyArea <em>Study Area</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Study Area</em>'.
	 * @see org.nafitha.model.Scenario#getStudyArea()
	 * @see #getScenario()
	 * @generated
	 */
	EAttribute getScenario_StudyArea();

	/**
	 * Returns the meta object for the containment reference '{@link org.nafitha.model.Scenario#getParameters <em>Parameters</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Parameters</em>'.
	 * @see org.nafitha.model.Scenario#getParameters()
	 * @see #getScenario()
	 * @generated
	 */
	EReference getScenario_Parameters();

	/**
	 * Returns the meta object for the containment reference list '{@link org.nafitha.model.Scenario#getPopulationGroups <em>Population Groups</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Population Groups</em>'.
	 * @see org.nafitha.model.Scenario#getPopulationGroups()
	 * @see #getScenario()
	 * @generated
	 */
	EReference getScenario_PopulationGroups();

	/**
	 * Returns the meta object for the containment reference list '{@link org.nafitha.model.Scenario#getRegions <em>Regions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Regions</em>'.
	 * @see org.nafitha.model.Scenario#getRegions()
	 * @see #getScenario()
	 * @generated
	 */
	EReference getScenario_Regions();

	/**
	 * Returns the meta object for the containment reference list '{@link org.nafitha.model.Scenario#getDemandZones <em>Demand Zones</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Demand Zones</em>'.
	 * @see org.nafitha.model.Scenario#getDemandZones()
	 * @see #getScenario()
	 * @generated
	 */
	EReference getScenario_DemandZones();

	/**
	 * Returns the meta object for the containment reference list '{@link org.nafitha.model.Scenario#getAgencies <em>Agencies</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Agencies</em>'.
	 * @see org.nafitha.model.Scenario#getAgencies()
	 * @see #getScenario()
	 * @generated
	 */
	EReference getScenario_Agencies();

	/**
	 * Returns the meta object for the containment reference list '{@link org.nafitha.model.Scenario#getServices <em>Services</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Services</em>'.
	 * @see org.nafitha.model.Scenario#getServices()
	 * @see #getScenario()
	 * @generated
	 */
	EReference getScenario_Services();

	/**
	 * Returns the meta object for the containment reference list '{@link org.nafitha.model.Scenario#getBundles <em>Bundles</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Bundles</em>'.
	 * @see org.nafitha.model.Scenario#getBundles()
	 * @see #getScenario()
	 * @generated
	 */
	EReference getScenario_Bundles();

	/**
	 * Returns the meta object for the containment reference list '{@link org.nafitha.model.Scenario#getCenters <em>Centers</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Centers</em>'.
	 * @see org.nafitha.model.Scenario#getCenters()
	 * @see #getScenario()
	 * @generated
	 */
	EReference getScenario_Centers();

	/**
	 * Returns the meta object for the containment reference list '{@link org.nafitha.model.Scenario#getCandidateSites <em>Candidate Sites</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Candidate Sites</em>'.
	 * @see org.nafitha.model.Scenario#getCandidateSites()
	 * @see #getScenario()
	 * @generated
	 */
	EReference getScenario_CandidateSites();

	/**
	 * Returns the meta object for the containment reference '{@link org.nafitha.model.Scenario#getRoadmap <em>Roadmap</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Roadmap</em>'.
	 * @see org.nafitha.model.Scenario#getRoadmap()
	 * @see #getScenario()
	 * @generated
	 */
	EReference getScenario_Roadmap();

	/**
	 * Returns the meta object for class '{@link org.nafitha.model.Region <em>Region</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Region</em>'.
	 * @see org.nafitha.model.Region
	 * @generated
	 */
	EClass getRegion();

	/**
	 * Returns the meta object for the attribute '{@link org.nafitha.model.Region#getLevel <em>Level</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Level</em>'.
	 * @see org.nafitha.model.Region#getLevel()
	 * @see #getRegion()
	 * @generated
	 */
	EAttribute getRegion_Level();

	/**
	 * Returns the meta object for the reference '{@link org.nafitha.model.Region#getParent <em>Parent</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Parent</em>'.
	 * @see org.nafitha.model.Region#getParent()
	 * @see #getRegion()
	 * @generated
	 */
	EReference getRegion_Parent();

	/**
	 * Returns the meta object for the attribute '{@link org.nafitha.model.Region#getAreaKm2 <em>Area Km2</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Area Km2</em>'.
	 * @see org.nafitha.model.Region#getAreaKm2()
	 * @see #getRegion()
	 * @generated
	 */
	EAttribute getRegion_AreaKm2();

	/**
	 * Returns the meta object for the attribute '{@link org.nafitha.model.Region#getWikidata <em>Wikidata</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Wikidata</em>'.
	 * @see org.nafitha.model.Region#getWikidata()
	 * @see #getRegion()
	 * @generated
	 */
	EAttribute getRegion_Wikidata();

	/**
	 * Returns the meta object for the attribute '{@link org.nafitha.model.Region#getGeometryWkt <em>Geometry Wkt</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Geometry Wkt</em>'.
	 * @see org.nafitha.model.Region#getGeometryWkt()
	 * @see #getRegion()
	 * @generated
	 */
	EAttribute getRegion_GeometryWkt();

	/**
	 * Returns the meta object for class '{@link org.nafitha.model.PopulationGroup <em>Population Group</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Population Group</em>'.
	 * @see org.nafitha.model.PopulationGroup
	 * @generated
	 */
	EClass getPopulationGroup();

	/**
	 * Returns the meta object for the attribute '{@link org.nafitha.model.PopulationGroup#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.nafitha.model.PopulationGroup#getDescription()
	 * @see #getPopulationGroup()
	 * @generated
	 */
	EAttribute getPopulationGroup_Description();

	/**
	 * Returns the meta object for the attribute '{@link org.nafitha.model.PopulationGroup#getPartition <em>Partition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Partition</em>'.
	 * @see org.nafitha.model.PopulationGroup#getPartition()
	 * @see #getPopulationGroup()
	 * @generated
	 */
	EAttribute getPopulationGroup_Partition();

	/**
	 * Returns the meta object for class '{@link org.nafitha.model.DemandZone <em>Demand Zone</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Demand Zone</em>'.
	 * @see org.nafitha.model.DemandZone
	 * @generated
	 */
	EClass getDemandZone();

	/**
	 * Returns the meta object for the reference '{@link org.nafitha.model.DemandZone#getRegion <em>Region</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Region</em>'.
	 * @see org.nafitha.model.DemandZone#getRegion()
	 * @see #getDemandZone()
	 * @generated
	 */
	EReference getDemandZone_Region();

	/**
	 * Returns the meta object for the attribute '{@link org.nafitha.model.DemandZone#getPopulation <em>Population</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Population</em>'.
	 * @see org.nafitha.model.DemandZone#getPopulation()
	 * @see #getDemandZone()
	 * @generated
	 */
	EAttribute getDemandZone_Population();

	/**
	 * Returns the meta object for the attribute '{@link org.nafitha.model.DemandZone#getAreaType <em>Area Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Area Type</em>'.
	 * @see org.nafitha.model.DemandZone#getAreaType()
	 * @see #getDemandZone()
	 * @generated
	 */
	EAttribute getDemandZone_AreaType();

	/**
	 * Returns the meta object for the containment reference list '{@link org.nafitha.model.DemandZone#getGroups <em>Groups</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Groups</em>'.
	 * @see org.nafitha.model.DemandZone#getGroups()
	 * @see #getDemandZone()
	 * @generated
	 */
	EReference getDemandZone_Groups();

	/**
	 * Returns the meta object for the containment reference list '{@link org.nafitha.model.DemandZone#getDemandOverrides <em>Demand Overrides</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Demand Overrides</em>'.
	 * @see org.nafitha.model.DemandZone#getDemandOverrides()
	 * @see #getDemandZone()
	 * @generated
	 */
	EReference getDemandZone_DemandOverrides();

	/**
	 * Returns the meta object for the containment reference list '{@link org.nafitha.model.DemandZone#getSettlements <em>Settlements</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Settlements</em>'.
	 * @see org.nafitha.model.DemandZone#getSettlements()
	 * @see #getDemandZone()
	 * @generated
	 */
	EReference getDemandZone_Settlements();

	/**
	 * Returns the meta object for class '{@link org.nafitha.model.Settlement <em>Settlement</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Settlement</em>'.
	 * @see org.nafitha.model.Settlement
	 * @generated
	 */
	EClass getSettlement();

	/**
	 * Returns the meta object for the attribute '{@link org.nafitha.model.Settlement#getShare <em>Share</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Share</em>'.
	 * @see org.nafitha.model.Settlement#getShare()
	 * @see #getSettlement()
	 * @generated
	 */
	EAttribute getSettlement_Share();

	/**
	 * Returns the meta object for the attribute '{@link org.nafitha.model.Settlement#getAreaType <em>Area Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Area Type</em>'.
	 * @see org.nafitha.model.Settlement#getAreaType()
	 * @see #getSettlement()
	 * @generated
	 */
	EAttribute getSettlement_AreaType();

	/**
	 * Returns the meta object for class '{@link org.nafitha.model.GroupPopulation <em>Group Population</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Group Population</em>'.
	 * @see org.nafitha.model.GroupPopulation
	 * @generated
	 */
	EClass getGroupPopulation();

	/**
	 * Returns the meta object for the reference '{@link org.nafitha.model.GroupPopulation#getGroup <em>Group</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Group</em>'.
	 * @see org.nafitha.model.GroupPopulation#getGroup()
	 * @see #getGroupPopulation()
	 * @generated
	 */
	EReference getGroupPopulation_Group();

	/**
	 * Returns the meta object for the attribute '{@link org.nafitha.model.GroupPopulation#getCount <em>Count</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Count</em>'.
	 * @see org.nafitha.model.GroupPopulation#getCount()
	 * @see #getGroupPopulation()
	 * @generated
	 */
	EAttribute getGroupPopulation_Count();

	/**
	 * Returns the meta object for the attribute '{@link org.nafitha.model.GroupPopulation#getShare <em>Share</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Share</em>'.
	 * @see org.nafitha.model.GroupPopulation#getShare()
	 * @see #getGroupPopulation()
	 * @generated
	 */
	EAttribute getGroupPopulation_Share();

	/**
	 * Returns the meta object for class '{@link org.nafitha.model.ServiceDemand <em>Service Demand</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Service Demand</em>'.
	 * @see org.nafitha.model.ServiceDemand
	 * @generated
	 */
	EClass getServiceDemand();

	/**
	 * Returns the meta object for the reference '{@link org.nafitha.model.ServiceDemand#getService <em>Service</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Service</em>'.
	 * @see org.nafitha.model.ServiceDemand#getService()
	 * @see #getServiceDemand()
	 * @generated
	 */
	EReference getServiceDemand_Service();

	/**
	 * Returns the meta object for the attribute '{@link org.nafitha.model.ServiceDemand#getAnnualTransactions <em>Annual Transactions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Annual Transactions</em>'.
	 * @see org.nafitha.model.ServiceDemand#getAnnualTransactions()
	 * @see #getServiceDemand()
	 * @generated
	 */
	EAttribute getServiceDemand_AnnualTransactions();

	/**
	 * Returns the meta object for class '{@link org.nafitha.model.Agency <em>Agency</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Agency</em>'.
	 * @see org.nafitha.model.Agency
	 * @generated
	 */
	EClass getAgency();

	/**
	 * Returns the meta object for the attribute '{@link org.nafitha.model.Agency#getAcronym <em>Acronym</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Acronym</em>'.
	 * @see org.nafitha.model.Agency#getAcronym()
	 * @see #getAgency()
	 * @generated
	 */
	EAttribute getAgency_Acronym();

	/**
	 * Returns the meta object for the attribute '{@link org.nafitha.model.Agency#isAppliesStandardsFramework <em>Applies Standards Framework</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Applies Standards Framework</em>'.
	 * @see org.nafitha.model.Agency#isAppliesStandardsFramework()
	 * @see #getAgency()
	 * @generated
	 */
	EAttribute getAgency_AppliesStandardsFramework();

	/**
	 * Returns the meta object for the attribute '{@link org.nafitha.model.Agency#getStandardsFrameworkYear <em>Standards Framework Year</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Standards Framework Year</em>'.
	 * @see org.nafitha.model.Agency#getStandardsFrameworkYear()
	 * @see #getAgency()
	 * @generated
	 */
	EAttribute getAgency_StandardsFrameworkYear();

	/**
	 * Returns the meta object for class '{@link org.nafitha.model.Service <em>Service</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Service</em>'.
	 * @see org.nafitha.model.Service
	 * @generated
	 */
	EClass getService();

	/**
	 * Returns the meta object for the reference '{@link org.nafitha.model.Service#getAgency <em>Agency</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Agency</em>'.
	 * @see org.nafitha.model.Service#getAgency()
	 * @see #getService()
	 * @generated
	 */
	EReference getService_Agency();

	/**
	 * Returns the meta object for the attribute '{@link org.nafitha.model.Service#getCategory <em>Category</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Category</em>'.
	 * @see org.nafitha.model.Service#getCategory()
	 * @see #getService()
	 * @generated
	 */
	EAttribute getService_Category();

	/**
	 * Returns the meta object for the attribute '{@link org.nafitha.model.Service#getAnnualTransactions <em>Annual Transactions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Annual Transactions</em>'.
	 * @see org.nafitha.model.Service#getAnnualTransactions()
	 * @see #getService()
	 * @generated
	 */
	EAttribute getService_AnnualTransactions();

	/**
	 * Returns the meta object for the attribute '{@link org.nafitha.model.Service#getPerCapitaRate <em>Per Capita Rate</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Per Capita Rate</em>'.
	 * @see org.nafitha.model.Service#getPerCapitaRate()
	 * @see #getService()
	 * @generated
	 */
	EAttribute getService_PerCapitaRate();

	/**
	 * Returns the meta object for the attribute '{@link org.nafitha.model.Service#getMeanHandlingMinutes <em>Mean Handling Minutes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Mean Handling Minutes</em>'.
	 * @see org.nafitha.model.Service#getMeanHandlingMinutes()
	 * @see #getService()
	 * @generated
	 */
	EAttribute getService_MeanHandlingMinutes();

	/**
	 * Returns the meta object for the attribute '{@link org.nafitha.model.Service#getHandlingTimeCv <em>Handling Time Cv</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Handling Time Cv</em>'.
	 * @see org.nafitha.model.Service#getHandlingTimeCv()
	 * @see #getService()
	 * @generated
	 */
	EAttribute getService_HandlingTimeCv();

	/**
	 * Returns the meta object for the attribute '{@link org.nafitha.model.Service#getDigitalShare <em>Digital Share</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Digital Share</em>'.
	 * @see org.nafitha.model.Service#getDigitalShare()
	 * @see #getService()
	 * @generated
	 */
	EAttribute getService_DigitalShare();

	/**
	 * Returns the meta object for the attribute '{@link org.nafitha.model.Service#isPresenceRequired <em>Presence Required</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Presence Required</em>'.
	 * @see org.nafitha.model.Service#isPresenceRequired()
	 * @see #getService()
	 * @generated
	 */
	EAttribute getService_PresenceRequired();

	/**
	 * Returns the meta object for the reference list '{@link org.nafitha.model.Service#getEligibleGroups <em>Eligible Groups</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Eligible Groups</em>'.
	 * @see org.nafitha.model.Service#getEligibleGroups()
	 * @see #getService()
	 * @generated
	 */
	EReference getService_EligibleGroups();

	/**
	 * Returns the meta object for the attribute '{@link org.nafitha.model.Service#getChannel <em>Channel</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Channel</em>'.
	 * @see org.nafitha.model.Service#getChannel()
	 * @see #getService()
	 * @generated
	 */
	EAttribute getService_Channel();

	/**
	 * Returns the meta object for the containment reference list '{@link org.nafitha.model.Service#getDocuments <em>Documents</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Documents</em>'.
	 * @see org.nafitha.model.Service#getDocuments()
	 * @see #getService()
	 * @generated
	 */
	EReference getService_Documents();

	/**
	 * Returns the meta object for the reference list '{@link org.nafitha.model.Service#getParticipatingAgencies <em>Participating Agencies</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Participating Agencies</em>'.
	 * @see org.nafitha.model.Service#getParticipatingAgencies()
	 * @see #getService()
	 * @generated
	 */
	EReference getService_ParticipatingAgencies();

	/**
	 * Returns the meta object for the attribute '{@link org.nafitha.model.Service#getHandlingMinutesBefore <em>Handling Minutes Before</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Handling Minutes Before</em>'.
	 * @see org.nafitha.model.Service#getHandlingMinutesBefore()
	 * @see #getService()
	 * @generated
	 */
	EAttribute getService_HandlingMinutesBefore();

	/**
	 * Returns the meta object for the attribute '{@link org.nafitha.model.Service#getStepsBefore <em>Steps Before</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Steps Before</em>'.
	 * @see org.nafitha.model.Service#getStepsBefore()
	 * @see #getService()
	 * @generated
	 */
	EAttribute getService_StepsBefore();

	/**
	 * Returns the meta object for the attribute '{@link org.nafitha.model.Service#getStepsAfter <em>Steps After</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Steps After</em>'.
	 * @see org.nafitha.model.Service#getStepsAfter()
	 * @see #getService()
	 * @generated
	 */
	EAttribute getService_StepsAfter();

	/**
	 * Returns the meta object for class '{@link org.nafitha.model.ServiceBundle <em>Service Bundle</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Service Bundle</em>'.
	 * @see org.nafitha.model.ServiceBundle
	 * @generated
	 */
	EClass getServiceBundle();

	/**
	 * Returns the meta object for the attribute '{@link org.nafitha.model.ServiceBundle#getLifeEvent <em>Life Event</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Life Event</em>'.
	 * @see org.nafitha.model.ServiceBundle#getLifeEvent()
	 * @see #getServiceBundle()
	 * @generated
	 */
	EAttribute getServiceBundle_LifeEvent();

	/**
	 * Returns the meta object for the reference list '{@link org.nafitha.model.ServiceBundle#getServices <em>Services</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Services</em>'.
	 * @see org.nafitha.model.ServiceBundle#getServices()
	 * @see #getServiceBundle()
	 * @generated
	 */
	EReference getServiceBundle_Services();

	/**
	 * Returns the meta object for class '{@link org.nafitha.model.ServiceCenter <em>Service Center</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Service Center</em>'.
	 * @see org.nafitha.model.ServiceCenter
	 * @generated
	 */
	EClass getServiceCenter();

	/**
	 * Returns the meta object for the attribute '{@link org.nafitha.model.ServiceCenter#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.nafitha.model.ServiceCenter#getKind()
	 * @see #getServiceCenter()
	 * @generated
	 */
	EAttribute getServiceCenter_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.nafitha.model.ServiceCenter#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.nafitha.model.ServiceCenter#getStatus()
	 * @see #getServiceCenter()
	 * @generated
	 */
	EAttribute getServiceCenter_Status();

	/**
	 * Returns the meta object for the reference '{@link org.nafitha.model.ServiceCenter#getRegion <em>Region</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Region</em>'.
	 * @see org.nafitha.model.ServiceCenter#getRegion()
	 * @see #getServiceCenter()
	 * @generated
	 */
	EReference getServiceCenter_Region();

	/**
	 * Returns the meta object for the reference '{@link org.nafitha.model.ServiceCenter#getAgency <em>Agency</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Agency</em>'.
	 * @see org.nafitha.model.ServiceCenter#getAgency()
	 * @see #getServiceCenter()
	 * @generated
	 */
	EReference getServiceCenter_Agency();

	/**
	 * Returns the meta object for the attribute '{@link org.nafitha.model.ServiceCenter#getOpeningHours <em>Opening Hours</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Opening Hours</em>'.
	 * @see org.nafitha.model.ServiceCenter#getOpeningHours()
	 * @see #getServiceCenter()
	 * @generated
	 */
	EAttribute getServiceCenter_OpeningHours();

	/**
	 * Returns the meta object for the attribute '{@link org.nafitha.model.ServiceCenter#getStaff <em>Staff</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Staff</em>'.
	 * @see org.nafitha.model.ServiceCenter#getStaff()
	 * @see #getServiceCenter()
	 * @generated
	 */
	EAttribute getServiceCenter_Staff();

	/**
	 * Returns the meta object for the reference list '{@link org.nafitha.model.ServiceCenter#getServicesOffered <em>Services Offered</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Services Offered</em>'.
	 * @see org.nafitha.model.ServiceCenter#getServicesOffered()
	 * @see #getServiceCenter()
	 * @generated
	 */
	EReference getServiceCenter_ServicesOffered();

	/**
	 * Returns the meta object for the containment reference list '{@link org.nafitha.model.ServiceCenter#getCounters <em>Counters</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Counters</em>'.
	 * @see org.nafitha.model.ServiceCenter#getCounters()
	 * @see #getServiceCenter()
	 * @generated
	 */
	EReference getServiceCenter_Counters();

	/**
	 * Returns the meta object for the attribute list '{@link org.nafitha.model.ServiceCenter#getAccessibility <em>Accessibility</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Accessibility</em>'.
	 * @see org.nafitha.model.ServiceCenter#getAccessibility()
	 * @see #getServiceCenter()
	 * @generated
	 */
	EAttribute getServiceCenter_Accessibility();

	/**
	 * Returns the meta object for the containment reference list '{@link org.nafitha.model.ServiceCenter#getReadiness <em>Readiness</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Readiness</em>'.
	 * @see org.nafitha.model.ServiceCenter#getReadiness()
	 * @see #getServiceCenter()
	 * @generated
	 */
	EReference getServiceCenter_Readiness();

	/**
	 * Returns the meta object for the containment reference '{@link org.nafitha.model.ServiceCenter#getEvaluation <em>Evaluation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Evaluation</em>'.
	 * @see org.nafitha.model.ServiceCenter#getEvaluation()
	 * @see #getServiceCenter()
	 * @generated
	 */
	EReference getServiceCenter_Evaluation();

	/**
	 * Returns the meta object for the attribute '{@link org.nafitha.model.ServiceCenter#getDailyCapacityOverride <em>Daily Capacity Override</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Daily Capacity Override</em>'.
	 * @see org.nafitha.model.ServiceCenter#getDailyCapacityOverride()
	 * @see #getServiceCenter()
	 * @generated
	 */
	EAttribute getServiceCenter_DailyCapacityOverride();

	/**
	 * Returns the meta object for the containment reference list '{@link org.nafitha.model.ServiceCenter#getEvaluationRecords <em>Evaluation Records</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Evaluation Records</em>'.
	 * @see org.nafitha.model.ServiceCenter#getEvaluationRecords()
	 * @see #getServiceCenter()
	 * @generated
	 */
	EReference getServiceCenter_EvaluationRecords();

	/**
	 * Returns the meta object for class '{@link org.nafitha.model.Counter <em>Counter</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Counter</em>'.
	 * @see org.nafitha.model.Counter
	 * @generated
	 */
	EClass getCounter();

	/**
	 * Returns the meta object for the attribute '{@link org.nafitha.model.Counter#getCode <em>Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Code</em>'.
	 * @see org.nafitha.model.Counter#getCode()
	 * @see #getCounter()
	 * @generated
	 */
	EAttribute getCounter_Code();

	/**
	 * Returns the meta object for the attribute '{@link org.nafitha.model.Counter#isUniversal <em>Universal</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Universal</em>'.
	 * @see org.nafitha.model.Counter#isUniversal()
	 * @see #getCounter()
	 * @generated
	 */
	EAttribute getCounter_Universal();

	/**
	 * Returns the meta object for the attribute '{@link org.nafitha.model.Counter#isAccessible <em>Accessible</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Accessible</em>'.
	 * @see org.nafitha.model.Counter#isAccessible()
	 * @see #getCounter()
	 * @generated
	 */
	EAttribute getCounter_Accessible();

	/**
	 * Returns the meta object for the reference list '{@link org.nafitha.model.Counter#getServices <em>Services</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Services</em>'.
	 * @see org.nafitha.model.Counter#getServices()
	 * @see #getCounter()
	 * @generated
	 */
	EReference getCounter_Services();

	/**
	 * Returns the meta object for class '{@link org.nafitha.model.Score <em>Score</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Score</em>'.
	 * @see org.nafitha.model.Score
	 * @generated
	 */
	EClass getScore();

	/**
	 * Returns the meta object for the attribute '{@link org.nafitha.model.Score#getDimension <em>Dimension</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Dimension</em>'.
	 * @see org.nafitha.model.Score#getDimension()
	 * @see #getScore()
	 * @generated
	 */
	EAttribute getScore_Dimension();

	/**
	 * Returns the meta object for the attribute '{@link org.nafitha.model.Score#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see org.nafitha.model.Score#getValue()
	 * @see #getScore()
	 * @generated
	 */
	EAttribute getScore_Value();

	/**
	 * Returns the meta object for class '{@link org.nafitha.model.Evaluation <em>Evaluation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Evaluation</em>'.
	 * @see org.nafitha.model.Evaluation
	 * @generated
	 */
	EClass getEvaluation();

	/**
	 * Returns the meta object for the attribute '{@link org.nafitha.model.Evaluation#getMysteryShopper <em>Mystery Shopper</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Mystery Shopper</em>'.
	 * @see org.nafitha.model.Evaluation#getMysteryShopper()
	 * @see #getEvaluation()
	 * @generated
	 */
	EAttribute getEvaluation_MysteryShopper();

	/**
	 * Returns the meta object for the attribute '{@link org.nafitha.model.Evaluation#getSelfAssessment <em>Self Assessment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Self Assessment</em>'.
	 * @see org.nafitha.model.Evaluation#getSelfAssessment()
	 * @see #getEvaluation()
	 * @generated
	 */
	EAttribute getEvaluation_SelfAssessment();

	/**
	 * Returns the meta object for the attribute '{@link org.nafitha.model.Evaluation#getVolunteerVisitor <em>Volunteer Visitor</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Volunteer Visitor</em>'.
	 * @see org.nafitha.model.Evaluation#getVolunteerVisitor()
	 * @see #getEvaluation()
	 * @generated
	 */
	EAttribute getEvaluation_VolunteerVisitor();

	/**
	 * Returns the meta object for the attribute '{@link org.nafitha.model.Evaluation#getSatisfaction <em>Satisfaction</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Satisfaction</em>'.
	 * @see org.nafitha.model.Evaluation#getSatisfaction()
	 * @see #getEvaluation()
	 * @generated
	 */
	EAttribute getEvaluation_Satisfaction();

	/**
	 * Returns the meta object for the attribute '{@link org.nafitha.model.Evaluation#getNetPromoterScore <em>Net Promoter Score</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Net Promoter Score</em>'.
	 * @see org.nafitha.model.Evaluation#getNetPromoterScore()
	 * @see #getEvaluation()
	 * @generated
	 */
	EAttribute getEvaluation_NetPromoterScore();

	/**
	 * Returns the meta object for the attribute '{@link org.nafitha.model.Evaluation#getComplaintResponse <em>Complaint Response</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Complaint Response</em>'.
	 * @see org.nafitha.model.Evaluation#getComplaintResponse()
	 * @see #getEvaluation()
	 * @generated
	 */
	EAttribute getEvaluation_ComplaintResponse();

	/**
	 * Returns the meta object for class '{@link org.nafitha.model.CandidateSite <em>Candidate Site</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Candidate Site</em>'.
	 * @see org.nafitha.model.CandidateSite
	 * @generated
	 */
	EClass getCandidateSite();

	/**
	 * Returns the meta object for the reference '{@link org.nafitha.model.CandidateSite#getRegion <em>Region</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Region</em>'.
	 * @see org.nafitha.model.CandidateSite#getRegion()
	 * @see #getCandidateSite()
	 * @generated
	 */
	EReference getCandidateSite_Region();

	/**
	 * Returns the meta object for the attribute '{@link org.nafitha.model.CandidateSite#getRole <em>Role</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Role</em>'.
	 * @see org.nafitha.model.CandidateSite#getRole()
	 * @see #getCandidateSite()
	 * @generated
	 */
	EAttribute getCandidateSite_Role();

	/**
	 * Returns the meta object for the attribute '{@link org.nafitha.model.CandidateSite#getFixedCost <em>Fixed Cost</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Fixed Cost</em>'.
	 * @see org.nafitha.model.CandidateSite#getFixedCost()
	 * @see #getCandidateSite()
	 * @generated
	 */
	EAttribute getCandidateSite_FixedCost();

	/**
	 * Returns the meta object for the attribute '{@link org.nafitha.model.CandidateSite#getMaxCounters <em>Max Counters</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Max Counters</em>'.
	 * @see org.nafitha.model.CandidateSite#getMaxCounters()
	 * @see #getCandidateSite()
	 * @generated
	 */
	EAttribute getCandidateSite_MaxCounters();

	/**
	 * Returns the meta object for class '{@link org.nafitha.model.PlanningParameters <em>Planning Parameters</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Planning Parameters</em>'.
	 * @see org.nafitha.model.PlanningParameters
	 * @generated
	 */
	EClass getPlanningParameters();

	/**
	 * Returns the meta object for the containment reference list '{@link org.nafitha.model.PlanningParameters#getCoverageThresholds <em>Coverage Thresholds</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Coverage Thresholds</em>'.
	 * @see org.nafitha.model.PlanningParameters#getCoverageThresholds()
	 * @see #getPlanningParameters()
	 * @generated
	 */
	EReference getPlanningParameters_CoverageThresholds();

	/**
	 * Returns the meta object for the attribute '{@link org.nafitha.model.PlanningParameters#getDistanceModel <em>Distance Model</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Distance Model</em>'.
	 * @see org.nafitha.model.PlanningParameters#getDistanceModel()
	 * @see #getPlanningParameters()
	 * @generated
	 */
	EAttribute getPlanningParameters_DistanceModel();

	/**
	 * Returns the meta object for the attribute '{@link org.nafitha.model.PlanningParameters#getDetourFactor <em>Detour Factor</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Detour Factor</em>'.
	 * @see org.nafitha.model.PlanningParameters#getDetourFactor()
	 * @see #getPlanningParameters()
	 * @generated
	 */
	EAttribute getPlanningParameters_DetourFactor();

	/**
	 * Returns the meta object for the attribute '{@link org.nafitha.model.PlanningParameters#getServiceLevelShare <em>Service Level Share</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Service Level Share</em>'.
	 * @see org.nafitha.model.PlanningParameters#getServiceLevelShare()
	 * @see #getPlanningParameters()
	 * @generated
	 */
	EAttribute getPlanningParameters_ServiceLevelShare();

	/**
	 * Returns the meta object for the attribute '{@link org.nafitha.model.PlanningParameters#getServiceLevelWaitMinutes <em>Service Level Wait Minutes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Service Level Wait Minutes</em>'.
	 * @see org.nafitha.model.PlanningParameters#getServiceLevelWaitMinutes()
	 * @see #getPlanningParameters()
	 * @generated
	 */
	EAttribute getPlanningParameters_ServiceLevelWaitMinutes();

	/**
	 * Returns the meta object for the attribute '{@link org.nafitha.model.PlanningParameters#getWorkingDaysPerYear <em>Working Days Per Year</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Working Days Per Year</em>'.
	 * @see org.nafitha.model.PlanningParameters#getWorkingDaysPerYear()
	 * @see #getPlanningParameters()
	 * @generated
	 */
	EAttribute getPlanningParameters_WorkingDaysPerYear();

	/**
	 * Returns the meta object for the attribute '{@link org.nafitha.model.PlanningParameters#getWorkingHoursPerDay <em>Working Hours Per Day</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Working Hours Per Day</em>'.
	 * @see org.nafitha.model.PlanningParameters#getWorkingHoursPerDay()
	 * @see #getPlanningParameters()
	 * @generated
	 */
	EAttribute getPlanningParameters_WorkingHoursPerDay();

	/**
	 * Returns the meta object for the attribute '{@link org.nafitha.model.PlanningParameters#getPeakFactor <em>Peak Factor</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Peak Factor</em>'.
	 * @see org.nafitha.model.PlanningParameters#getPeakFactor()
	 * @see #getPlanningParameters()
	 * @generated
	 */
	EAttribute getPlanningParameters_PeakFactor();

	/**
	 * Returns the meta object for the attribute '{@link org.nafitha.model.PlanningParameters#getDigitalShift <em>Digital Shift</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Digital Shift</em>'.
	 * @see org.nafitha.model.PlanningParameters#getDigitalShift()
	 * @see #getPlanningParameters()
	 * @generated
	 */
	EAttribute getPlanningParameters_DigitalShift();

	/**
	 * Returns the meta object for the attribute '{@link org.nafitha.model.PlanningParameters#getStaffPerCounter <em>Staff Per Counter</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Staff Per Counter</em>'.
	 * @see org.nafitha.model.PlanningParameters#getStaffPerCounter()
	 * @see #getPlanningParameters()
	 * @generated
	 */
	EAttribute getPlanningParameters_StaffPerCounter();

	/**
	 * Returns the meta object for the containment reference list '{@link org.nafitha.model.PlanningParameters#getCardWeights <em>Card Weights</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Card Weights</em>'.
	 * @see org.nafitha.model.PlanningParameters#getCardWeights()
	 * @see #getPlanningParameters()
	 * @generated
	 */
	EReference getPlanningParameters_CardWeights();

	/**
	 * Returns the meta object for the attribute '{@link org.nafitha.model.PlanningParameters#isCardWeakestLink <em>Card Weakest Link</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Card Weakest Link</em>'.
	 * @see org.nafitha.model.PlanningParameters#isCardWeakestLink()
	 * @see #getPlanningParameters()
	 * @generated
	 */
	EAttribute getPlanningParameters_CardWeakestLink();

	/**
	 * Returns the meta object for the attribute '{@link org.nafitha.model.PlanningParameters#getTownMaxKm <em>Town Max Km</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Town Max Km</em>'.
	 * @see org.nafitha.model.PlanningParameters#getTownMaxKm()
	 * @see #getPlanningParameters()
	 * @generated
	 */
	EAttribute getPlanningParameters_TownMaxKm();

	/**
	 * Returns the meta object for the attribute '{@link org.nafitha.model.PlanningParameters#getTownMinPopulation <em>Town Min Population</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Town Min Population</em>'.
	 * @see org.nafitha.model.PlanningParameters#getTownMinPopulation()
	 * @see #getPlanningParameters()
	 * @generated
	 */
	EAttribute getPlanningParameters_TownMinPopulation();

	/**
	 * Returns the meta object for the attribute '{@link org.nafitha.model.PlanningParameters#getRuralMaxResidents <em>Rural Max Residents</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rural Max Residents</em>'.
	 * @see org.nafitha.model.PlanningParameters#getRuralMaxResidents()
	 * @see #getPlanningParameters()
	 * @generated
	 */
	EAttribute getPlanningParameters_RuralMaxResidents();

	/**
	 * Returns the meta object for the containment reference list '{@link org.nafitha.model.PlanningParameters#getDigitalUptake <em>Digital Uptake</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Digital Uptake</em>'.
	 * @see org.nafitha.model.PlanningParameters#getDigitalUptake()
	 * @see #getPlanningParameters()
	 * @generated
	 */
	EReference getPlanningParameters_DigitalUptake();

	/**
	 * Returns the meta object for class '{@link org.nafitha.model.CoverageThreshold <em>Coverage Threshold</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Coverage Threshold</em>'.
	 * @see org.nafitha.model.CoverageThreshold
	 * @generated
	 */
	EClass getCoverageThreshold();

	/**
	 * Returns the meta object for the attribute '{@link org.nafitha.model.CoverageThreshold#getAreaType <em>Area Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Area Type</em>'.
	 * @see org.nafitha.model.CoverageThreshold#getAreaType()
	 * @see #getCoverageThreshold()
	 * @generated
	 */
	EAttribute getCoverageThreshold_AreaType();

	/**
	 * Returns the meta object for the attribute '{@link org.nafitha.model.CoverageThreshold#getMaxDistanceKm <em>Max Distance Km</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Max Distance Km</em>'.
	 * @see org.nafitha.model.CoverageThreshold#getMaxDistanceKm()
	 * @see #getCoverageThreshold()
	 * @generated
	 */
	EAttribute getCoverageThreshold_MaxDistanceKm();

	/**
	 * Returns the meta object for the attribute '{@link org.nafitha.model.CoverageThreshold#getMaxTravelMinutes <em>Max Travel Minutes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Max Travel Minutes</em>'.
	 * @see org.nafitha.model.CoverageThreshold#getMaxTravelMinutes()
	 * @see #getCoverageThreshold()
	 * @generated
	 */
	EAttribute getCoverageThreshold_MaxTravelMinutes();

	/**
	 * Returns the meta object for the attribute '{@link org.nafitha.model.CoverageThreshold#getSpeedKmh <em>Speed Kmh</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Speed Kmh</em>'.
	 * @see org.nafitha.model.CoverageThreshold#getSpeedKmh()
	 * @see #getCoverageThreshold()
	 * @generated
	 */
	EAttribute getCoverageThreshold_SpeedKmh();

	/**
	 * Returns the meta object for class '{@link org.nafitha.model.DocumentRequirement <em>Document Requirement</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Document Requirement</em>'.
	 * @see org.nafitha.model.DocumentRequirement
	 * @generated
	 */
	EClass getDocumentRequirement();

	/**
	 * Returns the meta object for the reference '{@link org.nafitha.model.DocumentRequirement#getIssuer <em>Issuer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Issuer</em>'.
	 * @see org.nafitha.model.DocumentRequirement#getIssuer()
	 * @see #getDocumentRequirement()
	 * @generated
	 */
	EReference getDocumentRequirement_Issuer();

	/**
	 * Returns the meta object for the attribute '{@link org.nafitha.model.DocumentRequirement#isHeldByGovernment <em>Held By Government</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Held By Government</em>'.
	 * @see org.nafitha.model.DocumentRequirement#isHeldByGovernment()
	 * @see #getDocumentRequirement()
	 * @generated
	 */
	EAttribute getDocumentRequirement_HeldByGovernment();

	/**
	 * Returns the meta object for the attribute '{@link org.nafitha.model.DocumentRequirement#isFetchedByGovernment <em>Fetched By Government</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Fetched By Government</em>'.
	 * @see org.nafitha.model.DocumentRequirement#isFetchedByGovernment()
	 * @see #getDocumentRequirement()
	 * @generated
	 */
	EAttribute getDocumentRequirement_FetchedByGovernment();

	/**
	 * Returns the meta object for class '{@link org.nafitha.model.EvaluationRecord <em>Evaluation Record</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Evaluation Record</em>'.
	 * @see org.nafitha.model.EvaluationRecord
	 * @generated
	 */
	EClass getEvaluationRecord();

	/**
	 * Returns the meta object for the attribute '{@link org.nafitha.model.EvaluationRecord#getDate <em>Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date</em>'.
	 * @see org.nafitha.model.EvaluationRecord#getDate()
	 * @see #getEvaluationRecord()
	 * @generated
	 */
	EAttribute getEvaluationRecord_Date();

	/**
	 * Returns the meta object for the attribute '{@link org.nafitha.model.EvaluationRecord#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.nafitha.model.EvaluationRecord#getKind()
	 * @see #getEvaluationRecord()
	 * @generated
	 */
	EAttribute getEvaluationRecord_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.nafitha.model.EvaluationRecord#getScore <em>Score</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Score</em>'.
	 * @see org.nafitha.model.EvaluationRecord#getScore()
	 * @see #getEvaluationRecord()
	 * @generated
	 */
	EAttribute getEvaluationRecord_Score();

	/**
	 * Returns the meta object for the attribute '{@link org.nafitha.model.EvaluationRecord#getObservedWaitMinutes <em>Observed Wait Minutes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Observed Wait Minutes</em>'.
	 * @see org.nafitha.model.EvaluationRecord#getObservedWaitMinutes()
	 * @see #getEvaluationRecord()
	 * @generated
	 */
	EAttribute getEvaluationRecord_ObservedWaitMinutes();

	/**
	 * Returns the meta object for the attribute '{@link org.nafitha.model.EvaluationRecord#isSpecialistPresent <em>Specialist Present</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Specialist Present</em>'.
	 * @see org.nafitha.model.EvaluationRecord#isSpecialistPresent()
	 * @see #getEvaluationRecord()
	 * @generated
	 */
	EAttribute getEvaluationRecord_SpecialistPresent();

	/**
	 * Returns the meta object for the attribute '{@link org.nafitha.model.EvaluationRecord#getResponses <em>Responses</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Responses</em>'.
	 * @see org.nafitha.model.EvaluationRecord#getResponses()
	 * @see #getEvaluationRecord()
	 * @generated
	 */
	EAttribute getEvaluationRecord_Responses();

	/**
	 * Returns the meta object for the attribute '{@link org.nafitha.model.EvaluationRecord#getSatisfactionMean <em>Satisfaction Mean</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Satisfaction Mean</em>'.
	 * @see org.nafitha.model.EvaluationRecord#getSatisfactionMean()
	 * @see #getEvaluationRecord()
	 * @generated
	 */
	EAttribute getEvaluationRecord_SatisfactionMean();

	/**
	 * Returns the meta object for the attribute '{@link org.nafitha.model.EvaluationRecord#getPromoters <em>Promoters</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Promoters</em>'.
	 * @see org.nafitha.model.EvaluationRecord#getPromoters()
	 * @see #getEvaluationRecord()
	 * @generated
	 */
	EAttribute getEvaluationRecord_Promoters();

	/**
	 * Returns the meta object for the attribute '{@link org.nafitha.model.EvaluationRecord#getPassives <em>Passives</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Passives</em>'.
	 * @see org.nafitha.model.EvaluationRecord#getPassives()
	 * @see #getEvaluationRecord()
	 * @generated
	 */
	EAttribute getEvaluationRecord_Passives();

	/**
	 * Returns the meta object for the attribute '{@link org.nafitha.model.EvaluationRecord#getDetractors <em>Detractors</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Detractors</em>'.
	 * @see org.nafitha.model.EvaluationRecord#getDetractors()
	 * @see #getEvaluationRecord()
	 * @generated
	 */
	EAttribute getEvaluationRecord_Detractors();

	/**
	 * Returns the meta object for the attribute '{@link org.nafitha.model.EvaluationRecord#getReceived <em>Received</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Received</em>'.
	 * @see org.nafitha.model.EvaluationRecord#getReceived()
	 * @see #getEvaluationRecord()
	 * @generated
	 */
	EAttribute getEvaluationRecord_Received();

	/**
	 * Returns the meta object for the attribute '{@link org.nafitha.model.EvaluationRecord#getAnsweredOnTime <em>Answered On Time</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Answered On Time</em>'.
	 * @see org.nafitha.model.EvaluationRecord#getAnsweredOnTime()
	 * @see #getEvaluationRecord()
	 * @generated
	 */
	EAttribute getEvaluationRecord_AnsweredOnTime();

	/**
	 * Returns the meta object for the attribute '{@link org.nafitha.model.EvaluationRecord#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.nafitha.model.EvaluationRecord#getDescription()
	 * @see #getEvaluationRecord()
	 * @generated
	 */
	EAttribute getEvaluationRecord_Description();

	/**
	 * Returns the meta object for the attribute '{@link org.nafitha.model.EvaluationRecord#isFromFeedback <em>From Feedback</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>From Feedback</em>'.
	 * @see org.nafitha.model.EvaluationRecord#isFromFeedback()
	 * @see #getEvaluationRecord()
	 * @generated
	 */
	EAttribute getEvaluationRecord_FromFeedback();

	/**
	 * Returns the meta object for class '{@link org.nafitha.model.DigitalUptake <em>Digital Uptake</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Digital Uptake</em>'.
	 * @see org.nafitha.model.DigitalUptake
	 * @generated
	 */
	EClass getDigitalUptake();

	/**
	 * Returns the meta object for the reference '{@link org.nafitha.model.DigitalUptake#getRegion <em>Region</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Region</em>'.
	 * @see org.nafitha.model.DigitalUptake#getRegion()
	 * @see #getDigitalUptake()
	 * @generated
	 */
	EReference getDigitalUptake_Region();

	/**
	 * Returns the meta object for the attribute '{@link org.nafitha.model.DigitalUptake#getAreaType <em>Area Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Area Type</em>'.
	 * @see org.nafitha.model.DigitalUptake#getAreaType()
	 * @see #getDigitalUptake()
	 * @generated
	 */
	EAttribute getDigitalUptake_AreaType();

	/**
	 * Returns the meta object for the reference '{@link org.nafitha.model.DigitalUptake#getGroup <em>Group</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Group</em>'.
	 * @see org.nafitha.model.DigitalUptake#getGroup()
	 * @see #getDigitalUptake()
	 * @generated
	 */
	EReference getDigitalUptake_Group();

	/**
	 * Returns the meta object for the attribute '{@link org.nafitha.model.DigitalUptake#getMultiplier <em>Multiplier</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Multiplier</em>'.
	 * @see org.nafitha.model.DigitalUptake#getMultiplier()
	 * @see #getDigitalUptake()
	 * @generated
	 */
	EAttribute getDigitalUptake_Multiplier();

	/**
	 * Returns the meta object for class '{@link org.nafitha.model.Roadmap <em>Roadmap</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Roadmap</em>'.
	 * @see org.nafitha.model.Roadmap
	 * @generated
	 */
	EClass getRoadmap();

	/**
	 * Returns the meta object for the attribute '{@link org.nafitha.model.Roadmap#getFirstYear <em>First Year</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>First Year</em>'.
	 * @see org.nafitha.model.Roadmap#getFirstYear()
	 * @see #getRoadmap()
	 * @generated
	 */
	EAttribute getRoadmap_FirstYear();

	/**
	 * Returns the meta object for the attribute '{@link org.nafitha.model.Roadmap#getLastYear <em>Last Year</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Last Year</em>'.
	 * @see org.nafitha.model.Roadmap#getLastYear()
	 * @see #getRoadmap()
	 * @generated
	 */
	EAttribute getRoadmap_LastYear();

	/**
	 * Returns the meta object for the containment reference list '{@link org.nafitha.model.Roadmap#getActions <em>Actions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Actions</em>'.
	 * @see org.nafitha.model.Roadmap#getActions()
	 * @see #getRoadmap()
	 * @generated
	 */
	EReference getRoadmap_Actions();

	/**
	 * Returns the meta object for the containment reference list '{@link org.nafitha.model.Roadmap#getCosts <em>Costs</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Costs</em>'.
	 * @see org.nafitha.model.Roadmap#getCosts()
	 * @see #getRoadmap()
	 * @generated
	 */
	EReference getRoadmap_Costs();

	/**
	 * Returns the meta object for the containment reference list '{@link org.nafitha.model.Roadmap#getBudgets <em>Budgets</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Budgets</em>'.
	 * @see org.nafitha.model.Roadmap#getBudgets()
	 * @see #getRoadmap()
	 * @generated
	 */
	EReference getRoadmap_Budgets();

	/**
	 * Returns the meta object for the containment reference list '{@link org.nafitha.model.Roadmap#getGrowth <em>Growth</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Growth</em>'.
	 * @see org.nafitha.model.Roadmap#getGrowth()
	 * @see #getRoadmap()
	 * @generated
	 */
	EReference getRoadmap_Growth();

	/**
	 * Returns the meta object for the containment reference list '{@link org.nafitha.model.Roadmap#getDigitalShifts <em>Digital Shifts</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Digital Shifts</em>'.
	 * @see org.nafitha.model.Roadmap#getDigitalShifts()
	 * @see #getRoadmap()
	 * @generated
	 */
	EReference getRoadmap_DigitalShifts();

	/**
	 * Returns the meta object for the containment reference list '{@link org.nafitha.model.Roadmap#getTargets <em>Targets</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Targets</em>'.
	 * @see org.nafitha.model.Roadmap#getTargets()
	 * @see #getRoadmap()
	 * @generated
	 */
	EReference getRoadmap_Targets();

	/**
	 * Returns the meta object for class '{@link org.nafitha.model.RoadmapAction <em>Roadmap Action</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Roadmap Action</em>'.
	 * @see org.nafitha.model.RoadmapAction
	 * @generated
	 */
	EClass getRoadmapAction();

	/**
	 * Returns the meta object for the attribute '{@link org.nafitha.model.RoadmapAction#getCode <em>Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Code</em>'.
	 * @see org.nafitha.model.RoadmapAction#getCode()
	 * @see #getRoadmapAction()
	 * @generated
	 */
	EAttribute getRoadmapAction_Code();

	/**
	 * Returns the meta object for the attribute '{@link org.nafitha.model.RoadmapAction#getYear <em>Year</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Year</em>'.
	 * @see org.nafitha.model.RoadmapAction#getYear()
	 * @see #getRoadmapAction()
	 * @generated
	 */
	EAttribute getRoadmapAction_Year();

	/**
	 * Returns the meta object for the attribute '{@link org.nafitha.model.RoadmapAction#getMonth <em>Month</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Month</em>'.
	 * @see org.nafitha.model.RoadmapAction#getMonth()
	 * @see #getRoadmapAction()
	 * @generated
	 */
	EAttribute getRoadmapAction_Month();

	/**
	 * Returns the meta object for the attribute '{@link org.nafitha.model.RoadmapAction#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.nafitha.model.RoadmapAction#getKind()
	 * @see #getRoadmapAction()
	 * @generated
	 */
	EAttribute getRoadmapAction_Kind();

	/**
	 * Returns the meta object for the reference '{@link org.nafitha.model.RoadmapAction#getCenter <em>Center</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Center</em>'.
	 * @see org.nafitha.model.RoadmapAction#getCenter()
	 * @see #getRoadmapAction()
	 * @generated
	 */
	EReference getRoadmapAction_Center();

	/**
	 * Returns the meta object for the reference '{@link org.nafitha.model.RoadmapAction#getService <em>Service</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Service</em>'.
	 * @see org.nafitha.model.RoadmapAction#getService()
	 * @see #getRoadmapAction()
	 * @generated
	 */
	EReference getRoadmapAction_Service();

	/**
	 * Returns the meta object for the reference '{@link org.nafitha.model.RoadmapAction#getBundle <em>Bundle</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Bundle</em>'.
	 * @see org.nafitha.model.RoadmapAction#getBundle()
	 * @see #getRoadmapAction()
	 * @generated
	 */
	EReference getRoadmapAction_Bundle();

	/**
	 * Returns the meta object for the containment reference '{@link org.nafitha.model.RoadmapAction#getNewCenter <em>New Center</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>New Center</em>'.
	 * @see org.nafitha.model.RoadmapAction#getNewCenter()
	 * @see #getRoadmapAction()
	 * @generated
	 */
	EReference getRoadmapAction_NewCenter();

	/**
	 * Returns the meta object for the attribute '{@link org.nafitha.model.RoadmapAction#getCost <em>Cost</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Cost</em>'.
	 * @see org.nafitha.model.RoadmapAction#getCost()
	 * @see #getRoadmapAction()
	 * @generated
	 */
	EAttribute getRoadmapAction_Cost();

	/**
	 * Returns the meta object for the attribute '{@link org.nafitha.model.RoadmapAction#getAmount <em>Amount</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Amount</em>'.
	 * @see org.nafitha.model.RoadmapAction#getAmount()
	 * @see #getRoadmapAction()
	 * @generated
	 */
	EAttribute getRoadmapAction_Amount();

	/**
	 * Returns the meta object for the attribute '{@link org.nafitha.model.RoadmapAction#getParameter <em>Parameter</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Parameter</em>'.
	 * @see org.nafitha.model.RoadmapAction#getParameter()
	 * @see #getRoadmapAction()
	 * @generated
	 */
	EAttribute getRoadmapAction_Parameter();

	/**
	 * Returns the meta object for the attribute '{@link org.nafitha.model.RoadmapAction#getNote <em>Note</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Note</em>'.
	 * @see org.nafitha.model.RoadmapAction#getNote()
	 * @see #getRoadmapAction()
	 * @generated
	 */
	EAttribute getRoadmapAction_Note();

	/**
	 * Returns the meta object for class '{@link org.nafitha.model.RoadmapCost <em>Roadmap Cost</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Roadmap Cost</em>'.
	 * @see org.nafitha.model.RoadmapCost
	 * @generated
	 */
	EClass getRoadmapCost();

	/**
	 * Returns the meta object for the attribute '{@link org.nafitha.model.RoadmapCost#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.nafitha.model.RoadmapCost#getKind()
	 * @see #getRoadmapCost()
	 * @generated
	 */
	EAttribute getRoadmapCost_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.nafitha.model.RoadmapCost#getCenterKind <em>Center Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Center Kind</em>'.
	 * @see org.nafitha.model.RoadmapCost#getCenterKind()
	 * @see #getRoadmapCost()
	 * @generated
	 */
	EAttribute getRoadmapCost_CenterKind();

	/**
	 * Returns the meta object for the attribute '{@link org.nafitha.model.RoadmapCost#getAmount <em>Amount</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Amount</em>'.
	 * @see org.nafitha.model.RoadmapCost#getAmount()
	 * @see #getRoadmapCost()
	 * @generated
	 */
	EAttribute getRoadmapCost_Amount();

	/**
	 * Returns the meta object for the attribute '{@link org.nafitha.model.RoadmapCost#getSource <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Source</em>'.
	 * @see org.nafitha.model.RoadmapCost#getSource()
	 * @see #getRoadmapCost()
	 * @generated
	 */
	EAttribute getRoadmapCost_Source();

	/**
	 * Returns the meta object for class '{@link org.nafitha.model.RoadmapBudget <em>Roadmap Budget</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Roadmap Budget</em>'.
	 * @see org.nafitha.model.RoadmapBudget
	 * @generated
	 */
	EClass getRoadmapBudget();

	/**
	 * Returns the meta object for the attribute '{@link org.nafitha.model.RoadmapBudget#getYear <em>Year</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Year</em>'.
	 * @see org.nafitha.model.RoadmapBudget#getYear()
	 * @see #getRoadmapBudget()
	 * @generated
	 */
	EAttribute getRoadmapBudget_Year();

	/**
	 * Returns the meta object for the attribute '{@link org.nafitha.model.RoadmapBudget#getCapital <em>Capital</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Capital</em>'.
	 * @see org.nafitha.model.RoadmapBudget#getCapital()
	 * @see #getRoadmapBudget()
	 * @generated
	 */
	EAttribute getRoadmapBudget_Capital();

	/**
	 * Returns the meta object for the attribute '{@link org.nafitha.model.RoadmapBudget#getOperating <em>Operating</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Operating</em>'.
	 * @see org.nafitha.model.RoadmapBudget#getOperating()
	 * @see #getRoadmapBudget()
	 * @generated
	 */
	EAttribute getRoadmapBudget_Operating();

	/**
	 * Returns the meta object for the attribute '{@link org.nafitha.model.RoadmapBudget#getSource <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Source</em>'.
	 * @see org.nafitha.model.RoadmapBudget#getSource()
	 * @see #getRoadmapBudget()
	 * @generated
	 */
	EAttribute getRoadmapBudget_Source();

	/**
	 * Returns the meta object for class '{@link org.nafitha.model.RoadmapGrowth <em>Roadmap Growth</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Roadmap Growth</em>'.
	 * @see org.nafitha.model.RoadmapGrowth
	 * @generated
	 */
	EClass getRoadmapGrowth();

	/**
	 * Returns the meta object for the reference '{@link org.nafitha.model.RoadmapGrowth#getRegion <em>Region</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Region</em>'.
	 * @see org.nafitha.model.RoadmapGrowth#getRegion()
	 * @see #getRoadmapGrowth()
	 * @generated
	 */
	EReference getRoadmapGrowth_Region();

	/**
	 * Returns the meta object for the attribute '{@link org.nafitha.model.RoadmapGrowth#getAreaType <em>Area Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Area Type</em>'.
	 * @see org.nafitha.model.RoadmapGrowth#getAreaType()
	 * @see #getRoadmapGrowth()
	 * @generated
	 */
	EAttribute getRoadmapGrowth_AreaType();

	/**
	 * Returns the meta object for the attribute '{@link org.nafitha.model.RoadmapGrowth#getAnnualRate <em>Annual Rate</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Annual Rate</em>'.
	 * @see org.nafitha.model.RoadmapGrowth#getAnnualRate()
	 * @see #getRoadmapGrowth()
	 * @generated
	 */
	EAttribute getRoadmapGrowth_AnnualRate();

	/**
	 * Returns the meta object for the attribute '{@link org.nafitha.model.RoadmapGrowth#getSource <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Source</em>'.
	 * @see org.nafitha.model.RoadmapGrowth#getSource()
	 * @see #getRoadmapGrowth()
	 * @generated
	 */
	EAttribute getRoadmapGrowth_Source();

	/**
	 * Returns the meta object for class '{@link org.nafitha.model.RoadmapDigitalShift <em>Roadmap Digital Shift</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Roadmap Digital Shift</em>'.
	 * @see org.nafitha.model.RoadmapDigitalShift
	 * @generated
	 */
	EClass getRoadmapDigitalShift();

	/**
	 * Returns the meta object for the attribute '{@link org.nafitha.model.RoadmapDigitalShift#getYear <em>Year</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Year</em>'.
	 * @see org.nafitha.model.RoadmapDigitalShift#getYear()
	 * @see #getRoadmapDigitalShift()
	 * @generated
	 */
	EAttribute getRoadmapDigitalShift_Year();

	/**
	 * Returns the meta object for the reference '{@link org.nafitha.model.RoadmapDigitalShift#getService <em>Service</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Service</em>'.
	 * @see org.nafitha.model.RoadmapDigitalShift#getService()
	 * @see #getRoadmapDigitalShift()
	 * @generated
	 */
	EReference getRoadmapDigitalShift_Service();

	/**
	 * Returns the meta object for the attribute '{@link org.nafitha.model.RoadmapDigitalShift#getCategory <em>Category</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Category</em>'.
	 * @see org.nafitha.model.RoadmapDigitalShift#getCategory()
	 * @see #getRoadmapDigitalShift()
	 * @generated
	 */
	EAttribute getRoadmapDigitalShift_Category();

	/**
	 * Returns the meta object for the attribute '{@link org.nafitha.model.RoadmapDigitalShift#getDigitalShare <em>Digital Share</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Digital Share</em>'.
	 * @see org.nafitha.model.RoadmapDigitalShift#getDigitalShare()
	 * @see #getRoadmapDigitalShift()
	 * @generated
	 */
	EAttribute getRoadmapDigitalShift_DigitalShare();

	/**
	 * Returns the meta object for the attribute '{@link org.nafitha.model.RoadmapDigitalShift#getSource <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Source</em>'.
	 * @see org.nafitha.model.RoadmapDigitalShift#getSource()
	 * @see #getRoadmapDigitalShift()
	 * @generated
	 */
	EAttribute getRoadmapDigitalShift_Source();

	/**
	 * Returns the meta object for class '{@link org.nafitha.model.RoadmapTarget <em>Roadmap Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Roadmap Target</em>'.
	 * @see org.nafitha.model.RoadmapTarget
	 * @generated
	 */
	EClass getRoadmapTarget();

	/**
	 * Returns the meta object for the attribute '{@link org.nafitha.model.RoadmapTarget#getIndicator <em>Indicator</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Indicator</em>'.
	 * @see org.nafitha.model.RoadmapTarget#getIndicator()
	 * @see #getRoadmapTarget()
	 * @generated
	 */
	EAttribute getRoadmapTarget_Indicator();

	/**
	 * Returns the meta object for the attribute '{@link org.nafitha.model.RoadmapTarget#getYear <em>Year</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Year</em>'.
	 * @see org.nafitha.model.RoadmapTarget#getYear()
	 * @see #getRoadmapTarget()
	 * @generated
	 */
	EAttribute getRoadmapTarget_Year();

	/**
	 * Returns the meta object for the attribute '{@link org.nafitha.model.RoadmapTarget#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see org.nafitha.model.RoadmapTarget#getValue()
	 * @see #getRoadmapTarget()
	 * @generated
	 */
	EAttribute getRoadmapTarget_Value();

	/**
	 * Returns the meta object for the attribute '{@link org.nafitha.model.RoadmapTarget#getDirection <em>Direction</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Direction</em>'.
	 * @see org.nafitha.model.RoadmapTarget#getDirection()
	 * @see #getRoadmapTarget()
	 * @generated
	 */
	EAttribute getRoadmapTarget_Direction();

	/**
	 * Returns the meta object for the attribute '{@link org.nafitha.model.RoadmapTarget#getSource <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Source</em>'.
	 * @see org.nafitha.model.RoadmapTarget#getSource()
	 * @see #getRoadmapTarget()
	 * @generated
	 */
	EAttribute getRoadmapTarget_Source();

	/**
	 * Returns the meta object for enum '{@link org.nafitha.model.RegionLevel <em>Region Level</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Region Level</em>'.
	 * @see org.nafitha.model.RegionLevel
	 * @generated
	 */
	EEnum getRegionLevel();

	/**
	 * Returns the meta object for enum '{@link org.nafitha.model.AreaType <em>Area Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Area Type</em>'.
	 * @see org.nafitha.model.AreaType
	 * @generated
	 */
	EEnum getAreaType();

	/**
	 * Returns the meta object for enum '{@link org.nafitha.model.CenterKind <em>Center Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Center Kind</em>'.
	 * @see org.nafitha.model.CenterKind
	 * @generated
	 */
	EEnum getCenterKind();

	/**
	 * Returns the meta object for enum '{@link org.nafitha.model.CenterStatus <em>Center Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Center Status</em>'.
	 * @see org.nafitha.model.CenterStatus
	 * @generated
	 */
	EEnum getCenterStatus();

	/**
	 * Returns the meta object for enum '{@link org.nafitha.model.AccessibilityFeature <em>Accessibility Feature</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Accessibility Feature</em>'.
	 * @see org.nafitha.model.AccessibilityFeature
	 * @generated
	 */
	EEnum getAccessibilityFeature();

	/**
	 * Returns the meta object for enum '{@link org.nafitha.model.SiteRole <em>Site Role</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Site Role</em>'.
	 * @see org.nafitha.model.SiteRole
	 * @generated
	 */
	EEnum getSiteRole();

	/**
	 * Returns the meta object for enum '{@link org.nafitha.model.DistanceModel <em>Distance Model</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Distance Model</em>'.
	 * @see org.nafitha.model.DistanceModel
	 * @generated
	 */
	EEnum getDistanceModel();

	/**
	 * Returns the meta object for enum '{@link org.nafitha.model.ServiceChannel <em>Service Channel</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Service Channel</em>'.
	 * @see org.nafitha.model.ServiceChannel
	 * @generated
	 */
	EEnum getServiceChannel();

	/**
	 * Returns the meta object for enum '{@link org.nafitha.model.EvaluationKind <em>Evaluation Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Evaluation Kind</em>'.
	 * @see org.nafitha.model.EvaluationKind
	 * @generated
	 */
	EEnum getEvaluationKind();

	/**
	 * Returns the meta object for enum '{@link org.nafitha.model.RoadmapActionKind <em>Roadmap Action Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Roadmap Action Kind</em>'.
	 * @see org.nafitha.model.RoadmapActionKind
	 * @generated
	 */
	EEnum getRoadmapActionKind();

	/**
	 * Returns the meta object for enum '{@link org.nafitha.model.RoadmapCostKind <em>Roadmap Cost Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Roadmap Cost Kind</em>'.
	 * @see org.nafitha.model.RoadmapCostKind
	 * @generated
	 */
	EEnum getRoadmapCostKind();

	/**
	 * Returns the meta object for enum '{@link org.nafitha.model.RoadmapTargetDirection <em>Roadmap Target Direction</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Roadmap Target Direction</em>'.
	 * @see org.nafitha.model.RoadmapTargetDirection
	 * @generated
	 */
	EEnum getRoadmapTargetDirection();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	NafithaFactory getNafithaFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link org.nafitha.model.impl.NamedImpl <em>Named</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.nafitha.model.impl.NamedImpl
		 * @see org.nafitha.model.impl.NafithaPackageImpl#getNamed()
		 * @generated
		 */
		EClass NAMED = eINSTANCE.getNamed();

		/**
		 * The meta object literal for the '<em><b>Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NAMED__CODE = eINSTANCE.getNamed_Code();

		/**
		 * The meta object literal for the '<em><b>Name En</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NAMED__NAME_EN = eINSTANCE.getNamed_NameEn();

		/**
		 * The meta object literal for the '<em><b>Name Ar</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NAMED__NAME_AR = eINSTANCE.getNamed_NameAr();

		/**
		 * The meta object literal for the '{@link org.nafitha.model.Located <em>Located</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.nafitha.model.Located
		 * @see org.nafitha.model.impl.NafithaPackageImpl#getLocated()
		 * @generated
		 */
		EClass LOCATED = eINSTANCE.getLocated();

		/**
		 * The meta object literal for the '<em><b>Latitude</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LOCATED__LATITUDE = eINSTANCE.getLocated_Latitude();

		/**
		 * The meta object literal for the '<em><b>Longitude</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LOCATED__LONGITUDE = eINSTANCE.getLocated_Longitude();

		/**
		 * The meta object literal for the '{@link org.nafitha.model.impl.ScenarioImpl <em>Scenario</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.nafitha.model.impl.ScenarioImpl
		 * @see org.nafitha.model.impl.NafithaPackageImpl#getScenario()
		 * @generated
		 */
		EClass SCENARIO = eINSTANCE.getScenario();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCENARIO__DESCRIPTION = eINSTANCE.getScenario_Description();

		/**
		 * The meta object literal for the '<em><b>Base Year</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCENARIO__BASE_YEAR = eINSTANCE.getScenario_BaseYear();

		/**
		 * The meta object literal for the '<em><b>Baseline</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCENARIO__BASELINE = eINSTANCE.getScenario_Baseline();

		/**
		 * The meta object literal for the '<em><b>Study Area</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCENARIO__STUDY_AREA = eINSTANCE.getScenario_StudyArea();

		/**
		 * The meta object literal for the '<em><b>Parameters</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SCENARIO__PARAMETERS = eINSTANCE.getScenario_Parameters();

		/**
		 * The meta object literal for the '<em><b>Population Groups</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SCENARIO__POPULATION_GROUPS = eINSTANCE.getScenario_PopulationGroups();

		/**
		 * The meta object literal for the '<em><b>Regions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SCENARIO__REGIONS = eINSTANCE.getScenario_Regions();

		/**
		 * The meta object literal for the '<em><b>Demand Zones</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SCENARIO__DEMAND_ZONES = eINSTANCE.getScenario_DemandZones();

		/**
		 * The meta object literal for the '<em><b>Agencies</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SCENARIO__AGENCIES = eINSTANCE.getScenario_Agencies();

		/**
		 * The meta object literal for the '<em><b>Services</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SCENARIO__SERVICES = eINSTANCE.getScenario_Services();

		/**
		 * The meta object literal for the '<em><b>Bundles</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SCENARIO__BUNDLES = eINSTANCE.getScenario_Bundles();

		/**
		 * The meta object literal for the '<em><b>Centers</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SCENARIO__CENTERS = eINSTANCE.getScenario_Centers();

		/**
		 * The meta object literal for the '<em><b>Candidate Sites</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SCENARIO__CANDIDATE_SITES = eINSTANCE.getScenario_CandidateSites();

		/**
		 * The meta object literal for the '<em><b>Roadmap</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SCENARIO__ROADMAP = eINSTANCE.getScenario_Roadmap();

		/**
		 * The meta object literal for the '{@link org.nafitha.model.impl.RegionImpl <em>Region</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.nafitha.model.impl.RegionImpl
		 * @see org.nafitha.model.impl.NafithaPackageImpl#getRegion()
		 * @generated
		 */
		EClass REGION = eINSTANCE.getRegion();

		/**
		 * The meta object literal for the '<em><b>Level</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REGION__LEVEL = eINSTANCE.getRegion_Level();

		/**
		 * The meta object literal for the '<em><b>Parent</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REGION__PARENT = eINSTANCE.getRegion_Parent();

		/**
		 * The meta object literal for the '<em><b>Area Km2</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REGION__AREA_KM2 = eINSTANCE.getRegion_AreaKm2();

		/**
		 * The meta object literal for the '<em><b>Wikidata</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REGION__WIKIDATA = eINSTANCE.getRegion_Wikidata();

		/**
		 * The meta object literal for the '<em><b>Geometry Wkt</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REGION__GEOMETRY_WKT = eINSTANCE.getRegion_GeometryWkt();

		/**
		 * The meta object literal for the '{@link org.nafitha.model.impl.PopulationGroupImpl <em>Population Group</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.nafitha.model.impl.PopulationGroupImpl
		 * @see org.nafitha.model.impl.NafithaPackageImpl#getPopulationGroup()
		 * @generated
		 */
		EClass POPULATION_GROUP = eINSTANCE.getPopulationGroup();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POPULATION_GROUP__DESCRIPTION = eINSTANCE.getPopulationGroup_Description();

		/**
		 * The meta object literal for the '<em><b>Partition</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POPULATION_GROUP__PARTITION = eINSTANCE.getPopulationGroup_Partition();

		/**
		 * The meta object literal for the '{@link org.nafitha.model.impl.DemandZoneImpl <em>Demand Zone</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.nafitha.model.impl.DemandZoneImpl
		 * @see org.nafitha.model.impl.NafithaPackageImpl#getDemandZone()
		 * @generated
		 */
		EClass DEMAND_ZONE = eINSTANCE.getDemandZone();

		/**
		 * The meta object literal for the '<em><b>Region</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DEMAND_ZONE__REGION = eINSTANCE.getDemandZone_Region();

		/**
		 * The meta object literal for the '<em><b>Population</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEMAND_ZONE__POPULATION = eINSTANCE.getDemandZone_Population();

		/**
		 * The meta object literal for the '<em><b>Area Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEMAND_ZONE__AREA_TYPE = eINSTANCE.getDemandZone_AreaType();

		/**
		 * The meta object literal for the '<em><b>Groups</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DEMAND_ZONE__GROUPS = eINSTANCE.getDemandZone_Groups();

		/**
		 * The meta object literal for the '<em><b>Demand Overrides</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DEMAND_ZONE__DEMAND_OVERRIDES = eINSTANCE.getDemandZone_DemandOverrides();

		/**
		 * The meta object literal for the '<em><b>Settlements</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DEMAND_ZONE__SETTLEMENTS = eINSTANCE.getDemandZone_Settlements();

		/**
		 * The meta object literal for the '{@link org.nafitha.model.impl.SettlementImpl <em>Settlement</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.nafitha.model.impl.SettlementImpl
		 * @see org.nafitha.model.impl.NafithaPackageImpl#getSettlement()
		 * @generated
		 */
		EClass SETTLEMENT = eINSTANCE.getSettlement();

		/**
		 * The meta object literal for the '<em><b>Share</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SETTLEMENT__SHARE = eINSTANCE.getSettlement_Share();

		/**
		 * The meta object literal for the '<em><b>Area Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SETTLEMENT__AREA_TYPE = eINSTANCE.getSettlement_AreaType();

		/**
		 * The meta object literal for the '{@link org.nafitha.model.impl.GroupPopulationImpl <em>Group Population</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.nafitha.model.impl.GroupPopulationImpl
		 * @see org.nafitha.model.impl.NafithaPackageImpl#getGroupPopulation()
		 * @generated
		 */
		EClass GROUP_POPULATION = eINSTANCE.getGroupPopulation();

		/**
		 * The meta object literal for the '<em><b>Group</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference GROUP_POPULATION__GROUP = eINSTANCE.getGroupPopulation_Group();

		/**
		 * The meta object literal for the '<em><b>Count</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GROUP_POPULATION__COUNT = eINSTANCE.getGroupPopulation_Count();

		/**
		 * The meta object literal for the '<em><b>Share</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GROUP_POPULATION__SHARE = eINSTANCE.getGroupPopulation_Share();

		/**
		 * The meta object literal for the '{@link org.nafitha.model.impl.ServiceDemandImpl <em>Service Demand</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.nafitha.model.impl.ServiceDemandImpl
		 * @see org.nafitha.model.impl.NafithaPackageImpl#getServiceDemand()
		 * @generated
		 */
		EClass SERVICE_DEMAND = eINSTANCE.getServiceDemand();

		/**
		 * The meta object literal for the '<em><b>Service</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SERVICE_DEMAND__SERVICE = eINSTANCE.getServiceDemand_Service();

		/**
		 * The meta object literal for the '<em><b>Annual Transactions</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE_DEMAND__ANNUAL_TRANSACTIONS = eINSTANCE.getServiceDemand_AnnualTransactions();

		/**
		 * The meta object literal for the '{@link org.nafitha.model.impl.AgencyImpl <em>Agency</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.nafitha.model.impl.AgencyImpl
		 * @see org.nafitha.model.impl.NafithaPackageImpl#getAgency()
		 * @generated
		 */
		EClass AGENCY = eINSTANCE.getAgency();

		/**
		 * The meta object literal for the '<em><b>Acronym</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AGENCY__ACRONYM = eINSTANCE.getAgency_Acronym();

		/**
		 * The meta object literal for the '<em><b>Applies Standards Framework</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AGENCY__APPLIES_STANDARDS_FRAMEWORK = eINSTANCE.getAgency_AppliesStandardsFramework();

		/**
		 * The meta object literal for the '<em><b>Standards Framework Year</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AGENCY__STANDARDS_FRAMEWORK_YEAR = eINSTANCE.getAgency_StandardsFrameworkYear();

		/**
		 * The meta object literal for the '{@link org.nafitha.model.impl.ServiceImpl <em>Service</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.nafitha.model.impl.ServiceImpl
		 * @see org.nafitha.model.impl.NafithaPackageImpl#getService()
		 * @generated
		 */
		EClass SERVICE = eINSTANCE.getService();

		/**
		 * The meta object literal for the '<em><b>Agency</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SERVICE__AGENCY = eINSTANCE.getService_Agency();

		/**
		 * The meta object literal for the '<em><b>Category</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE__CATEGORY = eINSTANCE.getService_Category();

		/**
		 * The meta object literal for the '<em><b>Annual Transactions</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE__ANNUAL_TRANSACTIONS = eINSTANCE.getService_AnnualTransactions();

		/**
		 * The meta object literal for the '<em><b>Per Capita Rate</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE__PER_CAPITA_RATE = eINSTANCE.getService_PerCapitaRate();

		/**
		 * The meta object literal for the '<em><b>Mean Handling Minutes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE__MEAN_HANDLING_MINUTES = eINSTANCE.getService_MeanHandlingMinutes();

		/**
		 * The meta object literal for the '<em><b>Handling Time Cv</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE__HANDLING_TIME_CV = eINSTANCE.getService_HandlingTimeCv();

		/**
		 * The meta object literal for the '<em><b>Digital Share</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE__DIGITAL_SHARE = eINSTANCE.getService_DigitalShare();

		/**
		 * The meta object literal for the '<em><b>Presence Required</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE__PRESENCE_REQUIRED = eINSTANCE.getService_PresenceRequired();

		/**
		 * The meta object literal for the '<em><b>Eligible Groups</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SERVICE__ELIGIBLE_GROUPS = eINSTANCE.getService_EligibleGroups();

		/**
		 * The meta object literal for the '<em><b>Channel</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE__CHANNEL = eINSTANCE.getService_Channel();

		/**
		 * The meta object literal for the '<em><b>Documents</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SERVICE__DOCUMENTS = eINSTANCE.getService_Documents();

		/**
		 * The meta object literal for the '<em><b>Participating Agencies</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SERVICE__PARTICIPATING_AGENCIES = eINSTANCE.getService_ParticipatingAgencies();

		/**
		 * The meta object literal for the '<em><b>Handling Minutes Before</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE__HANDLING_MINUTES_BEFORE = eINSTANCE.getService_HandlingMinutesBefore();

		/**
		 * The meta object literal for the '<em><b>Steps Before</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE__STEPS_BEFORE = eINSTANCE.getService_StepsBefore();

		/**
		 * The meta object literal for the '<em><b>Steps After</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE__STEPS_AFTER = eINSTANCE.getService_StepsAfter();

		/**
		 * The meta object literal for the '{@link org.nafitha.model.impl.ServiceBundleImpl <em>Service Bundle</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.nafitha.model.impl.ServiceBundleImpl
		 * @see org.nafitha.model.impl.NafithaPackageImpl#getServiceBundle()
		 * @generated
		 */
		EClass SERVICE_BUNDLE = eINSTANCE.getServiceBundle();

		/**
		 * The meta object literal for the '<em><b>Life Event</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE_BUNDLE__LIFE_EVENT = eINSTANCE.getServiceBundle_LifeEvent();

		/**
		 * The meta object literal for the '<em><b>Services</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SERVICE_BUNDLE__SERVICES = eINSTANCE.getServiceBundle_Services();

		/**
		 * The meta object literal for the '{@link org.nafitha.model.impl.ServiceCenterImpl <em>Service Center</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.nafitha.model.impl.ServiceCenterImpl
		 * @see org.nafitha.model.impl.NafithaPackageImpl#getServiceCenter()
		 * @generated
		 */
		EClass SERVICE_CENTER = eINSTANCE.getServiceCenter();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE_CENTER__KIND = eINSTANCE.getServiceCenter_Kind();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE_CENTER__STATUS = eINSTANCE.getServiceCenter_Status();

		/**
		 * The meta object literal for the '<em><b>Region</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SERVICE_CENTER__REGION = eINSTANCE.getServiceCenter_Region();

		/**
		 * The meta object literal for the '<em><b>Agency</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SERVICE_CENTER__AGENCY = eINSTANCE.getServiceCenter_Agency();

		/**
		 * The meta object literal for the '<em><b>Opening Hours</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE_CENTER__OPENING_HOURS = eINSTANCE.getServiceCenter_OpeningHours();

		/**
		 * The meta object literal for the '<em><b>Staff</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE_CENTER__STAFF = eINSTANCE.getServiceCenter_Staff();

		/**
		 * The meta object literal for the '<em><b>Services Offered</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SERVICE_CENTER__SERVICES_OFFERED = eINSTANCE.getServiceCenter_ServicesOffered();

		/**
		 * The meta object literal for the '<em><b>Counters</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SERVICE_CENTER__COUNTERS = eINSTANCE.getServiceCenter_Counters();

		/**
		 * The meta object literal for the '<em><b>Accessibility</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE_CENTER__ACCESSIBILITY = eINSTANCE.getServiceCenter_Accessibility();

		/**
		 * The meta object literal for the '<em><b>Readiness</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SERVICE_CENTER__READINESS = eINSTANCE.getServiceCenter_Readiness();

		/**
		 * The meta object literal for the '<em><b>Evaluation</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SERVICE_CENTER__EVALUATION = eINSTANCE.getServiceCenter_Evaluation();

		/**
		 * The meta object literal for the '<em><b>Daily Capacity Override</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE_CENTER__DAILY_CAPACITY_OVERRIDE = eINSTANCE.getServiceCenter_DailyCapacityOverride();

		/**
		 * The meta object literal for the '<em><b>Evaluation Records</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SERVICE_CENTER__EVALUATION_RECORDS = eINSTANCE.getServiceCenter_EvaluationRecords();

		/**
		 * The meta object literal for the '{@link org.nafitha.model.impl.CounterImpl <em>Counter</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.nafitha.model.impl.CounterImpl
		 * @see org.nafitha.model.impl.NafithaPackageImpl#getCounter()
		 * @generated
		 */
		EClass COUNTER = eINSTANCE.getCounter();

		/**
		 * The meta object literal for the '<em><b>Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COUNTER__CODE = eINSTANCE.getCounter_Code();

		/**
		 * The meta object literal for the '<em><b>Universal</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COUNTER__UNIVERSAL = eINSTANCE.getCounter_Universal();

		/**
		 * The meta object literal for the '<em><b>Accessible</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COUNTER__ACCESSIBLE = eINSTANCE.getCounter_Accessible();

		/**
		 * The meta object literal for the '<em><b>Services</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference COUNTER__SERVICES = eINSTANCE.getCounter_Services();

		/**
		 * The meta object literal for the '{@link org.nafitha.model.impl.ScoreImpl <em>Score</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.nafitha.model.impl.ScoreImpl
		 * @see org.nafitha.model.impl.NafithaPackageImpl#getScore()
		 * @generated
		 */
		EClass SCORE = eINSTANCE.getScore();

		/**
		 * The meta object literal for the '<em><b>Dimension</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCORE__DIMENSION = eINSTANCE.getScore_Dimension();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCORE__VALUE = eINSTANCE.getScore_Value();

		/**
		 * The meta object literal for the '{@link org.nafitha.model.impl.EvaluationImpl <em>Evaluation</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.nafitha.model.impl.EvaluationImpl
		 * @see org.nafitha.model.impl.NafithaPackageImpl#getEvaluation()
		 * @generated
		 */
		EClass EVALUATION = eINSTANCE.getEvaluation();

		/**
		 * The meta object literal for the '<em><b>Mystery Shopper</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EVALUATION__MYSTERY_SHOPPER = eINSTANCE.getEvaluation_MysteryShopper();

		/**
		 * The meta object literal for the '<em><b>Self Assessment</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EVALUATION__SELF_ASSESSMENT = eINSTANCE.getEvaluation_SelfAssessment();

		/**
		 * The meta object literal for the '<em><b>Volunteer Visitor</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EVALUATION__VOLUNTEER_VISITOR = eINSTANCE.getEvaluation_VolunteerVisitor();

		/**
		 * The meta object literal for the '<em><b>Satisfaction</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EVALUATION__SATISFACTION = eINSTANCE.getEvaluation_Satisfaction();

		/**
		 * The meta object literal for the '<em><b>Net Promoter Score</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EVALUATION__NET_PROMOTER_SCORE = eINSTANCE.getEvaluation_NetPromoterScore();

		/**
		 * The meta object literal for the '<em><b>Complaint Response</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EVALUATION__COMPLAINT_RESPONSE = eINSTANCE.getEvaluation_ComplaintResponse();

		/**
		 * The meta object literal for the '{@link org.nafitha.model.impl.CandidateSiteImpl <em>Candidate Site</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.nafitha.model.impl.CandidateSiteImpl
		 * @see org.nafitha.model.impl.NafithaPackageImpl#getCandidateSite()
		 * @generated
		 */
		EClass CANDIDATE_SITE = eINSTANCE.getCandidateSite();

		/**
		 * The meta object literal for the '<em><b>Region</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CANDIDATE_SITE__REGION = eINSTANCE.getCandidateSite_Region();

		/**
		 * The meta object literal for the '<em><b>Role</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CANDIDATE_SITE__ROLE = eINSTANCE.getCandidateSite_Role();

		/**
		 * The meta object literal for the '<em><b>Fixed Cost</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CANDIDATE_SITE__FIXED_COST = eINSTANCE.getCandidateSite_FixedCost();

		/**
		 * The meta object literal for the '<em><b>Max Counters</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CANDIDATE_SITE__MAX_COUNTERS = eINSTANCE.getCandidateSite_MaxCounters();

		/**
		 * The meta object literal for the '{@link org.nafitha.model.impl.PlanningParametersImpl <em>Planning Parameters</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.nafitha.model.impl.PlanningParametersImpl
		 * @see org.nafitha.model.impl.NafithaPackageImpl#getPlanningParameters()
		 * @generated
		 */
		EClass PLANNING_PARAMETERS = eINSTANCE.getPlanningParameters();

		/**
		 * The meta object literal for the '<em><b>Coverage Thresholds</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PLANNING_PARAMETERS__COVERAGE_THRESHOLDS = eINSTANCE.getPlanningParameters_CoverageThresholds();

		/**
		 * The meta object literal for the '<em><b>Distance Model</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLANNING_PARAMETERS__DISTANCE_MODEL = eINSTANCE.getPlanningParameters_DistanceModel();

		/**
		 * The meta object literal for the '<em><b>Detour Factor</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLANNING_PARAMETERS__DETOUR_FACTOR = eINSTANCE.getPlanningParameters_DetourFactor();

		/**
		 * The meta object literal for the '<em><b>Service Level Share</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLANNING_PARAMETERS__SERVICE_LEVEL_SHARE = eINSTANCE.getPlanningParameters_ServiceLevelShare();

		/**
		 * The meta object literal for the '<em><b>Service Level Wait Minutes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLANNING_PARAMETERS__SERVICE_LEVEL_WAIT_MINUTES = eINSTANCE.getPlanningParameters_ServiceLevelWaitMinutes();

		/**
		 * The meta object literal for the '<em><b>Working Days Per Year</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLANNING_PARAMETERS__WORKING_DAYS_PER_YEAR = eINSTANCE.getPlanningParameters_WorkingDaysPerYear();

		/**
		 * The meta object literal for the '<em><b>Working Hours Per Day</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLANNING_PARAMETERS__WORKING_HOURS_PER_DAY = eINSTANCE.getPlanningParameters_WorkingHoursPerDay();

		/**
		 * The meta object literal for the '<em><b>Peak Factor</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLANNING_PARAMETERS__PEAK_FACTOR = eINSTANCE.getPlanningParameters_PeakFactor();

		/**
		 * The meta object literal for the '<em><b>Digital Shift</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLANNING_PARAMETERS__DIGITAL_SHIFT = eINSTANCE.getPlanningParameters_DigitalShift();

		/**
		 * The meta object literal for the '<em><b>Staff Per Counter</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLANNING_PARAMETERS__STAFF_PER_COUNTER = eINSTANCE.getPlanningParameters_StaffPerCounter();

		/**
		 * The meta object literal for the '<em><b>Card Weights</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PLANNING_PARAMETERS__CARD_WEIGHTS = eINSTANCE.getPlanningParameters_CardWeights();

		/**
		 * The meta object literal for the '<em><b>Card Weakest Link</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLANNING_PARAMETERS__CARD_WEAKEST_LINK = eINSTANCE.getPlanningParameters_CardWeakestLink();

		/**
		 * The meta object literal for the '<em><b>Town Max Km</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLANNING_PARAMETERS__TOWN_MAX_KM = eINSTANCE.getPlanningParameters_TownMaxKm();

		/**
		 * The meta object literal for the '<em><b>Town Min Population</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLANNING_PARAMETERS__TOWN_MIN_POPULATION = eINSTANCE.getPlanningParameters_TownMinPopulation();

		/**
		 * The meta object literal for the '<em><b>Rural Max Residents</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLANNING_PARAMETERS__RURAL_MAX_RESIDENTS = eINSTANCE.getPlanningParameters_RuralMaxResidents();

		/**
		 * The meta object literal for the '<em><b>Digital Uptake</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PLANNING_PARAMETERS__DIGITAL_UPTAKE = eINSTANCE.getPlanningParameters_DigitalUptake();

		/**
		 * The meta object literal for the '{@link org.nafitha.model.impl.CoverageThresholdImpl <em>Coverage Threshold</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.nafitha.model.impl.CoverageThresholdImpl
		 * @see org.nafitha.model.impl.NafithaPackageImpl#getCoverageThreshold()
		 * @generated
		 */
		EClass COVERAGE_THRESHOLD = eINSTANCE.getCoverageThreshold();

		/**
		 * The meta object literal for the '<em><b>Area Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COVERAGE_THRESHOLD__AREA_TYPE = eINSTANCE.getCoverageThreshold_AreaType();

		/**
		 * The meta object literal for the '<em><b>Max Distance Km</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COVERAGE_THRESHOLD__MAX_DISTANCE_KM = eINSTANCE.getCoverageThreshold_MaxDistanceKm();

		/**
		 * The meta object literal for the '<em><b>Max Travel Minutes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COVERAGE_THRESHOLD__MAX_TRAVEL_MINUTES = eINSTANCE.getCoverageThreshold_MaxTravelMinutes();

		/**
		 * The meta object literal for the '<em><b>Speed Kmh</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COVERAGE_THRESHOLD__SPEED_KMH = eINSTANCE.getCoverageThreshold_SpeedKmh();

		/**
		 * The meta object literal for the '{@link org.nafitha.model.impl.DocumentRequirementImpl <em>Document Requirement</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.nafitha.model.impl.DocumentRequirementImpl
		 * @see org.nafitha.model.impl.NafithaPackageImpl#getDocumentRequirement()
		 * @generated
		 */
		EClass DOCUMENT_REQUIREMENT = eINSTANCE.getDocumentRequirement();

		/**
		 * The meta object literal for the '<em><b>Issuer</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DOCUMENT_REQUIREMENT__ISSUER = eINSTANCE.getDocumentRequirement_Issuer();

		/**
		 * The meta object literal for the '<em><b>Held By Government</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOCUMENT_REQUIREMENT__HELD_BY_GOVERNMENT = eINSTANCE.getDocumentRequirement_HeldByGovernment();

		/**
		 * The meta object literal for the '<em><b>Fetched By Government</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOCUMENT_REQUIREMENT__FETCHED_BY_GOVERNMENT = eINSTANCE.getDocumentRequirement_FetchedByGovernment();

		/**
		 * The meta object literal for the '{@link org.nafitha.model.impl.EvaluationRecordImpl <em>Evaluation Record</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.nafitha.model.impl.EvaluationRecordImpl
		 * @see org.nafitha.model.impl.NafithaPackageImpl#getEvaluationRecord()
		 * @generated
		 */
		EClass EVALUATION_RECORD = eINSTANCE.getEvaluationRecord();

		/**
		 * The meta object literal for the '<em><b>Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EVALUATION_RECORD__DATE = eINSTANCE.getEvaluationRecord_Date();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EVALUATION_RECORD__KIND = eINSTANCE.getEvaluationRecord_Kind();

		/**
		 * The meta object literal for the '<em><b>Score</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EVALUATION_RECORD__SCORE = eINSTANCE.getEvaluationRecord_Score();

		/**
		 * The meta object literal for the '<em><b>Observed Wait Minutes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EVALUATION_RECORD__OBSERVED_WAIT_MINUTES = eINSTANCE.getEvaluationRecord_ObservedWaitMinutes();

		/**
		 * The meta object literal for the '<em><b>Specialist Present</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EVALUATION_RECORD__SPECIALIST_PRESENT = eINSTANCE.getEvaluationRecord_SpecialistPresent();

		/**
		 * The meta object literal for the '<em><b>Responses</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EVALUATION_RECORD__RESPONSES = eINSTANCE.getEvaluationRecord_Responses();

		/**
		 * The meta object literal for the '<em><b>Satisfaction Mean</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EVALUATION_RECORD__SATISFACTION_MEAN = eINSTANCE.getEvaluationRecord_SatisfactionMean();

		/**
		 * The meta object literal for the '<em><b>Promoters</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EVALUATION_RECORD__PROMOTERS = eINSTANCE.getEvaluationRecord_Promoters();

		/**
		 * The meta object literal for the '<em><b>Passives</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EVALUATION_RECORD__PASSIVES = eINSTANCE.getEvaluationRecord_Passives();

		/**
		 * The meta object literal for the '<em><b>Detractors</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EVALUATION_RECORD__DETRACTORS = eINSTANCE.getEvaluationRecord_Detractors();

		/**
		 * The meta object literal for the '<em><b>Received</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EVALUATION_RECORD__RECEIVED = eINSTANCE.getEvaluationRecord_Received();

		/**
		 * The meta object literal for the '<em><b>Answered On Time</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EVALUATION_RECORD__ANSWERED_ON_TIME = eINSTANCE.getEvaluationRecord_AnsweredOnTime();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EVALUATION_RECORD__DESCRIPTION = eINSTANCE.getEvaluationRecord_Description();

		/**
		 * The meta object literal for the '<em><b>From Feedback</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EVALUATION_RECORD__FROM_FEEDBACK = eINSTANCE.getEvaluationRecord_FromFeedback();

		/**
		 * The meta object literal for the '{@link org.nafitha.model.impl.DigitalUptakeImpl <em>Digital Uptake</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.nafitha.model.impl.DigitalUptakeImpl
		 * @see org.nafitha.model.impl.NafithaPackageImpl#getDigitalUptake()
		 * @generated
		 */
		EClass DIGITAL_UPTAKE = eINSTANCE.getDigitalUptake();

		/**
		 * The meta object literal for the '<em><b>Region</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DIGITAL_UPTAKE__REGION = eINSTANCE.getDigitalUptake_Region();

		/**
		 * The meta object literal for the '<em><b>Area Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIGITAL_UPTAKE__AREA_TYPE = eINSTANCE.getDigitalUptake_AreaType();

		/**
		 * The meta object literal for the '<em><b>Group</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DIGITAL_UPTAKE__GROUP = eINSTANCE.getDigitalUptake_Group();

		/**
		 * The meta object literal for the '<em><b>Multiplier</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIGITAL_UPTAKE__MULTIPLIER = eINSTANCE.getDigitalUptake_Multiplier();

		/**
		 * The meta object literal for the '{@link org.nafitha.model.impl.RoadmapImpl <em>Roadmap</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.nafitha.model.impl.RoadmapImpl
		 * @see org.nafitha.model.impl.NafithaPackageImpl#getRoadmap()
		 * @generated
		 */
		EClass ROADMAP = eINSTANCE.getRoadmap();

		/**
		 * The meta object literal for the '<em><b>First Year</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ROADMAP__FIRST_YEAR = eINSTANCE.getRoadmap_FirstYear();

		/**
		 * The meta object literal for the '<em><b>Last Year</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ROADMAP__LAST_YEAR = eINSTANCE.getRoadmap_LastYear();

		/**
		 * The meta object literal for the '<em><b>Actions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ROADMAP__ACTIONS = eINSTANCE.getRoadmap_Actions();

		/**
		 * The meta object literal for the '<em><b>Costs</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ROADMAP__COSTS = eINSTANCE.getRoadmap_Costs();

		/**
		 * The meta object literal for the '<em><b>Budgets</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ROADMAP__BUDGETS = eINSTANCE.getRoadmap_Budgets();

		/**
		 * The meta object literal for the '<em><b>Growth</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ROADMAP__GROWTH = eINSTANCE.getRoadmap_Growth();

		/**
		 * The meta object literal for the '<em><b>Digital Shifts</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ROADMAP__DIGITAL_SHIFTS = eINSTANCE.getRoadmap_DigitalShifts();

		/**
		 * The meta object literal for the '<em><b>Targets</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ROADMAP__TARGETS = eINSTANCE.getRoadmap_Targets();

		/**
		 * The meta object literal for the '{@link org.nafitha.model.impl.RoadmapActionImpl <em>Roadmap Action</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.nafitha.model.impl.RoadmapActionImpl
		 * @see org.nafitha.model.impl.NafithaPackageImpl#getRoadmapAction()
		 * @generated
		 */
		EClass ROADMAP_ACTION = eINSTANCE.getRoadmapAction();

		/**
		 * The meta object literal for the '<em><b>Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ROADMAP_ACTION__CODE = eINSTANCE.getRoadmapAction_Code();

		/**
		 * The meta object literal for the '<em><b>Year</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ROADMAP_ACTION__YEAR = eINSTANCE.getRoadmapAction_Year();

		/**
		 * The meta object literal for the '<em><b>Month</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ROADMAP_ACTION__MONTH = eINSTANCE.getRoadmapAction_Month();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ROADMAP_ACTION__KIND = eINSTANCE.getRoadmapAction_Kind();

		/**
		 * The meta object literal for the '<em><b>Center</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ROADMAP_ACTION__CENTER = eINSTANCE.getRoadmapAction_Center();

		/**
		 * The meta object literal for the '<em><b>Service</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ROADMAP_ACTION__SERVICE = eINSTANCE.getRoadmapAction_Service();

		/**
		 * The meta object literal for the '<em><b>Bundle</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ROADMAP_ACTION__BUNDLE = eINSTANCE.getRoadmapAction_Bundle();

		/**
		 * The meta object literal for the '<em><b>New Center</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ROADMAP_ACTION__NEW_CENTER = eINSTANCE.getRoadmapAction_NewCenter();

		/**
		 * The meta object literal for the '<em><b>Cost</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ROADMAP_ACTION__COST = eINSTANCE.getRoadmapAction_Cost();

		/**
		 * The meta object literal for the '<em><b>Amount</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ROADMAP_ACTION__AMOUNT = eINSTANCE.getRoadmapAction_Amount();

		/**
		 * The meta object literal for the '<em><b>Parameter</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ROADMAP_ACTION__PARAMETER = eINSTANCE.getRoadmapAction_Parameter();

		/**
		 * The meta object literal for the '<em><b>Note</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ROADMAP_ACTION__NOTE = eINSTANCE.getRoadmapAction_Note();

		/**
		 * The meta object literal for the '{@link org.nafitha.model.impl.RoadmapCostImpl <em>Roadmap Cost</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.nafitha.model.impl.RoadmapCostImpl
		 * @see org.nafitha.model.impl.NafithaPackageImpl#getRoadmapCost()
		 * @generated
		 */
		EClass ROADMAP_COST = eINSTANCE.getRoadmapCost();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ROADMAP_COST__KIND = eINSTANCE.getRoadmapCost_Kind();

		/**
		 * The meta object literal for the '<em><b>Center Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ROADMAP_COST__CENTER_KIND = eINSTANCE.getRoadmapCost_CenterKind();

		/**
		 * The meta object literal for the '<em><b>Amount</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ROADMAP_COST__AMOUNT = eINSTANCE.getRoadmapCost_Amount();

		/**
		 * The meta object literal for the '<em><b>Source</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ROADMAP_COST__SOURCE = eINSTANCE.getRoadmapCost_Source();

		/**
		 * The meta object literal for the '{@link org.nafitha.model.impl.RoadmapBudgetImpl <em>Roadmap Budget</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.nafitha.model.impl.RoadmapBudgetImpl
		 * @see org.nafitha.model.impl.NafithaPackageImpl#getRoadmapBudget()
		 * @generated
		 */
		EClass ROADMAP_BUDGET = eINSTANCE.getRoadmapBudget();

		/**
		 * The meta object literal for the '<em><b>Year</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ROADMAP_BUDGET__YEAR = eINSTANCE.getRoadmapBudget_Year();

		/**
		 * The meta object literal for the '<em><b>Capital</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ROADMAP_BUDGET__CAPITAL = eINSTANCE.getRoadmapBudget_Capital();

		/**
		 * The meta object literal for the '<em><b>Operating</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ROADMAP_BUDGET__OPERATING = eINSTANCE.getRoadmapBudget_Operating();

		/**
		 * The meta object literal for the '<em><b>Source</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ROADMAP_BUDGET__SOURCE = eINSTANCE.getRoadmapBudget_Source();

		/**
		 * The meta object literal for the '{@link org.nafitha.model.impl.RoadmapGrowthImpl <em>Roadmap Growth</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.nafitha.model.impl.RoadmapGrowthImpl
		 * @see org.nafitha.model.impl.NafithaPackageImpl#getRoadmapGrowth()
		 * @generated
		 */
		EClass ROADMAP_GROWTH = eINSTANCE.getRoadmapGrowth();

		/**
		 * The meta object literal for the '<em><b>Region</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ROADMAP_GROWTH__REGION = eINSTANCE.getRoadmapGrowth_Region();

		/**
		 * The meta object literal for the '<em><b>Area Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ROADMAP_GROWTH__AREA_TYPE = eINSTANCE.getRoadmapGrowth_AreaType();

		/**
		 * The meta object literal for the '<em><b>Annual Rate</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ROADMAP_GROWTH__ANNUAL_RATE = eINSTANCE.getRoadmapGrowth_AnnualRate();

		/**
		 * The meta object literal for the '<em><b>Source</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ROADMAP_GROWTH__SOURCE = eINSTANCE.getRoadmapGrowth_Source();

		/**
		 * The meta object literal for the '{@link org.nafitha.model.impl.RoadmapDigitalShiftImpl <em>Roadmap Digital Shift</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.nafitha.model.impl.RoadmapDigitalShiftImpl
		 * @see org.nafitha.model.impl.NafithaPackageImpl#getRoadmapDigitalShift()
		 * @generated
		 */
		EClass ROADMAP_DIGITAL_SHIFT = eINSTANCE.getRoadmapDigitalShift();

		/**
		 * The meta object literal for the '<em><b>Year</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ROADMAP_DIGITAL_SHIFT__YEAR = eINSTANCE.getRoadmapDigitalShift_Year();

		/**
		 * The meta object literal for the '<em><b>Service</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ROADMAP_DIGITAL_SHIFT__SERVICE = eINSTANCE.getRoadmapDigitalShift_Service();

		/**
		 * The meta object literal for the '<em><b>Category</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ROADMAP_DIGITAL_SHIFT__CATEGORY = eINSTANCE.getRoadmapDigitalShift_Category();

		/**
		 * The meta object literal for the '<em><b>Digital Share</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ROADMAP_DIGITAL_SHIFT__DIGITAL_SHARE = eINSTANCE.getRoadmapDigitalShift_DigitalShare();

		/**
		 * The meta object literal for the '<em><b>Source</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ROADMAP_DIGITAL_SHIFT__SOURCE = eINSTANCE.getRoadmapDigitalShift_Source();

		/**
		 * The meta object literal for the '{@link org.nafitha.model.impl.RoadmapTargetImpl <em>Roadmap Target</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.nafitha.model.impl.RoadmapTargetImpl
		 * @see org.nafitha.model.impl.NafithaPackageImpl#getRoadmapTarget()
		 * @generated
		 */
		EClass ROADMAP_TARGET = eINSTANCE.getRoadmapTarget();

		/**
		 * The meta object literal for the '<em><b>Indicator</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ROADMAP_TARGET__INDICATOR = eINSTANCE.getRoadmapTarget_Indicator();

		/**
		 * The meta object literal for the '<em><b>Year</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ROADMAP_TARGET__YEAR = eINSTANCE.getRoadmapTarget_Year();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ROADMAP_TARGET__VALUE = eINSTANCE.getRoadmapTarget_Value();

		/**
		 * The meta object literal for the '<em><b>Direction</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ROADMAP_TARGET__DIRECTION = eINSTANCE.getRoadmapTarget_Direction();

		/**
		 * The meta object literal for the '<em><b>Source</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ROADMAP_TARGET__SOURCE = eINSTANCE.getRoadmapTarget_Source();

		/**
		 * The meta object literal for the '{@link org.nafitha.model.RegionLevel <em>Region Level</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.nafitha.model.RegionLevel
		 * @see org.nafitha.model.impl.NafithaPackageImpl#getRegionLevel()
		 * @generated
		 */
		EEnum REGION_LEVEL = eINSTANCE.getRegionLevel();

		/**
		 * The meta object literal for the '{@link org.nafitha.model.AreaType <em>Area Type</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.nafitha.model.AreaType
		 * @see org.nafitha.model.impl.NafithaPackageImpl#getAreaType()
		 * @generated
		 */
		EEnum AREA_TYPE = eINSTANCE.getAreaType();

		/**
		 * The meta object literal for the '{@link org.nafitha.model.CenterKind <em>Center Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.nafitha.model.CenterKind
		 * @see org.nafitha.model.impl.NafithaPackageImpl#getCenterKind()
		 * @generated
		 */
		EEnum CENTER_KIND = eINSTANCE.getCenterKind();

		/**
		 * The meta object literal for the '{@link org.nafitha.model.CenterStatus <em>Center Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.nafitha.model.CenterStatus
		 * @see org.nafitha.model.impl.NafithaPackageImpl#getCenterStatus()
		 * @generated
		 */
		EEnum CENTER_STATUS = eINSTANCE.getCenterStatus();

		/**
		 * The meta object literal for the '{@link org.nafitha.model.AccessibilityFeature <em>Accessibility Feature</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.nafitha.model.AccessibilityFeature
		 * @see org.nafitha.model.impl.NafithaPackageImpl#getAccessibilityFeature()
		 * @generated
		 */
		EEnum ACCESSIBILITY_FEATURE = eINSTANCE.getAccessibilityFeature();

		/**
		 * The meta object literal for the '{@link org.nafitha.model.SiteRole <em>Site Role</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.nafitha.model.SiteRole
		 * @see org.nafitha.model.impl.NafithaPackageImpl#getSiteRole()
		 * @generated
		 */
		EEnum SITE_ROLE = eINSTANCE.getSiteRole();

		/**
		 * The meta object literal for the '{@link org.nafitha.model.DistanceModel <em>Distance Model</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.nafitha.model.DistanceModel
		 * @see org.nafitha.model.impl.NafithaPackageImpl#getDistanceModel()
		 * @generated
		 */
		EEnum DISTANCE_MODEL = eINSTANCE.getDistanceModel();

		/**
		 * The meta object literal for the '{@link org.nafitha.model.ServiceChannel <em>Service Channel</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.nafitha.model.ServiceChannel
		 * @see org.nafitha.model.impl.NafithaPackageImpl#getServiceChannel()
		 * @generated
		 */
		EEnum SERVICE_CHANNEL = eINSTANCE.getServiceChannel();

		/**
		 * The meta object literal for the '{@link org.nafitha.model.EvaluationKind <em>Evaluation Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.nafitha.model.EvaluationKind
		 * @see org.nafitha.model.impl.NafithaPackageImpl#getEvaluationKind()
		 * @generated
		 */
		EEnum EVALUATION_KIND = eINSTANCE.getEvaluationKind();

		/**
		 * The meta object literal for the '{@link org.nafitha.model.RoadmapActionKind <em>Roadmap Action Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.nafitha.model.RoadmapActionKind
		 * @see org.nafitha.model.impl.NafithaPackageImpl#getRoadmapActionKind()
		 * @generated
		 */
		EEnum ROADMAP_ACTION_KIND = eINSTANCE.getRoadmapActionKind();

		/**
		 * The meta object literal for the '{@link org.nafitha.model.RoadmapCostKind <em>Roadmap Cost Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.nafitha.model.RoadmapCostKind
		 * @see org.nafitha.model.impl.NafithaPackageImpl#getRoadmapCostKind()
		 * @generated
		 */
		EEnum ROADMAP_COST_KIND = eINSTANCE.getRoadmapCostKind();

		/**
		 * The meta object literal for the '{@link org.nafitha.model.RoadmapTargetDirection <em>Roadmap Target Direction</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.nafitha.model.RoadmapTargetDirection
		 * @see org.nafitha.model.impl.NafithaPackageImpl#getRoadmapTargetDirection()
		 * @generated
		 */
		EEnum ROADMAP_TARGET_DIRECTION = eINSTANCE.getRoadmapTargetDirection();

	}

} //NafithaPackage
