/**
 */
package org.nafitha.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

import org.eclipse.emf.ecore.util.EObjectResolvingEList;

import org.nafitha.model.Counter;
import org.nafitha.model.NafithaPackage;
import org.nafitha.model.Service;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Counter</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.nafitha.model.impl.CounterImpl#getCode <em>Code</em>}</li>
 *   <li>{@link org.nafitha.model.impl.CounterImpl#isUniversal <em>Universal</em>}</li>
 *   <li>{@link org.nafitha.model.impl.CounterImpl#isAccessible <em>Accessible</em>}</li>
 *   <li>{@link org.nafitha.model.impl.CounterImpl#getServices <em>Services</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CounterImpl extends EObjectImpl implements Counter {
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
	 * The default value of the '{@link #isUniversal() <em>Universal</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isUniversal()
	 * @generated
	 * @ordered
	 */
	protected static final boolean UNIVERSAL_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isUniversal() <em>Universal</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isUniversal()
	 * @generated
	 * @ordered
	 */
	protected boolean universal = UNIVERSAL_EDEFAULT;

	/**
	 * The default value of the '{@link #isAccessible() <em>Accessible</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isAccessible()
	 * @generated
	 * @ordered
	 */
	protected static final boolean ACCESSIBLE_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isAccessible() <em>Accessible</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isAccessible()
	 * @generated
	 * @ordered
	 */
	protected boolean accessible = ACCESSIBLE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getServices() <em>Services</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getServices()
	 * @generated
	 * @ordered
	 */
	protected EList<Service> services;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CounterImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return NafithaPackage.Literals.COUNTER;
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
			eNotify(new ENotificationImpl(this, Notification.SET, NafithaPackage.COUNTER__CODE, oldCode, code));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isUniversal() {
		return universal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUniversal(boolean newUniversal) {
		boolean oldUniversal = universal;
		universal = newUniversal;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NafithaPackage.COUNTER__UNIVERSAL, oldUniversal, universal));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isAccessible() {
		return accessible;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAccessible(boolean newAccessible) {
		boolean oldAccessible = accessible;
		accessible = newAccessible;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NafithaPackage.COUNTER__ACCESSIBLE, oldAccessible, accessible));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Service> getServices() {
		if (services == null) {
			services = new EObjectResolvingEList<Service>(Service.class, this, NafithaPackage.COUNTER__SERVICES);
		}
		return services;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case NafithaPackage.COUNTER__CODE:
				return getCode();
			case NafithaPackage.COUNTER__UNIVERSAL:
				return isUniversal();
			case NafithaPackage.COUNTER__ACCESSIBLE:
				return isAccessible();
			case NafithaPackage.COUNTER__SERVICES:
				return getServices();
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
			case NafithaPackage.COUNTER__CODE:
				setCode((String)newValue);
				return;
			case NafithaPackage.COUNTER__UNIVERSAL:
				setUniversal((Boolean)newValue);
				return;
			case NafithaPackage.COUNTER__ACCESSIBLE:
				setAccessible((Boolean)newValue);
				return;
			case NafithaPackage.COUNTER__SERVICES:
				getServices().clear();
				getServices().addAll((Collection<? extends Service>)newValue);
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
			case NafithaPackage.COUNTER__CODE:
				setCode(CODE_EDEFAULT);
				return;
			case NafithaPackage.COUNTER__UNIVERSAL:
				setUniversal(UNIVERSAL_EDEFAULT);
				return;
			case NafithaPackage.COUNTER__ACCESSIBLE:
				setAccessible(ACCESSIBLE_EDEFAULT);
				return;
			case NafithaPackage.COUNTER__SERVICES:
				getServices().clear();
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
			case NafithaPackage.COUNTER__CODE:
				return CODE_EDEFAULT == null ? code != null : !CODE_EDEFAULT.equals(code);
			case NafithaPackage.COUNTER__UNIVERSAL:
				return universal != UNIVERSAL_EDEFAULT;
			case NafithaPackage.COUNTER__ACCESSIBLE:
				return accessible != ACCESSIBLE_EDEFAULT;
			case NafithaPackage.COUNTER__SERVICES:
				return services != null && !services.isEmpty();
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
		result.append(", universal: ");
		result.append(universal);
		result.append(", accessible: ");
		result.append(accessible);
		result.append(')');
		return result.toString();
	}

} //CounterImpl
