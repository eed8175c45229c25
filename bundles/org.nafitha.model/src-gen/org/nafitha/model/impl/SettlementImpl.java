/**
 */
package org.nafitha.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.nafitha.model.AreaType;
import org.nafitha.model.Located;
import org.nafitha.model.NafithaPackage;
import org.nafitha.model.Settlement;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Settlement</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.nafitha.model.impl.SettlementImpl#getLatitude <em>Latitude</em>}</li>
 *   <li>{@link org.nafitha.model.impl.SettlementImpl#getLongitude <em>Longitude</em>}</li>
 *   <li>{@link org.nafitha.model.impl.SettlementImpl#getShare <em>Share</em>}</li>
 *   <li>{@link org.nafitha.model.impl.SettlementImpl#getAreaType <em>Area Type</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SettlementImpl extends NamedImpl implements Settlement {
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
	 * The default value of the '{@link #getShare() <em>Share</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getShare()
	 * @generated
	 * @ordered
	 */
	protected static final double SHARE_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getShare() <em>Share</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getShare()
	 * @generated
	 * @ordered
	 */
	protected double share = SHARE_EDEFAULT;

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
	 * This is true if the Area Type attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean areaTypeESet;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SettlementImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return NafithaPackage.Literals.SETTLEMENT;
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
			eNotify(new ENotificationImpl(this, Notification.SET, NafithaPackage.SETTLEMENT__LATITUDE, oldLatitude, latitude));
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
			eNotify(new ENotificationImpl(this, Notification.SET, NafithaPackage.SETTLEMENT__LONGITUDE, oldLongitude, longitude));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getShare() {
		return share;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setShare(double newShare) {
		double oldShare = share;
		share = newShare;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NafithaPackage.SETTLEMENT__SHARE, oldShare, share));
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
		boolean oldAreaTypeESet = areaTypeESet;
		areaTypeESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NafithaPackage.SETTLEMENT__AREA_TYPE, oldAreaType, areaType, !oldAreaTypeESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetAreaType() {
		AreaType oldAreaType = areaType;
		boolean oldAreaTypeESet = areaTypeESet;
		areaType = AREA_TYPE_EDEFAULT;
		areaTypeESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, NafithaPackage.SETTLEMENT__AREA_TYPE, oldAreaType, AREA_TYPE_EDEFAULT, oldAreaTypeESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetAreaType() {
		return areaTypeESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case NafithaPackage.SETTLEMENT__LATITUDE:
				return getLatitude();
			case NafithaPackage.SETTLEMENT__LONGITUDE:
				return getLongitude();
			case NafithaPackage.SETTLEMENT__SHARE:
				return getShare();
			case NafithaPackage.SETTLEMENT__AREA_TYPE:
				return getAreaType();
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
			case NafithaPackage.SETTLEMENT__LATITUDE:
				setLatitude((Double)newValue);
				return;
			case NafithaPackage.SETTLEMENT__LONGITUDE:
				setLongitude((Double)newValue);
				return;
			case NafithaPackage.SETTLEMENT__SHARE:
				setShare((Double)newValue);
				return;
			case NafithaPackage.SETTLEMENT__AREA_TYPE:
				setAreaType((AreaType)newValue);
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
			case NafithaPackage.SETTLEMENT__LATITUDE:
				setLatitude(LATITUDE_EDEFAULT);
				return;
			case NafithaPackage.SETTLEMENT__LONGITUDE:
				setLongitude(LONGITUDE_EDEFAULT);
				return;
			case NafithaPackage.SETTLEMENT__SHARE:
				setShare(SHARE_EDEFAULT);
				return;
			case NafithaPackage.SETTLEMENT__AREA_TYPE:
				unsetAreaType();
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
			case NafithaPackage.SETTLEMENT__LATITUDE:
				return latitude != LATITUDE_EDEFAULT;
			case NafithaPackage.SETTLEMENT__LONGITUDE:
				return longitude != LONGITUDE_EDEFAULT;
			case NafithaPackage.SETTLEMENT__SHARE:
				return share != SHARE_EDEFAULT;
			case NafithaPackage.SETTLEMENT__AREA_TYPE:
				return isSetAreaType();
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
				case NafithaPackage.SETTLEMENT__LATITUDE: return NafithaPackage.LOCATED__LATITUDE;
				case NafithaPackage.SETTLEMENT__LONGITUDE: return NafithaPackage.LOCATED__LONGITUDE;
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
				case NafithaPackage.LOCATED__LATITUDE: return NafithaPackage.SETTLEMENT__LATITUDE;
				case NafithaPackage.LOCATED__LONGITUDE: return NafithaPackage.SETTLEMENT__LONGITUDE;
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
		result.append(", share: ");
		result.append(share);
		result.append(", areaType: ");
		if (areaTypeESet) result.append(areaType); else result.append("<unset>");
		result.append(')');
		return result.toString();
	}

} //SettlementImpl
