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

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.EObjectResolvingEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.nafitha.model.AccessibilityFeature;
import org.nafitha.model.Agency;
import org.nafitha.model.CenterKind;
import org.nafitha.model.CenterStatus;
import org.nafitha.model.Counter;
import org.nafitha.model.Evaluation;
import org.nafitha.model.EvaluationRecord;
import org.nafitha.model.Located;
import org.nafitha.model.NafithaPackage;
import org.nafitha.model.Region;
import org.nafitha.model.Score;
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
 *   <li>{@link org.nafitha.model.impl.ServiceCenterImpl#getAgency <em>Agency</em>}</li>
 *   <li>{@link org.nafitha.model.impl.ServiceCenterImpl#getOpeningHours <em>Opening Hours</em>}</li>
 *   <li>{@link org.nafitha.model.impl.ServiceCenterImpl#getStaff <em>Staff</em>}</li>
 *   <li>{@link org.nafitha.model.impl.ServiceCenterImpl#getServicesOffered <em>Services Offered</em>}</li>
 *   <li>{@link org.nafitha.model.impl.ServiceCenterImpl#getCounters <em>Counters</em>}</li>
 *   <li>{@link org.nafitha.model.impl.ServiceCenterImpl#getAccessibility <em>Accessibility</em>}</li>
 *   <li>{@link org.nafitha.model.impl.ServiceCenterImpl#getReadiness <em>Readiness</em>}</li>
 *   <li>{@link org.nafitha.model.impl.ServiceCenterImpl#getEvaluation <em>Evaluation</em>}</li>
 *   <li>{@link org.nafitha.model.impl.ServiceCenterImpl#getDailyCapacityOverride <em>Daily Capacity Override</em>}</li>
 *   <li>{@link org.nafitha.model.impl.ServiceCenterImpl#getEvaluationRecords <em>Evaluation Records</em>}</li>
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
	 * The cached value of the '{@link #getAgency() <em>Agency</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAgency()
	 * @generated
	 * @ordered
	 */
	protected Agency agency;

	/**
	 * The default value of the '{@link #getOpeningHours() <em>Opening Hours</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOpeningHours()
	 * @generated
	 * @ordered
	 */
	protected static final String OPENING_HOURS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOpeningHours() <em>Opening Hours</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOpeningHours()
	 * @generated
	 * @ordered
	 */
	protected String openingHours = OPENING_HOURS_EDEFAULT;

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
	 * The cached value of the '{@link #getAccessibility() <em>Accessibility</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAccessibility()
	 * @generated
	 * @ordered
	 */
	protected EList<AccessibilityFeature> accessibility;

	/**
	 * The cached value of the '{@link #getReadiness() <em>Readiness</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReadiness()
	 * @generated
	 * @ordered
	 */
	protected EList<Score> readiness;

	/**
	 * The cached value of the '{@link #getEvaluation() <em>Evaluation</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEvaluation()
	 * @generated
	 * @ordered
	 */
	protected Evaluation evaluation;

	/**
	 * The default value of the '{@link #getDailyCapacityOverride() <em>Daily Capacity Override</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDailyCapacityOverride()
	 * @generated
	 * @ordered
	 */
	protected static final double DAILY_CAPACITY_OVERRIDE_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getDailyCapacityOverride() <em>Daily Capacity Override</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDailyCapacityOverride()
	 * @generated
	 * @ordered
	 */
	protected double dailyCapacityOverride = DAILY_CAPACITY_OVERRIDE_EDEFAULT;

	/**
	 * This is true if the Daily Capacity Override attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean dailyCapacityOverrideESet;

	/**
	 * The cached value of the '{@link #getEvaluationRecords() <em>Evaluation Records</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEvaluationRecords()
	 * @generated
	 * @ordered
	 */
	protected EList<EvaluationRecord> evaluationRecords;

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
	public Agency getAgency() {
		if (agency != null && agency.eIsProxy()) {
			InternalEObject oldAgency = (InternalEObject)agency;
			agency = (Agency)eResolveProxy(oldAgency);
			if (agency != oldAgency) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, NafithaPackage.SERVICE_CENTER__AGENCY, oldAgency, agency));
			}
		}
		return agency;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Agency basicGetAgency() {
		return agency;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAgency(Agency newAgency) {
		Agency oldAgency = agency;
		agency = newAgency;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NafithaPackage.SERVICE_CENTER__AGENCY, oldAgency, agency));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getOpeningHours() {
		return openingHours;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOpeningHours(String newOpeningHours) {
		String oldOpeningHours = openingHours;
		openingHours = newOpeningHours;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NafithaPackage.SERVICE_CENTER__OPENING_HOURS, oldOpeningHours, openingHours));
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
	public EList<AccessibilityFeature> getAccessibility() {
		if (accessibility == null) {
			accessibility = new EDataTypeUniqueEList<AccessibilityFeature>(AccessibilityFeature.class, this, NafithaPackage.SERVICE_CENTER__ACCESSIBILITY);
		}
		return accessibility;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Score> getReadiness() {
		if (readiness == null) {
			readiness = new EObjectContainmentEList<Score>(Score.class, this, NafithaPackage.SERVICE_CENTER__READINESS);
		}
		return readiness;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Evaluation getEvaluation() {
		return evaluation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetEvaluation(Evaluation newEvaluation, NotificationChain msgs) {
		Evaluation oldEvaluation = evaluation;
		evaluation = newEvaluation;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, NafithaPackage.SERVICE_CENTER__EVALUATION, oldEvaluation, newEvaluation);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEvaluation(Evaluation newEvaluation) {
		if (newEvaluation != evaluation) {
			NotificationChain msgs = null;
			if (evaluation != null)
				msgs = ((InternalEObject)evaluation).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - NafithaPackage.SERVICE_CENTER__EVALUATION, null, msgs);
			if (newEvaluation != null)
				msgs = ((InternalEObject)newEvaluation).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - NafithaPackage.SERVICE_CENTER__EVALUATION, null, msgs);
			msgs = basicSetEvaluation(newEvaluation, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NafithaPackage.SERVICE_CENTER__EVALUATION, newEvaluation, newEvaluation));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getDailyCapacityOverride() {
		return dailyCapacityOverride;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDailyCapacityOverride(double newDailyCapacityOverride) {
		double oldDailyCapacityOverride = dailyCapacityOverride;
		dailyCapacityOverride = newDailyCapacityOverride;
		boolean oldDailyCapacityOverrideESet = dailyCapacityOverrideESet;
		dailyCapacityOverrideESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NafithaPackage.SERVICE_CENTER__DAILY_CAPACITY_OVERRIDE, oldDailyCapacityOverride, dailyCapacityOverride, !oldDailyCapacityOverrideESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetDailyCapacityOverride() {
		double oldDailyCapacityOverride = dailyCapacityOverride;
		boolean oldDailyCapacityOverrideESet = dailyCapacityOverrideESet;
		dailyCapacityOverride = DAILY_CAPACITY_OVERRIDE_EDEFAULT;
		dailyCapacityOverrideESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, NafithaPackage.SERVICE_CENTER__DAILY_CAPACITY_OVERRIDE, oldDailyCapacityOverride, DAILY_CAPACITY_OVERRIDE_EDEFAULT, oldDailyCapacityOverrideESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetDailyCapacityOverride() {
		return dailyCapacityOverrideESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<EvaluationRecord> getEvaluationRecords() {
		if (evaluationRecords == null) {
			evaluationRecords = new EObjectContainmentEList<EvaluationRecord>(EvaluationRecord.class, this, NafithaPackage.SERVICE_CENTER__EVALUATION_RECORDS);
		}
		return evaluationRecords;
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
			case NafithaPackage.SERVICE_CENTER__READINESS:
				return ((InternalEList<?>)getReadiness()).basicRemove(otherEnd, msgs);
			case NafithaPackage.SERVICE_CENTER__EVALUATION:
				return basicSetEvaluation(null, msgs);
			case NafithaPackage.SERVICE_CENTER__EVALUATION_RECORDS:
				return ((InternalEList<?>)getEvaluationRecords()).basicRemove(otherEnd, msgs);
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
			case NafithaPackage.SERVICE_CENTER__AGENCY:
				if (resolve) return getAgency();
				return basicGetAgency();
			case NafithaPackage.SERVICE_CENTER__OPENING_HOURS:
				return getOpeningHours();
			case NafithaPackage.SERVICE_CENTER__STAFF:
				return getStaff();
			case NafithaPackage.SERVICE_CENTER__SERVICES_OFFERED:
				return getServicesOffered();
			case NafithaPackage.SERVICE_CENTER__COUNTERS:
				return getCounters();
			case NafithaPackage.SERVICE_CENTER__ACCESSIBILITY:
				return getAccessibility();
			case NafithaPackage.SERVICE_CENTER__READINESS:
				return getReadiness();
			case NafithaPackage.SERVICE_CENTER__EVALUATION:
				return getEvaluation();
			case NafithaPackage.SERVICE_CENTER__DAILY_CAPACITY_OVERRIDE:
				return getDailyCapacityOverride();
			case NafithaPackage.SERVICE_CENTER__EVALUATION_RECORDS:
				return getEvaluationRecords();
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
			case NafithaPackage.SERVICE_CENTER__AGENCY:
				setAgency((Agency)newValue);
				return;
			case NafithaPackage.SERVICE_CENTER__OPENING_HOURS:
				setOpeningHours((String)newValue);
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
			case NafithaPackage.SERVICE_CENTER__ACCESSIBILITY:
				getAccessibility().clear();
				getAccessibility().addAll((Collection<? extends AccessibilityFeature>)newValue);
				return;
			case NafithaPackage.SERVICE_CENTER__READINESS:
				getReadiness().clear();
				getReadiness().addAll((Collection<? extends Score>)newValue);
				return;
			case NafithaPackage.SERVICE_CENTER__EVALUATION:
				setEvaluation((Evaluation)newValue);
				return;
			case NafithaPackage.SERVICE_CENTER__DAILY_CAPACITY_OVERRIDE:
				setDailyCapacityOverride((Double)newValue);
				return;
			case NafithaPackage.SERVICE_CENTER__EVALUATION_RECORDS:
				getEvaluationRecords().clear();
				getEvaluationRecords().addAll((Collection<? extends EvaluationRecord>)newValue);
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
			case NafithaPackage.SERVICE_CENTER__AGENCY:
				setAgency((Agency)null);
				return;
			case NafithaPackage.SERVICE_CENTER__OPENING_HOURS:
				setOpeningHours(OPENING_HOURS_EDEFAULT);
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
			case NafithaPackage.SERVICE_CENTER__ACCESSIBILITY:
				getAccessibility().clear();
				return;
			case NafithaPackage.SERVICE_CENTER__READINESS:
				getReadiness().clear();
				return;
			case NafithaPackage.SERVICE_CENTER__EVALUATION:
				setEvaluation((Evaluation)null);
				return;
			case NafithaPackage.SERVICE_CENTER__DAILY_CAPACITY_OVERRIDE:
				unsetDailyCapacityOverride();
				return;
			case NafithaPackage.SERVICE_CENTER__EVALUATION_RECORDS:
				getEvaluationRecords().clear();
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
			case NafithaPackage.SERVICE_CENTER__AGENCY:
				return agency != null;
			case NafithaPackage.SERVICE_CENTER__OPENING_HOURS:
				return OPENING_HOURS_EDEFAULT == null ? openingHours != null : !OPENING_HOURS_EDEFAULT.equals(openingHours);
			case NafithaPackage.SERVICE_CENTER__STAFF:
				return staff != STAFF_EDEFAULT;
			case NafithaPackage.SERVICE_CENTER__SERVICES_OFFERED:
				return servicesOffered != null && !servicesOffered.isEmpty();
			case NafithaPackage.SERVICE_CENTER__COUNTERS:
				return counters != null && !counters.isEmpty();
			case NafithaPackage.SERVICE_CENTER__ACCESSIBILITY:
				return accessibility != null && !accessibility.isEmpty();
			case NafithaPackage.SERVICE_CENTER__READINESS:
				return readiness != null && !readiness.isEmpty();
			case NafithaPackage.SERVICE_CENTER__EVALUATION:
				return evaluation != null;
			case NafithaPackage.SERVICE_CENTER__DAILY_CAPACITY_OVERRIDE:
				return isSetDailyCapacityOverride();
			case NafithaPackage.SERVICE_CENTER__EVALUATION_RECORDS:
				return evaluationRecords != null && !evaluationRecords.isEmpty();
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
		result.append(", openingHours: ");
		result.append(openingHours);
		result.append(", staff: ");
		result.append(staff);
		result.append(", accessibility: ");
		result.append(accessibility);
		result.append(", dailyCapacityOverride: ");
		if (dailyCapacityOverrideESet) result.append(dailyCapacityOverride); else result.append("<unset>");
		result.append(')');
		return result.toString();
	}

} //ServiceCenterImpl
