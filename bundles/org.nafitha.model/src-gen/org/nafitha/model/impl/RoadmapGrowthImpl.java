/**
 */
package org.nafitha.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

import org.nafitha.model.AreaType;
import org.nafitha.model.NafithaPackage;
import org.nafitha.model.Region;
import org.nafitha.model.RoadmapGrowth;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Roadmap Growth</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.nafitha.model.impl.RoadmapGrowthImpl#getRegion <em>Region</em>}</li>
 *   <li>{@link org.nafitha.model.impl.RoadmapGrowthImpl#getAreaType <em>Area Type</em>}</li>
 *   <li>{@link org.nafitha.model.impl.RoadmapGrowthImpl#getAnnualRate <em>Annual Rate</em>}</li>
 *   <li>{@link org.nafitha.model.impl.RoadmapGrowthImpl#getSource <em>Source</em>}</li>
 * </ul>
 *
 * @generated
 */
public class RoadmapGrowthImpl extends EObjectImpl implements RoadmapGrowth {
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
	 * The default value of the '{@link #getAnnualRate() <em>Annual Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnnualRate()
	 * @generated
	 * @ordered
	 */
	protected static final double ANNUAL_RATE_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getAnnualRate() <em>Annual Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnnualRate()
	 * @generated
	 * @ordered
	 */
	protected double annualRate = ANNUAL_RATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getSource() <em>Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSource()
	 * @generated
	 * @ordered
	 */
	protected static final String SOURCE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSource() <em>Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSource()
	 * @generated
	 * @ordered
	 */
	protected String source = SOURCE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected RoadmapGrowthImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return NafithaPackage.Literals.ROADMAP_GROWTH;
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, NafithaPackage.ROADMAP_GROWTH__REGION, oldRegion, region));
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
			eNotify(new ENotificationImpl(this, Notification.SET, NafithaPackage.ROADMAP_GROWTH__REGION, oldRegion, region));
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
			eNotify(new ENotificationImpl(this, Notification.SET, NafithaPackage.ROADMAP_GROWTH__AREA_TYPE, oldAreaType, areaType, !oldAreaTypeESet));
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
			eNotify(new ENotificationImpl(this, Notification.UNSET, NafithaPackage.ROADMAP_GROWTH__AREA_TYPE, oldAreaType, AREA_TYPE_EDEFAULT, oldAreaTypeESet));
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
	public double getAnnualRate() {
		return annualRate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAnnualRate(double newAnnualRate) {
		double oldAnnualRate = annualRate;
		annualRate = newAnnualRate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NafithaPackage.ROADMAP_GROWTH__ANNUAL_RATE, oldAnnualRate, annualRate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSource() {
		return source;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSource(String newSource) {
		String oldSource = source;
		source = newSource;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NafithaPackage.ROADMAP_GROWTH__SOURCE, oldSource, source));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case NafithaPackage.ROADMAP_GROWTH__REGION:
				if (resolve) return getRegion();
				return basicGetRegion();
			case NafithaPackage.ROADMAP_GROWTH__AREA_TYPE:
				return getAreaType();
			case NafithaPackage.ROADMAP_GROWTH__ANNUAL_RATE:
				return getAnnualRate();
			case NafithaPackage.ROADMAP_GROWTH__SOURCE:
				return getSource();
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
			case NafithaPackage.ROADMAP_GROWTH__REGION:
				setRegion((Region)newValue);
				return;
			case NafithaPackage.ROADMAP_GROWTH__AREA_TYPE:
				setAreaType((AreaType)newValue);
				return;
			case NafithaPackage.ROADMAP_GROWTH__ANNUAL_RATE:
				setAnnualRate((Double)newValue);
				return;
			case NafithaPackage.ROADMAP_GROWTH__SOURCE:
				setSource((String)newValue);
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
			case NafithaPackage.ROADMAP_GROWTH__REGION:
				setRegion((Region)null);
				return;
			case NafithaPackage.ROADMAP_GROWTH__AREA_TYPE:
				unsetAreaType();
				return;
			case NafithaPackage.ROADMAP_GROWTH__ANNUAL_RATE:
				setAnnualRate(ANNUAL_RATE_EDEFAULT);
				return;
			case NafithaPackage.ROADMAP_GROWTH__SOURCE:
				setSource(SOURCE_EDEFAULT);
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
			case NafithaPackage.ROADMAP_GROWTH__REGION:
				return region != null;
			case NafithaPackage.ROADMAP_GROWTH__AREA_TYPE:
				return isSetAreaType();
			case NafithaPackage.ROADMAP_GROWTH__ANNUAL_RATE:
				return annualRate != ANNUAL_RATE_EDEFAULT;
			case NafithaPackage.ROADMAP_GROWTH__SOURCE:
				return SOURCE_EDEFAULT == null ? source != null : !SOURCE_EDEFAULT.equals(source);
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
		result.append(", annualRate: ");
		result.append(annualRate);
		result.append(", source: ");
		result.append(source);
		result.append(')');
		return result.toString();
	}

} //RoadmapGrowthImpl
