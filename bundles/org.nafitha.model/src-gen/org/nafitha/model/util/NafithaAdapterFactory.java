/**
 */
package org.nafitha.model.util;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notifier;

import org.eclipse.emf.common.notify.impl.AdapterFactoryImpl;

import org.eclipse.emf.ecore.EObject;

import org.nafitha.model.*;

/**
 * <!-- begin-user-doc -->
 * The <b>Adapter Factory</b> for the model.
 * It provides an adapter <code>createXXX</code> method for each class of the model.
 * <!-- end-user-doc -->
 * @see org.nafitha.model.NafithaPackage
 * @generated
 */
public class NafithaAdapterFactory extends AdapterFactoryImpl {
	/**
	 * The cached model package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static NafithaPackage modelPackage;

	/**
	 * Creates an instance of the adapter factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NafithaAdapterFactory() {
		if (modelPackage == null) {
			modelPackage = NafithaPackage.eINSTANCE;
		}
	}

	/**
	 * Returns whether this factory is applicable for the type of the object.
	 * <!-- begin-user-doc -->
	 * This implementation returns <code>true</code> if the object is either the model's package or is an instance object of the model.
	 * <!-- end-user-doc -->
	 * @return whether this factory is applicable for the type of the object.
	 * @generated
	 */
	@Override
	public boolean isFactoryForType(Object object) {
		if (object == modelPackage) {
			return true;
		}
		if (object instanceof EObject) {
			return ((EObject)object).eClass().getEPackage() == modelPackage;
		}
		return false;
	}

	/**
	 * The switch that delegates to the <code>createXXX</code> methods.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected NafithaSwitch<Adapter> modelSwitch =
		new NafithaSwitch<Adapter>() {
			@Override
			public Adapter caseNamed(Named object) {
				return createNamedAdapter();
			}
			@Override
			public Adapter caseLocated(Located object) {
				return createLocatedAdapter();
			}
			@Override
			public Adapter caseScenario(Scenario object) {
				return createScenarioAdapter();
			}
			@Override
			public Adapter caseRegion(Region object) {
				return createRegionAdapter();
			}
			@Override
			public Adapter casePopulationGroup(PopulationGroup object) {
				return createPopulationGroupAdapter();
			}
			@Override
			public Adapter caseDemandZone(DemandZone object) {
				return createDemandZoneAdapter();
			}
			@Override
			public Adapter caseSettlement(Settlement object) {
				return createSettlementAdapter();
			}
			@Override
			public Adapter caseGroupPopulation(GroupPopulation object) {
				return createGroupPopulationAdapter();
			}
			@Override
			public Adapter caseServiceDemand(ServiceDemand object) {
				return createServiceDemandAdapter();
			}
			@Override
			public Adapter caseAgency(Agency object) {
				return createAgencyAdapter();
			}
			@Override
			public Adapter caseService(Service object) {
				return createServiceAdapter();
			}
			@Override
			public Adapter caseServiceBundle(ServiceBundle object) {
				return createServiceBundleAdapter();
			}
			@Override
			public Adapter caseServiceCenter(ServiceCenter object) {
				return createServiceCenterAdapter();
			}
			@Override
			public Adapter caseCounter(Counter object) {
				return createCounterAdapter();
			}
			@Override
			public Adapter caseScore(Score object) {
				return createScoreAdapter();
			}
			@Override
			public Adapter caseEvaluation(Evaluation object) {
				return createEvaluationAdapter();
			}
			@Override
			public Adapter caseCandidateSite(CandidateSite object) {
				return createCandidateSiteAdapter();
			}
			@Override
			public Adapter casePlanningParameters(PlanningParameters object) {
				return createPlanningParametersAdapter();
			}
			@Override
			public Adapter caseCoverageThreshold(CoverageThreshold object) {
				return createCoverageThresholdAdapter();
			}
			@Override
			public Adapter caseDocumentRequirement(DocumentRequirement object) {
				return createDocumentRequirementAdapter();
			}
			@Override
			public Adapter caseEvaluationRecord(EvaluationRecord object) {
				return createEvaluationRecordAdapter();
			}
			@Override
			public Adapter caseDigitalUptake(DigitalUptake object) {
				return createDigitalUptakeAdapter();
			}
			@Override
			public Adapter caseRoadmap(Roadmap object) {
				return createRoadmapAdapter();
			}
			@Override
			public Adapter caseRoadmapAction(RoadmapAction object) {
				return createRoadmapActionAdapter();
			}
			@Override
			public Adapter caseRoadmapCost(RoadmapCost object) {
				return createRoadmapCostAdapter();
			}
			@Override
			public Adapter caseRoadmapBudget(RoadmapBudget object) {
				return createRoadmapBudgetAdapter();
			}
			@Override
			public Adapter caseRoadmapGrowth(RoadmapGrowth object) {
				return createRoadmapGrowthAdapter();
			}
			@Override
			public Adapter caseRoadmapDigitalShift(RoadmapDigitalShift object) {
				return createRoadmapDigitalShiftAdapter();
			}
			@Override
			public Adapter caseRoadmapTarget(RoadmapTarget object) {
				return createRoadmapTargetAdapter();
			}
			@Override
			public Adapter defaultCase(EObject object) {
				return createEObjectAdapter();
			}
		};

	/**
	 * Creates an adapter for the <code>target</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param target the object to adapt.
	 * @return the adapter for the <code>target</code>.
	 * @generated
	 */
	@Override
	public Adapter createAdapter(Notifier target) {
		return modelSwitch.doSwitch((EObject)target);
	}


	/**
	 * Creates a new adapter for an object of class '{@link org.nafitha.model.Named <em>Named</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.nafitha.model.Named
	 * @generated
	 */
	public Adapter createNamedAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.nafitha.model.Located <em>Located</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.nafitha.model.Located
	 * @generated
	 */
	public Adapter createLocatedAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.nafitha.model.Scenario <em>Scenario</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.nafitha.model.Scenario
	 * @generated
	 */
	public Adapter createScenarioAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.nafitha.model.Region <em>Region</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.nafitha.model.Region
	 * @generated
	 */
	public Adapter createRegionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.nafitha.model.PopulationGroup <em>Population Group</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.nafitha.model.PopulationGroup
	 * @generated
	 */
	public Adapter createPopulationGroupAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.nafitha.model.DemandZone <em>Demand Zone</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.nafitha.model.DemandZone
	 * @generated
	 */
	public Adapter createDemandZoneAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.nafitha.model.Settlement <em>Settlement</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.nafitha.model.Settlement
	 * @generated
	 */
	public Adapter createSettlementAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.nafitha.model.GroupPopulation <em>Group Population</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.nafitha.model.GroupPopulation
	 * @generated
	 */
	public Adapter createGroupPopulationAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.nafitha.model.ServiceDemand <em>Service Demand</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.nafitha.model.ServiceDemand
	 * @generated
	 */
	public Adapter createServiceDemandAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.nafitha.model.Agency <em>Agency</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.nafitha.model.Agency
	 * @generated
	 */
	public Adapter createAgencyAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.nafitha.model.Service <em>Service</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.nafitha.model.Service
	 * @generated
	 */
	public Adapter createServiceAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.nafitha.model.ServiceBundle <em>Service Bundle</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.nafitha.model.ServiceBundle
	 * @generated
	 */
	public Adapter createServiceBundleAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.nafitha.model.ServiceCenter <em>Service Center</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.nafitha.model.ServiceCenter
	 * @generated
	 */
	public Adapter createServiceCenterAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.nafitha.model.Counter <em>Counter</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.nafitha.model.Counter
	 * @generated
	 */
	public Adapter createCounterAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.nafitha.model.Score <em>Score</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.nafitha.model.Score
	 * @generated
	 */
	public Adapter createScoreAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.nafitha.model.Evaluation <em>Evaluation</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.nafitha.model.Evaluation
	 * @generated
	 */
	public Adapter createEvaluationAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.nafitha.model.CandidateSite <em>Candidate Site</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.nafitha.model.CandidateSite
	 * @generated
	 */
	public Adapter createCandidateSiteAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.nafitha.model.PlanningParameters <em>Planning Parameters</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.nafitha.model.PlanningParameters
	 * @generated
	 */
	public Adapter createPlanningParametersAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.nafitha.model.CoverageThreshold <em>Coverage Threshold</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.nafitha.model.CoverageThreshold
	 * @generated
	 */
	public Adapter createCoverageThresholdAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.nafitha.model.DocumentRequirement <em>Document Requirement</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.nafitha.model.DocumentRequirement
	 * @generated
	 */
	public Adapter createDocumentRequirementAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.nafitha.model.EvaluationRecord <em>Evaluation Record</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.nafitha.model.EvaluationRecord
	 * @generated
	 */
	public Adapter createEvaluationRecordAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.nafitha.model.DigitalUptake <em>Digital Uptake</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.nafitha.model.DigitalUptake
	 * @generated
	 */
	public Adapter createDigitalUptakeAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.nafitha.model.Roadmap <em>Roadmap</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.nafitha.model.Roadmap
	 * @generated
	 */
	public Adapter createRoadmapAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.nafitha.model.RoadmapAction <em>Roadmap Action</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.nafitha.model.RoadmapAction
	 * @generated
	 */
	public Adapter createRoadmapActionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.nafitha.model.RoadmapCost <em>Roadmap Cost</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.nafitha.model.RoadmapCost
	 * @generated
	 */
	public Adapter createRoadmapCostAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.nafitha.model.RoadmapBudget <em>Roadmap Budget</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.nafitha.model.RoadmapBudget
	 * @generated
	 */
	public Adapter createRoadmapBudgetAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.nafitha.model.RoadmapGrowth <em>Roadmap Growth</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.nafitha.model.RoadmapGrowth
	 * @generated
	 */
	public Adapter createRoadmapGrowthAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.nafitha.model.RoadmapDigitalShift <em>Roadmap Digital Shift</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.nafitha.model.RoadmapDigitalShift
	 * @generated
	 */
	public Adapter createRoadmapDigitalShiftAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.nafitha.model.RoadmapTarget <em>Roadmap Target</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.nafitha.model.RoadmapTarget
	 * @generated
	 */
	public Adapter createRoadmapTargetAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for the default case.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @generated
	 */
	public Adapter createEObjectAdapter() {
		return null;
	}

} //NafithaAdapterFactory
