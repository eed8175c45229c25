/**
 */
package org.nafitha.model.impl;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EFactoryImpl;

import org.eclipse.emf.ecore.plugin.EcorePlugin;

import org.nafitha.model.*;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Factory</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class NafithaFactoryImpl extends EFactoryImpl implements NafithaFactory {
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static NafithaFactory init() {
		try {
			NafithaFactory theNafithaFactory = (NafithaFactory)EPackage.Registry.INSTANCE.getEFactory(NafithaPackage.eNS_URI);
			if (theNafithaFactory != null) {
				return theNafithaFactory;
			}
		}
		catch (Exception exception) {
			EcorePlugin.INSTANCE.log(exception);
		}
		return new NafithaFactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NafithaFactoryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EObject create(EClass eClass) {
		switch (eClass.getClassifierID()) {
			case NafithaPackage.SCENARIO: return createScenario();
			case NafithaPackage.REGION: return createRegion();
			case NafithaPackage.POPULATION_GROUP: return createPopulationGroup();
			case NafithaPackage.DEMAND_ZONE: return createDemandZone();
			case NafithaPackage.SETTLEMENT: return createSettlement();
			case NafithaPackage.GROUP_POPULATION: return createGroupPopulation();
			case NafithaPackage.SERVICE_DEMAND: return createServiceDemand();
			case NafithaPackage.AGENCY: return createAgency();
			case NafithaPackage.SERVICE: return createService();
			case NafithaPackage.SERVICE_BUNDLE: return createServiceBundle();
			case NafithaPackage.SERVICE_CENTER: return createServiceCenter();
			case NafithaPackage.COUNTER: return createCounter();
			case NafithaPackage.SCORE: return createScore();
			case NafithaPackage.EVALUATION: return createEvaluation();
			case NafithaPackage.CANDIDATE_SITE: return createCandidateSite();
			case NafithaPackage.PLANNING_PARAMETERS: return createPlanningParameters();
			case NafithaPackage.COVERAGE_THRESHOLD: return createCoverageThreshold();
			case NafithaPackage.DOCUMENT_REQUIREMENT: return createDocumentRequirement();
			case NafithaPackage.EVALUATION_RECORD: return createEvaluationRecord();
			case NafithaPackage.DIGITAL_UPTAKE: return createDigitalUptake();
			case NafithaPackage.ROADMAP: return createRoadmap();
			case NafithaPackage.ROADMAP_ACTION: return createRoadmapAction();
			case NafithaPackage.ROADMAP_COST: return createRoadmapCost();
			case NafithaPackage.ROADMAP_BUDGET: return createRoadmapBudget();
			case NafithaPackage.ROADMAP_GROWTH: return createRoadmapGrowth();
			case NafithaPackage.ROADMAP_DIGITAL_SHIFT: return createRoadmapDigitalShift();
			case NafithaPackage.ROADMAP_TARGET: return createRoadmapTarget();
			default:
				throw new IllegalArgumentException("The class '" + eClass.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object createFromString(EDataType eDataType, String initialValue) {
		switch (eDataType.getClassifierID()) {
			case NafithaPackage.REGION_LEVEL:
				return createRegionLevelFromString(eDataType, initialValue);
			case NafithaPackage.AREA_TYPE:
				return createAreaTypeFromString(eDataType, initialValue);
			case NafithaPackage.CENTER_KIND:
				return createCenterKindFromString(eDataType, initialValue);
			case NafithaPackage.CENTER_STATUS:
				return createCenterStatusFromString(eDataType, initialValue);
			case NafithaPackage.ACCESSIBILITY_FEATURE:
				return createAccessibilityFeatureFromString(eDataType, initialValue);
			case NafithaPackage.SITE_ROLE:
				return createSiteRoleFromString(eDataType, initialValue);
			case NafithaPackage.DISTANCE_MODEL:
				return createDistanceModelFromString(eDataType, initialValue);
			case NafithaPackage.SERVICE_CHANNEL:
				return createServiceChannelFromString(eDataType, initialValue);
			case NafithaPackage.EVALUATION_KIND:
				return createEvaluationKindFromString(eDataType, initialValue);
			case NafithaPackage.ROADMAP_ACTION_KIND:
				return createRoadmapActionKindFromString(eDataType, initialValue);
			case NafithaPackage.ROADMAP_COST_KIND:
				return createRoadmapCostKindFromString(eDataType, initialValue);
			case NafithaPackage.ROADMAP_TARGET_DIRECTION:
				return createRoadmapTargetDirectionFromString(eDataType, initialValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String convertToString(EDataType eDataType, Object instanceValue) {
		switch (eDataType.getClassifierID()) {
			case NafithaPackage.REGION_LEVEL:
				return convertRegionLevelToString(eDataType, instanceValue);
			case NafithaPackage.AREA_TYPE:
				return convertAreaTypeToString(eDataType, instanceValue);
			case NafithaPackage.CENTER_KIND:
				return convertCenterKindToString(eDataType, instanceValue);
			case NafithaPackage.CENTER_STATUS:
				return convertCenterStatusToString(eDataType, instanceValue);
			case NafithaPackage.ACCESSIBILITY_FEATURE:
				return convertAccessibilityFeatureToString(eDataType, instanceValue);
			case NafithaPackage.SITE_ROLE:
				return convertSiteRoleToString(eDataType, instanceValue);
			case NafithaPackage.DISTANCE_MODEL:
				return convertDistanceModelToString(eDataType, instanceValue);
			case NafithaPackage.SERVICE_CHANNEL:
				return convertServiceChannelToString(eDataType, instanceValue);
			case NafithaPackage.EVALUATION_KIND:
				return convertEvaluationKindToString(eDataType, instanceValue);
			case NafithaPackage.ROADMAP_ACTION_KIND:
				return convertRoadmapActionKindToString(eDataType, instanceValue);
			case NafithaPackage.ROADMAP_COST_KIND:
				return convertRoadmapCostKindToString(eDataType, instanceValue);
			case NafithaPackage.ROADMAP_TARGET_DIRECTION:
				return convertRoadmapTargetDirectionToString(eDataType, instanceValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Scenario createScenario() {
		ScenarioImpl scenario = new ScenarioImpl();
		return scenario;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Region createRegion() {
		RegionImpl region = new RegionImpl();
		return region;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PopulationGroup createPopulationGroup() {
		PopulationGroupImpl populationGroup = new PopulationGroupImpl();
		return populationGroup;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DemandZone createDemandZone() {
		DemandZoneImpl demandZone = new DemandZoneImpl();
		return demandZone;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Settlement createSettlement() {
		SettlementImpl settlement = new SettlementImpl();
		return settlement;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public GroupPopulation createGroupPopulation() {
		GroupPopulationImpl groupPopulation = new GroupPopulationImpl();
		return groupPopulation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ServiceDemand createServiceDemand() {
		ServiceDemandImpl serviceDemand = new ServiceDemandImpl();
		return serviceDemand;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Agency createAgency() {
		AgencyImpl agency = new AgencyImpl();
		return agency;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Service createService() {
		ServiceImpl service = new ServiceImpl();
		return service;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ServiceBundle createServiceBundle() {
		ServiceBundleImpl serviceBundle = new ServiceBundleImpl();
		return serviceBundle;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ServiceCenter createServiceCenter() {
		ServiceCenterImpl serviceCenter = new ServiceCenterImpl();
		return serviceCenter;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Counter createCounter() {
		CounterImpl counter = new CounterImpl();
		return counter;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Score createScore() {
		ScoreImpl score = new ScoreImpl();
		return score;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Evaluation createEvaluation() {
		EvaluationImpl evaluation = new EvaluationImpl();
		return evaluation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CandidateSite createCandidateSite() {
		CandidateSiteImpl candidateSite = new CandidateSiteImpl();
		return candidateSite;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PlanningParameters createPlanningParameters() {
		PlanningParametersImpl planningParameters = new PlanningParametersImpl();
		return planningParameters;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CoverageThreshold createCoverageThreshold() {
		CoverageThresholdImpl coverageThreshold = new CoverageThresholdImpl();
		return coverageThreshold;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DocumentRequirement createDocumentRequirement() {
		DocumentRequirementImpl documentRequirement = new DocumentRequirementImpl();
		return documentRequirement;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EvaluationRecord createEvaluationRecord() {
		EvaluationRecordImpl evaluationRecord = new EvaluationRecordImpl();
		return evaluationRecord;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DigitalUptake createDigitalUptake() {
		DigitalUptakeImpl digitalUptake = new DigitalUptakeImpl();
		return digitalUptake;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Roadmap createRoadmap() {
		RoadmapImpl roadmap = new RoadmapImpl();
		return roadmap;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RoadmapAction createRoadmapAction() {
		RoadmapActionImpl roadmapAction = new RoadmapActionImpl();
		return roadmapAction;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RoadmapCost createRoadmapCost() {
		RoadmapCostImpl roadmapCost = new RoadmapCostImpl();
		return roadmapCost;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RoadmapBudget createRoadmapBudget() {
		RoadmapBudgetImpl roadmapBudget = new RoadmapBudgetImpl();
		return roadmapBudget;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RoadmapGrowth createRoadmapGrowth() {
		RoadmapGrowthImpl roadmapGrowth = new RoadmapGrowthImpl();
		return roadmapGrowth;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RoadmapDigitalShift createRoadmapDigitalShift() {
		RoadmapDigitalShiftImpl roadmapDigitalShift = new RoadmapDigitalShiftImpl();
		return roadmapDigitalShift;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RoadmapTarget createRoadmapTarget() {
		RoadmapTargetImpl roadmapTarget = new RoadmapTargetImpl();
		return roadmapTarget;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public RegionLevel createRegionLevelFromString(EDataType eDataType, String initialValue) {
		RegionLevel result = RegionLevel.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertRegionLevelToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public AreaType createAreaTypeFromString(EDataType eDataType, String initialValue) {
		AreaType result = AreaType.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertAreaTypeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public CenterKind createCenterKindFromString(EDataType eDataType, String initialValue) {
		CenterKind result = CenterKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertCenterKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public CenterStatus createCenterStatusFromString(EDataType eDataType, String initialValue) {
		CenterStatus result = CenterStatus.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertCenterStatusToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public AccessibilityFeature createAccessibilityFeatureFromString(EDataType eDataType, String initialValue) {
		AccessibilityFeature result = AccessibilityFeature.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertAccessibilityFeatureToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public SiteRole createSiteRoleFromString(EDataType eDataType, String initialValue) {
		SiteRole result = SiteRole.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertSiteRoleToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public DistanceModel createDistanceModelFromString(EDataType eDataType, String initialValue) {
		DistanceModel result = DistanceModel.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertDistanceModelToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ServiceChannel createServiceChannelFromString(EDataType eDataType, String initialValue) {
		ServiceChannel result = ServiceChannel.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertServiceChannelToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public EvaluationKind createEvaluationKindFromString(EDataType eDataType, String initialValue) {
		EvaluationKind result = EvaluationKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertEvaluationKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public RoadmapActionKind createRoadmapActionKindFromString(EDataType eDataType, String initialValue) {
		RoadmapActionKind result = RoadmapActionKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertRoadmapActionKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public RoadmapCostKind createRoadmapCostKindFromString(EDataType eDataType, String initialValue) {
		RoadmapCostKind result = RoadmapCostKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertRoadmapCostKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public RoadmapTargetDirection createRoadmapTargetDirectionFromString(EDataType eDataType, String initialValue) {
		RoadmapTargetDirection result = RoadmapTargetDirection.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertRoadmapTargetDirectionToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NafithaPackage getNafithaPackage() {
		return (NafithaPackage)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static NafithaPackage getPackage() {
		return NafithaPackage.eINSTANCE;
	}

} //NafithaFactoryImpl
