/**
 */
package org.nafitha.model;

import org.eclipse.emf.ecore.EFactory;

/**
 * <!-- begin-user-doc -->
 * The <b>Factory</b> for the model.
 * It provides a create method for each non-abstract class of the model.
 * <!-- end-user-doc -->
 * @see org.nafitha.model.NafithaPackage
 * @generated
 */
public interface NafithaFactory extends EFactory {
	/**
	 * The singleton instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	NafithaFactory eINSTANCE = org.nafitha.model.impl.NafithaFactoryImpl.init();

	/**
	 * Returns a new object of class '<em>Scenario</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Scenario</em>'.
	 * @generated
	 */
	Scenario createScenario();

	/**
	 * Returns a new object of class '<em>Region</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Region</em>'.
	 * @generated
	 */
	Region createRegion();

	/**
	 * Returns a new object of class '<em>Population Group</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Population Group</em>'.
	 * @generated
	 */
	PopulationGroup createPopulationGroup();

	/**
	 * Returns a new object of class '<em>Demand Zone</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Demand Zone</em>'.
	 * @generated
	 */
	DemandZone createDemandZone();

	/**
	 * Returns a new object of class '<em>Settlement</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Settlement</em>'.
	 * @generated
	 */
	Settlement createSettlement();

	/**
	 * Returns a new object of class '<em>Group Population</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Group Population</em>'.
	 * @generated
	 */
	GroupPopulation createGroupPopulation();

	/**
	 * Returns a new object of class '<em>Service Demand</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Service Demand</em>'.
	 * @generated
	 */
	ServiceDemand createServiceDemand();

	/**
	 * Returns a new object of class '<em>Agency</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Agency</em>'.
	 * @generated
	 */
	Agency createAgency();

	/**
	 * Returns a new object of class '<em>Service</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Service</em>'.
	 * @generated
	 */
	Service createService();

	/**
	 * Returns a new object of class '<em>Service Bundle</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Service Bundle</em>'.
	 * @generated
	 */
	ServiceBundle createServiceBundle();

	/**
	 * Returns a new object of class '<em>Service Center</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Service Center</em>'.
	 * @generated
	 */
	ServiceCenter createServiceCenter();

	/**
	 * Returns a new object of class '<em>Counter</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Counter</em>'.
	 * @generated
	 */
	Counter createCounter();

	/**
	 * Returns a new object of class '<em>Score</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Score</em>'.
	 * @generated
	 */
	Score createScore();

	/**
	 * Returns a new object of class '<em>Evaluation</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Evaluation</em>'.
	 * @generated
	 */
	Evaluation createEvaluation();

	/**
	 * Returns a new object of class '<em>Candidate Site</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Candidate Site</em>'.
	 * @generated
	 */
	CandidateSite createCandidateSite();

	/**
	 * Returns a new object of class '<em>Planning Parameters</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Planning Parameters</em>'.
	 * @generated
	 */
	PlanningParameters createPlanningParameters();

	/**
	 * Returns a new object of class '<em>Coverage Threshold</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Coverage Threshold</em>'.
	 * @generated
	 */
	CoverageThreshold createCoverageThreshold();

	/**
	 * Returns a new object of class '<em>Document Requirement</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Document Requirement</em>'.
	 * @generated
	 */
	DocumentRequirement createDocumentRequirement();

	/**
	 * Returns a new object of class '<em>Evaluation Record</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Evaluation Record</em>'.
	 * @generated
	 */
	EvaluationRecord createEvaluationRecord();

	/**
	 * Returns a new object of class '<em>Digital Uptake</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Digital Uptake</em>'.
	 * @generated
	 */
	DigitalUptake createDigitalUptake();

	/**
	 * Returns a new object of class '<em>Roadmap</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Roadmap</em>'.
	 * @generated
	 */
	Roadmap createRoadmap();

	/**
	 * Returns a new object of class '<em>Roadmap Action</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Roadmap Action</em>'.
	 * @generated
	 */
	RoadmapAction createRoadmapAction();

	/**
	 * Returns a new object of class '<em>Roadmap Cost</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Roadmap Cost</em>'.
	 * @generated
	 */
	RoadmapCost createRoadmapCost();

	/**
	 * Returns a new object of class '<em>Roadmap Budget</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Roadmap Budget</em>'.
	 * @generated
	 */
	RoadmapBudget createRoadmapBudget();

	/**
	 * Returns a new object of class '<em>Roadmap Growth</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Roadmap Growth</em>'.
	 * @generated
	 */
	RoadmapGrowth createRoadmapGrowth();

	/**
	 * Returns a new object of class '<em>Roadmap Digital Shift</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Roadmap Digital Shift</em>'.
	 * @generated
	 */
	RoadmapDigitalShift createRoadmapDigitalShift();

	/**
	 * Returns a new object of class '<em>Roadmap Target</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Roadmap Target</em>'.
	 * @generated
	 */
	RoadmapTarget createRoadmapTarget();

	/**
	 * Returns the package supported by this factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the package supported by this factory.
	 * @generated
	 */
	NafithaPackage getNafithaPackage();

} //NafithaFactory
