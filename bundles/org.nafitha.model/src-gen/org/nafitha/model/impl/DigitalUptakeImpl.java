/**
 */
package org.nafitha.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

import org.nafitha.model.AreaType;
import org.nafitha.model.DigitalUptake;
import org.nafitha.model.NafithaPackage;
import org.nafitha.model.PopulationGroup;
import org.nafitha.model.Region;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Digital Uptake</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.nafitha.model.impl.DigitalUptakeImpl#getRegion <em>Region</em>}</li>
 *   <li>{@link org.nafitha.model.impl.DigitalUptakeImpl#getAreaType <em>Area Type</em>}</li>
 *   <li>{@link org.nafitha.model.impl.DigitalUptakeImpl#getGroup <em>Group</em>}</li>
 *   <li>{@link org.nafitha.model.impl.DigitalUptakeImpl#getMultiplier <em>Multiplier</em>}</li>
 * </ul>
 *
 * @generated
 */
public class DigitalUptakeImpl extends EObjectImpl implements DigitalUptake {
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
	 * The cached value of the '{@link #getGroup() <em>Group</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGroup()
	 * @generated
	 * @ordered
	 */
	protected PopulationGroup group;

	/**
	 * The default value of the '{@link #getMultiplier() <em>Multiplier</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMultiplier()
	 * @generated
	 * @ordered
	 */
	protected static final double MULTIPLIER_EDEFAULT = 1.0;

	/**
	 * The cached value of the '{@link #getMultiplier() <em>Multiplier</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMultiplier()
	 * @generated
	 * @ordered
	 */
	protected double multiplier = MULTIPLIER_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DigitalUptakeImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return NafithaPackage.Literals.DIGITAL_UPTAKE;
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, NafithaPackage.DIGITAL_UPTAKE__REGION, oldRegion, region));
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
			eNotify(new ENotificationImpl(this, Notification.SET, NafithaPackage.DIGITAL_UPTAKE__REGION, oldRegion, region));
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
			eNotify(new ENotificationImpl(this, Notification.SET, NafithaPackage.DIGITAL_UPTAKE__AREA_TYPE, oldAreaType, areaType, !oldAreaTypeESet));
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
			eNotify(new ENotificationImpl(this, Notification.UNSET, NafithaPackage.DIGITAL_UPTAKE__AREA_TYPE, oldAreaType, AREA_TYPE_EDEFAULT, oldAreaTypeESet));
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
	public PopulationGroup getGroup() {
		if (group != null && group.eIsProxy()) {
			InternalEObject oldGroup = (InternalEObject)group;
			group = (PopulationGroup)eResolveProxy(oldGroup);
			if (group != oldGroup) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, NafithaPackage.DIGITAL_UPTAKE__GROUP, oldGroup, group));
			}
		}
		return group;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public PopulationGroup basicGetGroup() {
		return group;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGroup(PopulationGroup newGroup) {
		PopulationGroup oldGroup = group;
		group = newGroup;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NafithaPackage.DIGITAL_UPTAKE__GROUP, oldGroup, group));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getMultiplier() {
		return multiplier;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMultiplier(double newMultiplier) {
		double oldMultiplier = multiplier;
		multiplier = newMultiplier;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NafithaPackage.DIGITAL_UPTAKE__MULTIPLIER, oldMultiplier, multiplier));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case NafithaPackage.DIGITAL_UPTAKE__REGION:
				if (resolve) return getRegion();
				return basicGetRegion();
			case NafithaPackage.DIGITAL_UPTAKE__AREA_TYPE:
				return getAreaType();
			case NafithaPackage.DIGITAL_UPTAKE__GROUP:
				if (resolve) return getGroup();
				return basicGetGroup();
			case NafithaPackage.DIGITAL_UPTAKE__MULTIPLIER:
				return getMultiplier();
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
			case NafithaPackage.DIGITAL_UPTAKE__REGION:
				setRegion((Region)newValue);
				return;
			case NafithaPackage.DIGITAL_UPTAKE__AREA_TYPE:
				setAreaType((AreaType)newValue);
				return;
			case NafithaPackage.DIGITAL_UPTAKE__GROUP:
				setGroup((PopulationGroup)newValue);
				return;
			case NafithaPackage.DIGITAL_UPTAKE__MULTIPLIER:
				setMultiplier((Double)newValue);
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
			case NafithaPackage.DIGITAL_UPTAKE__REGION:
				setRegion((Region)null);
				return;
			case NafithaPackage.DIGITAL_UPTAKE__AREA_TYPE:
				unsetAreaType();
				return;
			case NafithaPackage.DIGITAL_UPTAKE__GROUP:
				setGroup((PopulationGroup)null);
				return;
			case NafithaPackage.DIGITAL_UPTAKE__MULTIPLIER:
				setMultiplier(MULTIPLIER_EDEFAULT);
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
			case NafithaPackage.DIGITAL_UPTAKE__REGION:
				return region != null;
			case NafithaPackage.DIGITAL_UPTAKE__AREA_TYPE:
				return isSetAreaType();
			case NafithaPackage.DIGITAL_UPTAKE__GROUP:
				return group != null;
			case NafithaPackage.DIGITAL_UPTAKE__MULTIPLIER:
				return multiplier != MULTIPLIER_EDEFAULT;
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
		if (areaTypeESet) result.append(areaType); else result.append("<unset>");
		result.append(", multiplier: ");
		result.append(multiplier);
		result.append(')');
		return result.toString();
	}

} //DigitalUptakeImpl
