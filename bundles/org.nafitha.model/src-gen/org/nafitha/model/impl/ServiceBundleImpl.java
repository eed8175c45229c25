/**
 */
package org.nafitha.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectResolvingEList;

import org.nafitha.model.NafithaPackage;
import org.nafitha.model.Service;
import org.nafitha.model.ServiceBundle;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Service Bundle</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.nafitha.model.impl.ServiceBundleImpl#getLifeEvent <em>Life Event</em>}</li>
 *   <li>{@link org.nafitha.model.impl.ServiceBundleImpl#getServices <em>Services</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ServiceBundleImpl extends NamedImpl implements ServiceBundle {
	/**
	 * The default value of the '{@link #getLifeEvent() <em>Life Event</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLifeEvent()
	 * @generated
	 * @ordered
	 */
	protected static final String LIFE_EVENT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLifeEvent() <em>Life Event</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLifeEvent()
	 * @generated
	 * @ordered
	 */
	protected String lifeEvent = LIFE_EVENT_EDEFAULT;

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
	protected ServiceBundleImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return NafithaPackage.Literals.SERVICE_BUNDLE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLifeEvent() {
		return lifeEvent;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLifeEvent(String newLifeEvent) {
		String oldLifeEvent = lifeEvent;
		lifeEvent = newLifeEvent;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NafithaPackage.SERVICE_BUNDLE__LIFE_EVENT, oldLifeEvent, lifeEvent));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Service> getServices() {
		if (services == null) {
			services = new EObjectResolvingEList<Service>(Service.class, this, NafithaPackage.SERVICE_BUNDLE__SERVICES);
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
			case NafithaPackage.SERVICE_BUNDLE__LIFE_EVENT:
				return getLifeEvent();
			case NafithaPackage.SERVICE_BUNDLE__SERVICES:
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
			case NafithaPackage.SERVICE_BUNDLE__LIFE_EVENT:
				setLifeEvent((String)newValue);
				return;
			case NafithaPackage.SERVICE_BUNDLE__SERVICES:
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
			case NafithaPackage.SERVICE_BUNDLE__LIFE_EVENT:
				setLifeEvent(LIFE_EVENT_EDEFAULT);
				return;
			case NafithaPackage.SERVICE_BUNDLE__SERVICES:
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
			case NafithaPackage.SERVICE_BUNDLE__LIFE_EVENT:
				return LIFE_EVENT_EDEFAULT == null ? lifeEvent != null : !LIFE_EVENT_EDEFAULT.equals(lifeEvent);
			case NafithaPackage.SERVICE_BUNDLE__SERVICES:
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
		result.append(" (lifeEvent: ");
		result.append(lifeEvent);
		result.append(')');
		return result.toString();
	}

} //ServiceBundleImpl
