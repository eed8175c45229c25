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

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.nafitha.model.Agency;
import org.nafitha.model.CandidateSite;
import org.nafitha.model.DemandZone;
import org.nafitha.model.NafithaPackage;
import org.nafitha.model.PlanningParameters;
import org.nafitha.model.PopulationGroup;
import org.nafitha.model.Region;
import org.nafitha.model.Roadmap;
import org.nafitha.model.Scenario;
import org.nafitha.model.Service;
import org.nafitha.model.ServiceBundle;
import org.nafitha.model.ServiceCenter;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Scenario</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.nafitha.model.impl.ScenarioImpl#getDescription <em>Description</em>}</li>
 *   <li>{@link org.nafitha.model.impl.ScenarioImpl#getBaseYear <em>Base Year</em>}</li>
 *   <li>{@link org.nafitha.model.impl.ScenarioImpl#getBaseline <em>Baseline</em>}</li>
 *   <li>{@link org.nafitha.model.impl.ScenarioImpl#getStudyArea <em>Study Area</em>}</li>
 *   <li>{@link org.nafitha.model.impl.ScenarioImpl#getParameters <em>Parameters</em>}</li>
 *   <li>{@link org.nafitha.model.impl.ScenarioImpl#getPopulationGroups <em>Population Groups</em>}</li>
 *   <li>{@link org.nafitha.model.impl.ScenarioImpl#getRegions <em>Regions</em>}</li>
 *   <li>{@link org.nafitha.model.impl.ScenarioImpl#getDemandZones <em>Demand Zones</em>}</li>
 *   <li>{@link org.nafitha.model.impl.ScenarioImpl#getAgencies <em>Agencies</em>}</li>
 *   <li>{@link org.nafitha.model.impl.ScenarioImpl#getServices <em>Services</em>}</li>
 *   <li>{@link org.nafitha.model.impl.ScenarioImpl#getBundles <em>Bundles</em>}</li>
 *   <li>{@link org.nafitha.model.impl.ScenarioImpl#getCenters <em>Centers</em>}</li>
 *   <li>{@link org.nafitha.model.impl.ScenarioImpl#getCandidateSites <em>Candidate Sites</em>}</li>
 *   <li>{@link org.nafitha.model.impl.ScenarioImpl#getRoadmap <em>Roadmap</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ScenarioImpl extends NamedImpl implements Scenario {
	/**
	 * The default value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected static final String DESCRIPTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected String description = DESCRIPTION_EDEFAULT;

	/**
	 * The default value of the '{@link #getBaseYear() <em>Base Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBaseYear()
	 * @generated
	 * @ordered
	 */
	protected static final int BASE_YEAR_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getBaseYear() <em>Base Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBaseYear()
	 * @generated
	 * @ordered
	 */
	protected int baseYear = BASE_YEAR_EDEFAULT;

	/**
	 * The default value of the '{@link #getBaseline() <em>Baseline</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBaseline()
	 * @generated
	 * @ordered
	 */
	protected static final String BASELINE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getBaseline() <em>Baseline</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBaseline()
	 * @generated
	 * @ordered
	 */
	protected String baseline = BASELINE_EDEFAULT;

	/**
	 * The default value of the '{@link #getStudyArea() <em>Study Area</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStudyArea()
	 * @generated
	 * @ordered
	 */
	protected static final String STUDY_AREA_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStudyArea() <em>Study Area</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStudyArea()
	 * @generated
	 * @ordered
	 */
	protected String studyArea = STUDY_AREA_EDEFAULT;

	/**
	 * The cached value of the '{@link #getParameters() <em>Parameters</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getParameters()
	 * @generated
	 * @ordered
	 */
	protected PlanningParameters parameters;

	/**
	 * The cached value of the '{@link #getPopulationGroups() <em>Population Groups</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPopulationGroups()
	 * @generated
	 * @ordered
	 */
	protected EList<PopulationGroup> populationGroups;

	/**
	 * The cached value of the '{@link #getRegions() <em>Regions</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRegions()
	 * @generated
	 * @ordered
	 */
	protected EList<Region> regions;

	/**
	 * The cached value of the '{@link #getDemandZones() <em>Demand Zones</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDemandZones()
	 * @generated
	 * @ordered
	 */
	protected EList<DemandZone> demandZones;

	/**
	 * The cached value of the '{@link #getAgencies() <em>Agencies</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAgencies()
	 * @generated
	 * @ordered
	 */
	protected EList<Agency> agencies;

	/**
	 * The cached value of the '{@link #getServices() <em>Services</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getServices()
	 * @generated
	 * @ordered
	 */
	protected EList<Service> services;

	/**
	 * The cached value of the '{@link #getBundles() <em>Bundles</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBundles()
	 * @generated
	 * @ordered
	 */
	protected EList<ServiceBundle> bundles;

	/**
	 * The cached value of the '{@link #getCenters() <em>Centers</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCenters()
	 * @generated
	 * @ordered
	 */
	protected EList<ServiceCenter> centers;

	/**
	 * The cached value of the '{@link #getCandidateSites() <em>Candidate Sites</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCandidateSites()
	 * @generated
	 * @ordered
	 */
	protected EList<CandidateSite> candidateSites;

	/**
	 * The cached value of the '{@link #getRoadmap() <em>Roadmap</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRoadmap()
	 * @generated
	 * @ordered
	 */
	protected Roadmap roadmap;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ScenarioImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return NafithaPackage.Literals.SCENARIO;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDescription() {
		return description;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDescription(String newDescription) {
		String oldDescription = description;
		description = newDescription;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NafithaPackage.SCENARIO__DESCRIPTION, oldDescription, description));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getBaseYear() {
		return baseYear;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBaseYear(int newBaseYear) {
		int oldBaseYear = baseYear;
		baseYear = newBaseYear;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NafithaPackage.SCENARIO__BASE_YEAR, oldBaseYear, baseYear));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getBaseline() {
		return baseline;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBaseline(String newBaseline) {
		String oldBaseline = baseline;
		baseline = newBaseline;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NafithaPackage.SCENARIO__BASELINE, oldBaseline, baseline));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getStudyArea() {
		return studyArea;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStudyArea(String newStudyArea) {
		String oldStudyArea = studyArea;
		studyArea = newStudyArea;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NafithaPackage.SCENARIO__STUDY_AREA, oldStudyArea, studyArea));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PlanningParameters getParameters() {
		return parameters;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetParameters(PlanningParameters newParameters, NotificationChain msgs) {
		PlanningParameters oldParameters = parameters;
		parameters = newParameters;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, NafithaPackage.SCENARIO__PARAMETERS, oldParameters, newParameters);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setParameters(PlanningParameters newParameters) {
		if (newParameters != parameters) {
			NotificationChain msgs = null;
			if (parameters != null)
				msgs = ((InternalEObject)parameters).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - NafithaPackage.SCENARIO__PARAMETERS, null, msgs);
			if (newParameters != null)
				msgs = ((InternalEObject)newParameters).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - NafithaPackage.SCENARIO__PARAMETERS, null, msgs);
			msgs = basicSetParameters(newParameters, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NafithaPackage.SCENARIO__PARAMETERS, newParameters, newParameters));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<PopulationGroup> getPopulationGroups() {
		if (populationGroups == null) {
			populationGroups = new EObjectContainmentEList<PopulationGroup>(PopulationGroup.class, this, NafithaPackage.SCENARIO__POPULATION_GROUPS);
		}
		return populationGroups;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Region> getRegions() {
		if (regions == null) {
			regions = new EObjectContainmentEList<Region>(Region.class, this, NafithaPackage.SCENARIO__REGIONS);
		}
		return regions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<DemandZone> getDemandZones() {
		if (demandZones == null) {
			demandZones = new EObjectContainmentEList<DemandZone>(DemandZone.class, this, NafithaPackage.SCENARIO__DEMAND_ZONES);
		}
		return demandZones;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Agency> getAgencies() {
		if (agencies == null) {
			agencies = new EObjectContainmentEList<Agency>(Agency.class, this, NafithaPackage.SCENARIO__AGENCIES);
		}
		return agencies;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Service> getServices() {
		if (services == null) {
			services = new EObjectContainmentEList<Service>(Service.class, this, NafithaPackage.SCENARIO__SERVICES);
		}
		return services;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ServiceBundle> getBundles() {
		if (bundles == null) {
			bundles = new EObjectContainmentEList<ServiceBundle>(ServiceBundle.class, this, NafithaPackage.SCENARIO__BUNDLES);
		}
		return bundles;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ServiceCenter> getCenters() {
		if (centers == null) {
			centers = new EObjectContainmentEList<ServiceCenter>(ServiceCenter.class, this, NafithaPackage.SCENARIO__CENTERS);
		}
		return centers;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<CandidateSite> getCandidateSites() {
		if (candidateSites == null) {
			candidateSites = new EObjectContainmentEList<CandidateSite>(CandidateSite.class, this, NafithaPackage.SCENARIO__CANDIDATE_SITES);
		}
		return candidateSites;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Roadmap getRoadmap() {
		return roadmap;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetRoadmap(Roadmap newRoadmap, NotificationChain msgs) {
		Roadmap oldRoadmap = roadmap;
		roadmap = newRoadmap;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, NafithaPackage.SCENARIO__ROADMAP, oldRoadmap, newRoadmap);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRoadmap(Roadmap newRoadmap) {
		if (newRoadmap != roadmap) {
			NotificationChain msgs = null;
			if (roadmap != null)
				msgs = ((InternalEObject)roadmap).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - NafithaPackage.SCENARIO__ROADMAP, null, msgs);
			if (newRoadmap != null)
				msgs = ((InternalEObject)newRoadmap).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - NafithaPackage.SCENARIO__ROADMAP, null, msgs);
			msgs = basicSetRoadmap(newRoadmap, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NafithaPackage.SCENARIO__ROADMAP, newRoadmap, newRoadmap));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case NafithaPackage.SCENARIO__PARAMETERS:
				return basicSetParameters(null, msgs);
			case NafithaPackage.SCENARIO__POPULATION_GROUPS:
				return ((InternalEList<?>)getPopulationGroups()).basicRemove(otherEnd, msgs);
			case NafithaPackage.SCENARIO__REGIONS:
				return ((InternalEList<?>)getRegions()).basicRemove(otherEnd, msgs);
			case NafithaPackage.SCENARIO__DEMAND_ZONES:
				return ((InternalEList<?>)getDemandZones()).basicRemove(otherEnd, msgs);
			case NafithaPackage.SCENARIO__AGENCIES:
				return ((InternalEList<?>)getAgencies()).basicRemove(otherEnd, msgs);
			case NafithaPackage.SCENARIO__SERVICES:
				return ((InternalEList<?>)getServices()).basicRemove(otherEnd, msgs);
			case NafithaPackage.SCENARIO__BUNDLES:
				return ((InternalEList<?>)getBundles()).basicRemove(otherEnd, msgs);
			case NafithaPackage.SCENARIO__CENTERS:
				return ((InternalEList<?>)getCenters()).basicRemove(otherEnd, msgs);
			case NafithaPackage.SCENARIO__CANDIDATE_SITES:
				return ((InternalEList<?>)getCandidateSites()).basicRemove(otherEnd, msgs);
			case NafithaPackage.SCENARIO__ROADMAP:
				return basicSetRoadmap(null, msgs);
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
			case NafithaPackage.SCENARIO__DESCRIPTION:
				return getDescription();
			case NafithaPackage.SCENARIO__BASE_YEAR:
				return getBaseYear();
			case NafithaPackage.SCENARIO__BASELINE:
				return getBaseline();
			case NafithaPackage.SCENARIO__STUDY_AREA:
				return getStudyArea();
			case NafithaPackage.SCENARIO__PARAMETERS:
				return getParameters();
			case NafithaPackage.SCENARIO__POPULATION_GROUPS:
				return getPopulationGroups();
			case NafithaPackage.SCENARIO__REGIONS:
				return getRegions();
			case NafithaPackage.SCENARIO__DEMAND_ZONES:
				return getDemandZones();
			case NafithaPackage.SCENARIO__AGENCIES:
				return getAgencies();
			case NafithaPackage.SCENARIO__SERVICES:
				return getServices();
			case NafithaPackage.SCENARIO__BUNDLES:
				return getBundles();
			case NafithaPackage.SCENARIO__CENTERS:
				return getCenters();
			case NafithaPackage.SCENARIO__CANDIDATE_SITES:
				return getCandidateSites();
			case NafithaPackage.SCENARIO__ROADMAP:
				return getRoadmap();
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
			case NafithaPackage.SCENARIO__DESCRIPTION:
				setDescription((String)newValue);
				return;
			case NafithaPackage.SCENARIO__BASE_YEAR:
				setBaseYear((Integer)newValue);
				return;
			case NafithaPackage.SCENARIO__BASELINE:
				setBaseline((String)newValue);
				return;
			case NafithaPackage.SCENARIO__STUDY_AREA:
				setStudyArea((String)newValue);
				return;
			case NafithaPackage.SCENARIO__PARAMETERS:
				setParameters((PlanningParameters)newValue);
				return;
			case NafithaPackage.SCENARIO__POPULATION_GROUPS:
				getPopulationGroups().clear();
				getPopulationGroups().addAll((Collection<? extends PopulationGroup>)newValue);
				return;
			case NafithaPackage.SCENARIO__REGIONS:
				getRegions().clear();
				getRegions().addAll((Collection<? extends Region>)newValue);
				return;
			case NafithaPackage.SCENARIO__DEMAND_ZONES:
				getDemandZones().clear();
				getDemandZones().addAll((Collection<? extends DemandZone>)newValue);
				return;
			case NafithaPackage.SCENARIO__AGENCIES:
				getAgencies().clear();
				getAgencies().addAll((Collection<? extends Agency>)newValue);
				return;
			case NafithaPackage.SCENARIO__SERVICES:
				getServices().clear();
				getServices().addAll((Collection<? extends Service>)newValue);
				return;
			case NafithaPackage.SCENARIO__BUNDLES:
				getBundles().clear();
				getBundles().addAll((Collection<? extends ServiceBundle>)newValue);
				return;
			case NafithaPackage.SCENARIO__CENTERS:
				getCenters().clear();
				getCenters().addAll((Collection<? extends ServiceCenter>)newValue);
				return;
			case NafithaPackage.SCENARIO__CANDIDATE_SITES:
				getCandidateSites().clear();
				getCandidateSites().addAll((Collection<? extends CandidateSite>)newValue);
				return;
			case NafithaPackage.SCENARIO__ROADMAP:
				setRoadmap((Roadmap)newValue);
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
			case NafithaPackage.SCENARIO__DESCRIPTION:
				setDescription(DESCRIPTION_EDEFAULT);
				return;
			case NafithaPackage.SCENARIO__BASE_YEAR:
				setBaseYear(BASE_YEAR_EDEFAULT);
				return;
			case NafithaPackage.SCENARIO__BASELINE:
				setBaseline(BASELINE_EDEFAULT);
				return;
			case NafithaPackage.SCENARIO__STUDY_AREA:
				setStudyArea(STUDY_AREA_EDEFAULT);
				return;
			case NafithaPackage.SCENARIO__PARAMETERS:
				setParameters((PlanningParameters)null);
				return;
			case NafithaPackage.SCENARIO__POPULATION_GROUPS:
				getPopulationGroups().clear();
				return;
			case NafithaPackage.SCENARIO__REGIONS:
				getRegions().clear();
				return;
			case NafithaPackage.SCENARIO__DEMAND_ZONES:
				getDemandZones().clear();
				return;
			case NafithaPackage.SCENARIO__AGENCIES:
				getAgencies().clear();
				return;
			case NafithaPackage.SCENARIO__SERVICES:
				getServices().clear();
				return;
			case NafithaPackage.SCENARIO__BUNDLES:
				getBundles().clear();
				return;
			case NafithaPackage.SCENARIO__CENTERS:
				getCenters().clear();
				return;
			case NafithaPackage.SCENARIO__CANDIDATE_SITES:
				getCandidateSites().clear();
				return;
			case NafithaPackage.SCENARIO__ROADMAP:
				setRoadmap((Roadmap)null);
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
			case NafithaPackage.SCENARIO__DESCRIPTION:
				return DESCRIPTION_EDEFAULT == null ? description != null : !DESCRIPTION_EDEFAULT.equals(description);
			case NafithaPackage.SCENARIO__BASE_YEAR:
				return baseYear != BASE_YEAR_EDEFAULT;
			case NafithaPackage.SCENARIO__BASELINE:
				return BASELINE_EDEFAULT == null ? baseline != null : !BASELINE_EDEFAULT.equals(baseline);
			case NafithaPackage.SCENARIO__STUDY_AREA:
				return STUDY_AREA_EDEFAULT == null ? studyArea != null : !STUDY_AREA_EDEFAULT.equals(studyArea);
			case NafithaPackage.SCENARIO__PARAMETERS:
				return parameters != null;
			case NafithaPackage.SCENARIO__POPULATION_GROUPS:
				return populationGroups != null && !populationGroups.isEmpty();
			case NafithaPackage.SCENARIO__REGIONS:
				return regions != null && !regions.isEmpty();
			case NafithaPackage.SCENARIO__DEMAND_ZONES:
				return demandZones != null && !demandZones.isEmpty();
			case NafithaPackage.SCENARIO__AGENCIES:
				return agencies != null && !agencies.isEmpty();
			case NafithaPackage.SCENARIO__SERVICES:
				return services != null && !services.isEmpty();
			case NafithaPackage.SCENARIO__BUNDLES:
				return bundles != null && !bundles.isEmpty();
			case NafithaPackage.SCENARIO__CENTERS:
				return centers != null && !centers.isEmpty();
			case NafithaPackage.SCENARIO__CANDIDATE_SITES:
				return candidateSites != null && !candidateSites.isEmpty();
			case NafithaPackage.SCENARIO__ROADMAP:
				return roadmap != null;
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
		result.append(" (description: ");
		result.append(description);
		result.append(", baseYear: ");
		result.append(baseYear);
		result.append(", baseline: ");
		result.append(baseline);
		result.append(", studyArea: ");
		result.append(studyArea);
		result.append(')');
		return result.toString();
	}

} //ScenarioImpl
