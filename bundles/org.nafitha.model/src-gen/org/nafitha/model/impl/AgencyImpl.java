/**
 */
package org.nafitha.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.nafitha.model.Agency;
import org.nafitha.model.NafithaPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Agency</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.nafitha.model.impl.AgencyImpl#getAcronym <em>Acronym</em>}</li>
 *   <li>{@link org.nafitha.model.impl.AgencyImpl#isAppliesStandardsFramework <em>Applies Standards Framework</em>}</li>
 *   <li>{@link org.nafitha.model.impl.AgencyImpl#getStandardsFrameworkYear <em>Standards Framework Year</em>}</li>
 * </ul>
 *
 * @generated
 */
public class AgencyImpl extends NamedImpl implements Agency {
	/**
	 * The default value of the '{@link #getAcronym() <em>Acronym</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAcronym()
	 * @generated
	 * @ordered
	 */
	protected static final String ACRONYM_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAcronym() <em>Acronym</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAcronym()
	 * @generated
	 * @ordered
	 */
	protected String acronym = ACRONYM_EDEFAULT;

	/**
	 * The default value of the '{@link #isAppliesStandardsFramework() <em>Applies Standards Framework</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isAppliesStandardsFramework()
	 * @generated
	 * @ordered
	 */
	protected static final boolean APPLIES_STANDARDS_FRAMEWORK_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isAppliesStandardsFramework() <em>Applies Standards Framework</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isAppliesStandardsFramework()
	 * @generated
	 * @ordered
	 */
	protected boolean appliesStandardsFramework = APPLIES_STANDARDS_FRAMEWORK_EDEFAULT;

	/**
	 * The default value of the '{@link #getStandardsFrameworkYear() <em>Standards Framework Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStandardsFrameworkYear()
	 * @generated
	 * @ordered
	 */
	protected static final int STANDARDS_FRAMEWORK_YEAR_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getStandardsFrameworkYear() <em>Standards Framework Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStandardsFrameworkYear()
	 * @generated
	 * @ordered
	 */
	protected int standardsFrameworkYear = STANDARDS_FRAMEWORK_YEAR_EDEFAULT;

	/**
	 * This is true if the Standards Framework Year attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean standardsFrameworkYearESet;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected AgencyImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return NafithaPackage.Literals.AGENCY;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAcronym() {
		return acronym;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAcronym(String newAcronym) {
		String oldAcronym = acronym;
		acronym = newAcronym;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NafithaPackage.AGENCY__ACRONYM, oldAcronym, acronym));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isAppliesStandardsFramework() {
		return appliesStandardsFramework;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAppliesStandardsFramework(boolean newAppliesStandardsFramework) {
		boolean oldAppliesStandardsFramework = appliesStandardsFramework;
		appliesStandardsFramework = newAppliesStandardsFramework;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NafithaPackage.AGENCY__APPLIES_STANDARDS_FRAMEWORK, oldAppliesStandardsFramework, appliesStandardsFramework));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getStandardsFrameworkYear() {
		return standardsFrameworkYear;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStandardsFrameworkYear(int newStandardsFrameworkYear) {
		int oldStandardsFrameworkYear = standardsFrameworkYear;
		standardsFrameworkYear = newStandardsFrameworkYear;
		boolean oldStandardsFrameworkYearESet = standardsFrameworkYearESet;
		standardsFrameworkYearESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NafithaPackage.AGENCY__STANDARDS_FRAMEWORK_YEAR, oldStandardsFrameworkYear, standardsFrameworkYear, !oldStandardsFrameworkYearESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetStandardsFrameworkYear() {
		int oldStandardsFrameworkYear = standardsFrameworkYear;
		boolean oldStandardsFrameworkYearESet = standardsFrameworkYearESet;
		standardsFrameworkYear = STANDARDS_FRAMEWORK_YEAR_EDEFAULT;
		standardsFrameworkYearESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, NafithaPackage.AGENCY__STANDARDS_FRAMEWORK_YEAR, oldStandardsFrameworkYear, STANDARDS_FRAMEWORK_YEAR_EDEFAULT, oldStandardsFrameworkYearESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetStandardsFrameworkYear() {
		return standardsFrameworkYearESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case NafithaPackage.AGENCY__ACRONYM:
				return getAcronym();
			case NafithaPackage.AGENCY__APPLIES_STANDARDS_FRAMEWORK:
				return isAppliesStandardsFramework();
			case NafithaPackage.AGENCY__STANDARDS_FRAMEWORK_YEAR:
				return getStandardsFrameworkYear();
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
			case NafithaPackage.AGENCY__ACRONYM:
				setAcronym((String)newValue);
				return;
			case NafithaPackage.AGENCY__APPLIES_STANDARDS_FRAMEWORK:
				setAppliesStandardsFramework((Boolean)newValue);
				return;
			case NafithaPackage.AGENCY__STANDARDS_FRAMEWORK_YEAR:
				setStandardsFrameworkYear((Integer)newValue);
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
			case NafithaPackage.AGENCY__ACRONYM:
				setAcronym(ACRONYM_EDEFAULT);
				return;
			case NafithaPackage.AGENCY__APPLIES_STANDARDS_FRAMEWORK:
				setAppliesStandardsFramework(APPLIES_STANDARDS_FRAMEWORK_EDEFAULT);
				return;
			case NafithaPackage.AGENCY__STANDARDS_FRAMEWORK_YEAR:
				unsetStandardsFrameworkYear();
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
			case NafithaPackage.AGENCY__ACRONYM:
				return ACRONYM_EDEFAULT == null ? acronym != null : !ACRONYM_EDEFAULT.equals(acronym);
			case NafithaPackage.AGENCY__APPLIES_STANDARDS_FRAMEWORK:
				return appliesStandardsFramework != APPLIES_STANDARDS_FRAMEWORK_EDEFAULT;
			case NafithaPackage.AGENCY__STANDARDS_FRAMEWORK_YEAR:
				return isSetStandardsFrameworkYear();
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
		result.append(" (acronym: ");
		result.append(acronym);
		result.append(", appliesStandardsFramework: ");
		result.append(appliesStandardsFramework);
		result.append(", standardsFrameworkYear: ");
		if (standardsFrameworkYearESet) result.append(standardsFrameworkYear); else result.append("<unset>");
		result.append(')');
		return result.toString();
	}

} //AgencyImpl
