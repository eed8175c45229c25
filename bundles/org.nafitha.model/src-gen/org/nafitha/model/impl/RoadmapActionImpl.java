/**
 */
package org.nafitha.model.impl;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

import org.nafitha.model.NafithaPackage;
import org.nafitha.model.RoadmapAction;
import org.nafitha.model.RoadmapActionKind;
import org.nafitha.model.Service;
import org.nafitha.model.ServiceBundle;
import org.nafitha.model.ServiceCenter;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Roadmap Action</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.nafitha.model.impl.RoadmapActionImpl#getCode <em>Code</em>}</li>
 *   <li>{@link org.nafitha.model.impl.RoadmapActionImpl#getYear <em>Year</em>}</li>
 *   <li>{@link org.nafitha.model.impl.RoadmapActionImpl#getMonth <em>Month</em>}</li>
 *   <li>{@link org.nafitha.model.impl.RoadmapActionImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.nafitha.model.impl.RoadmapActionImpl#getCenter <em>Center</em>}</li>
 *   <li>{@link org.nafitha.model.impl.RoadmapActionImpl#getService <em>Service</em>}</li>
 *   <li>{@link org.nafitha.model.impl.RoadmapActionImpl#getBundle <em>Bundle</em>}</li>
 *   <li>{@link org.nafitha.model.impl.RoadmapActionImpl#getNewCenter <em>New Center</em>}</li>
 *   <li>{@link org.nafitha.model.impl.RoadmapActionImpl#getCost <em>Cost</em>}</li>
 *   <li>{@link org.nafitha.model.impl.RoadmapActionImpl#getAmount <em>Amount</em>}</li>
 *   <li>{@link org.nafitha.model.impl.RoadmapActionImpl#getParameter <em>Parameter</em>}</li>
 *   <li>{@link org.nafitha.model.impl.RoadmapActionImpl#getNote <em>Note</em>}</li>
 * </ul>
 *
 * @generated
 */
public class RoadmapActionImpl extends EObjectImpl implements RoadmapAction {
	/**
	 * The default value of the '{@link #getCode() <em>Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCode()
	 * @generated
	 * @ordered
	 */
	protected static final String CODE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCode() <em>Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCode()
	 * @generated
	 * @ordered
	 */
	protected String code = CODE_EDEFAULT;

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
	 * The default value of the '{@link #getMonth() <em>Month</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMonth()
	 * @generated
	 * @ordered
	 */
	protected static final int MONTH_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getMonth() <em>Month</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMonth()
	 * @generated
	 * @ordered
	 */
	protected int month = MONTH_EDEFAULT;

	/**
	 * This is true if the Month attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean monthESet;

	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final RoadmapActionKind KIND_EDEFAULT = RoadmapActionKind.OPEN_CENTER;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected RoadmapActionKind kind = KIND_EDEFAULT;

	/**
	 * The cached value of the '{@link #getCenter() <em>Center</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCenter()
	 * @generated
	 * @ordered
	 */
	protected ServiceCenter center;

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
	 * The cached value of the '{@link #getBundle() <em>Bundle</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBundle()
	 * @generated
	 * @ordered
	 */
	protected ServiceBundle bundle;

	/**
	 * The cached value of the '{@link #getNewCenter() <em>New Center</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNewCenter()
	 * @generated
	 * @ordered
	 */
	protected ServiceCenter newCenter;

	/**
	 * The default value of the '{@link #getCost() <em>Cost</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCost()
	 * @generated
	 * @ordered
	 */
	protected static final double COST_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getCost() <em>Cost</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCost()
	 * @generated
	 * @ordered
	 */
	protected double cost = COST_EDEFAULT;

	/**
	 * This is true if the Cost attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean costESet;

	/**
	 * The default value of the '{@link #getAmount() <em>Amount</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAmount()
	 * @generated
	 * @ordered
	 */
	protected static final double AMOUNT_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getAmount() <em>Amount</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAmount()
	 * @generated
	 * @ordered
	 */
	protected double amount = AMOUNT_EDEFAULT;

	/**
	 * This is true if the Amount attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean amountESet;

	/**
	 * The default value of the '{@link #getParameter() <em>Parameter</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getParameter()
	 * @generated
	 * @ordered
	 */
	protected static final String PARAMETER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getParameter() <em>Parameter</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getParameter()
	 * @generated
	 * @ordered
	 */
	protected String parameter = PARAMETER_EDEFAULT;

	/**
	 * The default value of the '{@link #getNote() <em>Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNote()
	 * @generated
	 * @ordered
	 */
	protected static final String NOTE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNote() <em>Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNote()
	 * @generated
	 * @ordered
	 */
	protected String note = NOTE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected RoadmapActionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return NafithaPackage.Literals.ROADMAP_ACTION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCode() {
		return code;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCode(String newCode) {
		String oldCode = code;
		code = newCode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NafithaPackage.ROADMAP_ACTION__CODE, oldCode, code));
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
			eNotify(new ENotificationImpl(this, Notification.SET, NafithaPackage.ROADMAP_ACTION__YEAR, oldYear, year));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getMonth() {
		return month;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMonth(int newMonth) {
		int oldMonth = month;
		month = newMonth;
		boolean oldMonthESet = monthESet;
		monthESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NafithaPackage.ROADMAP_ACTION__MONTH, oldMonth, month, !oldMonthESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetMonth() {
		int oldMonth = month;
		boolean oldMonthESet = monthESet;
		month = MONTH_EDEFAULT;
		monthESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, NafithaPackage.ROADMAP_ACTION__MONTH, oldMonth, MONTH_EDEFAULT, oldMonthESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetMonth() {
		return monthESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RoadmapActionKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(RoadmapActionKind newKind) {
		RoadmapActionKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NafithaPackage.ROADMAP_ACTION__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ServiceCenter getCenter() {
		if (center != null && center.eIsProxy()) {
			InternalEObject oldCenter = (InternalEObject)center;
			center = (ServiceCenter)eResolveProxy(oldCenter);
			if (center != oldCenter) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, NafithaPackage.ROADMAP_ACTION__CENTER, oldCenter, center));
			}
		}
		return center;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ServiceCenter basicGetCenter() {
		return center;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCenter(ServiceCenter newCenter) {
		ServiceCenter oldCenter = center;
		center = newCenter;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NafithaPackage.ROADMAP_ACTION__CENTER, oldCenter, center));
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, NafithaPackage.ROADMAP_ACTION__SERVICE, oldService, service));
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
			eNotify(new ENotificationImpl(this, Notification.SET, NafithaPackage.ROADMAP_ACTION__SERVICE, oldService, service));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ServiceBundle getBundle() {
		if (bundle != null && bundle.eIsProxy()) {
			InternalEObject oldBundle = (InternalEObject)bundle;
			bundle = (ServiceBundle)eResolveProxy(oldBundle);
			if (bundle != oldBundle) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, NafithaPackage.ROADMAP_ACTION__BUNDLE, oldBundle, bundle));
			}
		}
		return bundle;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ServiceBundle basicGetBundle() {
		return bundle;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBundle(ServiceBundle newBundle) {
		ServiceBundle oldBundle = bundle;
		bundle = newBundle;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NafithaPackage.ROADMAP_ACTION__BUNDLE, oldBundle, bundle));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ServiceCenter getNewCenter() {
		return newCenter;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetNewCenter(ServiceCenter newNewCenter, NotificationChain msgs) {
		ServiceCenter oldNewCenter = newCenter;
		newCenter = newNewCenter;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, NafithaPackage.ROADMAP_ACTION__NEW_CENTER, oldNewCenter, newNewCenter);
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
	public void setNewCenter(ServiceCenter newNewCenter) {
		if (newNewCenter != newCenter) {
			NotificationChain msgs = null;
			if (newCenter != null)
				msgs = ((InternalEObject)newCenter).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - NafithaPackage.ROADMAP_ACTION__NEW_CENTER, null, msgs);
			if (newNewCenter != null)
				msgs = ((InternalEObject)newNewCenter).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - NafithaPackage.ROADMAP_ACTION__NEW_CENTER, null, msgs);
			msgs = basicSetNewCenter(newNewCenter, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NafithaPackage.ROADMAP_ACTION__NEW_CENTER, newNewCenter, newNewCenter));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getCost() {
		return cost;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCost(double newCost) {
		double oldCost = cost;
		cost = newCost;
		boolean oldCostESet = costESet;
		costESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NafithaPackage.ROADMAP_ACTION__COST, oldCost, cost, !oldCostESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetCost() {
		double oldCost = cost;
		boolean oldCostESet = costESet;
		cost = COST_EDEFAULT;
		costESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, NafithaPackage.ROADMAP_ACTION__COST, oldCost, COST_EDEFAULT, oldCostESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetCost() {
		return costESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getAmount() {
		return amount;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAmount(double newAmount) {
		double oldAmount = amount;
		amount = newAmount;
		boolean oldAmountESet = amountESet;
		amountESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NafithaPackage.ROADMAP_ACTION__AMOUNT, oldAmount, amount, !oldAmountESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetAmount() {
		double oldAmount = amount;
		boolean oldAmountESet = amountESet;
		amount = AMOUNT_EDEFAULT;
		amountESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, NafithaPackage.ROADMAP_ACTION__AMOUNT, oldAmount, AMOUNT_EDEFAULT, oldAmountESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetAmount() {
		return amountESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getParameter() {
		return parameter;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setParameter(String newParameter) {
		String oldParameter = parameter;
		parameter = newParameter;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NafithaPackage.ROADMAP_ACTION__PARAMETER, oldParameter, parameter));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNote() {
		return note;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNote(String newNote) {
		String oldNote = note;
		note = newNote;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NafithaPackage.ROADMAP_ACTION__NOTE, oldNote, note));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case NafithaPackage.ROADMAP_ACTION__NEW_CENTER:
				return basicSetNewCenter(null, msgs);
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
			case NafithaPackage.ROADMAP_ACTION__CODE:
				return getCode();
			case NafithaPackage.ROADMAP_ACTION__YEAR:
				return getYear();
			case NafithaPackage.ROADMAP_ACTION__MONTH:
				return getMonth();
			case NafithaPackage.ROADMAP_ACTION__KIND:
				return getKind();
			case NafithaPackage.ROADMAP_ACTION__CENTER:
				if (resolve) return getCenter();
				return basicGetCenter();
			case NafithaPackage.ROADMAP_ACTION__SERVICE:
				if (resolve) return getService();
				return basicGetService();
			case NafithaPackage.ROADMAP_ACTION__BUNDLE:
				if (resolve) return getBundle();
				return basicGetBundle();
			case NafithaPackage.ROADMAP_ACTION__NEW_CENTER:
				return getNewCenter();
			case NafithaPackage.ROADMAP_ACTION__COST:
				return getCost();
			case NafithaPackage.ROADMAP_ACTION__AMOUNT:
				return getAmount();
			case NafithaPackage.ROADMAP_ACTION__PARAMETER:
				return getParameter();
			case NafithaPackage.ROADMAP_ACTION__NOTE:
				return getNote();
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
			case NafithaPackage.ROADMAP_ACTION__CODE:
				setCode((String)newValue);
				return;
			case NafithaPackage.ROADMAP_ACTION__YEAR:
				setYear((Integer)newValue);
				return;
			case NafithaPackage.ROADMAP_ACTION__MONTH:
				setMonth((Integer)newValue);
				return;
			case NafithaPackage.ROADMAP_ACTION__KIND:
				setKind((RoadmapActionKind)newValue);
				return;
			case NafithaPackage.ROADMAP_ACTION__CENTER:
				setCenter((ServiceCenter)newValue);
				return;
			case NafithaPackage.ROADMAP_ACTION__SERVICE:
				setService((Service)newValue);
				return;
			case NafithaPackage.ROADMAP_ACTION__BUNDLE:
				setBundle((ServiceBundle)newValue);
				return;
			case NafithaPackage.ROADMAP_ACTION__NEW_CENTER:
				setNewCenter((ServiceCenter)newValue);
				return;
			case NafithaPackage.ROADMAP_ACTION__COST:
				setCost((Double)newValue);
				return;
			case NafithaPackage.ROADMAP_ACTION__AMOUNT:
				setAmount((Double)newValue);
				return;
			case NafithaPackage.ROADMAP_ACTION__PARAMETER:
				setParameter((String)newValue);
				return;
			case NafithaPackage.ROADMAP_ACTION__NOTE:
				setNote((String)newValue);
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
			case NafithaPackage.ROADMAP_ACTION__CODE:
				setCode(CODE_EDEFAULT);
				return;
			case NafithaPackage.ROADMAP_ACTION__YEAR:
				setYear(YEAR_EDEFAULT);
				return;
			case NafithaPackage.ROADMAP_ACTION__MONTH:
				unsetMonth();
				return;
			case NafithaPackage.ROADMAP_ACTION__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case NafithaPackage.ROADMAP_ACTION__CENTER:
				setCenter((ServiceCenter)null);
				return;
			case NafithaPackage.ROADMAP_ACTION__SERVICE:
				setService((Service)null);
				return;
			case NafithaPackage.ROADMAP_ACTION__BUNDLE:
				setBundle((ServiceBundle)null);
				return;
			case NafithaPackage.ROADMAP_ACTION__NEW_CENTER:
				setNewCenter((ServiceCenter)null);
				return;
			case NafithaPackage.ROADMAP_ACTION__COST:
				unsetCost();
				return;
			case NafithaPackage.ROADMAP_ACTION__AMOUNT:
				unsetAmount();
				return;
			case NafithaPackage.ROADMAP_ACTION__PARAMETER:
				setParameter(PARAMETER_EDEFAULT);
				return;
			case NafithaPackage.ROADMAP_ACTION__NOTE:
				setNote(NOTE_EDEFAULT);
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
			case NafithaPackage.ROADMAP_ACTION__CODE:
				return CODE_EDEFAULT == null ? code != null : !CODE_EDEFAULT.equals(code);
			case NafithaPackage.ROADMAP_ACTION__YEAR:
				return year != YEAR_EDEFAULT;
			case NafithaPackage.ROADMAP_ACTION__MONTH:
				return isSetMonth();
			case NafithaPackage.ROADMAP_ACTION__KIND:
				return kind != KIND_EDEFAULT;
			case NafithaPackage.ROADMAP_ACTION__CENTER:
				return center != null;
			case NafithaPackage.ROADMAP_ACTION__SERVICE:
				return service != null;
			case NafithaPackage.ROADMAP_ACTION__BUNDLE:
				return bundle != null;
			case NafithaPackage.ROADMAP_ACTION__NEW_CENTER:
				return newCenter != null;
			case NafithaPackage.ROADMAP_ACTION__COST:
				return isSetCost();
			case NafithaPackage.ROADMAP_ACTION__AMOUNT:
				return isSetAmount();
			case NafithaPackage.ROADMAP_ACTION__PARAMETER:
				return PARAMETER_EDEFAULT == null ? parameter != null : !PARAMETER_EDEFAULT.equals(parameter);
			case NafithaPackage.ROADMAP_ACTION__NOTE:
				return NOTE_EDEFAULT == null ? note != null : !NOTE_EDEFAULT.equals(note);
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
		result.append(" (code: ");
		result.append(code);
		result.append(", year: ");
		result.append(year);
		result.append(", month: ");
		if (monthESet) result.append(month); else result.append("<unset>");
		result.append(", kind: ");
		result.append(kind);
		result.append(", cost: ");
		if (costESet) result.append(cost); else result.append("<unset>");
		result.append(", amount: ");
		if (amountESet) result.append(amount); else result.append("<unset>");
		result.append(", parameter: ");
		result.append(parameter);
		result.append(", note: ");
		result.append(note);
		result.append(')');
		return result.toString();
	}

} //RoadmapActionImpl
