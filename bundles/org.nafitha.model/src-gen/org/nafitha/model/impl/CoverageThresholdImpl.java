/**
 */
package org.nafitha.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

import org.nafitha.model.AreaType;
import org.nafitha.model.CoverageThreshold;
import org.nafitha.model.NafithaPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Coverage Threshold</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.nafitha.model.impl.CoverageThresholdImpl#getAreaType <em>Area Type</em>}</li>
 *   <li>{@link org.nafitha.model.impl.CoverageThresholdImpl#getMaxDistanceKm <em>Max Distance Km</em>}</li>
 *   <li>{@link org.nafitha.model.impl.CoverageThresholdImpl#getMaxTravelMinutes <em>Max Travel Minutes</em>}</li>
 *   <li>{@link org.nafitha.model.impl.CoverageThresholdImpl#getSpeedKmh <em>Speed Kmh</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CoverageThresholdImpl extends EObjectImpl implements CoverageThreshold {
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
	 * The default value of the '{@link #getMaxDistanceKm() <em>Max Distance Km</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxDistanceKm()
	 * @generated
	 * @ordered
	 */
	protected static final double MAX_DISTANCE_KM_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getMaxDistanceKm() <em>Max Distance Km</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxDistanceKm()
	 * @generated
	 * @ordered
	 */
	protected double maxDistanceKm = MAX_DISTANCE_KM_EDEFAULT;

	/**
	 * The default value of the '{@link #getMaxTravelMinutes() <em>Max Travel Minutes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxTravelMinutes()
	 * @generated
	 * @ordered
	 */
	protected static final double MAX_TRAVEL_MINUTES_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getMaxTravelMinutes() <em>Max Travel Minutes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxTravelMinutes()
	 * @generated
	 * @ordered
	 */
	protected double maxTravelMinutes = MAX_TRAVEL_MINUTES_EDEFAULT;

	/**
	 * The default value of the '{@link #getSpeedKmh() <em>Speed Kmh</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSpeedKmh()
	 * @generated
	 * @ordered
	 */
	protected static final double SPEED_KMH_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getSpeedKmh() <em>Speed Kmh</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSpeedKmh()
	 * @generated
	 * @ordered
	 */
	protected double speedKmh = SPEED_KMH_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CoverageThresholdImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return NafithaPackage.Literals.COVERAGE_THRESHOLD;
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
			eNotify(new ENotificationImpl(this, Notification.SET, NafithaPackage.COVERAGE_THRESHOLD__AREA_TYPE, oldAreaType, areaType));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getMaxDistanceKm() {
		return maxDistanceKm;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMaxDistanceKm(double newMaxDistanceKm) {
		double oldMaxDistanceKm = maxDistanceKm;
		maxDistanceKm = newMaxDistanceKm;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NafithaPackage.COVERAGE_THRESHOLD__MAX_DISTANCE_KM, oldMaxDistanceKm, maxDistanceKm));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getMaxTravelMinutes() {
		return maxTravelMinutes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMaxTravelMinutes(double newMaxTravelMinutes) {
		double oldMaxTravelMinutes = maxTravelMinutes;
		maxTravelMinutes = newMaxTravelMinutes;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NafithaPackage.COVERAGE_THRESHOLD__MAX_TRAVEL_MINUTES, oldMaxTravelMinutes, maxTravelMinutes));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getSpeedKmh() {
		return speedKmh;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSpeedKmh(double newSpeedKmh) {
		double oldSpeedKmh = speedKmh;
		speedKmh = newSpeedKmh;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NafithaPackage.COVERAGE_THRESHOLD__SPEED_KMH, oldSpeedKmh, speedKmh));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case NafithaPackage.COVERAGE_THRESHOLD__AREA_TYPE:
				return getAreaType();
			case NafithaPackage.COVERAGE_THRESHOLD__MAX_DISTANCE_KM:
				return getMaxDistanceKm();
			case NafithaPackage.COVERAGE_THRESHOLD__MAX_TRAVEL_MINUTES:
				return getMaxTravelMinutes();
			case NafithaPackage.COVERAGE_THRESHOLD__SPEED_KMH:
				return getSpeedKmh();
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
			case NafithaPackage.COVERAGE_THRESHOLD__AREA_TYPE:
				setAreaType((AreaType)newValue);
				return;
			case NafithaPackage.COVERAGE_THRESHOLD__MAX_DISTANCE_KM:
				setMaxDistanceKm((Double)newValue);
				return;
			case NafithaPackage.COVERAGE_THRESHOLD__MAX_TRAVEL_MINUTES:
				setMaxTravelMinutes((Double)newValue);
				return;
			case NafithaPackage.COVERAGE_THRESHOLD__SPEED_KMH:
				setSpeedKmh((Double)newValue);
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
			case NafithaPackage.COVERAGE_THRESHOLD__AREA_TYPE:
				setAreaType(AREA_TYPE_EDEFAULT);
				return;
			case NafithaPackage.COVERAGE_THRESHOLD__MAX_DISTANCE_KM:
				setMaxDistanceKm(MAX_DISTANCE_KM_EDEFAULT);
				return;
			case NafithaPackage.COVERAGE_THRESHOLD__MAX_TRAVEL_MINUTES:
				setMaxTravelMinutes(MAX_TRAVEL_MINUTES_EDEFAULT);
				return;
			case NafithaPackage.COVERAGE_THRESHOLD__SPEED_KMH:
				setSpeedKmh(SPEED_KMH_EDEFAULT);
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
			case NafithaPackage.COVERAGE_THRESHOLD__AREA_TYPE:
				return areaType != AREA_TYPE_EDEFAULT;
			case NafithaPackage.COVERAGE_THRESHOLD__MAX_DISTANCE_KM:
				return maxDistanceKm != MAX_DISTANCE_KM_EDEFAULT;
			case NafithaPackage.COVERAGE_THRESHOLD__MAX_TRAVEL_MINUTES:
				return maxTravelMinutes != MAX_TRAVEL_MINUTES_EDEFAULT;
			case NafithaPackage.COVERAGE_THRESHOLD__SPEED_KMH:
				return speedKmh != SPEED_KMH_EDEFAULT;
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
		result.append(" (areaType: ");
		result.append(areaType);
		result.append(", maxDistanceKm: ");
		result.append(maxDistanceKm);
		result.append(", maxTravelMinutes: ");
		result.append(maxTravelMinutes);
		result.append(", speedKmh: ");
		result.append(speedKmh);
		result.append(')');
		return result.toString();
	}

} //CoverageThresholdImpl
