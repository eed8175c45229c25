/**
 */
package org.nafitha.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Planning Parameters</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The planning norms of a scenario.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.nafitha.model.PlanningParameters#getCoverageThresholds <em>Coverage Thresholds</em>}</li>
 *   <li>{@link org.nafitha.model.PlanningParameters#getDistanceModel <em>Distance Model</em>}</li>
 *   <li>{@link org.nafitha.model.PlanningParameters#getDetourFactor <em>Detour Factor</em>}</li>
 *   <li>{@link org.nafitha.model.PlanningParameters#getServiceLevelShare <em>Service Level Share</em>}</li>
 *   <li>{@link org.nafitha.model.PlanningParameters#getServiceLevelWaitMinutes <em>Service Level Wait Minutes</em>}</li>
 *   <li>{@link org.nafitha.model.PlanningParameters#getWorkingDaysPerYear <em>Working Days Per Year</em>}</li>
 *   <li>{@link org.nafitha.model.PlanningParameters#getWorkingHoursPerDay <em>Working Hours Per Day</em>}</li>
 *   <li>{@link org.nafitha.model.PlanningParameters#getPeakFactor <em>Peak Factor</em>}</li>
 *   <li>{@link org.nafitha.model.PlanningParameters#getDigitalShift <em>Digital Shift</em>}</li>
 *   <li>{@link org.nafitha.model.PlanningParameters#getStaffPerCounter <em>Staff Per Counter</em>}</li>
 *   <li>{@link org.nafitha.model.PlanningParameters#getCardWeights <em>Card Weights</em>}</li>
 *   <li>{@link org.nafitha.model.PlanningParameters#isCardWeakestLink <em>Card Weakest Link</em>}</li>
 *   <li>{@link org.nafitha.model.PlanningParameters#getTownMaxKm <em>Town Max Km</em>}</li>
 *   <li>{@link org.nafitha.model.PlanningParameters#getTownMinPopulation <em>Town Min Population</em>}</li>
 *   <li>{@link org.nafitha.model.PlanningParameters#getRuralMaxResidents <em>Rural Max Residents</em>}</li>
 * </ul>
 *
 * @see org.nafitha.model.NafithaPackage#getPlanningParameters()
 * @model
 * @generated
 */
public interface PlanningParameters extends EObject {
	/**
	 * Returns the value of the '<em><b>Coverage Thresholds</b></em>' containment reference list.
	 * The list contents are of type {@link org.nafitha.model.CoverageThreshold}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Coverage Thresholds</em>' containment reference list.
	 * @see org.nafitha.model.NafithaPackage#getPlanningParameters_CoverageThresholds()
	 * @model containment="true"
	 * @generated
	 */
	EList<CoverageThreshold> getCoverageThresholds();

	/**
	 * Returns the value of the '<em><b>Distance Model</b></em>' attribute.
	 * The literals are from the enumeration {@link org.nafitha.model.DistanceModel}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Distance Model</em>' attribute.
	 * @see org.nafitha.model.DistanceModel
	 * @see #setDistanceModel(DistanceModel)
	 * @see org.nafitha.model.NafithaPackage#getPlanningParameters_DistanceModel()
	 * @model
	 * @generated
	 */
	DistanceModel getDistanceModel();

	/**
	 * Sets the value of the '{@link org.nafitha.model.PlanningParameters#getDistanceModel <em>Distance Model</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Distance Model</em>' attribute.
	 * @see org.nafitha.model.DistanceModel
	 * @see #getDistanceModel()
	 * @generated
	 */
	void setDistanceModel(DistanceModel value);

	/**
	 * Returns the value of the '<em><b>Detour Factor</b></em>' attribute.
	 * The default value is <code>"1.3"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Road distance over straight-line distance, for the DETOUR model.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Detour Factor</em>' attribute.
	 * @see #setDetourFactor(double)
	 * @see org.nafitha.model.NafithaPackage#getPlanningParameters_DetourFactor()
	 * @model default="1.3"
	 * @generated
	 */
	double getDetourFactor();

	/**
	 * Sets the value of the '{@link org.nafitha.model.PlanningParameters#getDetourFactor <em>Detour Factor</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Detour Factor</em>' attribute.
	 * @see #getDetourFactor()
	 * @generated
	 */
	void setDetourFactor(double value);

	/**
	 * Returns the value of the '<em><b>Service Level Share</b></em>' attribute.
	 * The default value is <code>"0.8"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Share of customers to be served within the target wait, 0..1.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Service Level Share</em>' attribute.
	 * @see #setServiceLevelShare(double)
	 * @see org.nafitha.model.NafithaPackage#getPlanningParameters_ServiceLevelShare()
	 * @model default="0.8"
	 * @generated
	 */
	double getServiceLevelShare();

	/**
	 * Sets the value of the '{@link org.nafitha.model.PlanningParameters#getServiceLevelShare <em>Service Level Share</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Service Level Share</em>' attribute.
	 * @see #getServiceLevelShare()
	 * @generated
	 */
	void setServiceLevelShare(double value);

	/**
	 * Returns the value of the '<em><b>Service Level Wait Minutes</b></em>' attribute.
	 * The default value is <code>"15.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Service Level Wait Minutes</em>' attribute.
	 * @see #setServiceLevelWaitMinutes(double)
	 * @see org.nafitha.model.NafithaPackage#getPlanningParameters_ServiceLevelWaitMinutes()
	 * @model default="15.0"
	 * @generated
	 */
	double getServiceLevelWaitMinutes();

	/**
	 * Sets the value of the '{@link org.nafitha.model.PlanningParameters#getServiceLevelWaitMinutes <em>Service Level Wait Minutes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Service Level Wait Minutes</em>' attribute.
	 * @see #getServiceLevelWaitMinutes()
	 * @generated
	 */
	void setServiceLevelWaitMinutes(double value);

	/**
	 * Returns the value of the '<em><b>Working Days Per Year</b></em>' attribute.
	 * The default value is <code>"250"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Working Days Per Year</em>' attribute.
	 * @see #setWorkingDaysPerYear(int)
	 * @see org.nafitha.model.NafithaPackage#getPlanningParameters_WorkingDaysPerYear()
	 * @model default="250"
	 * @generated
	 */
	int getWorkingDaysPerYear();

	/**
	 * Sets the value of the '{@link org.nafitha.model.PlanningParameters#getWorkingDaysPerYear <em>Working Days Per Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Working Days Per Year</em>' attribute.
	 * @see #getWorkingDaysPerYear()
	 * @generated
	 */
	void setWorkingDaysPerYear(int value);

	/**
	 * Returns the value of the '<em><b>Working Hours Per Day</b></em>' attribute.
	 * The default value is <code>"7.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Working Hours Per Day</em>' attribute.
	 * @see #setWorkingHoursPerDay(double)
	 * @see org.nafitha.model.NafithaPackage#getPlanningParameters_WorkingHoursPerDay()
	 * @model default="7.0"
	 * @generated
	 */
	double getWorkingHoursPerDay();

	/**
	 * Sets the value of the '{@link org.nafitha.model.PlanningParameters#getWorkingHoursPerDay <em>Working Hours Per Day</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Working Hours Per Day</em>' attribute.
	 * @see #getWorkingHoursPerDay()
	 * @generated
	 */
	void setWorkingHoursPerDay(double value);

	/**
	 * Returns the value of the '<em><b>Peak Factor</b></em>' attribute.
	 * The default value is <code>"1.3"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Peak-hour arrivals over the average hour.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Peak Factor</em>' attribute.
	 * @see #setPeakFactor(double)
	 * @see org.nafitha.model.NafithaPackage#getPlanningParameters_PeakFactor()
	 * @model default="1.3"
	 * @generated
	 */
	double getPeakFactor();

	/**
	 * Sets the value of the '{@link org.nafitha.model.PlanningParameters#getPeakFactor <em>Peak Factor</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Peak Factor</em>' attribute.
	 * @see #getPeakFactor()
	 * @generated
	 */
	void setPeakFactor(double value);

	/**
	 * Returns the value of the '<em><b>Digital Shift</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Further share of in-person transactions expected to move online, 0..1.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Digital Shift</em>' attribute.
	 * @see #setDigitalShift(double)
	 * @see org.nafitha.model.NafithaPackage#getPlanningParameters_DigitalShift()
	 * @model
	 * @generated
	 */
	double getDigitalShift();

	/**
	 * Sets the value of the '{@link org.nafitha.model.PlanningParameters#getDigitalShift <em>Digital Shift</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Digital Shift</em>' attribute.
	 * @see #getDigitalShift()
	 * @generated
	 */
	void setDigitalShift(double value);

	/**
	 * Returns the value of the '<em><b>Staff Per Counter</b></em>' attribute.
	 * The default value is <code>"1.2"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Staff needed per open counter (breaks, leave, supervision).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Staff Per Counter</em>' attribute.
	 * @see #setStaffPerCounter(double)
	 * @see org.nafitha.model.NafithaPackage#getPlanningParameters_StaffPerCounter()
	 * @model default="1.2"
	 * @generated
	 */
	double getStaffPerCounter();

	/**
	 * Sets the value of the '{@link org.nafitha.model.PlanningParameters#getStaffPerCounter <em>Staff Per Counter</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Staff Per Counter</em>' attribute.
	 * @see #getStaffPerCounter()
	 * @generated
	 */
	void setStaffPerCounter(double value);

	/**
	 * Returns the value of the '<em><b>Card Weights</b></em>' containment reference list.
	 * The list contents are of type {@link org.nafitha.model.Score}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Weights of the national card's dimensions (dimension id, weight 0 or more); a dimension not listed takes its default weight.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Card Weights</em>' containment reference list.
	 * @see org.nafitha.model.NafithaPackage#getPlanningParameters_CardWeights()
	 * @model containment="true"
	 * @generated
	 */
	EList<Score> getCardWeights();

	/**
	 * Returns the value of the '<em><b>Card Weakest Link</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Weakest link: a center's card rating cannot exceed the rating of its weakest scored dimension by more than one step.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Card Weakest Link</em>' attribute.
	 * @see #setCardWeakestLink(boolean)
	 * @see org.nafitha.model.NafithaPackage#getPlanningParameters_CardWeakestLink()
	 * @model
	 * @generated
	 */
	boolean isCardWeakestLink();

	/**
	 * Sets the value of the '{@link org.nafitha.model.PlanningParameters#isCardWeakestLink <em>Card Weakest Link</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Card Weakest Link</em>' attribute.
	 * @see #isCardWeakestLink()
	 * @generated
	 */
	void setCardWeakestLink(boolean value);

	/**
	 * Returns the value of the '<em><b>Town Max Km</b></em>' attribute.
	 * The default value is <code>"20.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Demand-placement check: a warning when a zone's residents are counted at a point farther than this (km) from every town (a settlement of at least townMinPopulation residents).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Town Max Km</em>' attribute.
	 * @see #setTownMaxKm(double)
	 * @see org.nafitha.model.NafithaPackage#getPlanningParameters_TownMaxKm()
	 * @model default="20.0"
	 * @generated
	 */
	double getTownMaxKm();

	/**
	 * Sets the value of the '{@link org.nafitha.model.PlanningParameters#getTownMaxKm <em>Town Max Km</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Town Max Km</em>' attribute.
	 * @see #getTownMaxKm()
	 * @generated
	 */
	void setTownMaxKm(double value);

	/**
	 * Returns the value of the '<em><b>Town Min Population</b></em>' attribute.
	 * The default value is <code>"5000.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Demand-placement check: the residents that make a settlement a town.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Town Min Population</em>' attribute.
	 * @see #setTownMinPopulation(double)
	 * @see org.nafitha.model.NafithaPackage#getPlanningParameters_TownMinPopulation()
	 * @model default="5000.0"
	 * @generated
	 */
	double getTownMinPopulation();

	/**
	 * Sets the value of the '{@link org.nafitha.model.PlanningParameters#getTownMinPopulation <em>Town Min Population</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Town Min Population</em>' attribute.
	 * @see #getTownMinPopulation()
	 * @generated
	 */
	void setTownMinPopulation(double value);

	/**
	 * Returns the value of the '<em><b>Rural Max Residents</b></em>' attribute.
	 * The default value is <code>"50000.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Demand-placement check: a warning when more residents than this sit at one rural or badia point (a town of that size is urban).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Rural Max Residents</em>' attribute.
	 * @see #setRuralMaxResidents(double)
	 * @see org.nafitha.model.NafithaPackage#getPlanningParameters_RuralMaxResidents()
	 * @model default="50000.0"
	 * @generated
	 */
	double getRuralMaxResidents();

	/**
	 * Sets the value of the '{@link org.nafitha.model.PlanningParameters#getRuralMaxResidents <em>Rural Max Residents</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rural Max Residents</em>' attribute.
	 * @see #getRuralMaxResidents()
	 * @generated
	 */
	void setRuralMaxResidents(double value);

} // PlanningParameters
