/**
 */
package org.nafitha.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

import org.nafitha.model.NafithaPackage;
import org.nafitha.model.RoadmapBudget;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Roadmap Budget</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.nafitha.model.impl.RoadmapBudgetImpl#getYear <em>Year</em>}</li>
 *   <li>{@link org.nafitha.model.impl.RoadmapBudgetImpl#getCapital <em>Capital</em>}</li>
 *   <li>{@link org.nafitha.model.impl.RoadmapBudgetImpl#getOperating <em>Operating</em>}</li>
 *   <li>{@link org.nafitha.model.impl.RoadmapBudgetImpl#getSource <em>Source</em>}</li>
 * </ul>
 *
 * @generated
 */
public class RoadmapBudgetImpl extends EObjectImpl implements RoadmapBudget {
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
	 * The default value of the '{@link #getCapital() <em>Capital</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCapital()
	 * @generated
	 * @ordered
	 */
	protected static final double CAPITAL_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getCapital() <em>Capital</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCapital()
	 * @generated
	 * @ordered
	 */
	protected double capital = CAPITAL_EDEFAULT;

	/**
	 * This is true if the Capital attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean capitalESet;

	/**
	 * The default value of the '{@link #getOperating() <em>Operating</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOperating()
	 * @generated
	 * @ordered
	 */
	protected static final double OPERATING_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getOperating() <em>Operating</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOperating()
	 * @generated
	 * @ordered
	 */
	protected double operating = OPERATING_EDEFAULT;

	/**
	 * This is true if the Operating attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean operatingESet;

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
	protected RoadmapBudgetImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return NafithaPackage.Literals.ROADMAP_BUDGET;
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
			eNotify(new ENotificationImpl(this, Notification.SET, NafithaPackage.ROADMAP_BUDGET__YEAR, oldYear, year));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getCapital() {
		return capital;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCapital(double newCapital) {
		double oldCapital = capital;
		capital = newCapital;
		boolean oldCapitalESet = capitalESet;
		capitalESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NafithaPackage.ROADMAP_BUDGET__CAPITAL, oldCapital, capital, !oldCapitalESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetCapital() {
		double oldCapital = capital;
		boolean oldCapitalESet = capitalESet;
		capital = CAPITAL_EDEFAULT;
		capitalESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, NafithaPackage.ROADMAP_BUDGET__CAPITAL, oldCapital, CAPITAL_EDEFAULT, oldCapitalESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetCapital() {
		return capitalESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getOperating() {
		return operating;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOperating(double newOperating) {
		double oldOperating = operating;
		operating = newOperating;
		boolean oldOperatingESet = operatingESet;
		operatingESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NafithaPackage.ROADMAP_BUDGET__OPERATING, oldOperating, operating, !oldOperatingESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetOperating() {
		double oldOperating = operating;
		boolean oldOperatingESet = operatingESet;
		operating = OPERATING_EDEFAULT;
		operatingESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, NafithaPackage.ROADMAP_BUDGET__OPERATING, oldOperating, OPERATING_EDEFAULT, oldOperatingESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetOperating() {
		return operatingESet;
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
			eNotify(new ENotificationImpl(this, Notification.SET, NafithaPackage.ROADMAP_BUDGET__SOURCE, oldSource, source));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case NafithaPackage.ROADMAP_BUDGET__YEAR:
				return getYear();
			case NafithaPackage.ROADMAP_BUDGET__CAPITAL:
				return getCapital();
			case NafithaPackage.ROADMAP_BUDGET__OPERATING:
				return getOperating();
			case NafithaPackage.ROADMAP_BUDGET__SOURCE:
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
			case NafithaPackage.ROADMAP_BUDGET__YEAR:
				setYear((Integer)newValue);
				return;
			case NafithaPackage.ROADMAP_BUDGET__CAPITAL:
				setCapital((Double)newValue);
				return;
			case NafithaPackage.ROADMAP_BUDGET__OPERATING:
				setOperating((Double)newValue);
				return;
			case NafithaPackage.ROADMAP_BUDGET__SOURCE:
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
			case NafithaPackage.ROADMAP_BUDGET__YEAR:
				setYear(YEAR_EDEFAULT);
				return;
			case NafithaPackage.ROADMAP_BUDGET__CAPITAL:
				unsetCapital();
				return;
			case NafithaPackage.ROADMAP_BUDGET__OPERATING:
				unsetOperating();
				return;
			case NafithaPackage.ROADMAP_BUDGET__SOURCE:
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
			case NafithaPackage.ROADMAP_BUDGET__YEAR:
				return year != YEAR_EDEFAULT;
			case NafithaPackage.ROADMAP_BUDGET__CAPITAL:
				return isSetCapital();
			case NafithaPackage.ROADMAP_BUDGET__OPERATING:
				return isSetOperating();
			case NafithaPackage.ROADMAP_BUDGET__SOURCE:
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
		result.append(", capital: ");
		if (capitalESet) result.append(capital); else result.append("<unset>");
		result.append(", operating: ");
		if (operatingESet) result.append(operating); else result.append("<unset>");
		result.append(", source: ");
		result.append(source);
		result.append(')');
		return result.toString();
	}

} //RoadmapBudgetImpl
