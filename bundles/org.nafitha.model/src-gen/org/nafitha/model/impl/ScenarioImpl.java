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
import org.nafitha.model.DemandZone;
import org.nafitha.model.NafithaPackage;
import org.nafitha.model.Region;
import org.nafitha.model.Scenario;
import org.nafitha.model.Service;
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
 *   <li>{@link org.nafitha.model.impl.ScenarioImpl#getRegions <em>Regions</em>}</li>
 *   <li>{@link org.nafitha.model.impl.ScenarioImpl#getDemandZones <em>Demand Zones</em>}</li>
 *   <li>{@link org.nafitha.model.impl.ScenarioImpl#getAgencies <em>Agencies</em>}</li>
 *   <li>{@link org.nafitha.model.impl.ScenarioImpl#getServices <em>Services</em>}</li>
 *   <li>{@link org.nafitha.model.impl.ScenarioImpl#getCenters <em>Centers</em>}</li>
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
	 * The cached value of the '{@link #getCenters() <em>Centers</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCenters()
	 * @generated
	 * @ordered
	 */
	protected EList<ServiceCenter> centers;

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
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case NafithaPackage.SCENARIO__REGIONS:
				return ((InternalEList<?>)getRegions()).basicRemove(otherEnd, msgs);
			case NafithaPackage.SCENARIO__DEMAND_ZONES:
				return ((InternalEList<?>)getDemandZones()).basicRemove(otherEnd, msgs);
			case NafithaPackage.SCENARIO__AGENCIES:
				return ((InternalEList<?>)getAgencies()).basicRemove(otherEnd, msgs);
			case NafithaPackage.SCENARIO__SERVICES:
				return ((InternalEList<?>)getServices()).basicRemove(otherEnd, msgs);
			case NafithaPackage.SCENARIO__CENTERS:
				return ((InternalEList<?>)getCenters()).basicRemove(otherEnd, msgs);
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
			case NafithaPackage.SCENARIO__REGIONS:
				return getRegions();
			case NafithaPackage.SCENARIO__DEMAND_ZONES:
				return getDemandZones();
			case NafithaPackage.SCENARIO__AGENCIES:
				return getAgencies();
			case NafithaPackage.SCENARIO__SERVICES:
				return getServices();
			case NafithaPackage.SCENARIO__CENTERS:
				return getCenters();
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
			case NafithaPackage.SCENARIO__CENTERS:
				getCenters().clear();
				getCenters().addAll((Collection<? extends ServiceCenter>)newValue);
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
			case NafithaPackage.SCENARIO__CENTERS:
				getCenters().clear();
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
			case NafithaPackage.SCENARIO__REGIONS:
				return regions != null && !regions.isEmpty();
			case NafithaPackage.SCENARIO__DEMAND_ZONES:
				return demandZones != null && !demandZones.isEmpty();
			case NafithaPackage.SCENARIO__AGENCIES:
				return agencies != null && !agencies.isEmpty();
			case NafithaPackage.SCENARIO__SERVICES:
				return services != null && !services.isEmpty();
			case NafithaPackage.SCENARIO__CENTERS:
				return centers != null && !centers.isEmpty();
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
		result.append(')');
		return result.toString();
	}

} //ScenarioImpl
