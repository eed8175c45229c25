/**
 */
package org.nafitha.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

import org.nafitha.model.CenterKind;
import org.nafitha.model.NafithaPackage;
import org.nafitha.model.RoadmapCost;
import org.nafitha.model.RoadmapCostKind;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Roadmap Cost</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.nafitha.model.impl.RoadmapCostImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.nafitha.model.impl.RoadmapCostImpl#getCenterKind <em>Center Kind</em>}</li>
 *   <li>{@link org.nafitha.model.impl.RoadmapCostImpl#getAmount <em>Amount</em>}</li>
 *   <li>{@link org.nafitha.model.impl.RoadmapCostImpl#getSource <em>Source</em>}</li>
 * </ul>
 *
 * @generated
 */
public class RoadmapCostImpl extends EObjectImpl implements RoadmapCost {
	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final RoadmapCostKind KIND_EDEFAULT = RoadmapCostKind.CENTER_OPENING;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected RoadmapCostKind kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getCenterKind() <em>Center Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCenterKind()
	 * @generated
	 * @ordered
	 */
	protected static final CenterKind CENTER_KIND_EDEFAULT = CenterKind.COMPREHENSIVE_CENTER;

	/**
	 * The cached value of the '{@link #getCenterKind() <em>Center Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCenterKind()
	 * @generated
	 * @ordered
	 */
	protected CenterKind centerKind = CENTER_KIND_EDEFAULT;

	/**
	 * This is true if the Center Kind attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean centerKindESet;

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
	protected RoadmapCostImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return NafithaPackage.Literals.ROADMAP_COST;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RoadmapCostKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(RoadmapCostKind newKind) {
		RoadmapCostKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NafithaPackage.ROADMAP_COST__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CenterKind getCenterKind() {
		return centerKind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCenterKind(CenterKind newCenterKind) {
		CenterKind oldCenterKind = centerKind;
		centerKind = newCenterKind == null ? CENTER_KIND_EDEFAULT : newCenterKind;
		boolean oldCenterKindESet = centerKindESet;
		centerKindESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NafithaPackage.ROADMAP_COST__CENTER_KIND, oldCenterKind, centerKind, !oldCenterKindESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetCenterKind() {
		CenterKind oldCenterKind = centerKind;
		boolean oldCenterKindESet = centerKindESet;
		centerKind = CENTER_KIND_EDEFAULT;
		centerKindESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, NafithaPackage.ROADMAP_COST__CENTER_KIND, oldCenterKind, CENTER_KIND_EDEFAULT, oldCenterKindESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetCenterKind() {
		return centerKindESet;
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
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NafithaPackage.ROADMAP_COST__AMOUNT, oldAmount, amount));
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
			eNotify(new ENotificationImpl(this, Notification.SET, NafithaPackage.ROADMAP_COST__SOURCE, oldSource, source));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case NafithaPackage.ROADMAP_COST__KIND:
				return getKind();
			case NafithaPackage.ROADMAP_COST__CENTER_KIND:
				return getCenterKind();
			case NafithaPackage.ROADMAP_COST__AMOUNT:
				return getAmount();
			case NafithaPackage.ROADMAP_COST__SOURCE:
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
			case NafithaPackage.ROADMAP_COST__KIND:
				setKind((RoadmapCostKind)newValue);
				return;
			case NafithaPackage.ROADMAP_COST__CENTER_KIND:
				setCenterKind((CenterKind)newValue);
				return;
			case NafithaPackage.ROADMAP_COST__AMOUNT:
				setAmount((Double)newValue);
				return;
			case NafithaPackage.ROADMAP_COST__SOURCE:
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
			case NafithaPackage.ROADMAP_COST__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case NafithaPackage.ROADMAP_COST__CENTER_KIND:
				unsetCenterKind();
				return;
			case NafithaPackage.ROADMAP_COST__AMOUNT:
				setAmount(AMOUNT_EDEFAULT);
				return;
			case NafithaPackage.ROADMAP_COST__SOURCE:
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
			case NafithaPackage.ROADMAP_COST__KIND:
				return kind != KIND_EDEFAULT;
			case NafithaPackage.ROADMAP_COST__CENTER_KIND:
				return isSetCenterKind();
			case NafithaPackage.ROADMAP_COST__AMOUNT:
				return amount != AMOUNT_EDEFAULT;
			case NafithaPackage.ROADMAP_COST__SOURCE:
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
		result.append(" (kind: ");
		result.append(kind);
		result.append(", centerKind: ");
		if (centerKindESet) result.append(centerKind); else result.append("<unset>");
		result.append(", amount: ");
		result.append(amount);
		result.append(", source: ");
		result.append(source);
		result.append(')');
		return result.toString();
	}

} //RoadmapCostImpl
