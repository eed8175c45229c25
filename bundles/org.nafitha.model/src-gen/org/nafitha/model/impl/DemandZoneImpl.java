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

import org.nafitha.model.AreaType;
import org.nafitha.model.DemandZone;
import org.nafitha.model.GroupPopulation;
import org.nafitha.model.Located;
import org.nafitha.model.NafithaPackage;
import org.nafitha.model.Region;
import org.nafitha.model.ServiceDemand;
import org.nafitha.model.Settlement;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Demand Zone</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.nafitha.model.impl.DemandZoneImpl#getLatitude <em>Latitude</em>}</li>
 *   <li>{@link org.nafitha.model.impl.DemandZoneImpl#getLongitude <em>Longitude</em>}</li>
 *   <li>{@link org.nafitha.model.impl.DemandZoneImpl#getRegion <em>Region</em>}</li>
 *   <li>{@link org.nafitha.model.impl.DemandZoneImpl#getPopulation <em>Population</em>}</li>
 *   <li>{@link org.nafitha.model.impl.DemandZoneImpl#getAreaType <em>Area Type</em>}</li>
 *   <li>{@link org.nafitha.model.impl.DemandZoneImpl#getGroups <em>Groups</em>}</li>
 *   <li>{@link org.nafitha.model.impl.DemandZoneImpl#getDemandOverrides <em>Demand Overrides</em>}</li>
 *   <li>{@link org.nafitha.model.impl.DemandZoneImpl#getSettlements <em>Settlements</em>}</li>
 * </ul>
 *
 * @generated
 */
public class DemandZoneImpl extends NamedImpl implements DemandZone {
	/**
	 * The default value of the '{@link #getLatitude() <em>Latitude</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLatitude()
	 * @generated
	 * @ordered
	 */
	protected static final double LATITUDE_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getLatitude() <em>Latitude</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLatitude()
	 * @generated
	 * @ordered
	 */
	protected double latitude = LATITUDE_EDEFAULT;

	/**
	 * The default value of the '{@link #getLongitude() <em>Longitude</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLongitude()
	 * @generated
	 * @ordered
	 */
	protected static final double LONGITUDE_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getLongitude() <em>Longitude</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLongitude()
	 * @generated
	 * @ordered
	 */
	protected double longitude = LONGITUDE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getRegion() <em>Region</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRegion()
	 * @generated
	 * @ordered
	 */
	protected Region region;

	/**
	 * The default value of the '{@link #getPopulation() <em>Population</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPopulation()
	 * @generated
	 * @ordered
	 */
	protected static final long POPULATION_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getPopulation() <em>Population</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPopulation()
	 * @generated
	 * @ordered
	 */
	protected long population = POPULATION_EDEFAULT;

	/**
	 * The default value of the '{@link #getAreaType() <em>Area Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAreaType()
	 * @generated
	 * @ordered
	 */
	protected static final AreaType AREA_TYPE_EDEFAULT = AreaType.URBAN;

	/**
	 * The cached value of the '{@link #getAreaType() <em>Area Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAreaType()
	 * @generated
	 * @ordered
	 */
	protected AreaType areaType = AREA_TYPE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getGroups() <em>Groups</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGroups()
	 * @generated
	 * @ordered
	 */
	protected EList<GroupPopulation> groups;

	/**
	 * The cached value of the '{@link #getDemandOverrides() <em>Demand Overrides</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDemandOverrides()
	 * @generated
	 * @ordered
	 */
	protected EList<ServiceDemand> demandOverrides;

	/**
	 * The cached value of the '{@link #getSettlements() <em>Settlements</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSettlements()
	 * @generated
	 * @ordered
	 */
	protected EList<Settlement> settlements;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DemandZoneImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return NafithaPackage.Literals.DEMAND_ZONE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getLatitude() {
		return latitude;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLatitude(double newLatitude) {
		double oldLatitude = latitude;
		latitude = newLatitude;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NafithaPackage.DEMAND_ZONE__LATITUDE, oldLatitude, latitude));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getLongitude() {
		return longitude;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLongitude(double newLongitude) {
		double oldLongitude = longitude;
		longitude = newLongitude;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NafithaPackage.DEMAND_ZONE__LONGITUDE, oldLongitude, longitude));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Region getRegion() {
		if (region != null && region.eIsProxy()) {
			InternalEObject oldRegion = (InternalEObject)region;
			region = (Region)eResolveProxy(oldRegion);
			if (region != oldRegion) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, NafithaPackage.DEMAND_ZONE__REGION, oldRegion, region));
			}
		}
		return region;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Region basicGetRegion() {
		return region;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRegion(Region newRegion) {
		Region oldRegion = region;
		region = newRegion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NafithaPackage.DEMAND_ZONE__REGION, oldRegion, region));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getPopulation() {
		return population;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPopulation(long newPopulation) {
		long oldPopulation = population;
		population = newPopulation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NafithaPackage.DEMAND_ZONE__POPULATION, oldPopulation, population));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AreaType getAreaType() {
		return areaType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAreaType(AreaType newAreaType) {
		AreaType oldAreaType = areaType;
		areaType = newAreaType == null ? AREA_TYPE_EDEFAULT : newAreaType;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NafithaPackage.DEMAND_ZONE__AREA_TYPE, oldAreaType, areaType));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<GroupPopulation> getGroups() {
		if (groups == null) {
			groups = new EObjectContainmentEList<GroupPopulation>(GroupPopulation.class, this, NafithaPackage.DEMAND_ZONE__GROUPS);
		}
		return groups;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ServiceDemand> getDemandOverrides() {
		if (demandOverrides == null) {
			demandOverrides = new EObjectContainmentEList<ServiceDemand>(ServiceDemand.class, this, NafithaPackage.DEMAND_ZONE__DEMAND_OVERRIDES);
		}
		return demandOverrides;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Settlement> getSettlements() {
		if (settlements == null) {
			settlements = new EObjectContainmentEList<Settlement>(Settlement.class, this, NafithaPackage.DEMAND_ZONE__SETTLEMENTS);
		}
		return settlements;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case NafithaPackage.DEMAND_ZONE__GROUPS:
				return ((InternalEList<?>)getGroups()).basicRemove(otherEnd, msgs);
			case NafithaPackage.DEMAND_ZONE__DEMAND_OVERRIDES:
				return ((InternalEList<?>)getDemandOverrides()).basicRemove(otherEnd, msgs);
			case NafithaPackage.DEMAND_ZONE__SETTLEMENTS:
				return ((InternalEList<?>)getSettlements()).basicRemove(otherEnd, msgs);
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
			case NafithaPackage.DEMAND_ZONE__LATITUDE:
				return getLatitude();
			case NafithaPackage.DEMAND_ZONE__LONGITUDE:
				return getLongitude();
			case NafithaPackage.DEMAND_ZONE__REGION:
				if (resolve) return getRegion();
				return basicGetRegion();
			case NafithaPackage.DEMAND_ZONE__POPULATION:
				return getPopulation();
			case NafithaPackage.DEMAND_ZONE__AREA_TYPE:
				return getAreaType();
			case NafithaPackage.DEMAND_ZONE__GROUPS:
				return getGroups();
			case NafithaPackage.DEMAND_ZONE__DEMAND_OVERRIDES:
				return getDemandOverrides();
			case NafithaPackage.DEMAND_ZONE__SETTLEMENTS:
				return getSettlements();
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
			case NafithaPackage.DEMAND_ZONE__LATITUDE:
				setLatitude((Double)newValue);
				return;
			case NafithaPackage.DEMAND_ZONE__LONGITUDE:
				setLongitude((Double)newValue);
				return;
			case NafithaPackage.DEMAND_ZONE__REGION:
				setRegion((Region)newValue);
				return;
			case NafithaPackage.DEMAND_ZONE__POPULATION:
				setPopulation((Long)newValue);
				return;
			case NafithaPackage.DEMAND_ZONE__AREA_TYPE:
				setAreaType((AreaType)newValue);
				return;
			case NafithaPackage.DEMAND_ZONE__GROUPS:
				getGroups().clear();
				getGroups().addAll((Collection<? extends GroupPopulation>)newValue);
				return;
			case NafithaPackage.DEMAND_ZONE__DEMAND_OVERRIDES:
				getDemandOverrides().clear();
				getDemandOverrides().addAll((Collection<? extends ServiceDemand>)newValue);
				return;
			case NafithaPackage.DEMAND_ZONE__SETTLEMENTS:
				getSettlements().clear();
				getSettlements().addAll((Collection<? extends Settlement>)newValue);
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
			case NafithaPackage.DEMAND_ZONE__LATITUDE:
				setLatitude(LATITUDE_EDEFAULT);
				return;
			case NafithaPackage.DEMAND_ZONE__LONGITUDE:
				setLongitude(LONGITUDE_EDEFAULT);
				return;
			case NafithaPackage.DEMAND_ZONE__REGION:
				setRegion((Region)null);
				return;
			case NafithaPackage.DEMAND_ZONE__POPULATION:
				setPopulation(POPULATION_EDEFAULT);
				return;
			case NafithaPackage.DEMAND_ZONE__AREA_TYPE:
				setAreaType(AREA_TYPE_EDEFAULT);
				return;
			case NafithaPackage.DEMAND_ZONE__GROUPS:
				getGroups().clear();
				return;
			case NafithaPackage.DEMAND_ZONE__DEMAND_OVERRIDES:
				getDemandOverrides().clear();
				return;
			case NafithaPackage.DEMAND_ZONE__SETTLEMENTS:
				getSettlements().clear();
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
			case NafithaPackage.DEMAND_ZONE__LATITUDE:
				return latitude != LATITUDE_EDEFAULT;
			case NafithaPackage.DEMAND_ZONE__LONGITUDE:
				return longitude != LONGITUDE_EDEFAULT;
			case NafithaPackage.DEMAND_ZONE__REGION:
				return region != null;
			case NafithaPackage.DEMAND_ZONE__POPULATION:
				return population != POPULATION_EDEFAULT;
			case NafithaPackage.DEMAND_ZONE__AREA_TYPE:
				return areaType != AREA_TYPE_EDEFAULT;
			case NafithaPackage.DEMAND_ZONE__GROUPS:
				return groups != null && !groups.isEmpty();
			case NafithaPackage.DEMAND_ZONE__DEMAND_OVERRIDES:
				return demandOverrides != null && !demandOverrides.isEmpty();
			case NafithaPackage.DEMAND_ZONE__SETTLEMENTS:
				return settlements != null && !settlements.isEmpty();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int eBaseStructuralFeatureID(int derivedFeatureID, Class<?> baseClass) {
		if (baseClass == Located.class) {
			switch (derivedFeatureID) {
				case NafithaPackage.DEMAND_ZONE__LATITUDE: return NafithaPackage.LOCATED__LATITUDE;
				case NafithaPackage.DEMAND_ZONE__LONGITUDE: return NafithaPackage.LOCATED__LONGITUDE;
				default: return -1;
			}
		}
		return super.eBaseStructuralFeatureID(derivedFeatureID, baseClass);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int eDerivedStructuralFeatureID(int baseFeatureID, Class<?> baseClass) {
		if (baseClass == Located.class) {
			switch (baseFeatureID) {
				case NafithaPackage.LOCATED__LATITUDE: return NafithaPackage.DEMAND_ZONE__LATITUDE;
				case NafithaPackage.LOCATED__LONGITUDE: return NafithaPackage.DEMAND_ZONE__LONGITUDE;
				default: return -1;
			}
		}
		return super.eDerivedStructuralFeatureID(baseFeatureID, baseClass);
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
		result.append(" (latitude: ");
		result.append(latitude);
		result.append(", longitude: ");
		result.append(longitude);
		result.append(", population: ");
		result.append(population);
		result.append(", areaType: ");
		result.append(areaType);
		result.append(')');
		return result.toString();
	}

} //DemandZoneImpl
