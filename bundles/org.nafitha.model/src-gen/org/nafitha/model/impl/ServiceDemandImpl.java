/**
 */
package org.nafitha.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

import org.nafitha.model.NafithaPackage;
import org.nafitha.model.Service;
import org.nafitha.model.ServiceDemand;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Service Demand</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.nafitha.model.impl.ServiceDemandImpl#getService <em>Service</em>}</li>
 *   <li>{@link org.nafitha.model.impl.ServiceDemandImpl#getAnnualTransactions <em>Annual Transactions</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ServiceDemandImpl extends EObjectImpl implements ServiceDemand {
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
	 * The default value of the '{@link #getAnnualTransactions() <em>Annual Transactions</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnnualTransactions()
	 * @generated
	 * @ordered
	 */
	protected static final double ANNUAL_TRANSACTIONS_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getAnnualTransactions() <em>Annual Transactions</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnnualTransactions()
	 * @generated
	 * @ordered
	 */
	protected double annualTransactions = ANNUAL_TRANSACTIONS_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ServiceDemandImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return NafithaPackage.Literals.SERVICE_DEMAND;
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, NafithaPackage.SERVICE_DEMAND__SERVICE, oldService, service));
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
			eNotify(new ENotificationImpl(this, Notification.SET, NafithaPackage.SERVICE_DEMAND__SERVICE, oldService, service));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getAnnualTransactions() {
		return annualTransactions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAnnualTransactions(double newAnnualTransactions) {
		double oldAnnualTransactions = annualTransactions;
		annualTransactions = newAnnualTransactions;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NafithaPackage.SERVICE_DEMAND__ANNUAL_TRANSACTIONS, oldAnnualTransactions, annualTransactions));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case NafithaPackage.SERVICE_DEMAND__SERVICE:
				if (resolve) return getService();
				return basicGetService();
			case NafithaPackage.SERVICE_DEMAND__ANNUAL_TRANSACTIONS:
				return getAnnualTransactions();
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
			case NafithaPackage.SERVICE_DEMAND__SERVICE:
				setService((Service)newValue);
				return;
			case NafithaPackage.SERVICE_DEMAND__ANNUAL_TRANSACTIONS:
				setAnnualTransactions((Double)newValue);
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
			case NafithaPackage.SERVICE_DEMAND__SERVICE:
				setService((Service)null);
				return;
			case NafithaPackage.SERVICE_DEMAND__ANNUAL_TRANSACTIONS:
				setAnnualTransactions(ANNUAL_TRANSACTIONS_EDEFAULT);
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
			case NafithaPackage.SERVICE_DEMAND__SERVICE:
				return service != null;
			case NafithaPackage.SERVICE_DEMAND__ANNUAL_TRANSACTIONS:
				return annualTransactions != ANNUAL_TRANSACTIONS_EDEFAULT;
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
		result.append(" (annualTransactions: ");
		result.append(annualTransactions);
		result.append(')');
		return result.toString();
	}

} //ServiceDemandImpl
