/**
 */
package org.nafitha.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectResolvingEList;

import org.nafitha.model.Agency;
import org.nafitha.model.NafithaPackage;
import org.nafitha.model.PopulationGroup;
import org.nafitha.model.Service;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Service</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.nafitha.model.impl.ServiceImpl#getAgency <em>Agency</em>}</li>
 *   <li>{@link org.nafitha.model.impl.ServiceImpl#getCategory <em>Category</em>}</li>
 *   <li>{@link org.nafitha.model.impl.ServiceImpl#getAnnualTransactions <em>Annual Transactions</em>}</li>
 *   <li>{@link org.nafitha.model.impl.ServiceImpl#getPerCapitaRate <em>Per Capita Rate</em>}</li>
 *   <li>{@link org.nafitha.model.impl.ServiceImpl#getMeanHandlingMinutes <em>Mean Handling Minutes</em>}</li>
 *   <li>{@link org.nafitha.model.impl.ServiceImpl#getHandlingTimeCv <em>Handling Time Cv</em>}</li>
 *   <li>{@link org.nafitha.model.impl.ServiceImpl#getDigitalShare <em>Digital Share</em>}</li>
 *   <li>{@link org.nafitha.model.impl.ServiceImpl#isPresenceRequired <em>Presence Required</em>}</li>
 *   <li>{@link org.nafitha.model.impl.ServiceImpl#getEligibleGroups <em>Eligible Groups</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ServiceImpl extends NamedImpl implements Service {
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
	 * The default value of the '{@link #getAnnualTransactions() <em>Annual Transactions</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnnualTransactions()
	 * @generated
	 * @ordered
	 */
	protected static final long ANNUAL_TRANSACTIONS_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getAnnualTransactions() <em>Annual Transactions</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnnualTransactions()
	 * @generated
	 * @ordered
	 */
	protected long annualTransactions = ANNUAL_TRANSACTIONS_EDEFAULT;

	/**
	 * The default value of the '{@link #getPerCapitaRate() <em>Per Capita Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPerCapitaRate()
	 * @generated
	 * @ordered
	 */
	protected static final double PER_CAPITA_RATE_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getPerCapitaRate() <em>Per Capita Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPerCapitaRate()
	 * @generated
	 * @ordered
	 */
	protected double perCapitaRate = PER_CAPITA_RATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getMeanHandlingMinutes() <em>Mean Handling Minutes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMeanHandlingMinutes()
	 * @generated
	 * @ordered
	 */
	protected static final double MEAN_HANDLING_MINUTES_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getMeanHandlingMinutes() <em>Mean Handling Minutes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMeanHandlingMinutes()
	 * @generated
	 * @ordered
	 */
	protected double meanHandlingMinutes = MEAN_HANDLING_MINUTES_EDEFAULT;

	/**
	 * The default value of the '{@link #getHandlingTimeCv() <em>Handling Time Cv</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHandlingTimeCv()
	 * @generated
	 * @ordered
	 */
	protected static final double HANDLING_TIME_CV_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getHandlingTimeCv() <em>Handling Time Cv</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHandlingTimeCv()
	 * @generated
	 * @ordered
	 */
	protected double handlingTimeCv = HANDLING_TIME_CV_EDEFAULT;

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
	 * The default value of the '{@link #isPresenceRequired() <em>Presence Required</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isPresenceRequired()
	 * @generated
	 * @ordered
	 */
	protected static final boolean PRESENCE_REQUIRED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isPresenceRequired() <em>Presence Required</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isPresenceRequired()
	 * @generated
	 * @ordered
	 */
	protected boolean presenceRequired = PRESENCE_REQUIRED_EDEFAULT;

	/**
	 * The cached value of the '{@link #getEligibleGroups() <em>Eligible Groups</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEligibleGroups()
	 * @generated
	 * @ordered
	 */
	protected EList<PopulationGroup> eligibleGroups;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ServiceImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return NafithaPackage.Literals.SERVICE;
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, NafithaPackage.SERVICE__AGENCY, oldAgency, agency));
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
			eNotify(new ENotificationImpl(this, Notification.SET, NafithaPackage.SERVICE__AGENCY, oldAgency, agency));
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
			eNotify(new ENotificationImpl(this, Notification.SET, NafithaPackage.SERVICE__CATEGORY, oldCategory, category));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getAnnualTransactions() {
		return annualTransactions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAnnualTransactions(long newAnnualTransactions) {
		long oldAnnualTransactions = annualTransactions;
		annualTransactions = newAnnualTransactions;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NafithaPackage.SERVICE__ANNUAL_TRANSACTIONS, oldAnnualTransactions, annualTransactions));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getPerCapitaRate() {
		return perCapitaRate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPerCapitaRate(double newPerCapitaRate) {
		double oldPerCapitaRate = perCapitaRate;
		perCapitaRate = newPerCapitaRate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NafithaPackage.SERVICE__PER_CAPITA_RATE, oldPerCapitaRate, perCapitaRate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getMeanHandlingMinutes() {
		return meanHandlingMinutes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMeanHandlingMinutes(double newMeanHandlingMinutes) {
		double oldMeanHandlingMinutes = meanHandlingMinutes;
		meanHandlingMinutes = newMeanHandlingMinutes;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NafithaPackage.SERVICE__MEAN_HANDLING_MINUTES, oldMeanHandlingMinutes, meanHandlingMinutes));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getHandlingTimeCv() {
		return handlingTimeCv;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHandlingTimeCv(double newHandlingTimeCv) {
		double oldHandlingTimeCv = handlingTimeCv;
		handlingTimeCv = newHandlingTimeCv;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NafithaPackage.SERVICE__HANDLING_TIME_CV, oldHandlingTimeCv, handlingTimeCv));
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
			eNotify(new ENotificationImpl(this, Notification.SET, NafithaPackage.SERVICE__DIGITAL_SHARE, oldDigitalShare, digitalShare));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isPresenceRequired() {
		return presenceRequired;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPresenceRequired(boolean newPresenceRequired) {
		boolean oldPresenceRequired = presenceRequired;
		presenceRequired = newPresenceRequired;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NafithaPackage.SERVICE__PRESENCE_REQUIRED, oldPresenceRequired, presenceRequired));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<PopulationGroup> getEligibleGroups() {
		if (eligibleGroups == null) {
			eligibleGroups = new EObjectResolvingEList<PopulationGroup>(PopulationGroup.class, this, NafithaPackage.SERVICE__ELIGIBLE_GROUPS);
		}
		return eligibleGroups;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case NafithaPackage.SERVICE__AGENCY:
				if (resolve) return getAgency();
				return basicGetAgency();
			case NafithaPackage.SERVICE__CATEGORY:
				return getCategory();
			case NafithaPackage.SERVICE__ANNUAL_TRANSACTIONS:
				return getAnnualTransactions();
			case NafithaPackage.SERVICE__PER_CAPITA_RATE:
				return getPerCapitaRate();
			case NafithaPackage.SERVICE__MEAN_HANDLING_MINUTES:
				return getMeanHandlingMinutes();
			case NafithaPackage.SERVICE__HANDLING_TIME_CV:
				return getHandlingTimeCv();
			case NafithaPackage.SERVICE__DIGITAL_SHARE:
				return getDigitalShare();
			case NafithaPackage.SERVICE__PRESENCE_REQUIRED:
				return isPresenceRequired();
			case NafithaPackage.SERVICE__ELIGIBLE_GROUPS:
				return getEligibleGroups();
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
			case NafithaPackage.SERVICE__AGENCY:
				setAgency((Agency)newValue);
				return;
			case NafithaPackage.SERVICE__CATEGORY:
				setCategory((String)newValue);
				return;
			case NafithaPackage.SERVICE__ANNUAL_TRANSACTIONS:
				setAnnualTransactions((Long)newValue);
				return;
			case NafithaPackage.SERVICE__PER_CAPITA_RATE:
				setPerCapitaRate((Double)newValue);
				return;
			case NafithaPackage.SERVICE__MEAN_HANDLING_MINUTES:
				setMeanHandlingMinutes((Double)newValue);
				return;
			case NafithaPackage.SERVICE__HANDLING_TIME_CV:
				setHandlingTimeCv((Double)newValue);
				return;
			case NafithaPackage.SERVICE__DIGITAL_SHARE:
				setDigitalShare((Double)newValue);
				return;
			case NafithaPackage.SERVICE__PRESENCE_REQUIRED:
				setPresenceRequired((Boolean)newValue);
				return;
			case NafithaPackage.SERVICE__ELIGIBLE_GROUPS:
				getEligibleGroups().clear();
				getEligibleGroups().addAll((Collection<? extends PopulationGroup>)newValue);
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
			case NafithaPackage.SERVICE__AGENCY:
				setAgency((Agency)null);
				return;
			case NafithaPackage.SERVICE__CATEGORY:
				setCategory(CATEGORY_EDEFAULT);
				return;
			case NafithaPackage.SERVICE__ANNUAL_TRANSACTIONS:
				setAnnualTransactions(ANNUAL_TRANSACTIONS_EDEFAULT);
				return;
			case NafithaPackage.SERVICE__PER_CAPITA_RATE:
				setPerCapitaRate(PER_CAPITA_RATE_EDEFAULT);
				return;
			case NafithaPackage.SERVICE__MEAN_HANDLING_MINUTES:
				setMeanHandlingMinutes(MEAN_HANDLING_MINUTES_EDEFAULT);
				return;
			case NafithaPackage.SERVICE__HANDLING_TIME_CV:
				setHandlingTimeCv(HANDLING_TIME_CV_EDEFAULT);
				return;
			case NafithaPackage.SERVICE__DIGITAL_SHARE:
				setDigitalShare(DIGITAL_SHARE_EDEFAULT);
				return;
			case NafithaPackage.SERVICE__PRESENCE_REQUIRED:
				setPresenceRequired(PRESENCE_REQUIRED_EDEFAULT);
				return;
			case NafithaPackage.SERVICE__ELIGIBLE_GROUPS:
				getEligibleGroups().clear();
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
			case NafithaPackage.SERVICE__AGENCY:
				return agency != null;
			case NafithaPackage.SERVICE__CATEGORY:
				return CATEGORY_EDEFAULT == null ? category != null : !CATEGORY_EDEFAULT.equals(category);
			case NafithaPackage.SERVICE__ANNUAL_TRANSACTIONS:
				return annualTransactions != ANNUAL_TRANSACTIONS_EDEFAULT;
			case NafithaPackage.SERVICE__PER_CAPITA_RATE:
				return perCapitaRate != PER_CAPITA_RATE_EDEFAULT;
			case NafithaPackage.SERVICE__MEAN_HANDLING_MINUTES:
				return meanHandlingMinutes != MEAN_HANDLING_MINUTES_EDEFAULT;
			case NafithaPackage.SERVICE__HANDLING_TIME_CV:
				return handlingTimeCv != HANDLING_TIME_CV_EDEFAULT;
			case NafithaPackage.SERVICE__DIGITAL_SHARE:
				return digitalShare != DIGITAL_SHARE_EDEFAULT;
			case NafithaPackage.SERVICE__PRESENCE_REQUIRED:
				return presenceRequired != PRESENCE_REQUIRED_EDEFAULT;
			case NafithaPackage.SERVICE__ELIGIBLE_GROUPS:
				return eligibleGroups != null && !eligibleGroups.isEmpty();
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
		result.append(" (category: ");
		result.append(category);
		result.append(", annualTransactions: ");
		result.append(annualTransactions);
		result.append(", perCapitaRate: ");
		result.append(perCapitaRate);
		result.append(", meanHandlingMinutes: ");
		result.append(meanHandlingMinutes);
		result.append(", handlingTimeCv: ");
		result.append(handlingTimeCv);
		result.append(", digitalShare: ");
		result.append(digitalShare);
		result.append(", presenceRequired: ");
		result.append(presenceRequired);
		result.append(')');
		return result.toString();
	}

} //ServiceImpl
