/**
 */
package org.nafitha.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.nafitha.model.CandidateSite;
import org.nafitha.model.Located;
import org.nafitha.model.NafithaPackage;
import org.nafitha.model.Region;
import org.nafitha.model.SiteRole;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Candidate Site</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.nafitha.model.impl.CandidateSiteImpl#getLatitude <em>Latitude</em>}</li>
 *   <li>{@link org.nafitha.model.impl.CandidateSiteImpl#getLongitude <em>Longitude</em>}</li>
 *   <li>{@link org.nafitha.model.impl.CandidateSiteImpl#getRegion <em>Region</em>}</li>
 *   <li>{@link org.nafitha.model.impl.CandidateSiteImpl#getRole <em>Role</em>}</li>
 *   <li>{@link org.nafitha.model.impl.CandidateSiteImpl#getFixedCost <em>Fixed Cost</em>}</li>
 *   <li>{@link org.nafitha.model.impl.CandidateSiteImpl#getMaxCounters <em>Max Counters</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CandidateSiteImpl extends NamedImpl implements CandidateSite {
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
	 * The default value of the '{@link #getRole() <em>Role</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRole()
	 * @generated
	 * @ordered
	 */
	protected static final SiteRole ROLE_EDEFAULT = SiteRole.CANDIDATE;

	/**
	 * The cached value of the '{@link #getRole() <em>Role</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRole()
	 * @generated
	 * @ordered
	 */
	protected SiteRole role = ROLE_EDEFAULT;

	/**
	 * The default value of the '{@link #getFixedCost() <em>Fixed Cost</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFixedCost()
	 * @generated
	 * @ordered
	 */
	protected static final double FIXED_COST_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getFixedCost() <em>Fixed Cost</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFixedCost()
	 * @generated
	 * @ordered
	 */
	protected double fixedCost = FIXED_COST_EDEFAULT;

	/**
	 * The default value of the '{@link #getMaxCounters() <em>Max Counters</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxCounters()
	 * @generated
	 * @ordered
	 */
	protected static final int MAX_COUNTERS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getMaxCounters() <em>Max Counters</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxCounters()
	 * @generated
	 * @ordered
	 */
	protected int maxCounters = MAX_COUNTERS_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CandidateSiteImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return NafithaPackage.Literals.CANDIDATE_SITE;
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
			eNotify(new ENotificationImpl(this, Notification.SET, NafithaPackage.CANDIDATE_SITE__LATITUDE, oldLatitude, latitude));
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
			eNotify(new ENotificationImpl(this, Notification.SET, NafithaPackage.CANDIDATE_SITE__LONGITUDE, oldLongitude, longitude));
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, NafithaPackage.CANDIDATE_SITE__REGION, oldRegion, region));
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
			eNotify(new ENotificationImpl(this, Notification.SET, NafithaPackage.CANDIDATE_SITE__REGION, oldRegion, region));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SiteRole getRole() {
		return role;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRole(SiteRole newRole) {
		SiteRole oldRole = role;
		role = newRole == null ? ROLE_EDEFAULT : newRole;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NafithaPackage.CANDIDATE_SITE__ROLE, oldRole, role));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getFixedCost() {
		return fixedCost;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFixedCost(double newFixedCost) {
		double oldFixedCost = fixedCost;
		fixedCost = newFixedCost;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NafithaPackage.CANDIDATE_SITE__FIXED_COST, oldFixedCost, fixedCost));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getMaxCounters() {
		return maxCounters;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMaxCounters(int newMaxCounters) {
		int oldMaxCounters = maxCounters;
		maxCounters = newMaxCounters;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NafithaPackage.CANDIDATE_SITE__MAX_COUNTERS, oldMaxCounters, maxCounters));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case NafithaPackage.CANDIDATE_SITE__LATITUDE:
				return getLatitude();
			case NafithaPackage.CANDIDATE_SITE__LONGITUDE:
				return getLongitude();
			case NafithaPackage.CANDIDATE_SITE__REGION:
				if (resolve) return getRegion();
				return basicGetRegion();
			case NafithaPackage.CANDIDATE_SITE__ROLE:
				return getRole();
			case NafithaPackage.CANDIDATE_SITE__FIXED_COST:
				return getFixedCost();
			case NafithaPackage.CANDIDATE_SITE__MAX_COUNTERS:
				return getMaxCounters();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case NafithaPackage.CANDIDATE_SITE__LATITUDE:
				setLatitude((Double)newValue);
				return;
			case NafithaPackage.CANDIDATE_SITE__LONGITUDE:
				setLongitude((Double)newValue);
				return;
			case NafithaPackage.CANDIDATE_SITE__REGION:
				setRegion((Region)newValue);
				return;
			case NafithaPackage.CANDIDATE_SITE__ROLE:
				setRole((SiteRole)newValue);
				return;
			case NafithaPackage.CANDIDATE_SITE__FIXED_COST:
				setFixedCost((Double)newValue);
				return;
			case NafithaPackage.CANDIDATE_SITE__MAX_COUNTERS:
				setMaxCounters((Integer)newValue);
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
			case NafithaPackage.CANDIDATE_SITE__LATITUDE:
				setLatitude(LATITUDE_EDEFAULT);
				return;
			case NafithaPackage.CANDIDATE_SITE__LONGITUDE:
				setLongitude(LONGITUDE_EDEFAULT);
				return;
			case NafithaPackage.CANDIDATE_SITE__REGION:
				setRegion((Region)null);
				return;
			case NafithaPackage.CANDIDATE_SITE__ROLE:
				setRole(ROLE_EDEFAULT);
				return;
			case NafithaPackage.CANDIDATE_SITE__FIXED_COST:
				setFixedCost(FIXED_COST_EDEFAULT);
				return;
			case NafithaPackage.CANDIDATE_SITE__MAX_COUNTERS:
				setMaxCounters(MAX_COUNTERS_EDEFAULT);
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
			case NafithaPackage.CANDIDATE_SITE__LATITUDE:
				return latitude != LATITUDE_EDEFAULT;
			case NafithaPackage.CANDIDATE_SITE__LONGITUDE:
				return longitude != LONGITUDE_EDEFAULT;
			case NafithaPackage.CANDIDATE_SITE__REGION:
				return region != null;
			case NafithaPackage.CANDIDATE_SITE__ROLE:
				return role != ROLE_EDEFAULT;
			case NafithaPackage.CANDIDATE_SITE__FIXED_COST:
				return fixedCost != FIXED_COST_EDEFAULT;
			case NafithaPackage.CANDIDATE_SITE__MAX_COUNTERS:
				return maxCounters != MAX_COUNTERS_EDEFAULT;
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
				case NafithaPackage.CANDIDATE_SITE__LATITUDE: return NafithaPackage.LOCATED__LATITUDE;
				case NafithaPackage.CANDIDATE_SITE__LONGITUDE: return NafithaPackage.LOCATED__LONGITUDE;
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
				case NafithaPackage.LOCATED__LATITUDE: return NafithaPackage.CANDIDATE_SITE__LATITUDE;
				case NafithaPackage.LOCATED__LONGITUDE: return NafithaPackage.CANDIDATE_SITE__LONGITUDE;
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
		result.append(", role: ");
		result.append(role);
		result.append(", fixedCost: ");
		result.append(fixedCost);
		result.append(", maxCounters: ");
		result.append(maxCounters);
		result.append(')');
		return result.toString();
	}

} //CandidateSiteImpl
