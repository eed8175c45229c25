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
	 * The number of structural features of the '<em>Scenario</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO_FEATURE_COUNT = NAMED_FEATURE_COUNT + 13;

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
	 * The number of structural features of the '<em>Agency</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGENCY_FEATURE_COUNT = NAMED_FEATURE_COUNT + 1;

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
	 * The number of structural features of the '<em>Service</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_FEATURE_COUNT = NAMED_FEATURE_COUNT + 9;

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
	 * The number of structural features of the '<em>Service Center</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_CENTER_FEATURE_COUNT = NAMED_FEATURE_COUNT + 14;

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
	 * The number of structural features of the '<em>Planning Parameters</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLANNING_PARAMETERS_FEATURE_COUNT = 15;

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
	 * The meta object id for the '{@link org.nafitha.model.RegionLevel <em>Region Level</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.nafitha.model.RegionLevel
	 * @see org.nafitha.model.impl.NafithaPackageImpl#getRegionLevel()
	 * @generated
	 */
	int REGION_LEVEL = 19;

	/**
	 * The meta object id for the '{@link org.nafitha.model.AreaType <em>Area Type</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.nafitha.model.AreaType
	 * @see org.nafitha.model.impl.NafithaPackageImpl#getAreaType()
	 * @generated
	 */
	int AREA_TYPE = 20;

	/**
	 * The meta object id for the '{@link org.nafitha.model.CenterKind <em>Center Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.nafitha.model.CenterKind
	 * @see org.nafitha.model.impl.NafithaPackageImpl#getCenterKind()
	 * @generated
	 */
	int CENTER_KIND = 21;

	/**
	 * The meta object id for the '{@link org.nafitha.model.CenterStatus <em>Center Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.nafitha.model.CenterStatus
	 * @see org.nafitha.model.impl.NafithaPackageImpl#getCenterStatus()
	 * @generated
	 */
	int CENTER_STATUS = 22;

	/**
	 * The meta object id for the '{@link org.nafitha.model.AccessibilityFeature <em>Accessibility Feature</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.nafitha.model.AccessibilityFeature
	 * @see org.nafitha.model.impl.NafithaPackageImpl#getAccessibilityFeature()
	 * @generated
	 */
	int ACCESSIBILITY_FEATURE = 23;

	/**
	 * The meta object id for the '{@link org.nafitha.model.SiteRole <em>Site Role</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.nafitha.model.SiteRole
	 * @see org.nafitha.model.impl.NafithaPackageImpl#getSiteRole()
	 * @generated
	 */
	int SITE_ROLE = 24;

	/**
	 * The meta object id for the '{@link org.nafitha.model.DistanceModel <em>Distance Model</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.nafitha.model.DistanceModel
	 * @see org.nafitha.model.impl.NafithaPackageImpl#getDistanceModel()
	 * @generated
	 */
	int DISTANCE_MODEL = 25;


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

	}

} //NafithaPackage
