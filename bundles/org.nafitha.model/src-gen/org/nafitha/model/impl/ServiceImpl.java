/**
 */
package org.nafitha.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.nafitha.model.Agency;
import org.nafitha.model.NafithaPackage;
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
 *   <li>{@link org.nafitha.model.impl.ServiceImpl#getMeanHandlingMinutes <em>Mean Handling Minutes</em>}</li>
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
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case NafithaPackage.SERVICE__AGENCY:
				if (resolve) return getAgency();
				return basicGetAgency();
			case NafithaPackage.SERVICE__CATEGORY:
				return getCategory();
			case NafithaPackage.SERVICE__ANNUAL_TRANSACTIONS:
				return getAnnualTransactions();
			case NafithaPackage.SERVICE__MEAN_HANDLING_MINUTES:
				return getMeanHandlingMinutes();
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
			case NafithaPackage.SERVICE__AGENCY:
				setAgency((Agency)newValue);
				return;
			case NafithaPackage.SERVICE__CATEGORY:
				setCategory((String)newValue);
				return;
			case NafithaPackage.SERVICE__ANNUAL_TRANSACTIONS:
				setAnnualTransactions((Long)newValue);
				return;
			case NafithaPackage.SERVICE__MEAN_HANDLING_MINUTES:
				setMeanHandlingMinutes((Double)newValue);
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
			case NafithaPackage.SERVICE__MEAN_HANDLING_MINUTES:
				setMeanHandlingMinutes(MEAN_HANDLING_MINUTES_EDEFAULT);
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
			case NafithaPackage.SERVICE__MEAN_HANDLING_MINUTES:
				return meanHandlingMinutes != MEAN_HANDLING_MINUTES_EDEFAULT;
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
		result.append(", meanHandlingMinutes: ");
		result.append(meanHandlingMinutes);
		result.append(')');
		return result.toString();
	}

} //ServiceImpl
