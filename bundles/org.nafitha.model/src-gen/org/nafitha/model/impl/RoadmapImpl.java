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
import org.eclipse.emf.ecore.impl.EObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.nafitha.model.NafithaPackage;
import org.nafitha.model.Roadmap;
import org.nafitha.model.RoadmapAction;
import org.nafitha.model.RoadmapBudget;
import org.nafitha.model.RoadmapCost;
import org.nafitha.model.RoadmapDigitalShift;
import org.nafitha.model.RoadmapGrowth;
import org.nafitha.model.RoadmapTarget;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Roadmap</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.nafitha.model.impl.RoadmapImpl#getFirstYear <em>First Year</em>}</li>
 *   <li>{@link org.nafitha.model.impl.RoadmapImpl#getLastYear <em>Last Year</em>}</li>
 *   <li>{@link org.nafitha.model.impl.RoadmapImpl#getActions <em>Actions</em>}</li>
 *   <li>{@link org.nafitha.model.impl.RoadmapImpl#getCosts <em>Costs</em>}</li>
 *   <li>{@link org.nafitha.model.impl.RoadmapImpl#getBudgets <em>Budgets</em>}</li>
 *   <li>{@link org.nafitha.model.impl.RoadmapImpl#getGrowth <em>Growth</em>}</li>
 *   <li>{@link org.nafitha.model.impl.RoadmapImpl#getDigitalShifts <em>Digital Shifts</em>}</li>
 *   <li>{@link org.nafitha.model.impl.RoadmapImpl#getTargets <em>Targets</em>}</li>
 * </ul>
 *
 * @generated
 */
public class RoadmapImpl extends EObjectImpl implements Roadmap {
	/**
	 * The default value of the '{@link #getFirstYear() <em>First Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFirstYear()
	 * @generated
	 * @ordered
	 */
	protected static final int FIRST_YEAR_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getFirstYear() <em>First Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFirstYear()
	 * @generated
	 * @ordered
	 */
	protected int firstYear = FIRST_YEAR_EDEFAULT;

	/**
	 * The default value of the '{@link #getLastYear() <em>Last Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLastYear()
	 * @generated
	 * @ordered
	 */
	protected static final int LAST_YEAR_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getLastYear() <em>Last Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLastYear()
	 * @generated
	 * @ordered
	 */
	protected int lastYear = LAST_YEAR_EDEFAULT;

	/**
	 * The cached value of the '{@link #getActions() <em>Actions</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getActions()
	 * @generated
	 * @ordered
	 */
	protected EList<RoadmapAction> actions;

	/**
	 * The cached value of the '{@link #getCosts() <em>Costs</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCosts()
	 * @generated
	 * @ordered
	 */
	protected EList<RoadmapCost> costs;

	/**
	 * The cached value of the '{@link #getBudgets() <em>Budgets</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBudgets()
	 * @generated
	 * @ordered
	 */
	protected EList<RoadmapBudget> budgets;

	/**
	 * The cached value of the '{@link #getGrowth() <em>Growth</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGrowth()
	 * @generated
	 * @ordered
	 */
	protected EList<RoadmapGrowth> growth;

	/**
	 * The cached value of the '{@link #getDigitalShifts() <em>Digital Shifts</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDigitalShifts()
	 * @generated
	 * @ordered
	 */
	protected EList<RoadmapDigitalShift> digitalShifts;

	/**
	 * The cached value of the '{@link #getTargets() <em>Targets</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTargets()
	 * @generated
	 * @ordered
	 */
	protected EList<RoadmapTarget> targets;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected RoadmapImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return NafithaPackage.Literals.ROADMAP;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getFirstYear() {
		return firstYear;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFirstYear(int newFirstYear) {
		int oldFirstYear = firstYear;
		firstYear = newFirstYear;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NafithaPackage.ROADMAP__FIRST_YEAR, oldFirstYear, firstYear));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getLastYear() {
		return lastYear;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLastYear(int newLastYear) {
		int oldLastYear = lastYear;
		lastYear = newLastYear;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NafithaPackage.ROADMAP__LAST_YEAR, oldLastYear, lastYear));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<RoadmapAction> getActions() {
		if (actions == null) {
			actions = new EObjectContainmentEList<RoadmapAction>(RoadmapAction.class, this, NafithaPackage.ROADMAP__ACTIONS);
		}
		return actions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<RoadmapCost> getCosts() {
		if (costs == null) {
			costs = new EObjectContainmentEList<RoadmapCost>(RoadmapCost.class, this, NafithaPackage.ROADMAP__COSTS);
		}
		return costs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<RoadmapBudget> getBudgets() {
		if (budgets == null) {
			budgets = new EObjectContainmentEList<RoadmapBudget>(RoadmapBudget.class, this, NafithaPackage.ROADMAP__BUDGETS);
		}
		return budgets;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<RoadmapGrowth> getGrowth() {
		if (growth == null) {
			growth = new EObjectContainmentEList<RoadmapGrowth>(RoadmapGrowth.class, this, NafithaPackage.ROADMAP__GROWTH);
		}
		return growth;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<RoadmapDigitalShift> getDigitalShifts() {
		if (digitalShifts == null) {
			digitalShifts = new EObjectContainmentEList<RoadmapDigitalShift>(RoadmapDigitalShift.class, this, NafithaPackage.ROADMAP__DIGITAL_SHIFTS);
		}
		return digitalShifts;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<RoadmapTarget> getTargets() {
		if (targets == null) {
			targets = new EObjectContainmentEList<RoadmapTarget>(RoadmapTarget.class, this, NafithaPackage.ROADMAP__TARGETS);
		}
		return targets;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case NafithaPackage.ROADMAP__ACTIONS:
				return ((InternalEList<?>)getActions()).basicRemove(otherEnd, msgs);
			case NafithaPackage.ROADMAP__COSTS:
				return ((InternalEList<?>)getCosts()).basicRemove(otherEnd, msgs);
			case NafithaPackage.ROADMAP__BUDGETS:
				return ((InternalEList<?>)getBudgets()).basicRemove(otherEnd, msgs);
			case NafithaPackage.ROADMAP__GROWTH:
				return ((InternalEList<?>)getGrowth()).basicRemove(otherEnd, msgs);
			case NafithaPackage.ROADMAP__DIGITAL_SHIFTS:
				return ((InternalEList<?>)getDigitalShifts()).basicRemove(otherEnd, msgs);
			case NafithaPackage.ROADMAP__TARGETS:
				return ((InternalEList<?>)getTargets()).basicRemove(otherEnd, msgs);
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
			case NafithaPackage.ROADMAP__FIRST_YEAR:
				return getFirstYear();
			case NafithaPackage.ROADMAP__LAST_YEAR:
				return getLastYear();
			case NafithaPackage.ROADMAP__ACTIONS:
				return getActions();
			case NafithaPackage.ROADMAP__COSTS:
				return getCosts();
			case NafithaPackage.ROADMAP__BUDGETS:
				return getBudgets();
			case NafithaPackage.ROADMAP__GROWTH:
				return getGrowth();
			case NafithaPackage.ROADMAP__DIGITAL_SHIFTS:
				return getDigitalShifts();
			case NafithaPackage.ROADMAP__TARGETS:
				return getTargets();
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
			case NafithaPackage.ROADMAP__FIRST_YEAR:
				setFirstYear((Integer)newValue);
				return;
			case NafithaPackage.ROADMAP__LAST_YEAR:
				setLastYear((Integer)newValue);
				return;
			case NafithaPackage.ROADMAP__ACTIONS:
				getActions().clear();
				getActions().addAll((Collection<? extends RoadmapAction>)newValue);
				return;
			case NafithaPackage.ROADMAP__COSTS:
				getCosts().clear();
				getCosts().addAll((Collection<? extends RoadmapCost>)newValue);
				return;
			case NafithaPackage.ROADMAP__BUDGETS:
				getBudgets().clear();
				getBudgets().addAll((Collection<? extends RoadmapBudget>)newValue);
				return;
			case NafithaPackage.ROADMAP__GROWTH:
				getGrowth().clear();
				getGrowth().addAll((Collection<? extends RoadmapGrowth>)newValue);
				return;
			case NafithaPackage.ROADMAP__DIGITAL_SHIFTS:
				getDigitalShifts().clear();
				getDigitalShifts().addAll((Collection<? extends RoadmapDigitalShift>)newValue);
				return;
			case NafithaPackage.ROADMAP__TARGETS:
				getTargets().clear();
				getTargets().addAll((Collection<? extends RoadmapTarget>)newValue);
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
			case NafithaPackage.ROADMAP__FIRST_YEAR:
				setFirstYear(FIRST_YEAR_EDEFAULT);
				return;
			case NafithaPackage.ROADMAP__LAST_YEAR:
				setLastYear(LAST_YEAR_EDEFAULT);
				return;
			case NafithaPackage.ROADMAP__ACTIONS:
				getActions().clear();
				return;
			case NafithaPackage.ROADMAP__COSTS:
				getCosts().clear();
				return;
			case NafithaPackage.ROADMAP__BUDGETS:
				getBudgets().clear();
				return;
			case NafithaPackage.ROADMAP__GROWTH:
				getGrowth().clear();
				return;
			case NafithaPackage.ROADMAP__DIGITAL_SHIFTS:
				getDigitalShifts().clear();
				return;
			case NafithaPackage.ROADMAP__TARGETS:
				getTargets().clear();
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
			case NafithaPackage.ROADMAP__FIRST_YEAR:
				return firstYear != FIRST_YEAR_EDEFAULT;
			case NafithaPackage.ROADMAP__LAST_YEAR:
				return lastYear != LAST_YEAR_EDEFAULT;
			case NafithaPackage.ROADMAP__ACTIONS:
				return actions != null && !actions.isEmpty();
			case NafithaPackage.ROADMAP__COSTS:
				return costs != null && !costs.isEmpty();
			case NafithaPackage.ROADMAP__BUDGETS:
				return budgets != null && !budgets.isEmpty();
			case NafithaPackage.ROADMAP__GROWTH:
				return growth != null && !growth.isEmpty();
			case NafithaPackage.ROADMAP__DIGITAL_SHIFTS:
				return digitalShifts != null && !digitalShifts.isEmpty();
			case NafithaPackage.ROADMAP__TARGETS:
				return targets != null && !targets.isEmpty();
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
		result.append(" (firstYear: ");
		result.append(firstYear);
		result.append(", lastYear: ");
		result.append(lastYear);
		result.append(')');
		return result.toString();
	}

} //RoadmapImpl
