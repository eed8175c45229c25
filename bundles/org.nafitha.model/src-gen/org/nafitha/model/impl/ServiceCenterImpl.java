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
import org.eclipse.emf.ecore.util.EObjectResolvingEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.nafitha.model.CenterKind;
import org.nafitha.model.CenterStatus;
import org.nafitha.model.Counter;
import org.nafitha.model.Located;
import org.nafitha.model.NafithaPackage;
import org.nafitha.model.Region;
import org.nafitha.model.Service;
import org.nafitha.model.ServiceCenter;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Service Center</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.nafitha.model.impl.ServiceCenterImpl#getLatitude <em>Latitude</em>}</li>
 *   <li>{@link org.nafitha.model.impl.ServiceCenterImpl#getLongitude <em>Longitude</em>}</li>
 *   <li>{@link org.nafitha.model.impl.ServiceCenterImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.nafitha.model.impl.ServiceCenterImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link org.nafitha.model.impl.ServiceCenterImpl#getRegion <em>Region</em>}</li>
 *   <li>{@link org.nafitha.model.impl.ServiceCenterImpl#getStaff <em>Staff</em>}</li>
 *   <li>{@link org.nafitha.model.impl.ServiceCenterImpl#getServicesOffered <em>Services Offered</em>}</li>
 *   <li>{@link org.nafitha.model.impl.ServiceCenterImpl#getCounters <em>Counters</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ServiceCenterImpl extends NamedImpl implements ServiceCenter {
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
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final CenterKind KIND_EDEFAULT = CenterKind.COMPREHENSIVE_CENTER;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected CenterKind kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected static final CenterStatus STATUS_EDEFAULT = CenterStatus.EXISTING;

	/**
	 * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected CenterStatus status = STATUS_EDEFAULT;

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
	 * The default value of the '{@link #getStaff() <em>Staff</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStaff()
	 * @generated
	 * @ordered
	 */
	protected static final int STAFF_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getStaff() <em>Staff</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStaff()
	 * @generated
	 * @ordered
	 */
	protected int staff = STAFF_EDEFAULT;

	/**
	 * The cached value of the '{@link #getServicesOffered() <em>Services Offered</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getServicesOffered()
	 * @generated
	 * @ordered
	 */
	protected EList<Service> servicesOffered;

	/**
	 * The cached value of the '{@link #getCounters() <em>Counters</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCounters()
	 * @generated
	 * @ordered
	 */
	protected EList<Counter> counters;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ServiceCenterImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return NafithaPackage.Literals.SERVICE_CENTER;
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
			eNotify(new ENotificationImpl(this, Notification.SET, NafithaPackage.SERVICE_CENTER__LATITUDE, oldLatitude, latitude));
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
			eNotify(new ENotificationImpl(this, Notification.SET, NafithaPackage.SERVICE_CENTER__LONGITUDE, oldLongitude, longitude));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CenterKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(CenterKind newKind) {
		CenterKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NafithaPackage.SERVICE_CENTER__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CenterStatus getStatus() {
		return status;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(CenterStatus newStatus) {
		CenterStatus oldStatus = status;
		status = newStatus == null ? STATUS_EDEFAULT : newStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NafithaPackage.SERVICE_CENTER__STATUS, oldStatus, status));
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, NafithaPackage.SERVICE_CENTER__REGION, oldRegion, region));
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
			eNotify(new ENotificationImpl(this, Notification.SET, NafithaPackage.SERVICE_CENTER__REGION, oldRegion, region));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getStaff() {
		return staff;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStaff(int newStaff) {
		int oldStaff = staff;
		staff = newStaff;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NafithaPackage.SERVICE_CENTER__STAFF, oldStaff, staff));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Service> getServicesOffered() {
		if (servicesOffered == null) {
			servicesOffered = new EObjectResolvingEList<Service>(Service.class, this, NafithaPackage.SERVICE_CENTER__SERVICES_OFFERED);
		}
		return servicesOffered;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Counter> getCounters() {
		if (counters == null) {
			counters = new EObjectContainmentEList<Counter>(Counter.class, this, NafithaPackage.SERVICE_CENTER__COUNTERS);
		}
		return counters;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case NafithaPackage.SERVICE_CENTER__COUNTERS:
				return ((InternalEList<?>)getCounters()).basicRemove(otherEnd, msgs);
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
			case NafithaPackage.SERVICE_CENTER__LATITUDE:
				return getLatitude();
			case NafithaPackage.SERVICE_CENTER__LONGITUDE:
				return getLongitude();
			case NafithaPackage.SERVICE_CENTER__KIND:
				return getKind();
			case NafithaPackage.SERVICE_CENTER__STATUS:
				return getStatus();
			case NafithaPackage.SERVICE_CENTER__REGION:
				if (resolve) return getRegion();
				return basicGetRegion();
			case NafithaPackage.SERVICE_CENTER__STAFF:
				return getStaff();
			case NafithaPackage.SERVICE_CENTER__SERVICES_OFFERED:
				return getServicesOffered();
			case NafithaPackage.SERVICE_CENTER__COUNTERS:
				return getCounters();
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
			case NafithaPackage.SERVICE_CENTER__LATITUDE:
				setLatitude((Double)newValue);
				return;
			case NafithaPackage.SERVICE_CENTER__LONGITUDE:
				setLongitude((Double)newValue);
				return;
			case NafithaPackage.SERVICE_CENTER__KIND:
				setKind((CenterKind)newValue);
				return;
			case NafithaPackage.SERVICE_CENTER__STATUS:
				setStatus((CenterStatus)newValue);
				return;
			case NafithaPackage.SERVICE_CENTER__REGION:
				setRegion((Region)newValue);
				return;
			case NafithaPackage.SERVICE_CENTER__STAFF:
				setStaff((Integer)newValue);
				return;
			case NafithaPackage.SERVICE_CENTER__SERVICES_OFFERED:
				getServicesOffered().clear();
				getServicesOffered().addAll((Collection<? extends Service>)newValue);
				return;
			case NafithaPackage.SERVICE_CENTER__COUNTERS:
				getCounters().clear();
				getCounters().addAll((Collection<? extends Counter>)newValue);
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
			case NafithaPackage.SERVICE_CENTER__LATITUDE:
				setLatitude(LATITUDE_EDEFAULT);
				return;
			case NafithaPackage.SERVICE_CENTER__LONGITUDE:
				setLongitude(LONGITUDE_EDEFAULT);
				return;
			case NafithaPackage.SERVICE_CENTER__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case NafithaPackage.SERVICE_CENTER__STATUS:
				setStatus(STATUS_EDEFAULT);
				return;
			case NafithaPackage.SERVICE_CENTER__REGION:
				setRegion((Region)null);
				return;
			case NafithaPackage.SERVICE_CENTER__STAFF:
				setStaff(STAFF_EDEFAULT);
				return;
			case NafithaPackage.SERVICE_CENTER__SERVICES_OFFERED:
				getServicesOffered().clear();
				return;
			case NafithaPackage.SERVICE_CENTER__COUNTERS:
				getCounters().clear();
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
			case NafithaPackage.SERVICE_CENTER__LATITUDE:
				return latitude != LATITUDE_EDEFAULT;
			case NafithaPackage.SERVICE_CENTER__LONGITUDE:
				return longitude != LONGITUDE_EDEFAULT;
			case NafithaPackage.SERVICE_CENTER__KIND:
				return kind != KIND_EDEFAULT;
			case NafithaPackage.SERVICE_CENTER__STATUS:
				return status != STATUS_EDEFAULT;
			case NafithaPackage.SERVICE_CENTER__REGION:
				return region != null;
			case NafithaPackage.SERVICE_CENTER__STAFF:
				return staff != STAFF_EDEFAULT;
			case NafithaPackage.SERVICE_CENTER__SERVICES_OFFERED:
				return servicesOffered != null && !servicesOffered.isEmpty();
			case NafithaPackage.SERVICE_CENTER__COUNTERS:
				return counters != null && !counters.isEmpty();
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
				case NafithaPackage.SERVICE_CENTER__LATITUDE: return NafithaPackage.LOCATED__LATITUDE;
				case NafithaPackage.SERVICE_CENTER__LONGITUDE: return NafithaPackage.LOCATED__LONGITUDE;
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
				case NafithaPackage.LOCATED__LATITUDE: return NafithaPackage.SERVICE_CENTER__LATITUDE;
				case NafithaPackage.LOCATED__LONGITUDE: return NafithaPackage.SERVICE_CENTER__LONGITUDE;
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
		result.append(", kind: ");
		result.append(kind);
		result.append(", status: ");
		result.append(status);
		result.append(", staff: ");
		result.append(staff);
		result.append(')');
		return result.toString();
	}

} //ServiceCenterImpl
