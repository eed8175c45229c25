/**
 */
package org.nafitha.model.impl;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

import org.eclipse.emf.ecore.impl.EPackageImpl;

import org.nafitha.model.AccessibilityFeature;
import org.nafitha.model.Agency;
import org.nafitha.model.AreaType;
import org.nafitha.model.CandidateSite;
import org.nafitha.model.CenterKind;
import org.nafitha.model.CenterStatus;
import org.nafitha.model.Counter;
import org.nafitha.model.CoverageThreshold;
import org.nafitha.model.DemandZone;
import org.nafitha.model.DigitalUptake;
import org.nafitha.model.DistanceModel;
import org.nafitha.model.DocumentRequirement;
import org.nafitha.model.Evaluation;
import org.nafitha.model.EvaluationKind;
import org.nafitha.model.EvaluationRecord;
import org.nafitha.model.GroupPopulation;
import org.nafitha.model.Located;
import org.nafitha.model.NafithaFactory;
import org.nafitha.model.NafithaPackage;
import org.nafitha.model.Named;
import org.nafitha.model.PlanningParameters;
import org.nafitha.model.PopulationGroup;
import org.nafitha.model.Region;
import org.nafitha.model.RegionLevel;
import org.nafitha.model.Roadmap;
import org.nafitha.model.RoadmapAction;
import org.nafitha.model.RoadmapActionKind;
import org.nafitha.model.RoadmapBudget;
import org.nafitha.model.RoadmapCost;
import org.nafitha.model.RoadmapCostKind;
import org.nafitha.model.RoadmapDigitalShift;
import org.nafitha.model.RoadmapGrowth;
import org.nafitha.model.RoadmapTarget;
import org.nafitha.model.RoadmapTargetDirection;
import org.nafitha.model.Scenario;
import org.nafitha.model.Score;
import org.nafitha.model.Service;
import org.nafitha.model.ServiceBundle;
import org.nafitha.model.ServiceCenter;
import org.nafitha.model.ServiceChannel;
import org.nafitha.model.ServiceDemand;
import org.nafitha.model.Settlement;
import org.nafitha.model.SiteRole;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Package</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class NafithaPackageImpl extends EPackageImpl implements NafithaPackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass namedEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass locatedEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass scenarioEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass regionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass populationGroupEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass demandZoneEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass settlementEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass groupPopulationEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass serviceDemandEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass agencyEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass serviceEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass serviceBundleEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass serviceCenterEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass counterEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass scoreEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass evaluationEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass candidateSiteEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass planningParametersEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass coverageThresholdEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass documentRequirementEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass evaluationRecordEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass digitalUptakeEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass roadmapEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass roadmapActionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass roadmapCostEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass roadmapBudgetEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass roadmapGrowthEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass roadmapDigitalShiftEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass roadmapTargetEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum regionLevelEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum areaTypeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum centerKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum centerStatusEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum accessibilityFeatureEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum siteRoleEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum distanceModelEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum serviceChannelEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum evaluationKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum roadmapActionKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum roadmapCostKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum roadmapTargetDirectionEEnum = null;

	/**
	 * Creates an instance of the model <b>Package</b>, registered with
	 * {@link org.eclipse.emf.ecore.EPackage.Registry EPackage.Registry} by the package
	 * package URI value.
	 * <p>Note: the correct way to create the package is via the static
	 * factory method {@link #init init()}, which also performs
	 * initialization of the package, or returns the registered package,
	 * if one already exists.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.ecore.EPackage.Registry
	 * @see org.nafitha.model.NafithaPackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private NafithaPackageImpl() {
		super(eNS_URI, NafithaFactory.eINSTANCE);
	}
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static boolean isInited = false;

	/**
	 * Creates, registers, and initializes the <b>Package</b> for this model, and for any others upon which it depends.
	 *
	 * <p>This method is used to initialize {@link NafithaPackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static NafithaPackage init() {
		if (isInited) return (NafithaPackage)EPackage.Registry.INSTANCE.getEPackage(NafithaPackage.eNS_URI);

		// Obtain or create and register package
		Object registeredNafithaPackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		NafithaPackageImpl theNafithaPackage = registeredNafithaPackage instanceof NafithaPackageImpl ? (NafithaPackageImpl)registeredNafithaPackage : new NafithaPackageImpl();

		isInited = true;

		// Create package meta-data objects
		theNafithaPackage.createPackageContents();

		// Initialize created meta-data
		theNafithaPackage.initializePackageContents();

		// Mark meta-data to indicate it can't be changed
		theNafithaPackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(NafithaPackage.eNS_URI, theNafithaPackage);
		return theNafithaPackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getNamed() {
		return namedEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNamed_Code() {
		return (EAttribute)namedEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNamed_NameEn() {
		return (EAttribute)namedEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNamed_NameAr() {
		return (EAttribute)namedEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getLocated() {
		return locatedEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLocated_Latitude() {
		return (EAttribute)locatedEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLocated_Longitude() {
		return (EAttribute)locatedEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getScenario() {
		return scenarioEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScenario_Description() {
		return (EAttribute)scenarioEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScenario_BaseYear() {
		return (EAttribute)scenarioEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScenario_Baseline() {
		return (EAttribute)scenarioEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScenario_StudyArea() {
		return (EAttribute)scenarioEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getScenario_Parameters() {
		return (EReference)scenarioEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getScenario_PopulationGroups() {
		return (EReference)scenarioEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getScenario_Regions() {
		return (EReference)scenarioEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getScenario_DemandZones() {
		return (EReference)scenarioEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getScenario_Agencies() {
		return (EReference)scenarioEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getScenario_Services() {
		return (EReference)scenarioEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getScenario_Bundles() {
		return (EReference)scenarioEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getScenario_Centers() {
		return (EReference)scenarioEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getScenario_CandidateSites() {
		return (EReference)scenarioEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getScenario_Roadmap() {
		return (EReference)scenarioEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getRegion() {
		return regionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRegion_Level() {
		return (EAttribute)regionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRegion_Parent() {
		return (EReference)regionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRegion_AreaKm2() {
		return (EAttribute)regionEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRegion_Wikidata() {
		return (EAttribute)regionEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRegion_GeometryWkt() {
		return (EAttribute)regionEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPopulationGroup() {
		return populationGroupEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPopulationGroup_Description() {
		return (EAttribute)populationGroupEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPopulationGroup_Partition() {
		return (EAttribute)populationGroupEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDemandZone() {
		return demandZoneEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDemandZone_Region() {
		return (EReference)demandZoneEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDemandZone_Population() {
		return (EAttribute)demandZoneEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDemandZone_AreaType() {
		return (EAttribute)demandZoneEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDemandZone_Groups() {
		return (EReference)demandZoneEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDemandZone_DemandOverrides() {
		return (EReference)demandZoneEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDemandZone_Settlements() {
		return (EReference)demandZoneEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSettlement() {
		return settlementEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSettlement_Share() {
		return (EAttribute)settlementEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSettlement_AreaType() {
		return (EAttribute)settlementEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getGroupPopulation() {
		return groupPopulationEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGroupPopulation_Group() {
		return (EReference)groupPopulationEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGroupPopulation_Count() {
		return (EAttribute)groupPopulationEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGroupPopulation_Share() {
		return (EAttribute)groupPopulationEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getServiceDemand() {
		return serviceDemandEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getServiceDemand_Service() {
		return (EReference)serviceDemandEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getServiceDemand_AnnualTransactions() {
		return (EAttribute)serviceDemandEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAgency() {
		return agencyEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAgency_Acronym() {
		return (EAttribute)agencyEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAgency_AppliesStandardsFramework() {
		return (EAttribute)agencyEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAgency_StandardsFrameworkYear() {
		return (EAttribute)agencyEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getService() {
		return serviceEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getService_Agency() {
		return (EReference)serviceEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getService_Category() {
		return (EAttribute)serviceEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getService_AnnualTransactions() {
		return (EAttribute)serviceEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getService_PerCapitaRate() {
		return (EAttribute)serviceEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getService_MeanHandlingMinutes() {
		return (EAttribute)serviceEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getService_HandlingTimeCv() {
		return (EAttribute)serviceEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getService_DigitalShare() {
		return (EAttribute)serviceEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getService_PresenceRequired() {
		return (EAttribute)serviceEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getService_EligibleGroups() {
		return (EReference)serviceEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getService_Channel() {
		return (EAttribute)serviceEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getService_Documents() {
		return (EReference)serviceEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getService_ParticipatingAgencies() {
		return (EReference)serviceEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getService_HandlingMinutesBefore() {
		return (EAttribute)serviceEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getService_StepsBefore() {
		return (EAttribute)serviceEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getService_StepsAfter() {
		return (EAttribute)serviceEClass.getEStructuralFeatures().get(14);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getServiceBundle() {
		return serviceBundleEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getServiceBundle_LifeEvent() {
		return (EAttribute)serviceBundleEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getServiceBundle_Services() {
		return (EReference)serviceBundleEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getServiceCenter() {
		return serviceCenterEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getServiceCenter_Kind() {
		return (EAttribute)serviceCenterEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getServiceCenter_Status() {
		return (EAttribute)serviceCenterEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getServiceCenter_Region() {
		return (EReference)serviceCenterEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getServiceCenter_Agency() {
		return (EReference)serviceCenterEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getServiceCenter_OpeningHours() {
		return (EAttribute)serviceCenterEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getServiceCenter_Staff() {
		return (EAttribute)serviceCenterEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getServiceCenter_ServicesOffered() {
		return (EReference)serviceCenterEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getServiceCenter_Counters() {
		return (EReference)serviceCenterEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getServiceCenter_Accessibility() {
		return (EAttribute)serviceCenterEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getServiceCenter_Readiness() {
		return (EReference)serviceCenterEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getServiceCenter_Evaluation() {
		return (EReference)serviceCenterEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getServiceCenter_DailyCapacityOverride() {
		return (EAttribute)serviceCenterEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getServiceCenter_EvaluationRecords() {
		return (EReference)serviceCenterEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCounter() {
		return counterEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCounter_Code() {
		return (EAttribute)counterEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCounter_Universal() {
		return (EAttribute)counterEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCounter_Accessible() {
		return (EAttribute)counterEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCounter_Services() {
		return (EReference)counterEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getScore() {
		return scoreEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScore_Dimension() {
		return (EAttribute)scoreEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScore_Value() {
		return (EAttribute)scoreEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getEvaluation() {
		return evaluationEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEvaluation_MysteryShopper() {
		return (EAttribute)evaluationEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEvaluation_SelfAssessment() {
		return (EAttribute)evaluationEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEvaluation_VolunteerVisitor() {
		return (EAttribute)evaluationEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEvaluation_Satisfaction() {
		return (EAttribute)evaluationEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEvaluation_NetPromoterScore() {
		return (EAttribute)evaluationEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEvaluation_ComplaintResponse() {
		return (EAttribute)evaluationEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCandidateSite() {
		return candidateSiteEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCandidateSite_Region() {
		return (EReference)candidateSiteEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCandidateSite_Role() {
		return (EAttribute)candidateSiteEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCandidateSite_FixedCost() {
		return (EAttribute)candidateSiteEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCandidateSite_MaxCounters() {
		return (EAttribute)candidateSiteEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPlanningParameters() {
		return planningParametersEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPlanningParameters_CoverageThresholds() {
		return (EReference)planningParametersEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPlanningParameters_DistanceModel() {
		return (EAttribute)planningParametersEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPlanningParameters_DetourFactor() {
		return (EAttribute)planningParametersEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPlanningParameters_ServiceLevelShare() {
		return (EAttribute)planningParametersEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPlanningParameters_ServiceLevelWaitMinutes() {
		return (EAttribute)planningParametersEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPlanningParameters_WorkingDaysPerYear() {
		return (EAttribute)planningParametersEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPlanningParameters_WorkingHoursPerDay() {
		return (EAttribute)planningParametersEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPlanningParameters_PeakFactor() {
		return (EAttribute)planningParametersEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPlanningParameters_DigitalShift() {
		return (EAttribute)planningParametersEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPlanningParameters_StaffPerCounter() {
		return (EAttribute)planningParametersEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPlanningParameters_CardWeights() {
		return (EReference)planningParametersEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPlanningParameters_CardWeakestLink() {
		return (EAttribute)planningParametersEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPlanningParameters_TownMaxKm() {
		return (EAttribute)planningParametersEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPlanningParameters_TownMinPopulation() {
		return (EAttribute)planningParametersEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPlanningParameters_RuralMaxResidents() {
		return (EAttribute)planningParametersEClass.getEStructuralFeatures().get(14);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPlanningParameters_DigitalUptake() {
		return (EReference)planningParametersEClass.getEStructuralFeatures().get(15);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCoverageThreshold() {
		return coverageThresholdEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCoverageThreshold_AreaType() {
		return (EAttribute)coverageThresholdEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCoverageThreshold_MaxDistanceKm() {
		return (EAttribute)coverageThresholdEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCoverageThreshold_MaxTravelMinutes() {
		return (EAttribute)coverageThresholdEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCoverageThreshold_SpeedKmh() {
		return (EAttribute)coverageThresholdEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDocumentRequirement() {
		return documentRequirementEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDocumentRequirement_Issuer() {
		return (EReference)documentRequirementEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDocumentRequirement_HeldByGovernment() {
		return (EAttribute)documentRequirementEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDocumentRequirement_FetchedByGovernment() {
		return (EAttribute)documentRequirementEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getEvaluationRecord() {
		return evaluationRecordEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEvaluationRecord_Date() {
		return (EAttribute)evaluationRecordEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEvaluationRecord_Kind() {
		return (EAttribute)evaluationRecordEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEvaluationRecord_Score() {
		return (EAttribute)evaluationRecordEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEvaluationRecord_ObservedWaitMinutes() {
		return (EAttribute)evaluationRecordEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEvaluationRecord_SpecialistPresent() {
		return (EAttribute)evaluationRecordEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEvaluationRecord_Responses() {
		return (EAttribute)evaluationRecordEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEvaluationRecord_SatisfactionMean() {
		return (EAttribute)evaluationRecordEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEvaluationRecord_Promoters() {
		return (EAttribute)evaluationRecordEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEvaluationRecord_Passives() {
		return (EAttribute)evaluationRecordEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEvaluationRecord_Detractors() {
		return (EAttribute)evaluationRecordEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEvaluationRecord_Received() {
		return (EAttribute)evaluationRecordEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEvaluationRecord_AnsweredOnTime() {
		return (EAttribute)evaluationRecordEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEvaluationRecord_Description() {
		return (EAttribute)evaluationRecordEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEvaluationRecord_FromFeedback() {
		return (EAttribute)evaluationRecordEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDigitalUptake() {
		return digitalUptakeEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDigitalUptake_Region() {
		return (EReference)digitalUptakeEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDigitalUptake_AreaType() {
		return (EAttribute)digitalUptakeEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDigitalUptake_Group() {
		return (EReference)digitalUptakeEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDigitalUptake_Multiplier() {
		return (EAttribute)digitalUptakeEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getRoadmap() {
		return roadmapEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRoadmap_FirstYear() {
		return (EAttribute)roadmapEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRoadmap_LastYear() {
		return (EAttribute)roadmapEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRoadmap_Actions() {
		return (EReference)roadmapEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRoadmap_Costs() {
		return (EReference)roadmapEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRoadmap_Budgets() {
		return (EReference)roadmapEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRoadmap_Growth() {
		return (EReference)roadmapEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRoadmap_DigitalShifts() {
		return (EReference)roadmapEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRoadmap_Targets() {
		return (EReference)roadmapEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getRoadmapAction() {
		return roadmapActionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRoadmapAction_Code() {
		return (EAttribute)roadmapActionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRoadmapAction_Year() {
		return (EAttribute)roadmapActionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRoadmapAction_Month() {
		return (EAttribute)roadmapActionEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRoadmapAction_Kind() {
		return (EAttribute)roadmapActionEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRoadmapAction_Center() {
		return (EReference)roadmapActionEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRoadmapAction_Service() {
		return (EReference)roadmapActionEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRoadmapAction_Bundle() {
		return (EReference)roadmapActionEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRoadmapAction_NewCenter() {
		return (EReference)roadmapActionEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRoadmapAction_Cost() {
		return (EAttribute)roadmapActionEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRoadmapAction_Amount() {
		return (EAttribute)roadmapActionEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRoadmapAction_Parameter() {
		return (EAttribute)roadmapActionEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRoadmapAction_Note() {
		return (EAttribute)roadmapActionEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getRoadmapCost() {
		return roadmapCostEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRoadmapCost_Kind() {
		return (EAttribute)roadmapCostEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRoadmapCost_CenterKind() {
		return (EAttribute)roadmapCostEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRoadmapCost_Amount() {
		return (EAttribute)roadmapCostEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRoadmapCost_Source() {
		return (EAttribute)roadmapCostEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getRoadmapBudget() {
		return roadmapBudgetEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRoadmapBudget_Year() {
		return (EAttribute)roadmapBudgetEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRoadmapBudget_Capital() {
		return (EAttribute)roadmapBudgetEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRoadmapBudget_Operating() {
		return (EAttribute)roadmapBudgetEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRoadmapBudget_Source() {
		return (EAttribute)roadmapBudgetEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getRoadmapGrowth() {
		return roadmapGrowthEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRoadmapGrowth_Region() {
		return (EReference)roadmapGrowthEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRoadmapGrowth_AreaType() {
		return (EAttribute)roadmapGrowthEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRoadmapGrowth_AnnualRate() {
		return (EAttribute)roadmapGrowthEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRoadmapGrowth_Source() {
		return (EAttribute)roadmapGrowthEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getRoadmapDigitalShift() {
		return roadmapDigitalShiftEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRoadmapDigitalShift_Year() {
		return (EAttribute)roadmapDigitalShiftEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRoadmapDigitalShift_Service() {
		return (EReference)roadmapDigitalShiftEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRoadmapDigitalShift_Category() {
		return (EAttribute)roadmapDigitalShiftEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRoadmapDigitalShift_DigitalShare() {
		return (EAttribute)roadmapDigitalShiftEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRoadmapDigitalShift_Source() {
		return (EAttribute)roadmapDigitalShiftEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getRoadmapTarget() {
		return roadmapTargetEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRoadmapTarget_Indicator() {
		return (EAttribute)roadmapTargetEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRoadmapTarget_Year() {
		return (EAttribute)roadmapTargetEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRoadmapTarget_Value() {
		return (EAttribute)roadmapTargetEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRoadmapTarget_Direction() {
		return (EAttribute)roadmapTargetEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRoadmapTarget_Source() {
		return (EAttribute)roadmapTargetEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getRegionLevel() {
		return regionLevelEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getAreaType() {
		return areaTypeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getCenterKind() {
		return centerKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getCenterStatus() {
		return centerStatusEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getAccessibilityFeature() {
		return accessibilityFeatureEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getSiteRole() {
		return siteRoleEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getDistanceModel() {
		return distanceModelEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getServiceChannel() {
		return serviceChannelEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getEvaluationKind() {
		return evaluationKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getRoadmapActionKind() {
		return roadmapActionKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getRoadmapCostKind() {
		return roadmapCostKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getRoadmapTargetDirection() {
		return roadmapTargetDirectionEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NafithaFactory getNafithaFactory() {
		return (NafithaFactory)getEFactoryInstance();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isCreated = false;

	/**
	 * Creates the meta-model objects for the package.  This method is
	 * guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void createPackageContents() {
		if (isCreated) return;
		isCreated = true;

		// Create classes and their features
		namedEClass = createEClass(NAMED);
		createEAttribute(namedEClass, NAMED__CODE);
		createEAttribute(namedEClass, NAMED__NAME_EN);
		createEAttribute(namedEClass, NAMED__NAME_AR);

		locatedEClass = createEClass(LOCATED);
		createEAttribute(locatedEClass, LOCATED__LATITUDE);
		createEAttribute(locatedEClass, LOCATED__LONGITUDE);

		scenarioEClass = createEClass(SCENARIO);
		createEAttribute(scenarioEClass, SCENARIO__DESCRIPTION);
		createEAttribute(scenarioEClass, SCENARIO__BASE_YEAR);
		createEAttribute(scenarioEClass, SCENARIO__BASELINE);
		createEAttribute(scenarioEClass, SCENARIO__STUDY_AREA);
		createEReference(scenarioEClass, SCENARIO__PARAMETERS);
		createEReference(scenarioEClass, SCENARIO__POPULATION_GROUPS);
		createEReference(scenarioEClass, SCENARIO__REGIONS);
		createEReference(scenarioEClass, SCENARIO__DEMAND_ZONES);
		createEReference(scenarioEClass, SCENARIO__AGENCIES);
		createEReference(scenarioEClass, SCENARIO__SERVICES);
		createEReference(scenarioEClass, SCENARIO__BUNDLES);
		createEReference(scenarioEClass, SCENARIO__CENTERS);
		createEReference(scenarioEClass, SCENARIO__CANDIDATE_SITES);
		createEReference(scenarioEClass, SCENARIO__ROADMAP);

		regionEClass = createEClass(REGION);
		createEAttribute(regionEClass, REGION__LEVEL);
		createEReference(regionEClass, REGION__PARENT);
		createEAttribute(regionEClass, REGION__AREA_KM2);
		createEAttribute(regionEClass, REGION__WIKIDATA);
		createEAttribute(regionEClass, REGION__GEOMETRY_WKT);

		populationGroupEClass = createEClass(POPULATION_GROUP);
		createEAttribute(populationGroupEClass, POPULATION_GROUP__DESCRIPTION);
		createEAttribute(populationGroupEClass, POPULATION_GROUP__PARTITION);

		demandZoneEClass = createEClass(DEMAND_ZONE);
		createEReference(demandZoneEClass, DEMAND_ZONE__REGION);
		createEAttribute(demandZoneEClass, DEMAND_ZONE__POPULATION);
		createEAttribute(demandZoneEClass, DEMAND_ZONE__AREA_TYPE);
		createEReference(demandZoneEClass, DEMAND_ZONE__GROUPS);
		createEReference(demandZoneEClass, DEMAND_ZONE__DEMAND_OVERRIDES);
		createEReference(demandZoneEClass, DEMAND_ZONE__SETTLEMENTS);

		settlementEClass = createEClass(SETTLEMENT);
		createEAttribute(settlementEClass, SETTLEMENT__SHARE);
		createEAttribute(settlementEClass, SETTLEMENT__AREA_TYPE);

		groupPopulationEClass = createEClass(GROUP_POPULATION);
		createEReference(groupPopulationEClass, GROUP_POPULATION__GROUP);
		createEAttribute(groupPopulationEClass, GROUP_POPULATION__COUNT);
		createEAttribute(groupPopulationEClass, GROUP_POPULATION__SHARE);

		serviceDemandEClass = createEClass(SERVICE_DEMAND);
		createEReference(serviceDemandEClass, SERVICE_DEMAND__SERVICE);
		createEAttribute(serviceDemandEClass, SERVICE_DEMAND__ANNUAL_TRANSACTIONS);

		agencyEClass = createEClass(AGENCY);
		createEAttribute(agencyEClass, AGENCY__ACRONYM);
		createEAttribute(agencyEClass, AGENCY__APPLIES_STANDARDS_FRAMEWORK);
		createEAttribute(agencyEClass, AGENCY__STANDARDS_FRAMEWORK_YEAR);

		serviceEClass = createEClass(SERVICE);
		createEReference(serviceEClass, SERVICE__AGENCY);
		createEAttribute(serviceEClass, SERVICE__CATEGORY);
		createEAttribute(serviceEClass, SERVICE__ANNUAL_TRANSACTIONS);
		createEAttribute(serviceEClass, SERVICE__PER_CAPITA_RATE);
		createEAttribute(serviceEClass, SERVICE__MEAN_HANDLING_MINUTES);
		createEAttribute(serviceEClass, SERVICE__HANDLING_TIME_CV);
		createEAttribute(serviceEClass, SERVICE__DIGITAL_SHARE);
		createEAttribute(serviceEClass, SERVICE__PRESENCE_REQUIRED);
		createEReference(serviceEClass, SERVICE__ELIGIBLE_GROUPS);
		createEAttribute(serviceEClass, SERVICE__CHANNEL);
		createEReference(serviceEClass, SERVICE__DOCUMENTS);
		createEReference(serviceEClass, SERVICE__PARTICIPATING_AGENCIES);
		createEAttribute(serviceEClass, SERVICE__HANDLING_MINUTES_BEFORE);
		createEAttribute(serviceEClass, SERVICE__STEPS_BEFORE);
		createEAttribute(serviceEClass, SERVICE__STEPS_AFTER);

		serviceBundleEClass = createEClass(SERVICE_BUNDLE);
		createEAttribute(serviceBundleEClass, SERVICE_BUNDLE__LIFE_EVENT);
		createEReference(serviceBundleEClass, SERVICE_BUNDLE__SERVICES);

		serviceCenterEClass = createEClass(SERVICE_CENTER);
		createEAttribute(serviceCenterEClass, SERVICE_CENTER__KIND);
		createEAttribute(serviceCenterEClass, SERVICE_CENTER__STATUS);
		createEReference(serviceCenterEClass, SERVICE_CENTER__REGION);
		createEReference(serviceCenterEClass, SERVICE_CENTER__AGENCY);
		createEAttribute(serviceCenterEClass, SERVICE_CENTER__OPENING_HOURS);
		createEAttribute(serviceCenterEClass, SERVICE_CENTER__STAFF);
		createEReference(serviceCenterEClass, SERVICE_CENTER__SERVICES_OFFERED);
		createEReference(serviceCenterEClass, SERVICE_CENTER__COUNTERS);
		createEAttribute(serviceCenterEClass, SERVICE_CENTER__ACCESSIBILITY);
		createEReference(serviceCenterEClass, SERVICE_CENTER__READINESS);
		createEReference(serviceCenterEClass, SERVICE_CENTER__EVALUATION);
		createEAttribute(serviceCenterEClass, SERVICE_CENTER__DAILY_CAPACITY_OVERRIDE);
		createEReference(serviceCenterEClass, SERVICE_CENTER__EVALUATION_RECORDS);

		counterEClass = createEClass(COUNTER);
		createEAttribute(counterEClass, COUNTER__CODE);
		createEAttribute(counterEClass, COUNTER__UNIVERSAL);
		createEAttribute(counterEClass, COUNTER__ACCESSIBLE);
		createEReference(counterEClass, COUNTER__SERVICES);

		scoreEClass = createEClass(SCORE);
		createEAttribute(scoreEClass, SCORE__DIMENSION);
		createEAttribute(scoreEClass, SCORE__VALUE);

		evaluationEClass = createEClass(EVALUATION);
		createEAttribute(evaluationEClass, EVALUATION__MYSTERY_SHOPPER);
		createEAttribute(evaluationEClass, EVALUATION__SELF_ASSESSMENT);
		createEAttribute(evaluationEClass, EVALUATION__VOLUNTEER_VISITOR);
		createEAttribute(evaluationEClass, EVALUATION__SATISFACTION);
		createEAttribute(evaluationEClass, EVALUATION__NET_PROMOTER_SCORE);
		createEAttribute(evaluationEClass, EVALUATION__COMPLAINT_RESPONSE);

		candidateSiteEClass = createEClass(CANDIDATE_SITE);
		createEReference(candidateSiteEClass, CANDIDATE_SITE__REGION);
		createEAttribute(candidateSiteEClass, CANDIDATE_SITE__ROLE);
		createEAttribute(candidateSiteEClass, CANDIDATE_SITE__FIXED_COST);
		createEAttribute(candidateSiteEClass, CANDIDATE_SITE__MAX_COUNTERS);

		planningParametersEClass = createEClass(PLANNING_PARAMETERS);
		createEReference(planningParametersEClass, PLANNING_PARAMETERS__COVERAGE_THRESHOLDS);
		createEAttribute(planningParametersEClass, PLANNING_PARAMETERS__DISTANCE_MODEL);
		createEAttribute(planningParametersEClass, PLANNING_PARAMETERS__DETOUR_FACTOR);
		createEAttribute(planningParametersEClass, PLANNING_PARAMETERS__SERVICE_LEVEL_SHARE);
		createEAttribute(planningParametersEClass, PLANNING_PARAMETERS__SERVICE_LEVEL_WAIT_MINUTES);
		createEAttribute(planningParametersEClass, PLANNING_PARAMETERS__WORKING_DAYS_PER_YEAR);
		createEAttribute(planningParametersEClass, PLANNING_PARAMETERS__WORKING_HOURS_PER_DAY);
		createEAttribute(planningParametersEClass, PLANNING_PARAMETERS__PEAK_FACTOR);
		createEAttribute(planningParametersEClass, PLANNING_PARAMETERS__DIGITAL_SHIFT);
		createEAttribute(planningParametersEClass, PLANNING_PARAMETERS__STAFF_PER_COUNTER);
		createEReference(planningParametersEClass, PLANNING_PARAMETERS__CARD_WEIGHTS);
		createEAttribute(planningParametersEClass, PLANNING_PARAMETERS__CARD_WEAKEST_LINK);
		createEAttribute(planningParametersEClass, PLANNING_PARAMETERS__TOWN_MAX_KM);
		createEAttribute(planningParametersEClass, PLANNING_PARAMETERS__TOWN_MIN_POPULATION);
		createEAttribute(planningParametersEClass, PLANNING_PARAMETERS__RURAL_MAX_RESIDENTS);
		createEReference(planningParametersEClass, PLANNING_PARAMETERS__DIGITAL_UPTAKE);

		coverageThresholdEClass = createEClass(COVERAGE_THRESHOLD);
		createEAttribute(coverageThresholdEClass, COVERAGE_THRESHOLD__AREA_TYPE);
		createEAttribute(coverageThresholdEClass, COVERAGE_THRESHOLD__MAX_DISTANCE_KM);
		createEAttribute(coverageThresholdEClass, COVERAGE_THRESHOLD__MAX_TRAVEL_MINUTES);
		createEAttribute(coverageThresholdEClass, COVERAGE_THRESHOLD__SPEED_KMH);

		documentRequirementEClass = createEClass(DOCUMENT_REQUIREMENT);
		createEReference(documentRequirementEClass, DOCUMENT_REQUIREMENT__ISSUER);
		createEAttribute(documentRequirementEClass, DOCUMENT_REQUIREMENT__HELD_BY_GOVERNMENT);
		createEAttribute(documentRequirementEClass, DOCUMENT_REQUIREMENT__FETCHED_BY_GOVERNMENT);

		evaluationRecordEClass = createEClass(EVALUATION_RECORD);
		createEAttribute(evaluationRecordEClass, EVALUATION_RECORD__DATE);
		createEAttribute(evaluationRecordEClass, EVALUATION_RECORD__KIND);
		createEAttribute(evaluationRecordEClass, EVALUATION_RECORD__SCORE);
		createEAttribute(evaluationRecordEClass, EVALUATION_RECORD__OBSERVED_WAIT_MINUTES);
		createEAttribute(evaluationRecordEClass, EVALUATION_RECORD__SPECIALIST_PRESENT);
		createEAttribute(evaluationRecordEClass, EVALUATION_RECORD__RESPONSES);
		createEAttribute(evaluationRecordEClass, EVALUATION_RECORD__SATISFACTION_MEAN);
		createEAttribute(evaluationRecordEClass, EVALUATION_RECORD__PROMOTERS);
		createEAttribute(evaluationRecordEClass, EVALUATION_RECORD__PASSIVES);
		createEAttribute(evaluationRecordEClass, EVALUATION_RECORD__DETRACTORS);
		createEAttribute(evaluationRecordEClass, EVALUATION_RECORD__RECEIVED);
		createEAttribute(evaluationRecordEClass, EVALUATION_RECORD__ANSWERED_ON_TIME);
		createEAttribute(evaluationRecordEClass, EVALUATION_RECORD__DESCRIPTION);
		createEAttribute(evaluationRecordEClass, EVALUATION_RECORD__FROM_FEEDBACK);

		digitalUptakeEClass = createEClass(DIGITAL_UPTAKE);
		createEReference(digitalUptakeEClass, DIGITAL_UPTAKE__REGION);
		createEAttribute(digitalUptakeEClass, DIGITAL_UPTAKE__AREA_TYPE);
		createEReference(digitalUptakeEClass, DIGITAL_UPTAKE__GROUP);
		createEAttribute(digitalUptakeEClass, DIGITAL_UPTAKE__MULTIPLIER);

		roadmapEClass = createEClass(ROADMAP);
		createEAttribute(roadmapEClass, ROADMAP__FIRST_YEAR);
		createEAttribute(roadmapEClass, ROADMAP__LAST_YEAR);
		createEReference(roadmapEClass, ROADMAP__ACTIONS);
		createEReference(roadmapEClass, ROADMAP__COSTS);
		createEReference(roadmapEClass, ROADMAP__BUDGETS);
		createEReference(roadmapEClass, ROADMAP__GROWTH);
		createEReference(roadmapEClass, ROADMAP__DIGITAL_SHIFTS);
		createEReference(roadmapEClass, ROADMAP__TARGETS);

		roadmapActionEClass = createEClass(ROADMAP_ACTION);
		createEAttribute(roadmapActionEClass, ROADMAP_ACTION__CODE);
		createEAttribute(roadmapActionEClass, ROADMAP_ACTION__YEAR);
		createEAttribute(roadmapActionEClass, ROADMAP_ACTION__MONTH);
		createEAttribute(roadmapActionEClass, ROADMAP_ACTION__KIND);
		createEReference(roadmapActionEClass, ROADMAP_ACTION__CENTER);
		createEReference(roadmapActionEClass, ROADMAP_ACTION__SERVICE);
		createEReference(roadmapActionEClass, ROADMAP_ACTION__BUNDLE);
		createEReference(roadmapActionEClass, ROADMAP_ACTION__NEW_CENTER);
		createEAttribute(roadmapActionEClass, ROADMAP_ACTION__COST);
		createEAttribute(roadmapActionEClass, ROADMAP_ACTION__AMOUNT);
		createEAttribute(roadmapActionEClass, ROADMAP_ACTION__PARAMETER);
		createEAttribute(roadmapActionEClass, ROADMAP_ACTION__NOTE);

		roadmapCostEClass = createEClass(ROADMAP_COST);
		createEAttribute(roadmapCostEClass, ROADMAP_COST__KIND);
		createEAttribute(roadmapCostEClass, ROADMAP_COST__CENTER_KIND);
		createEAttribute(roadmapCostEClass, ROADMAP_COST__AMOUNT);
		createEAttribute(roadmapCostEClass, ROADMAP_COST__SOURCE);

		roadmapBudgetEClass = createEClass(ROADMAP_BUDGET);
		createEAttribute(roadmapBudgetEClass, ROADMAP_BUDGET__YEAR);
		createEAttribute(roadmapBudgetEClass, ROADMAP_BUDGET__CAPITAL);
		createEAttribute(roadmapBudgetEClass, ROADMAP_BUDGET__OPERATING);
		createEAttribute(roadmapBudgetEClass, ROADMAP_BUDGET__SOURCE);

		roadmapGrowthEClass = createEClass(ROADMAP_GROWTH);
		createEReference(roadmapGrowthEClass, ROADMAP_GROWTH__REGION);
		createEAttribute(roadmapGrowthEClass, ROADMAP_GROWTH__AREA_TYPE);
		createEAttribute(roadmapGrowthEClass, ROADMAP_GROWTH__ANNUAL_RATE);
		createEAttribute(roadmapGrowthEClass, ROADMAP_GROWTH__SOURCE);

		roadmapDigitalShiftEClass = createEClass(ROADMAP_DIGITAL_SHIFT);
		createEAttribute(roadmapDigitalShiftEClass, ROADMAP_DIGITAL_SHIFT__YEAR);
		createEReference(roadmapDigitalShiftEClass, ROADMAP_DIGITAL_SHIFT__SERVICE);
		createEAttribute(roadmapDigitalShiftEClass, ROADMAP_DIGITAL_SHIFT__CATEGORY);
		createEAttribute(roadmapDigitalShiftEClass, ROADMAP_DIGITAL_SHIFT__DIGITAL_SHARE);
		createEAttribute(roadmapDigitalShiftEClass, ROADMAP_DIGITAL_SHIFT__SOURCE);

		roadmapTargetEClass = createEClass(ROADMAP_TARGET);
		createEAttribute(roadmapTargetEClass, ROADMAP_TARGET__INDICATOR);
		createEAttribute(roadmapTargetEClass, ROADMAP_TARGET__YEAR);
		createEAttribute(roadmapTargetEClass, ROADMAP_TARGET__VALUE);
		createEAttribute(roadmapTargetEClass, ROADMAP_TARGET__DIRECTION);
		createEAttribute(roadmapTargetEClass, ROADMAP_TARGET__SOURCE);

		// Create enums
		regionLevelEEnum = createEEnum(REGION_LEVEL);
		areaTypeEEnum = createEEnum(AREA_TYPE);
		centerKindEEnum = createEEnum(CENTER_KIND);
		centerStatusEEnum = createEEnum(CENTER_STATUS);
		accessibilityFeatureEEnum = createEEnum(ACCESSIBILITY_FEATURE);
		siteRoleEEnum = createEEnum(SITE_ROLE);
		distanceModelEEnum = createEEnum(DISTANCE_MODEL);
		serviceChannelEEnum = createEEnum(SERVICE_CHANNEL);
		evaluationKindEEnum = createEEnum(EVALUATION_KIND);
		roadmapActionKindEEnum = createEEnum(ROADMAP_ACTION_KIND);
		roadmapCostKindEEnum = createEEnum(ROADMAP_COST_KIND);
		roadmapTargetDirectionEEnum = createEEnum(ROADMAP_TARGET_DIRECTION);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isInitialized = false;

	/**
	 * Complete the initialization of the package and its meta-model.  This
	 * method is guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void initializePackageContents() {
		if (isInitialized) return;
		isInitialized = true;

		// Initialize package
		setName(eNAME);
		setNsPrefix(eNS_PREFIX);
		setNsURI(eNS_URI);

		// Create type parameters

		// Set bounds for type parameters

		// Add supertypes to classes
		scenarioEClass.getESuperTypes().add(this.getNamed());
		regionEClass.getESuperTypes().add(this.getNamed());
		regionEClass.getESuperTypes().add(this.getLocated());
		populationGroupEClass.getESuperTypes().add(this.getNamed());
		demandZoneEClass.getESuperTypes().add(this.getNamed());
		demandZoneEClass.getESuperTypes().add(this.getLocated());
		settlementEClass.getESuperTypes().add(this.getNamed());
		settlementEClass.getESuperTypes().add(this.getLocated());
		agencyEClass.getESuperTypes().add(this.getNamed());
		serviceEClass.getESuperTypes().add(this.getNamed());
		serviceBundleEClass.getESuperTypes().add(this.getNamed());
		serviceCenterEClass.getESuperTypes().add(this.getNamed());
		serviceCenterEClass.getESuperTypes().add(this.getLocated());
		candidateSiteEClass.getESuperTypes().add(this.getNamed());
		candidateSiteEClass.getESuperTypes().add(this.getLocated());
		documentRequirementEClass.getESuperTypes().add(this.getNamed());

		// Initialize classes, features, and operations; add parameters
		initEClass(namedEClass, Named.class, "Named", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getNamed_Code(), ecorePackage.getEString(), "code", null, 0, 1, Named.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getNamed_NameEn(), ecorePackage.getEString(), "nameEn", null, 0, 1, Named.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getNamed_NameAr(), ecorePackage.getEString(), "nameAr", null, 0, 1, Named.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(locatedEClass, Located.class, "Located", IS_ABSTRACT, IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getLocated_Latitude(), ecorePackage.getEDouble(), "latitude", null, 0, 1, Located.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLocated_Longitude(), ecorePackage.getEDouble(), "longitude", null, 0, 1, Located.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(scenarioEClass, Scenario.class, "Scenario", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getScenario_Description(), ecorePackage.getEString(), "description", null, 0, 1, Scenario.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getScenario_BaseYear(), ecorePackage.getEInt(), "baseYear", null, 0, 1, Scenario.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getScenario_Baseline(), ecorePackage.getEString(), "baseline", null, 0, 1, Scenario.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getScenario_StudyArea(), ecorePackage.getEString(), "studyArea", null, 0, 1, Scenario.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getScenario_Parameters(), this.getPlanningParameters(), null, "parameters", null, 0, 1, Scenario.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getScenario_PopulationGroups(), this.getPopulationGroup(), null, "populationGroups", null, 0, -1, Scenario.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getScenario_Regions(), this.getRegion(), null, "regions", null, 0, -1, Scenario.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getScenario_DemandZones(), this.getDemandZone(), null, "demandZones", null, 0, -1, Scenario.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getScenario_Agencies(), this.getAgency(), null, "agencies", null, 0, -1, Scenario.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getScenario_Services(), this.getService(), null, "services", null, 0, -1, Scenario.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getScenario_Bundles(), this.getServiceBundle(), null, "bundles", null, 0, -1, Scenario.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getScenario_Centers(), this.getServiceCenter(), null, "centers", null, 0, -1, Scenario.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getScenario_CandidateSites(), this.getCandidateSite(), null, "candidateSites", null, 0, -1, Scenario.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getScenario_Roadmap(), this.getRoadmap(), null, "roadmap", null, 0, 1, Scenario.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(regionEClass, Region.class, "Region", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getRegion_Level(), this.getRegionLevel(), "level", null, 0, 1, Region.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getRegion_Parent(), this.getRegion(), null, "parent", null, 0, 1, Region.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRegion_AreaKm2(), ecorePackage.getEDouble(), "areaKm2", null, 0, 1, Region.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRegion_Wikidata(), ecorePackage.getEString(), "wikidata", null, 0, 1, Region.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRegion_GeometryWkt(), ecorePackage.getEString(), "geometryWkt", null, 0, 1, Region.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(populationGroupEClass, PopulationGroup.class, "PopulationGroup", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getPopulationGroup_Description(), ecorePackage.getEString(), "description", null, 0, 1, PopulationGroup.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPopulationGroup_Partition(), ecorePackage.getEString(), "partition", null, 0, 1, PopulationGroup.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(demandZoneEClass, DemandZone.class, "DemandZone", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getDemandZone_Region(), this.getRegion(), null, "region", null, 0, 1, DemandZone.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDemandZone_Population(), ecorePackage.getELong(), "population", null, 0, 1, DemandZone.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDemandZone_AreaType(), this.getAreaType(), "areaType", null, 0, 1, DemandZone.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDemandZone_Groups(), this.getGroupPopulation(), null, "groups", null, 0, -1, DemandZone.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDemandZone_DemandOverrides(), this.getServiceDemand(), null, "demandOverrides", null, 0, -1, DemandZone.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDemandZone_Settlements(), this.getSettlement(), null, "settlements", null, 0, -1, DemandZone.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(settlementEClass, Settlement.class, "Settlement", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSettlement_Share(), ecorePackage.getEDouble(), "share", null, 0, 1, Settlement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSettlement_AreaType(), this.getAreaType(), "areaType", null, 0, 1, Settlement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(groupPopulationEClass, GroupPopulation.class, "GroupPopulation", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getGroupPopulation_Group(), this.getPopulationGroup(), null, "group", null, 0, 1, GroupPopulation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getGroupPopulation_Count(), ecorePackage.getELong(), "count", null, 0, 1, GroupPopulation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getGroupPopulation_Share(), ecorePackage.getEDouble(), "share", null, 0, 1, GroupPopulation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(serviceDemandEClass, ServiceDemand.class, "ServiceDemand", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getServiceDemand_Service(), this.getService(), null, "service", null, 0, 1, ServiceDemand.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getServiceDemand_AnnualTransactions(), ecorePackage.getEDouble(), "annualTransactions", null, 0, 1, ServiceDemand.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(agencyEClass, Agency.class, "Agency", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getAgency_Acronym(), ecorePackage.getEString(), "acronym", null, 0, 1, Agency.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAgency_AppliesStandardsFramework(), ecorePackage.getEBoolean(), "appliesStandardsFramework", null, 0, 1, Agency.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAgency_StandardsFrameworkYear(), ecorePackage.getEInt(), "standardsFrameworkYear", null, 0, 1, Agency.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(serviceEClass, Service.class, "Service", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getService_Agency(), this.getAgency(), null, "agency", null, 0, 1, Service.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getService_Category(), ecorePackage.getEString(), "category", null, 0, 1, Service.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getService_AnnualTransactions(), ecorePackage.getELong(), "annualTransactions", null, 0, 1, Service.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getService_PerCapitaRate(), ecorePackage.getEDouble(), "perCapitaRate", null, 0, 1, Service.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getService_MeanHandlingMinutes(), ecorePackage.getEDouble(), "meanHandlingMinutes", null, 0, 1, Service.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getService_HandlingTimeCv(), ecorePackage.getEDouble(), "handlingTimeCv", null, 0, 1, Service.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getService_DigitalShare(), ecorePackage.getEDouble(), "digitalShare", null, 0, 1, Service.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getService_PresenceRequired(), ecorePackage.getEBoolean(), "presenceRequired", null, 0, 1, Service.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getService_EligibleGroups(), this.getPopulationGroup(), null, "eligibleGroups", null, 0, -1, Service.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getService_Channel(), this.getServiceChannel(), "channel", null, 0, 1, Service.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getService_Documents(), this.getDocumentRequirement(), null, "documents", null, 0, -1, Service.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getService_ParticipatingAgencies(), this.getAgency(), null, "participatingAgencies", null, 0, -1, Service.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getService_HandlingMinutesBefore(), ecorePackage.getEDouble(), "handlingMinutesBefore", null, 0, 1, Service.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getService_StepsBefore(), ecorePackage.getEInt(), "stepsBefore", null, 0, 1, Service.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getService_StepsAfter(), ecorePackage.getEInt(), "stepsAfter", null, 0, 1, Service.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(serviceBundleEClass, ServiceBundle.class, "ServiceBundle", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getServiceBundle_LifeEvent(), ecorePackage.getEString(), "lifeEvent", null, 0, 1, ServiceBundle.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getServiceBundle_Services(), this.getService(), null, "services", null, 0, -1, ServiceBundle.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(serviceCenterEClass, ServiceCenter.class, "ServiceCenter", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getServiceCenter_Kind(), this.getCenterKind(), "kind", null, 0, 1, ServiceCenter.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getServiceCenter_Status(), this.getCenterStatus(), "status", null, 0, 1, ServiceCenter.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getServiceCenter_Region(), this.getRegion(), null, "region", null, 0, 1, ServiceCenter.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getServiceCenter_Agency(), this.getAgency(), null, "agency", null, 0, 1, ServiceCenter.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getServiceCenter_OpeningHours(), ecorePackage.getEString(), "openingHours", null, 0, 1, ServiceCenter.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getServiceCenter_Staff(), ecorePackage.getEInt(), "staff", null, 0, 1, ServiceCenter.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getServiceCenter_ServicesOffered(), this.getService(), null, "servicesOffered", null, 0, -1, ServiceCenter.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getServiceCenter_Counters(), this.getCounter(), null, "counters", null, 0, -1, ServiceCenter.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getServiceCenter_Accessibility(), this.getAccessibilityFeature(), "accessibility", null, 0, -1, ServiceCenter.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getServiceCenter_Readiness(), this.getScore(), null, "readiness", null, 0, -1, ServiceCenter.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getServiceCenter_Evaluation(), this.getEvaluation(), null, "evaluation", null, 0, 1, ServiceCenter.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getServiceCenter_DailyCapacityOverride(), ecorePackage.getEDouble(), "dailyCapacityOverride", null, 0, 1, ServiceCenter.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getServiceCenter_EvaluationRecords(), this.getEvaluationRecord(), null, "evaluationRecords", null, 0, -1, ServiceCenter.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(counterEClass, Counter.class, "Counter", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getCounter_Code(), ecorePackage.getEString(), "code", null, 0, 1, Counter.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCounter_Universal(), ecorePackage.getEBoolean(), "universal", null, 0, 1, Counter.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCounter_Accessible(), ecorePackage.getEBoolean(), "accessible", null, 0, 1, Counter.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCounter_Services(), this.getService(), null, "services", null, 0, -1, Counter.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(scoreEClass, Score.class, "Score", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getScore_Dimension(), ecorePackage.getEString(), "dimension", null, 0, 1, Score.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getScore_Value(), ecorePackage.getEDouble(), "value", null, 0, 1, Score.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(evaluationEClass, Evaluation.class, "Evaluation", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getEvaluation_MysteryShopper(), ecorePackage.getEDouble(), "mysteryShopper", null, 0, 1, Evaluation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEvaluation_SelfAssessment(), ecorePackage.getEDouble(), "selfAssessment", null, 0, 1, Evaluation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEvaluation_VolunteerVisitor(), ecorePackage.getEDouble(), "volunteerVisitor", null, 0, 1, Evaluation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEvaluation_Satisfaction(), ecorePackage.getEDouble(), "satisfaction", null, 0, 1, Evaluation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEvaluation_NetPromoterScore(), ecorePackage.getEDouble(), "netPromoterScore", null, 0, 1, Evaluation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEvaluation_ComplaintResponse(), ecorePackage.getEDouble(), "complaintResponse", null, 0, 1, Evaluation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(candidateSiteEClass, CandidateSite.class, "CandidateSite", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getCandidateSite_Region(), this.getRegion(), null, "region", null, 0, 1, CandidateSite.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCandidateSite_Role(), this.getSiteRole(), "role", null, 0, 1, CandidateSite.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCandidateSite_FixedCost(), ecorePackage.getEDouble(), "fixedCost", null, 0, 1, CandidateSite.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCandidateSite_MaxCounters(), ecorePackage.getEInt(), "maxCounters", null, 0, 1, CandidateSite.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(planningParametersEClass, PlanningParameters.class, "PlanningParameters", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getPlanningParameters_CoverageThresholds(), this.getCoverageThreshold(), null, "coverageThresholds", null, 0, -1, PlanningParameters.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPlanningParameters_DistanceModel(), this.getDistanceModel(), "distanceModel", null, 0, 1, PlanningParameters.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPlanningParameters_DetourFactor(), ecorePackage.getEDouble(), "detourFactor", "1.3", 0, 1, PlanningParameters.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPlanningParameters_ServiceLevelShare(), ecorePackage.getEDouble(), "serviceLevelShare", "0.8", 0, 1, PlanningParameters.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPlanningParameters_ServiceLevelWaitMinutes(), ecorePackage.getEDouble(), "serviceLevelWaitMinutes", "15.0", 0, 1, PlanningParameters.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPlanningParameters_WorkingDaysPerYear(), ecorePackage.getEInt(), "workingDaysPerYear", "250", 0, 1, PlanningParameters.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPlanningParameters_WorkingHoursPerDay(), ecorePackage.getEDouble(), "workingHoursPerDay", "7.0", 0, 1, PlanningParameters.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPlanningParameters_PeakFactor(), ecorePackage.getEDouble(), "peakFactor", "1.3", 0, 1, PlanningParameters.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPlanningParameters_DigitalShift(), ecorePackage.getEDouble(), "digitalShift", null, 0, 1, PlanningParameters.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPlanningParameters_StaffPerCounter(), ecorePackage.getEDouble(), "staffPerCounter", "1.2", 0, 1, PlanningParameters.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPlanningParameters_CardWeights(), this.getScore(), null, "cardWeights", null, 0, -1, PlanningParameters.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPlanningParameters_CardWeakestLink(), ecorePackage.getEBoolean(), "cardWeakestLink", null, 0, 1, PlanningParameters.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPlanningParameters_TownMaxKm(), ecorePackage.getEDouble(), "townMaxKm", "20.0", 0, 1, PlanningParameters.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPlanningParameters_TownMinPopulation(), ecorePackage.getEDouble(), "townMinPopulation", "5000.0", 0, 1, PlanningParameters.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPlanningParameters_RuralMaxResidents(), ecorePackage.getEDouble(), "ruralMaxResidents", "50000.0", 0, 1, PlanningParameters.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPlanningParameters_DigitalUptake(), this.getDigitalUptake(), null, "digitalUptake", null, 0, -1, PlanningParameters.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(coverageThresholdEClass, CoverageThreshold.class, "CoverageThreshold", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getCoverageThreshold_AreaType(), this.getAreaType(), "areaType", null, 0, 1, CoverageThreshold.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCoverageThreshold_MaxDistanceKm(), ecorePackage.getEDouble(), "maxDistanceKm", null, 0, 1, CoverageThreshold.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCoverageThreshold_MaxTravelMinutes(), ecorePackage.getEDouble(), "maxTravelMinutes", null, 0, 1, CoverageThreshold.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCoverageThreshold_SpeedKmh(), ecorePackage.getEDouble(), "speedKmh", null, 0, 1, CoverageThreshold.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(documentRequirementEClass, DocumentRequirement.class, "DocumentRequirement", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getDocumentRequirement_Issuer(), this.getAgency(), null, "issuer", null, 0, 1, DocumentRequirement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDocumentRequirement_HeldByGovernment(), ecorePackage.getEBoolean(), "heldByGovernment", null, 0, 1, DocumentRequirement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDocumentRequirement_FetchedByGovernment(), ecorePackage.getEBoolean(), "fetchedByGovernment", null, 0, 1, DocumentRequirement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(evaluationRecordEClass, EvaluationRecord.class, "EvaluationRecord", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getEvaluationRecord_Date(), ecorePackage.getEString(), "date", null, 0, 1, EvaluationRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEvaluationRecord_Kind(), this.getEvaluationKind(), "kind", null, 0, 1, EvaluationRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEvaluationRecord_Score(), ecorePackage.getEDouble(), "score", null, 0, 1, EvaluationRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEvaluationRecord_ObservedWaitMinutes(), ecorePackage.getEDouble(), "observedWaitMinutes", null, 0, 1, EvaluationRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEvaluationRecord_SpecialistPresent(), ecorePackage.getEBoolean(), "specialistPresent", null, 0, 1, EvaluationRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEvaluationRecord_Responses(), ecorePackage.getEInt(), "responses", null, 0, 1, EvaluationRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEvaluationRecord_SatisfactionMean(), ecorePackage.getEDouble(), "satisfactionMean", null, 0, 1, EvaluationRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEvaluationRecord_Promoters(), ecorePackage.getEInt(), "promoters", null, 0, 1, EvaluationRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEvaluationRecord_Passives(), ecorePackage.getEInt(), "passives", null, 0, 1, EvaluationRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEvaluationRecord_Detractors(), ecorePackage.getEInt(), "detractors", null, 0, 1, EvaluationRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEvaluationRecord_Received(), ecorePackage.getEInt(), "received", null, 0, 1, EvaluationRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEvaluationRecord_AnsweredOnTime(), ecorePackage.getEInt(), "answeredOnTime", null, 0, 1, EvaluationRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEvaluationRecord_Description(), ecorePackage.getEString(), "description", null, 0, 1, EvaluationRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEvaluationRecord_FromFeedback(), ecorePackage.getEBoolean(), "fromFeedback", null, 0, 1, EvaluationRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(digitalUptakeEClass, DigitalUptake.class, "DigitalUptake", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getDigitalUptake_Region(), this.getRegion(), null, "region", null, 0, 1, DigitalUptake.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDigitalUptake_AreaType(), this.getAreaType(), "areaType", null, 0, 1, DigitalUptake.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDigitalUptake_Group(), this.getPopulationGroup(), null, "group", null, 0, 1, DigitalUptake.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDigitalUptake_Multiplier(), ecorePackage.getEDouble(), "multiplier", "1.0", 0, 1, DigitalUptake.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(roadmapEClass, Roadmap.class, "Roadmap", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getRoadmap_FirstYear(), ecorePackage.getEInt(), "firstYear", null, 0, 1, Roadmap.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRoadmap_LastYear(), ecorePackage.getEInt(), "lastYear", null, 0, 1, Roadmap.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getRoadmap_Actions(), this.getRoadmapAction(), null, "actions", null, 0, -1, Roadmap.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getRoadmap_Costs(), this.getRoadmapCost(), null, "costs", null, 0, -1, Roadmap.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getRoadmap_Budgets(), this.getRoadmapBudget(), null, "budgets", null, 0, -1, Roadmap.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getRoadmap_Growth(), this.getRoadmapGrowth(), null, "growth", null, 0, -1, Roadmap.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getRoadmap_DigitalShifts(), this.getRoadmapDigitalShift(), null, "digitalShifts", null, 0, -1, Roadmap.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getRoadmap_Targets(), this.getRoadmapTarget(), null, "targets", null, 0, -1, Roadmap.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(roadmapActionEClass, RoadmapAction.class, "RoadmapAction", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getRoadmapAction_Code(), ecorePackage.getEString(), "code", null, 0, 1, RoadmapAction.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRoadmapAction_Year(), ecorePackage.getEInt(), "year", null, 0, 1, RoadmapAction.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRoadmapAction_Month(), ecorePackage.getEInt(), "month", null, 0, 1, RoadmapAction.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRoadmapAction_Kind(), this.getRoadmapActionKind(), "kind", null, 0, 1, RoadmapAction.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getRoadmapAction_Center(), this.getServiceCenter(), null, "center", null, 0, 1, RoadmapAction.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getRoadmapAction_Service(), this.getService(), null, "service", null, 0, 1, RoadmapAction.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getRoadmapAction_Bundle(), this.getServiceBundle(), null, "bundle", null, 0, 1, RoadmapAction.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getRoadmapAction_NewCenter(), this.getServiceCenter(), null, "newCenter", null, 0, 1, RoadmapAction.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRoadmapAction_Cost(), ecorePackage.getEDouble(), "cost", null, 0, 1, RoadmapAction.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRoadmapAction_Amount(), ecorePackage.getEDouble(), "amount", null, 0, 1, RoadmapAction.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRoadmapAction_Parameter(), ecorePackage.getEString(), "parameter", null, 0, 1, RoadmapAction.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRoadmapAction_Note(), ecorePackage.getEString(), "note", null, 0, 1, RoadmapAction.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(roadmapCostEClass, RoadmapCost.class, "RoadmapCost", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getRoadmapCost_Kind(), this.getRoadmapCostKind(), "kind", null, 0, 1, RoadmapCost.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRoadmapCost_CenterKind(), this.getCenterKind(), "centerKind", null, 0, 1, RoadmapCost.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRoadmapCost_Amount(), ecorePackage.getEDouble(), "amount", null, 0, 1, RoadmapCost.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRoadmapCost_Source(), ecorePackage.getEString(), "source", null, 0, 1, RoadmapCost.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(roadmapBudgetEClass, RoadmapBudget.class, "RoadmapBudget", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getRoadmapBudget_Year(), ecorePackage.getEInt(), "year", null, 0, 1, RoadmapBudget.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRoadmapBudget_Capital(), ecorePackage.getEDouble(), "capital", null, 0, 1, RoadmapBudget.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRoadmapBudget_Operating(), ecorePackage.getEDouble(), "operating", null, 0, 1, RoadmapBudget.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRoadmapBudget_Source(), ecorePackage.getEString(), "source", null, 0, 1, RoadmapBudget.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(roadmapGrowthEClass, RoadmapGrowth.class, "RoadmapGrowth", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getRoadmapGrowth_Region(), this.getRegion(), null, "region", null, 0, 1, RoadmapGrowth.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRoadmapGrowth_AreaType(), this.getAreaType(), "areaType", null, 0, 1, RoadmapGrowth.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRoadmapGrowth_AnnualRate(), ecorePackage.getEDouble(), "annualRate", null, 0, 1, RoadmapGrowth.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRoadmapGrowth_Source(), ecorePackage.getEString(), "source", null, 0, 1, RoadmapGrowth.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(roadmapDigitalShiftEClass, RoadmapDigitalShift.class, "RoadmapDigitalShift", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getRoadmapDigitalShift_Year(), ecorePackage.getEInt(), "year", null, 0, 1, RoadmapDigitalShift.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getRoadmapDigitalShift_Service(), this.getService(), null, "service", null, 0, 1, RoadmapDigitalShift.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRoadmapDigitalShift_Category(), ecorePackage.getEString(), "category", null, 0, 1, RoadmapDigitalShift.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRoadmapDigitalShift_DigitalShare(), ecorePackage.getEDouble(), "digitalShare", null, 0, 1, RoadmapDigitalShift.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRoadmapDigitalShift_Source(), ecorePackage.getEString(), "source", null, 0, 1, RoadmapDigitalShift.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(roadmapTargetEClass, RoadmapTarget.class, "RoadmapTarget", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getRoadmapTarget_Indicator(), ecorePackage.getEString(), "indicator", null, 0, 1, RoadmapTarget.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRoadmapTarget_Year(), ecorePackage.getEInt(), "year", null, 0, 1, RoadmapTarget.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRoadmapTarget_Value(), ecorePackage.getEDouble(), "value", null, 0, 1, RoadmapTarget.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRoadmapTarget_Direction(), this.getRoadmapTargetDirection(), "direction", null, 0, 1, RoadmapTarget.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRoadmapTarget_Source(), ecorePackage.getEString(), "source", null, 0, 1, RoadmapTarget.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		// Initialize enums and add enum literals
		initEEnum(regionLevelEEnum, RegionLevel.class, "RegionLevel");
		addEEnumLiteral(regionLevelEEnum, RegionLevel.GOVERNORATE);
		addEEnumLiteral(regionLevelEEnum, RegionLevel.DISTRICT);
		addEEnumLiteral(regionLevelEEnum, RegionLevel.SUBDISTRICT);

		initEEnum(areaTypeEEnum, AreaType.class, "AreaType");
		addEEnumLiteral(areaTypeEEnum, AreaType.URBAN);
		addEEnumLiteral(areaTypeEEnum, AreaType.RURAL);
		addEEnumLiteral(areaTypeEEnum, AreaType.BADIA);

		initEEnum(centerKindEEnum, CenterKind.class, "CenterKind");
		addEEnumLiteral(centerKindEEnum, CenterKind.COMPREHENSIVE_CENTER);
		addEEnumLiteral(centerKindEEnum, CenterKind.AGENCY_BRANCH);
		addEEnumLiteral(centerKindEEnum, CenterKind.MUNICIPAL_OFFICE);
		addEEnumLiteral(centerKindEEnum, CenterKind.MOBILE_UNIT);
		addEEnumLiteral(centerKindEEnum, CenterKind.KIOSK);

		initEEnum(centerStatusEEnum, CenterStatus.class, "CenterStatus");
		addEEnumLiteral(centerStatusEEnum, CenterStatus.EXISTING);
		addEEnumLiteral(centerStatusEEnum, CenterStatus.PLANNED);
		addEEnumLiteral(centerStatusEEnum, CenterStatus.CANDIDATE);
		addEEnumLiteral(centerStatusEEnum, CenterStatus.CLOSED);

		initEEnum(accessibilityFeatureEEnum, AccessibilityFeature.class, "AccessibilityFeature");
		addEEnumLiteral(accessibilityFeatureEEnum, AccessibilityFeature.STEP_FREE_ACCESS);
		addEEnumLiteral(accessibilityFeatureEEnum, AccessibilityFeature.ACCESSIBLE_COUNTER);
		addEEnumLiteral(accessibilityFeatureEEnum, AccessibilityFeature.SIGN_LANGUAGE);
		addEEnumLiteral(accessibilityFeatureEEnum, AccessibilityFeature.ACCESSIBLE_TOILETS);
		addEEnumLiteral(accessibilityFeatureEEnum, AccessibilityFeature.ACCESSIBLE_PARKING);
		addEEnumLiteral(accessibilityFeatureEEnum, AccessibilityFeature.TACTILE_GUIDANCE);
		addEEnumLiteral(accessibilityFeatureEEnum, AccessibilityFeature.PRIORITY_QUEUE);
		addEEnumLiteral(accessibilityFeatureEEnum, AccessibilityFeature.ELEVATOR);
		addEEnumLiteral(accessibilityFeatureEEnum, AccessibilityFeature.HEARING_LOOP);
		addEEnumLiteral(accessibilityFeatureEEnum, AccessibilityFeature.BRAILLE_SIGNAGE);

		initEEnum(siteRoleEEnum, SiteRole.class, "SiteRole");
		addEEnumLiteral(siteRoleEEnum, SiteRole.CANDIDATE);
		addEEnumLiteral(siteRoleEEnum, SiteRole.REQUIRED);
		addEEnumLiteral(siteRoleEEnum, SiteRole.EXCLUDED);

		initEEnum(distanceModelEEnum, DistanceModel.class, "DistanceModel");
		addEEnumLiteral(distanceModelEEnum, DistanceModel.GREAT_CIRCLE);
		addEEnumLiteral(distanceModelEEnum, DistanceModel.PROJECTED);
		addEEnumLiteral(distanceModelEEnum, DistanceModel.DETOUR);
		addEEnumLiteral(distanceModelEEnum, DistanceModel.ROAD_NETWORK);
		addEEnumLiteral(distanceModelEEnum, DistanceModel.COST_TABLE);

		initEEnum(serviceChannelEEnum, ServiceChannel.class, "ServiceChannel");
		addEEnumLiteral(serviceChannelEEnum, ServiceChannel.IN_PERSON_ONLY);
		addEEnumLiteral(serviceChannelEEnum, ServiceChannel.PARTLY_DIGITAL);
		addEEnumLiteral(serviceChannelEEnum, ServiceChannel.FULLY_DIGITAL);

		initEEnum(evaluationKindEEnum, EvaluationKind.class, "EvaluationKind");
		addEEnumLiteral(evaluationKindEEnum, EvaluationKind.MYSTERY_SHOPPER);
		addEEnumLiteral(evaluationKindEEnum, EvaluationKind.SELF_ASSESSMENT);
		addEEnumLiteral(evaluationKindEEnum, EvaluationKind.VOLUNTEER_VISITOR);
		addEEnumLiteral(evaluationKindEEnum, EvaluationKind.SATISFACTION_SURVEY);
		addEEnumLiteral(evaluationKindEEnum, EvaluationKind.NPS_SURVEY);
		addEEnumLiteral(evaluationKindEEnum, EvaluationKind.COMPLAINTS);
		addEEnumLiteral(evaluationKindEEnum, EvaluationKind.IMPROVEMENT);

		initEEnum(roadmapActionKindEEnum, RoadmapActionKind.class, "RoadmapActionKind");
		addEEnumLiteral(roadmapActionKindEEnum, RoadmapActionKind.OPEN_CENTER);
		addEEnumLiteral(roadmapActionKindEEnum, RoadmapActionKind.CLOSE_CENTER);
		addEEnumLiteral(roadmapActionKindEEnum, RoadmapActionKind.RELOCATE_CENTER);
		addEEnumLiteral(roadmapActionKindEEnum, RoadmapActionKind.ADD_COUNTERS);
		addEEnumLiteral(roadmapActionKindEEnum, RoadmapActionKind.REMOVE_COUNTERS);
		addEEnumLiteral(roadmapActionKindEEnum, RoadmapActionKind.CONVERT_COUNTERS_UNIVERSAL);
		addEEnumLiteral(roadmapActionKindEEnum, RoadmapActionKind.HIRE_STAFF);
		addEEnumLiteral(roadmapActionKindEEnum, RoadmapActionKind.TRAIN_UNIVERSAL_STAFF);
		addEEnumLiteral(roadmapActionKindEEnum, RoadmapActionKind.LICENSE_CERTIFIED_PROVIDERS);
		addEEnumLiteral(roadmapActionKindEEnum, RoadmapActionKind.ADD_ACCESSIBILITY);
		addEEnumLiteral(roadmapActionKindEEnum, RoadmapActionKind.OFFER_SERVICE);
		addEEnumLiteral(roadmapActionKindEEnum, RoadmapActionKind.WITHDRAW_SERVICE);
		addEEnumLiteral(roadmapActionKindEEnum, RoadmapActionKind.OFFER_BUNDLE);
		addEEnumLiteral(roadmapActionKindEEnum, RoadmapActionKind.WITHDRAW_BUNDLE);
		addEEnumLiteral(roadmapActionKindEEnum, RoadmapActionKind.CHANGE_CHANNEL);
		addEEnumLiteral(roadmapActionKindEEnum, RoadmapActionKind.CHANGE_DIGITAL_SHARE);
		addEEnumLiteral(roadmapActionKindEEnum, RoadmapActionKind.CHANGE_HOURS);
		addEEnumLiteral(roadmapActionKindEEnum, RoadmapActionKind.PARTNERSHIP);

		initEEnum(roadmapCostKindEEnum, RoadmapCostKind.class, "RoadmapCostKind");
		addEEnumLiteral(roadmapCostKindEEnum, RoadmapCostKind.CENTER_OPENING);
		addEEnumLiteral(roadmapCostKindEEnum, RoadmapCostKind.COUNTER);
		addEEnumLiteral(roadmapCostKindEEnum, RoadmapCostKind.UNIVERSAL_CONVERSION);
		addEEnumLiteral(roadmapCostKindEEnum, RoadmapCostKind.ACCESSIBILITY_FEATURE);
		addEEnumLiteral(roadmapCostKindEEnum, RoadmapCostKind.TRAINED_EMPLOYEE);
		addEEnumLiteral(roadmapCostKindEEnum, RoadmapCostKind.CENTER_OPERATING);
		addEEnumLiteral(roadmapCostKindEEnum, RoadmapCostKind.COUNTER_OPERATING);
		addEEnumLiteral(roadmapCostKindEEnum, RoadmapCostKind.STAFF_OPERATING);

		initEEnum(roadmapTargetDirectionEEnum, RoadmapTargetDirection.class, "RoadmapTargetDirection");
		addEEnumLiteral(roadmapTargetDirectionEEnum, RoadmapTargetDirection.AT_LEAST);
		addEEnumLiteral(roadmapTargetDirectionEEnum, RoadmapTargetDirection.AT_MOST);

		// Create resource
		createResource(eNS_URI);
	}

} //NafithaPackageImpl
