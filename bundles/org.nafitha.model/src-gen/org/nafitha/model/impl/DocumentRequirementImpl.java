/**
 */
package org.nafitha.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.nafitha.model.Agency;
import org.nafitha.model.DocumentRequirement;
import org.nafitha.model.NafithaPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Document Requirement</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.nafitha.model.impl.DocumentRequirementImpl#getIssuer <em>Issuer</em>}</li>
 *   <li>{@link org.nafitha.model.impl.DocumentRequirementImpl#isHeldByGovernment <em>Held By Government</em>}</li>
 *   <li>{@link org.nafitha.model.impl.DocumentRequirementImpl#isFetchedByGovernment <em>Fetched By Government</em>}</li>
 * </ul>
 *
 * @generated
 */
public class DocumentRequirementImpl extends NamedImpl implements DocumentRequirement {
	/**
	 * The cached value of the '{@link #getIssuer() <em>Issuer</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIssuer()
	 * @generated
	 * @ordered
	 */
	protected Agency issuer;

	/**
	 * The default value of the '{@link #isHeldByGovernment() <em>Held By Government</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isHeldByGovernment()
	 * @generated
	 * @ordered
	 */
	protected static final boolean HELD_BY_GOVERNMENT_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isHeldByGovernment() <em>Held By Government</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isHeldByGovernment()
	 * @generated
	 * @ordered
	 */
	protected boolean heldByGovernment = HELD_BY_GOVERNMENT_EDEFAULT;

	/**
	 * The default value of the '{@link #isFetchedByGovernment() <em>Fetched By Government</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isFetchedByGovernment()
	 * @generated
	 * @ordered
	 */
	protected static final boolean FETCHED_BY_GOVERNMENT_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isFetchedByGovernment() <em>Fetched By Government</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isFetchedByGovernment()
	 * @generated
	 * @ordered
	 */
	protected boolean fetchedByGovernment = FETCHED_BY_GOVERNMENT_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DocumentRequirementImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return NafithaPackage.Literals.DOCUMENT_REQUIREMENT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Agency getIssuer() {
		if (issuer != null && issuer.eIsProxy()) {
			InternalEObject oldIssuer = (InternalEObject)issuer;
			issuer = (Agency)eResolveProxy(oldIssuer);
			if (issuer != oldIssuer) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, NafithaPackage.DOCUMENT_REQUIREMENT__ISSUER, oldIssuer, issuer));
			}
		}
		return issuer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Agency basicGetIssuer() {
		return issuer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIssuer(Agency newIssuer) {
		Agency oldIssuer = issuer;
		issuer = newIssuer;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NafithaPackage.DOCUMENT_REQUIREMENT__ISSUER, oldIssuer, issuer));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isHeldByGovernment() {
		return heldByGovernment;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHeldByGovernment(boolean newHeldByGovernment) {
		boolean oldHeldByGovernment = heldByGovernment;
		heldByGovernment = newHeldByGovernment;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NafithaPackage.DOCUMENT_REQUIREMENT__HELD_BY_GOVERNMENT, oldHeldByGovernment, heldByGovernment));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isFetchedByGovernment() {
		return fetchedByGovernment;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFetchedByGovernment(boolean newFetchedByGovernment) {
		boolean oldFetchedByGovernment = fetchedByGovernment;
		fetchedByGovernment = newFetchedByGovernment;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NafithaPackage.DOCUMENT_REQUIREMENT__FETCHED_BY_GOVERNMENT, oldFetchedByGovernment, fetchedByGovernment));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case NafithaPackage.DOCUMENT_REQUIREMENT__ISSUER:
				if (resolve) return getIssuer();
				return basicGetIssuer();
			case NafithaPackage.DOCUMENT_REQUIREMENT__HELD_BY_GOVERNMENT:
				return isHeldByGovernment();
			case NafithaPackage.DOCUMENT_REQUIREMENT__FETCHED_BY_GOVERNMENT:
				return isFetchedByGovernment();
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
			case NafithaPackage.DOCUMENT_REQUIREMENT__ISSUER:
				setIssuer((Agency)newValue);
				return;
			case NafithaPackage.DOCUMENT_REQUIREMENT__HELD_BY_GOVERNMENT:
				setHeldByGovernment((Boolean)newValue);
				return;
			case NafithaPackage.DOCUMENT_REQUIREMENT__FETCHED_BY_GOVERNMENT:
				setFetchedByGovernment((Boolean)newValue);
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
			case NafithaPackage.DOCUMENT_REQUIREMENT__ISSUER:
				setIssuer((Agency)null);
				return;
			case NafithaPackage.DOCUMENT_REQUIREMENT__HELD_BY_GOVERNMENT:
				setHeldByGovernment(HELD_BY_GOVERNMENT_EDEFAULT);
				return;
			case NafithaPackage.DOCUMENT_REQUIREMENT__FETCHED_BY_GOVERNMENT:
				setFetchedByGovernment(FETCHED_BY_GOVERNMENT_EDEFAULT);
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
			case NafithaPackage.DOCUMENT_REQUIREMENT__ISSUER:
				return issuer != null;
			case NafithaPackage.DOCUMENT_REQUIREMENT__HELD_BY_GOVERNMENT:
				return heldByGovernment != HELD_BY_GOVERNMENT_EDEFAULT;
			case NafithaPackage.DOCUMENT_REQUIREMENT__FETCHED_BY_GOVERNMENT:
				return fetchedByGovernment != FETCHED_BY_GOVERNMENT_EDEFAULT;
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
		result.append(" (heldByGovernment: ");
		result.append(heldByGovernment);
		result.append(", fetchedByGovernment: ");
		result.append(fetchedByGovernment);
		result.append(')');
		return result.toString();
	}

} //DocumentRequirementImpl
