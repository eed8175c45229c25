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
	 * The feature id for the '<em><b>Regions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO__REGIONS = NAMED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Demand Zones</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO__DEMAND_ZONES = NAMED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Agencies</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO__AGENCIES = NAMED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Services</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO__SERVICES = NAMED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Centers</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO__CENTERS = NAMED_FEATURE_COUNT + 6;

	/**
	 * The number of structural features of the '<em>Scenario</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO_FEATURE_COUNT = NAMED_FEATURE_COUNT + 7;

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
	 * The number of structural features of the '<em>Region</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGION_FEATURE_COUNT = NAMED_FEATURE_COUNT + 6;

	/**
	 * The number of operations of the '<em>Region</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGION_OPERATION_COUNT = NAMED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.nafitha.model.impl.DemandZoneImpl <em>Demand Zone</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.nafitha.model.impl.DemandZoneImpl
	 * @see org.nafitha.model.impl.NafithaPackageImpl#getDemandZone()
	 * @generated
	 */
	int DEMAND_ZONE = 4;

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
	 * The number of structural features of the '<em>Demand Zone</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEMAND_ZONE_FEATURE_COUNT = NAMED_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Demand Zone</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEMAND_ZONE_OPERATION_COUNT = NAMED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.nafitha.model.impl.AgencyImpl <em>Agency</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.nafitha.model.impl.AgencyImpl
	 * @see org.nafitha.model.impl.NafithaPackageImpl#getAgency()
	 * @generated
	 */
	int AGENCY = 5;

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
	 * The number of structural features of the '<em>Agency</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGENCY_FEATURE_COUNT = NAMED_FEATURE_COUNT + 0;

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
	int SERVICE = 6;

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
	 * The feature id for the '<em><b>Mean Handling Minutes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE__MEAN_HANDLING_MINUTES = NAMED_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Service</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_FEATURE_COUNT = NAMED_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Service</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_OPERATION_COUNT = NAMED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.nafitha.model.impl.ServiceCenterImpl <em>Service Center</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.nafitha.model.impl.ServiceCenterImpl
	 * @see org.nafitha.model.impl.NafithaPackageImpl#getServiceCenter()
	 * @generated
	 */
	int SERVICE_CENTER = 7;

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
	 * The feature id for the '<em><b>Staff</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_CENTER__STAFF = NAMED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Services Offered</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_CENTER__SERVICES_OFFERED = NAMED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Counters</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_CENTER__COUNTERS = NAMED_FEATURE_COUNT + 7;

	/**
	 * The number of structural features of the '<em>Service Center</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_CENTER_FEATURE_COUNT = NAMED_FEATURE_COUNT + 8;

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
	int COUNTER = 8;

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
	 * The feature id for the '<em><b>Services</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COUNTER__SERVICES = 2;

	/**
	 * The number of structural features of the '<em>Counter</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COUNTER_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Counter</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COUNTER_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.nafitha.model.RegionLevel <em>Region Level</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.nafitha.model.RegionLevel
	 * @see org.nafitha.model.impl.NafithaPackageImpl#getRegionLevel()
	 * @generated
	 */
	int REGION_LEVEL = 9;

	/**
	 * The meta object id for the '{@link org.nafitha.model.CenterKind <em>Center Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.nafitha.model.CenterKind
	 * @see org.nafitha.model.impl.NafithaPackageImpl#getCenterKind()
	 * @generated
	 */
	int CENTER_KIND = 10;

	/**
	 * The meta object id for the '{@link org.nafitha.model.CenterStatus <em>Center Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.nafitha.model.CenterStatus
	 * @see org.nafitha.model.impl.NafithaPackageImpl#getCenterStatus()
	 * @generated
	 */
	int CENTER_STATUS = 11;


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
	 * Returns the meta object for class '{@link org.nafitha.model.Agency <em>Agency</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Agency</em>'.
	 * @see org.nafitha.model.Agency
	 * @generated
	 */
	EClass getAgency();

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
	 * Returns the meta object for enum '{@link org.nafitha.model.RegionLevel <em>Region Level</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Region Level</em>'.
	 * @see org.nafitha.model.RegionLevel
	 * @generated
	 */
	EEnum getRegionLevel();

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
		 * The meta object literal for the '<em><b>Centers</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SCENARIO__CENTERS = eINSTANCE.getScenario_Centers();

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
		 * The meta object literal for the '{@link org.nafitha.model.impl.AgencyImpl <em>Agency</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.nafitha.model.impl.AgencyImpl
		 * @see org.nafitha.model.impl.NafithaPackageImpl#getAgency()
		 * @generated
		 */
		EClass AGENCY = eINSTANCE.getAgency();

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
		 * The meta object literal for the '<em><b>Mean Handling Minutes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE__MEAN_HANDLING_MINUTES = eINSTANCE.getService_MeanHandlingMinutes();

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
		 * The meta object literal for the '<em><b>Services</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference COUNTER__SERVICES = eINSTANCE.getCounter_Services();

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

	}

} //NafithaPackage
