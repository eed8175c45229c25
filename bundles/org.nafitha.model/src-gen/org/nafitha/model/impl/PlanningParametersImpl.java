/**
 */
package org.nafitha.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.nafitha.model.CoverageThreshold;
import org.nafitha.model.DistanceModel;
import org.nafitha.model.NafithaPackage;
import org.nafitha.model.PlanningParameters;
import org.nafitha.model.Score;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Planning Parameters</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.nafitha.model.impl.PlanningParametersImpl#getCoverageThresholds <em>Coverage Thresholds</em>}</li>
 *   <li>{@link org.nafitha.model.impl.PlanningParametersImpl#getDistanceModel <em>Distance Model</em>}</li>
 *   <li>{@link org.nafitha.model.impl.PlanningParametersImpl#getDetourFactor <em>Detour Factor</em>}</li>
 *   <li>{@link org.nafitha.model.impl.PlanningParametersImpl#getServiceLevelShare <em>Service Level Share</em>}</li>
 *   <li>{@link org.nafitha.model.impl.PlanningParametersImpl#getServiceLevelWaitMinutes <em>Service Level Wait Minutes</em>}</li>
 *   <li>{@link org.nafitha.model.impl.PlanningParametersImpl#getWorkingDaysPerYear <em>Working Days Per Year</em>}</li>
 *   <li>{@link org.nafitha.model.impl.PlanningParametersImpl#getWorkingHoursPerDay <em>Working Hours Per Day</em>}</li>
 *   <li>{@link org.nafitha.model.impl.PlanningParametersImpl#getPeakFactor <em>Peak Factor</em>}</li>
 *   <li>{@link org.nafitha.model.impl.PlanningParametersImpl#getDigitalShift <em>Digital Shift</em>}</li>
 *   <li>{@link org.nafitha.model.impl.PlanningParametersImpl#getStaffPerCounter <em>Staff Per Counter</em>}</li>
 *   <li>{@link org.nafitha.model.impl.PlanningParametersImpl#getCardWeights <em>Card Weights</em>}</li>
 *   <li>{@link org.nafitha.model.impl.PlanningParametersImpl#isCardWeakestLink <em>Card Weakest Link</em>}</li>
 *   <li>{@link org.nafitha.model.impl.PlanningParametersImpl#getTownMaxKm <em>Town Max Km</em>}</li>
 *   <li>{@link org.nafitha.model.impl.PlanningParametersImpl#getTownMinPopulation <em>Town Min Population</em>}</li>
 *   <li>{@link org.nafitha.model.impl.PlanningParametersImpl#getRuralMaxResidents <em>Rural Max Residents</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PlanningParametersImpl extends EObjectImpl implements PlanningParameters {
	/**
	 * The cached value of the '{@link #getCoverageThresholds() <em>Coverage Thresholds</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCoverageThresholds()
	 * @generated
	 * @ordered
	 */
	protected EList<CoverageThreshold> coverageThresholds;

	/**
	 * The default value of the '{@link #getDistanceModel() <em>Distance Model</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDistanceModel()
	 * @generated
	 * @ordered
	 */
	protected static final DistanceModel DISTANCE_MODEL_EDEFAULT = DistanceModel.GREAT_CIRCLE;

	/**
	 * The cached value of the '{@link #getDistanceModel() <em>Distance Model</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDistanceModel()
	 * @generated
	 * @ordered
	 */
	protected DistanceModel distanceModel = DISTANCE_MODEL_EDEFAULT;

	/**
	 * The default value of the '{@link #getDetourFactor() <em>Detour Factor</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDetourFactor()
	 * @generated
	 * @ordered
	 */
	protected static final double DETOUR_FACTOR_EDEFAULT = 1.3;

	/**
	 * The cached value of the '{@link #getDetourFactor() <em>Detour Factor</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDetourFactor()
	 * @generated
	 * @ordered
	 */
	protected double detourFactor = DETOUR_FACTOR_EDEFAULT;

	/**
	 * The default value of the '{@link #getServiceLevelShare() <em>Service Level Share</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getServiceLevelShare()
	 * @generated
	 * @ordered
	 */
	protected static final double SERVICE_LEVEL_SHARE_EDEFAULT = 0.8;

	/**
	 * The cached value of the '{@link #getServiceLevelShare() <em>Service Level Share</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getServiceLevelShare()
	 * @generated
	 * @ordered
	 */
	protected double serviceLevelShare = SERVICE_LEVEL_SHARE_EDEFAULT;

	/**
	 * The default value of the '{@link #getServiceLevelWaitMinutes() <em>Service Level Wait Minutes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getServiceLevelWaitMinutes()
	 * @generated
	 * @ordered
	 */
	protected static final double SERVICE_LEVEL_WAIT_MINUTES_EDEFAULT = 15.0;

	/**
	 * The cached value of the '{@link #getServiceLevelWaitMinutes() <em>Service Level Wait Minutes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getServiceLevelWaitMinutes()
	 * @generated
	 * @ordered
	 */
	protected double serviceLevelWaitMinutes = SERVICE_LEVEL_WAIT_MINUTES_EDEFAULT;

	/**
	 * The default value of the '{@link #getWorkingDaysPerYear() <em>Working Days Per Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWorkingDaysPerYear()
	 * @generated
	 * @ordered
	 */
	protected static final int WORKING_DAYS_PER_YEAR_EDEFAULT = 250;

	/**
	 * The cached value of the '{@link #getWorkingDaysPerYear() <em>Working Days Per Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWorkingDaysPerYear()
	 * @generated
	 * @ordered
	 */
	protected int workingDaysPerYear = WORKING_DAYS_PER_YEAR_EDEFAULT;

	/**
	 * The default value of the '{@link #getWorkingHoursPerDay() <em>Working Hours Per Day</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWorkingHoursPerDay()
	 * @generated
	 * @ordered
	 */
	protected static final double WORKING_HOURS_PER_DAY_EDEFAULT = 7.0;

	/**
	 * The cached value of the '{@link #getWorkingHoursPerDay() <em>Working Hours Per Day</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWorkingHoursPerDay()
	 * @generated
	 * @ordered
	 */
	protected double workingHoursPerDay = WORKING_HOURS_PER_DAY_EDEFAULT;

	/**
	 * The default value of the '{@link #getPeakFactor() <em>Peak Factor</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPeakFactor()
	 * @generated
	 * @ordered
	 */
	protected static final double PEAK_FACTOR_EDEFAULT = 1.3;

	/**
	 * The cached value of the '{@link #getPeakFactor() <em>Peak Factor</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPeakFactor()
	 * @generated
	 * @ordered
	 */
	protected double peakFactor = PEAK_FACTOR_EDEFAULT;

	/**
	 * The default value of the '{@link #getDigitalShift() <em>Digital Shift</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDigitalShift()
	 * @generated
	 * @ordered
	 */
	protected static final double DIGITAL_SHIFT_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getDigitalShift() <em>Digital Shift</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDigitalShift()
	 * @generated
	 * @ordered
	 */
	protected double digitalShift = DIGITAL_SHIFT_EDEFAULT;

	/**
	 * The default value of the '{@link #getStaffPerCounter() <em>Staff Per Counter</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStaffPerCounter()
	 * @generated
	 * @ordered
	 */
	protected static final double STAFF_PER_COUNTER_EDEFAULT = 1.2;

	/**
	 * The cached value of the '{@link #getStaffPerCounter() <em>Staff Per Counter</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStaffPerCounter()
	 * @generated
	 * @ordered
	 */
	protected double staffPerCounter = STAFF_PER_COUNTER_EDEFAULT;

	/**
	 * The cached value of the '{@link #getCardWeights() <em>Card Weights</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCardWeights()
	 * @generated
	 * @ordered
	 */
	protected EList<Score> cardWeights;

	/**
	 * The default value of the '{@link #isCardWeakestLink() <em>Card Weakest Link</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isCardWeakestLink()
	 * @generated
	 * @ordered
	 */
	protected static final boolean CARD_WEAKEST_LINK_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isCardWeakestLink() <em>Card Weakest Link</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isCardWeakestLink()
	 * @generated
	 * @ordered
	 */
	protected boolean cardWeakestLink = CARD_WEAKEST_LINK_EDEFAULT;

	/**
	 * The default value of the '{@link #getTownMaxKm() <em>Town Max Km</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTownMaxKm()
	 * @generated
	 * @ordered
	 */
	protected static final double TOWN_MAX_KM_EDEFAULT = 20.0;

	/**
	 * The cached value of the '{@link #getTownMaxKm() <em>Town Max Km</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTownMaxKm()
	 * @generated
	 * @ordered
	 */
	protected double townMaxKm = TOWN_MAX_KM_EDEFAULT;

	/**
	 * The default value of the '{@link #getTownMinPopulation() <em>Town Min Population</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTownMinPopulation()
	 * @generated
	 * @ordered
	 */
	protected static final double TOWN_MIN_POPULATION_EDEFAULT = 5000.0;

	/**
	 * The cached value of the '{@link #getTownMinPopulation() <em>Town Min Population</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTownMinPopulation()
	 * @generated
	 * @ordered
	 */
	protected double townMinPopulation = TOWN_MIN_POPULATION_EDEFAULT;

	/**
	 * The default value of the '{@link #getRuralMaxResidents() <em>Rural Max Residents</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRuralMaxResidents()
	 * @generated
	 * @ordered
	 */
	protected static final double RURAL_MAX_RESIDENTS_EDEFAULT = 50000.0;

	/**
	 * The cached value of the '{@link #getRuralMaxResidents() <em>Rural Max Residents</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRuralMaxResidents()
	 * @generated
	 * @ordered
	 */
	protected double ruralMaxResidents = RURAL_MAX_RESIDENTS_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PlanningParametersImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return NafithaPackage.Literals.PLANNING_PARAMETERS;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<CoverageThreshold> getCoverageThresholds() {
		if (coverageThresholds == null) {
			coverageThresholds = new EObjectContainmentEList<CoverageThreshold>(CoverageThreshold.class, this, NafithaPackage.PLANNING_PARAMETERS__COVERAGE_THRESHOLDS);
		}
		return coverageThresholds;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DistanceModel getDistanceModel() {
		return distanceModel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDistanceModel(DistanceModel newDistanceModel) {
		DistanceModel oldDistanceModel = distanceModel;
		distanceModel = newDistanceModel == null ? DISTANCE_MODEL_EDEFAULT : newDistanceModel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NafithaPackage.PLANNING_PARAMETERS__DISTANCE_MODEL, oldDistanceModel, distanceModel));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getDetourFactor() {
		return detourFactor;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDetourFactor(double newDetourFactor) {
		double oldDetourFactor = detourFactor;
		detourFactor = newDetourFactor;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NafithaPackage.PLANNING_PARAMETERS__DETOUR_FACTOR, oldDetourFactor, detourFactor));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getServiceLevelShare() {
		return serviceLevelShare;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setServiceLevelShare(double newServiceLevelShare) {
		double oldServiceLevelShare = serviceLevelShare;
		serviceLevelShare = newServiceLevelShare;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NafithaPackage.PLANNING_PARAMETERS__SERVICE_LEVEL_SHARE, oldServiceLevelShare, serviceLevelShare));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getServiceLevelWaitMinutes() {
		return serviceLevelWaitMinutes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setServiceLevelWaitMinutes(double newServiceLevelWaitMinutes) {
		double oldServiceLevelWaitMinutes = serviceLevelWaitMinutes;
		serviceLevelWaitMinutes = newServiceLevelWaitMinutes;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NafithaPackage.PLANNING_PARAMETERS__SERVICE_LEVEL_WAIT_MINUTES, oldServiceLevelWaitMinutes, serviceLevelWaitMinutes));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getWorkingDaysPerYear() {
		return workingDaysPerYear;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWorkingDaysPerYear(int newWorkingDaysPerYear) {
		int oldWorkingDaysPerYear = workingDaysPerYear;
		workingDaysPerYear = newWorkingDaysPerYear;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NafithaPackage.PLANNING_PARAMETERS__WORKING_DAYS_PER_YEAR, oldWorkingDaysPerYear, workingDaysPerYear));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getWorkingHoursPerDay() {
		return workingHoursPerDay;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWorkingHoursPerDay(double newWorkingHoursPerDay) {
		double oldWorkingHoursPerDay = workingHoursPerDay;
		workingHoursPerDay = newWorkingHoursPerDay;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NafithaPackage.PLANNING_PARAMETERS__WORKING_HOURS_PER_DAY, oldWorkingHoursPerDay, workingHoursPerDay));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getPeakFactor() {
		return peakFactor;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPeakFactor(double newPeakFactor) {
		double oldPeakFactor = peakFactor;
		peakFactor = newPeakFactor;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NafithaPackage.PLANNING_PARAMETERS__PEAK_FACTOR, oldPeakFactor, peakFactor));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getDigitalShift() {
		return digitalShift;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDigitalShift(double newDigitalShift) {
		double oldDigitalShift = digitalShift;
		digitalShift = newDigitalShift;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NafithaPackage.PLANNING_PARAMETERS__DIGITAL_SHIFT, oldDigitalShift, digitalShift));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getStaffPerCounter() {
		return staffPerCounter;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStaffPerCounter(double newStaffPerCounter) {
		double oldStaffPerCounter = staffPerCounter;
		staffPerCounter = newStaffPerCounter;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NafithaPackage.PLANNING_PARAMETERS__STAFF_PER_COUNTER, oldStaffPerCounter, staffPerCounter));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Score> getCardWeights() {
		if (cardWeights == null) {
			cardWeights = new EObjectContainmentEList<Score>(Score.class, this, NafithaPackage.PLANNING_PARAMETERS__CARD_WEIGHTS);
		}
		return cardWeights;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isCardWeakestLink() {
		return cardWeakestLink;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCardWeakestLink(boolean newCardWeakestLink) {
		boolean oldCardWeakestLink = cardWeakestLink;
		cardWeakestLink = newCardWeakestLink;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NafithaPackage.PLANNING_PARAMETERS__CARD_WEAKEST_LINK, oldCardWeakestLink, cardWeakestLink));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getTownMaxKm() {
		return townMaxKm;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTownMaxKm(double newTownMaxKm) {
		double oldTownMaxKm = townMaxKm;
		townMaxKm = newTownMaxKm;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NafithaPackage.PLANNING_PARAMETERS__TOWN_MAX_KM, oldTownMaxKm, townMaxKm));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getTownMinPopulation() {
		return townMinPopulation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTownMinPopulation(double newTownMinPopulation) {
		double oldTownMinPopulation = townMinPopulation;
		townMinPopulation = newTownMinPopulation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NafithaPackage.PLANNING_PARAMETERS__TOWN_MIN_POPULATION, oldTownMinPopulation, townMinPopulation));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getRuralMaxResidents() {
		return ruralMaxResidents;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRuralMaxResidents(double newRuralMaxResidents) {
		double oldRuralMaxResidents = ruralMaxResidents;
		ruralMaxResidents = newRuralMaxResidents;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NafithaPackage.PLANNING_PARAMETERS__RURAL_MAX_RESIDENTS, oldRuralMaxResidents, ruralMaxResidents));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case NafithaPackage.PLANNING_PARAMETERS__COVERAGE_THRESHOLDS:
				return ((InternalEList<?>)getCoverageThresholds()).basicRemove(otherEnd, msgs);
			case NafithaPackage.PLANNING_PARAMETERS__CARD_WEIGHTS:
				return ((InternalEList<?>)getCardWeights()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case NafithaPackage.PLANNING_PARAMETERS__COVERAGE_THRESHOLDS:
				return getCoverageThresholds();
			case NafithaPackage.PLANNING_PARAMETERS__DISTANCE_MODEL:
				return getDistanceModel();
			case NafithaPackage.PLANNING_PARAMETERS__DETOUR_FACTOR:
				return getDetourFactor();
			case NafithaPackage.PLANNING_PARAMETERS__SERVICE_LEVEL_SHARE:
				return getServiceLevelShare();
			case NafithaPackage.PLANNING_PARAMETERS__SERVICE_LEVEL_WAIT_MINUTES:
				return getServiceLevelWaitMinutes();
			case NafithaPackage.PLANNING_PARAMETERS__WORKING_DAYS_PER_YEAR:
				return getWorkingDaysPerYear();
			case NafithaPackage.PLANNING_PARAMETERS__WORKING_HOURS_PER_DAY:
				return getWorkingHoursPerDay();
			case NafithaPackage.PLANNING_PARAMETERS__PEAK_FACTOR:
				return getPeakFactor();
			case NafithaPackage.PLANNING_PARAMETERS__DIGITAL_SHIFT:
				return getDigitalShift();
			case NafithaPackage.PLANNING_PARAMETERS__STAFF_PER_COUNTER:
				return getStaffPerCounter();
			case NafithaPackage.PLANNING_PARAMETERS__CARD_WEIGHTS:
				return getCardWeights();
			case NafithaPackage.PLANNING_PARAMETERS__CARD_WEAKEST_LINK:
				return isCardWeakestLink();
			case NafithaPackage.PLANNING_PARAMETERS__TOWN_MAX_KM:
				return getTownMaxKm();
			case NafithaPackage.PLANNING_PARAMETERS__TOWN_MIN_POPULATION:
				return getTownMinPopulation();
			case NafithaPackage.PLANNING_PARAMETERS__RURAL_MAX_RESIDENTS:
				return getRuralMaxResidents();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case NafithaPackage.PLANNING_PARAMETERS__COVERAGE_THRESHOLDS:
				getCoverageThresholds().clear();
				getCoverageThresholds().addAll((Collection<? extends CoverageThreshold>)newValue);
				return;
			case NafithaPackage.PLANNING_PARAMETERS__DISTANCE_MODEL:
				setDistanceModel((DistanceModel)newValue);
				return;
			case NafithaPackage.PLANNING_PARAMETERS__DETOUR_FACTOR:
				setDetourFactor((Double)newValue);
				return;
			case NafithaPackage.PLANNING_PARAMETERS__SERVICE_LEVEL_SHARE:
				setServiceLevelShare((Double)newValue);
				return;
			case NafithaPackage.PLANNING_PARAMETERS__SERVICE_LEVEL_WAIT_MINUTES:
				setServiceLevelWaitMinutes((Double)newValue);
				return;
			case NafithaPackage.PLANNING_PARAMETERS__WORKING_DAYS_PER_YEAR:
				setWorkingDaysPerYear((Integer)newValue);
				return;
			case NafithaPackage.PLANNING_PARAMETERS__WORKING_HOURS_PER_DAY:
				setWorkingHoursPerDay((Double)newValue);
				return;
			case NafithaPackage.PLANNING_PARAMETERS__PEAK_FACTOR:
				setPeakFactor((Double)newValue);
				return;
			case NafithaPackage.PLANNING_PARAMETERS__DIGITAL_SHIFT:
				setDigitalShift((Double)newValue);
				return;
			case NafithaPackage.PLANNING_PARAMETERS__STAFF_PER_COUNTER:
				setStaffPerCounter((Double)newValue);
				return;
			case NafithaPackage.PLANNING_PARAMETERS__CARD_WEIGHTS:
				getCardWeights().clear();
				getCardWeights().addAll((Collection<? extends Score>)newValue);
				return;
			case NafithaPackage.PLANNING_PARAMETERS__CARD_WEAKEST_LINK:
				setCardWeakestLink((Boolean)newValue);
				return;
			case NafithaPackage.PLANNING_PARAMETERS__TOWN_MAX_KM:
				setTownMaxKm((Double)newValue);
				return;
			case NafithaPackage.PLANNING_PARAMETERS__TOWN_MIN_POPULATION:
				setTownMinPopulation((Double)newValue);
				return;
			case NafithaPackage.PLANNING_PARAMETERS__RURAL_MAX_RESIDENTS:
				setRuralMaxResidents((Double)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case NafithaPackage.PLANNING_PARAMETERS__COVERAGE_THRESHOLDS:
				getCoverageThresholds().clear();
				return;
			case NafithaPackage.PLANNING_PARAMETERS__DISTANCE_MODEL:
				setDistanceModel(DISTANCE_MODEL_EDEFAULT);
				return;
			case NafithaPackage.PLANNING_PARAMETERS__DETOUR_FACTOR:
				setDetourFactor(DETOUR_FACTOR_EDEFAULT);
				return;
			case NafithaPackage.PLANNING_PARAMETERS__SERVICE_LEVEL_SHARE:
				setServiceLevelShare(SERVICE_LEVEL_SHARE_EDEFAULT);
				return;
			case NafithaPackage.PLANNING_PARAMETERS__SERVICE_LEVEL_WAIT_MINUTES:
				setServiceLevelWaitMinutes(SERVICE_LEVEL_WAIT_MINUTES_EDEFAULT);
				return;
			case NafithaPackage.PLANNING_PARAMETERS__WORKING_DAYS_PER_YEAR:
				setWorkingDaysPerYear(WORKING_DAYS_PER_YEAR_EDEFAULT);
				return;
			case NafithaPackage.PLANNING_PARAMETERS__WORKING_HOURS_PER_DAY:
				setWorkingHoursPerDay(WORKING_HOURS_PER_DAY_EDEFAULT);
				return;
			case NafithaPackage.PLANNING_PARAMETERS__PEAK_FACTOR:
				setPeakFactor(PEAK_FACTOR_EDEFAULT);
				return;
			case NafithaPackage.PLANNING_PARAMETERS__DIGITAL_SHIFT:
				setDigitalShift(DIGITAL_SHIFT_EDEFAULT);
				return;
			case NafithaPackage.PLANNING_PARAMETERS__STAFF_PER_COUNTER:
				setStaffPerCounter(STAFF_PER_COUNTER_EDEFAULT);
				return;
			case NafithaPackage.PLANNING_PARAMETERS__CARD_WEIGHTS:
				getCardWeights().clear();
				return;
			case NafithaPackage.PLANNING_PARAMETERS__CARD_WEAKEST_LINK:
				setCardWeakestLink(CARD_WEAKEST_LINK_EDEFAULT);
				return;
			case NafithaPackage.PLANNING_PARAMETERS__TOWN_MAX_KM:
				setTownMaxKm(TOWN_MAX_KM_EDEFAULT);
				return;
			case NafithaPackage.PLANNING_PARAMETERS__TOWN_MIN_POPULATION:
				setTownMinPopulation(TOWN_MIN_POPULATION_EDEFAULT);
				return;
			case NafithaPackage.PLANNING_PARAMETERS__RURAL_MAX_RESIDENTS:
				setRuralMaxResidents(RURAL_MAX_RESIDENTS_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case NafithaPackage.PLANNING_PARAMETERS__COVERAGE_THRESHOLDS:
				return coverageThresholds != null && !coverageThresholds.isEmpty();
			case NafithaPackage.PLANNING_PARAMETERS__DISTANCE_MODEL:
				return distanceModel != DISTANCE_MODEL_EDEFAULT;
			case NafithaPackage.PLANNING_PARAMETERS__DETOUR_FACTOR:
				return detourFactor != DETOUR_FACTOR_EDEFAULT;
			case NafithaPackage.PLANNING_PARAMETERS__SERVICE_LEVEL_SHARE:
				return serviceLevelShare != SERVICE_LEVEL_SHARE_EDEFAULT;
			case NafithaPackage.PLANNING_PARAMETERS__SERVICE_LEVEL_WAIT_MINUTES:
				return serviceLevelWaitMinutes != SERVICE_LEVEL_WAIT_MINUTES_EDEFAULT;
			case NafithaPackage.PLANNING_PARAMETERS__WORKING_DAYS_PER_YEAR:
				return workingDaysPerYear != WORKING_DAYS_PER_YEAR_EDEFAULT;
			case NafithaPackage.PLANNING_PARAMETERS__WORKING_HOURS_PER_DAY:
				return workingHoursPerDay != WORKING_HOURS_PER_DAY_EDEFAULT;
			case NafithaPackage.PLANNING_PARAMETERS__PEAK_FACTOR:
				return peakFactor != PEAK_FACTOR_EDEFAULT;
			case NafithaPackage.PLANNING_PARAMETERS__DIGITAL_SHIFT:
				return digitalShift != DIGITAL_SHIFT_EDEFAULT;
			case NafithaPackage.PLANNING_PARAMETERS__STAFF_PER_COUNTER:
				return staffPerCounter != STAFF_PER_COUNTER_EDEFAULT;
			case NafithaPackage.PLANNING_PARAMETERS__CARD_WEIGHTS:
				return cardWeights != null && !cardWeights.isEmpty();
			case NafithaPackage.PLANNING_PARAMETERS__CARD_WEAKEST_LINK:
				return cardWeakestLink != CARD_WEAKEST_LINK_EDEFAULT;
			case NafithaPackage.PLANNING_PARAMETERS__TOWN_MAX_KM:
				return townMaxKm != TOWN_MAX_KM_EDEFAULT;
			case NafithaPackage.PLANNING_PARAMETERS__TOWN_MIN_POPULATION:
				return townMinPopulation != TOWN_MIN_POPULATION_EDEFAULT;
			case NafithaPackage.PLANNING_PARAMETERS__RURAL_MAX_RESIDENTS:
				return ruralMaxResidents != RURAL_MAX_RESIDENTS_EDEFAULT;
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (distanceModel: ");
		result.append(distanceModel);
		result.append(", detourFactor: ");
		result.append(detourFactor);
		result.append(", serviceLevelShare: ");
		result.append(serviceLevelShare);
		result.append(", serviceLevelWaitMinutes: ");
		result.append(serviceLevelWaitMinutes);
		result.append(", workingDaysPerYear: ");
		result.append(workingDaysPerYear);
		result.append(", workingHoursPerDay: ");
		result.append(workingHoursPerDay);
		result.append(", peakFactor: ");
		result.append(peakFactor);
		result.append(", digitalShift: ");
		result.append(digitalShift);
		result.append(", staffPerCounter: ");
		result.append(staffPerCounter);
		result.append(", cardWeakestLink: ");
		result.append(cardWeakestLink);
		result.append(", townMaxKm: ");
		result.append(townMaxKm);
		result.append(", townMinPopulation: ");
		result.append(townMinPopulation);
		result.append(", ruralMaxResidents: ");
		result.append(ruralMaxResidents);
		result.append(')');
		return result.toString();
	}

} //PlanningParametersImpl
