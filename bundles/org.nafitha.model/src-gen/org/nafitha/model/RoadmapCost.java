/**
 */
package org.nafitha.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Roadmap Cost</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A unit cost of the cost model, in dinars, with its source; for a center kind when given.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.nafitha.model.RoadmapCost#getKind <em>Kind</em>}</li>
 *   <li>{@link org.nafitha.model.RoadmapCost#getCenterKind <em>Center Kind</em>}</li>
 *   <li>{@link org.nafitha.model.RoadmapCost#getAmount <em>Amount</em>}</li>
 *   <li>{@link org.nafitha.model.RoadmapCost#getSource <em>Source</em>}</li>
 * </ul>
 *
 * @see org.nafitha.model.NafithaPackage#getRoadmapCost()
 * @model
 * @generated
 */
public interface RoadmapCost extends EObject {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.nafitha.model.RoadmapCostKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.nafitha.model.RoadmapCostKind
	 * @see #setKind(RoadmapCostKind)
	 * @see org.nafitha.model.NafithaPackage#getRoadmapCost_Kind()
	 * @model
	 * @generated
	 */
	RoadmapCostKind getKind();

	/**
	 * Sets the value of the '{@link org.nafitha.model.RoadmapCost#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.nafitha.model.RoadmapCostKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(RoadmapCostKind value);

	/**
	 * Returns the value of the '<em><b>Center Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.nafitha.model.CenterKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Center Kind</em>' attribute.
	 * @see org.nafitha.model.CenterKind
	 * @see #isSetCenterKind()
	 * @see #unsetCenterKind()
	 * @see #setCenterKind(CenterKind)
	 * @see org.nafitha.model.NafithaPackage#getRoadmapCost_CenterKind()
	 * @model unsettable="true"
	 * @generated
	 */
	CenterKind getCenterKind();

	/**
	 * Sets the value of the '{@link org.nafitha.model.RoadmapCost#getCenterKind <em>Center Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Center Kind</em>' attribute.
	 * @see org.nafitha.model.CenterKind
	 * @see #isSetCenterKind()
	 * @see #unsetCenterKind()
	 * @see #getCenterKind()
	 * @generated
	 */
	void setCenterKind(CenterKind value);

	/**
	 * Unsets the value of the '{@link org.nafitha.model.RoadmapCost#getCenterKind <em>Center Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetCenterKind()
	 * @see #getCenterKind()
	 * @see #setCenterKind(CenterKind)
	 * @generated
	 */
	void unsetCenterKind();

	/**
	 * Returns whether the value of the '{@link org.nafitha.model.RoadmapCost#getCenterKind <em>Center Kind</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Center Kind</em>' attribute is set.
	 * @see #unsetCenterKind()
	 * @see #getCenterKind()
	 * @see #setCenterKind(CenterKind)
	 * @generated
	 */
	boolean isSetCenterKind();

	/**
	 * Returns the value of the '<em><b>Amount</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Amount</em>' attribute.
	 * @see #setAmount(double)
	 * @see org.nafitha.model.NafithaPackage#getRoadmapCost_Amount()
	 * @model
	 * @generated
	 */
	double getAmount();

	/**
	 * Sets the value of the '{@link org.nafitha.model.RoadmapCost#getAmount <em>Amount</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Amount</em>' attribute.
	 * @see #getAmount()
	 * @generated
	 */
	void setAmount(double value);

	/**
	 * Returns the value of the '<em><b>Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Source</em>' attribute.
	 * @see #setSource(String)
	 * @see org.nafitha.model.NafithaPackage#getRoadmapCost_Source()
	 * @model
	 * @generated
	 */
	String getSource();

	/**
	 * Sets the value of the '{@link org.nafitha.model.RoadmapCost#getSource <em>Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source</em>' attribute.
	 * @see #getSource()
	 * @generated
	 */
	void setSource(String value);

} // RoadmapCost
