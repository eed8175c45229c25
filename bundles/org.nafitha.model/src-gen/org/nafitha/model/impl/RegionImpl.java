/**
 */
package org.nafitha.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.nafitha.model.Located;
import org.nafitha.model.NafithaPackage;
import org.nafitha.model.Region;
import org.nafitha.model.RegionLevel;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Region</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.nafitha.model.impl.RegionImpl#getLatitude <em>Latitude</em>}</li>
 *   <li>{@link org.nafitha.model.impl.RegionImpl#getLongitude <em>Longitude</em>}</li>
 *   <li>{@link org.nafitha.model.impl.RegionImpl#getLevel <em>Level</em>}</li>
 *   <li>{@link org.nafitha.model.impl.RegionImpl#getParent <em>Parent</em>}</li>
 *   <li>{@link org.nafitha.model.impl.RegionImpl#getAreaKm2 <em>Area Km2</em>}</li>
 *   <li>{@link org.nafitha.model.impl.RegionImpl#getWikidata <em>Wikidata</em>}</li>
 *   <li>{@link org.nafitha.model.impl.RegionImpl#getGeometryWkt <em>Geometry Wkt</em>}</li>
 * </ul>
 *
 * @generated
 */
public class RegionImpl extends NamedImpl implements Region {
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
	 * The default value of the '{@link #getLevel() <em>Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLevel()
	 * @generated
	 * @ordered
	 */
	protected static final RegionLevel LEVEL_EDEFAULT = RegionLevel.GOVERNORATE;

	/**
	 * The cached value of the '{@link #getLevel() <em>Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLevel()
	 * @generated
	 * @ordered
	 */
	protected RegionLevel level = LEVEL_EDEFAULT;

	/**
	 * The cached value of the '{@link #getParent() <em>Parent</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getParent()
	 * @generated
	 * @ordered
	 */
	protected Region parent;

	/**
	 * The default value of the '{@link #getAreaKm2() <em>Area Km2</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAreaKm2()
	 * @generated
	 * @ordered
	 */
	protected static final double AREA_KM2_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getAreaKm2() <em>Area Km2</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAreaKm2()
	 * @generated
	 * @ordered
	 */
	protected double areaKm2 = AREA_KM2_EDEFAULT;

	/**
	 * The default value of the '{@link #getWikidata() <em>Wikidata</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWikidata()
	 * @generated
	 * @ordered
	 */
	protected static final String WIKIDATA_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getWikidata() <em>Wikidata</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWikidata()
	 * @generated
	 * @ordered
	 */
	protected String wikidata = WIKIDATA_EDEFAULT;

	/**
	 * The default value of the '{@link #getGeometryWkt() <em>Geometry Wkt</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGeometryWkt()
	 * @generated
	 * @ordered
	 */
	protected static final String GEOMETRY_WKT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getGeometryWkt() <em>Geometry Wkt</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGeometryWkt()
	 * @generated
	 * @ordered
	 */
	protected String geometryWkt = GEOMETRY_WKT_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected RegionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return NafithaPackage.Literals.REGION;
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
			eNotify(new ENotificationImpl(this, Notification.SET, NafithaPackage.REGION__LATITUDE, oldLatitude, latitude));
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
			eNotify(new ENotificationImpl(this, Notification.SET, NafithaPackage.REGION__LONGITUDE, oldLongitude, longitude));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RegionLevel getLevel() {
		return level;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLevel(RegionLevel newLevel) {
		RegionLevel oldLevel = level;
		level = newLevel == null ? LEVEL_EDEFAULT : newLevel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NafithaPackage.REGION__LEVEL, oldLevel, level));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Region getParent() {
		if (parent != null && parent.eIsProxy()) {
			InternalEObject oldParent = (InternalEObject)parent;
			parent = (Region)eResolveProxy(oldParent);
			if (parent != oldParent) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, NafithaPackage.REGION__PARENT, oldParent, parent));
			}
		}
		return parent;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Region basicGetParent() {
		return parent;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setParent(Region newParent) {
		Region oldParent = parent;
		parent = newParent;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NafithaPackage.REGION__PARENT, oldParent, parent));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getAreaKm2() {
		return areaKm2;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAreaKm2(double newAreaKm2) {
		double oldAreaKm2 = areaKm2;
		areaKm2 = newAreaKm2;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NafithaPackage.REGION__AREA_KM2, oldAreaKm2, areaKm2));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getWikidata() {
		return wikidata;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWikidata(String newWikidata) {
		String oldWikidata = wikidata;
		wikidata = newWikidata;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NafithaPackage.REGION__WIKIDATA, oldWikidata, wikidata));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getGeometryWkt() {
		return geometryWkt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGeometryWkt(String newGeometryWkt) {
		String oldGeometryWkt = geometryWkt;
		geometryWkt = newGeometryWkt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NafithaPackage.REGION__GEOMETRY_WKT, oldGeometryWkt, geometryWkt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case NafithaPackage.REGION__LATITUDE:
				return getLatitude();
			case NafithaPackage.REGION__LONGITUDE:
				return getLongitude();
			case NafithaPackage.REGION__LEVEL:
				return getLevel();
			case NafithaPackage.REGION__PARENT:
				if (resolve) return getParent();
				return basicGetParent();
			case NafithaPackage.REGION__AREA_KM2:
				return getAreaKm2();
			case NafithaPackage.REGION__WIKIDATA:
				return getWikidata();
			case NafithaPackage.REGION__GEOMETRY_WKT:
				return getGeometryWkt();
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
			case NafithaPackage.REGION__LATITUDE:
				setLatitude((Double)newValue);
				return;
			case NafithaPackage.REGION__LONGITUDE:
				setLongitude((Double)newValue);
				return;
			case NafithaPackage.REGION__LEVEL:
				setLevel((RegionLevel)newValue);
				return;
			case NafithaPackage.REGION__PARENT:
				setParent((Region)newValue);
				return;
			case NafithaPackage.REGION__AREA_KM2:
				setAreaKm2((Double)newValue);
				return;
			case NafithaPackage.REGION__WIKIDATA:
				setWikidata((String)newValue);
				return;
			case NafithaPackage.REGION__GEOMETRY_WKT:
				setGeometryWkt((String)newValue);
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
			case NafithaPackage.REGION__LATITUDE:
				setLatitude(LATITUDE_EDEFAULT);
				return;
			case NafithaPackage.REGION__LONGITUDE:
				setLongitude(LONGITUDE_EDEFAULT);
				return;
			case NafithaPackage.REGION__LEVEL:
				setLevel(LEVEL_EDEFAULT);
				return;
			case NafithaPackage.REGION__PARENT:
				setParent((Region)null);
				return;
			case NafithaPackage.REGION__AREA_KM2:
				setAreaKm2(AREA_KM2_EDEFAULT);
				return;
			case NafithaPackage.REGION__WIKIDATA:
				setWikidata(WIKIDATA_EDEFAULT);
				return;
			case NafithaPackage.REGION__GEOMETRY_WKT:
				setGeometryWkt(GEOMETRY_WKT_EDEFAULT);
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
			case NafithaPackage.REGION__LATITUDE:
				return latitude != LATITUDE_EDEFAULT;
			case NafithaPackage.REGION__LONGITUDE:
				return longitude != LONGITUDE_EDEFAULT;
			case NafithaPackage.REGION__LEVEL:
				return level != LEVEL_EDEFAULT;
			case NafithaPackage.REGION__PARENT:
				return parent != null;
			case NafithaPackage.REGION__AREA_KM2:
				return areaKm2 != AREA_KM2_EDEFAULT;
			case NafithaPackage.REGION__WIKIDATA:
				return WIKIDATA_EDEFAULT == null ? wikidata != null : !WIKIDATA_EDEFAULT.equals(wikidata);
			case NafithaPackage.REGION__GEOMETRY_WKT:
				return GEOMETRY_WKT_EDEFAULT == null ? geometryWkt != null : !GEOMETRY_WKT_EDEFAULT.equals(geometryWkt);
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
				case NafithaPackage.REGION__LATITUDE: return NafithaPackage.LOCATED__LATITUDE;
				case NafithaPackage.REGION__LONGITUDE: return NafithaPackage.LOCATED__LONGITUDE;
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
				case NafithaPackage.LOCATED__LATITUDE: return NafithaPackage.REGION__LATITUDE;
				case NafithaPackage.LOCATED__LONGITUDE: return NafithaPackage.REGION__LONGITUDE;
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
		result.append(", level: ");
		result.append(level);
		result.append(", areaKm2: ");
		result.append(areaKm2);
		result.append(", wikidata: ");
		result.append(wikidata);
		result.append(", geometryWkt: ");
		result.append(geometryWkt);
		result.append(')');
		return result.toString();
	}

} //RegionImpl
