/**
 */
package org.nafitha.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

import org.nafitha.model.NafithaPackage;
import org.nafitha.model.RoadmapDigitalShift;
import org.nafitha.model.Service;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Roadmap Digital Shift</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.nafitha.model.impl.RoadmapDigitalShiftImpl#getYear <em>Year</em>}</li>
 *   <li>{@link org.nafitha.model.impl.RoadmapDigitalShiftImpl#getService <em>Service</em>}</li>
 *   <li>{@link org.nafitha.model.impl.RoadmapDigitalShiftImpl#getCategory <em>Category</em>}</li>
 *   <li>{@link org.nafitha.model.impl.RoadmapDigitalShiftImpl#getDigitalShare <em>Digital Share</em>}</li>
 *   <li>{@link org.nafitha.model.impl.RoadmapDigitalShiftImpl#getSource <em>Source</em>}</li>
 * </ul>
 *
 * @generated
 */
public class RoadmapDigitalShiftImpl extends EObjectImpl implements RoadmapDigitalShift {
	/**
	 * The default value of the '{@link #getYear() <em>Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getYear()
	 * @generated
	 * @ordered
	 */
	protected static final int YEAR_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getYear() <em>Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getYear()
	 * @generated
	 * @ordered
	 */
	protected int year = YEAR_EDEFAULT;

	/**
	 * The cached value of the '{@link #getService() <em>Service</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getService()
	 * @generated
	 * @ordered
	 */
	protected Service service;

	/**
	 * The default value of the '{@link #getCategory() <em>Category</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCategory()
	 * @generated
	 * @ordered
	 */
	protected static final String CATEGORY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCategory() <em>Category</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCategory()
	 * @generated
	 * @ordered
	 */
	protected String category = CATEGORY_EDEFAULT;

	/**
	 * The default value of the '{@link #getDigitalShare() <em>Digital Share</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDigitalShare()
	 * @generated
	 * @ordered
	 */
	protected static final double DIGITAL_SHARE_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getDigitalShare() <em>Digital Share</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDigitalShare()
	 * @generated
	 * @ordered
	 */
	protected double digitalShare = DIGITAL_SHARE_EDEFAULT;

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
	protected RoadmapDigitalShiftImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return NafithaPackage.Literals.ROADMAP_DIGITAL_SHIFT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getYear() {
		return year;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setYear(int newYear) {
		int oldYear = year;
		year = newYear;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NafithaPackage.ROADMAP_DIGITAL_SHIFT__YEAR, oldYear, year));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Service getService() {
		if (service != null && service.eIsProxy()) {
			InternalEObject oldService = (InternalEObject)service;
			service = (Service)eResolveProxy(oldService);
			if (service != oldService) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, NafithaPackage.ROADMAP_DIGITAL_SHIFT__SERVICE, oldService, service));
			}
		}
		return service;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Service basicGetService() {
		return service;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setService(Service newService) {
		Service oldService = service;
		service = newService;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NafithaPackage.ROADMAP_DIGITAL_SHIFT__SERVICE, oldService, service));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCategory() {
		return category;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCategory(String newCategory) {
		String oldCategory = category;
		category = newCategory;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NafithaPackage.ROADMAP_DIGITAL_SHIFT__CATEGORY, oldCategory, category));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getDigitalShare() {
		return digitalShare;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDigitalShare(double newDigitalShare) {
		double oldDigitalShare = digitalShare;
		digitalShare = newDigitalShare;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NafithaPackage.ROADMAP_DIGITAL_SHIFT__DIGITAL_SHARE, oldDigitalShare, digitalShare));
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
			eNotify(new ENotificationImpl(this, Notification.SET, NafithaPackage.ROADMAP_DIGITAL_SHIFT__SOURCE, oldSource, source));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case NafithaPackage.ROADMAP_DIGITAL_SHIFT__YEAR:
				return getYear();
			case NafithaPackage.ROADMAP_DIGITAL_SHIFT__SERVICE:
				if (resolve) return getService();
				return basicGetService();
			case NafithaPackage.ROADMAP_DIGITAL_SHIFT__CATEGORY:
				return getCategory();
			case NafithaPackage.ROADMAP_DIGITAL_SHIFT__DIGITAL_SHARE:
				return getDigitalShare();
			case NafithaPackage.ROADMAP_DIGITAL_SHIFT__SOURCE:
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
			case NafithaPackage.ROADMAP_DIGITAL_SHIFT__YEAR:
				setYear((Integer)newValue);
				return;
			case NafithaPackage.ROADMAP_DIGITAL_SHIFT__SERVICE:
				setService((Service)newValue);
				return;
			case NafithaPackage.ROADMAP_DIGITAL_SHIFT__CATEGORY:
				setCategory((String)newValue);
				return;
			case NafithaPackage.ROADMAP_DIGITAL_SHIFT__DIGITAL_SHARE:
				setDigitalShare((Double)newValue);
				return;
			case NafithaPackage.ROADMAP_DIGITAL_SHIFT__SOURCE:
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
			case NafithaPackage.ROADMAP_DIGITAL_SHIFT__YEAR:
				setYear(YEAR_EDEFAULT);
				return;
			case NafithaPackage.ROADMAP_DIGITAL_SHIFT__SERVICE:
				setService((Service)null);
				return;
			case NafithaPackage.ROADMAP_DIGITAL_SHIFT__CATEGORY:
				setCategory(CATEGORY_EDEFAULT);
				return;
			case NafithaPackage.ROADMAP_DIGITAL_SHIFT__DIGITAL_SHARE:
				setDigitalShare(DIGITAL_SHARE_EDEFAULT);
				return;
			case NafithaPackage.ROADMAP_DIGITAL_SHIFT__SOURCE:
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
			case NafithaPackage.ROADMAP_DIGITAL_SHIFT__YEAR:
				return year != YEAR_EDEFAULT;
			case NafithaPackage.ROADMAP_DIGITAL_SHIFT__SERVICE:
				return service != null;
			case NafithaPackage.ROADMAP_DIGITAL_SHIFT__CATEGORY:
				return CATEGORY_EDEFAULT == null ? category != null : !CATEGORY_EDEFAULT.equals(category);
			case NafithaPackage.ROADMAP_DIGITAL_SHIFT__DIGITAL_SHARE:
				return digitalShare != DIGITAL_SHARE_EDEFAULT;
			case NafithaPackage.ROADMAP_DIGITAL_SHIFT__SOURCE:
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
		result.append(" (year: ");
		result.append(year);
		result.append(", category: ");
		result.append(category);
		result.append(", digitalShare: ");
		result.append(digitalShare);
		result.append(", source: ");
		result.append(source);
		result.append(')');
		return result.toString();
	}

} //RoadmapDigitalShiftImpl
