/**
 */
package org.nafitha.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Roadmap</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A multi-year plan on the scenario: its planning horizon, the actions by year, the cost model, the yearly budgets, demand growth, the digital shift and the targets per year.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.nafitha.model.Roadmap#getFirstYear <em>First Year</em>}</li>
 *   <li>{@link org.nafitha.model.Roadmap#getLastYear <em>Last Year</em>}</li>
 *   <li>{@link org.nafitha.model.Roadmap#getActions <em>Actions</em>}</li>
 *   <li>{@link org.nafitha.model.Roadmap#getCosts <em>Costs</em>}</li>
 *   <li>{@link org.nafitha.model.Roadmap#getBudgets <em>Budgets</em>}</li>
 *   <li>{@link org.nafitha.model.Roadmap#getGrowth <em>Growth</em>}</li>
 *   <li>{@link org.nafitha.model.Roadmap#getDigitalShifts <em>Digital Shifts</em>}</li>
 *   <li>{@link org.nafitha.model.Roadmap#getTargets <em>Targets</em>}</li>
 * </ul>
 *
 * @see org.nafitha.model.NafithaPackage#getRoadmap()
 * @model
 * @generated
 */
public interface Roadmap extends EObject {
	/**
	 * Returns the value of the '<em><b>First Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * First year of the planning horizon.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>First Year</em>' attribute.
	 * @see #setFirstYear(int)
	 * @see org.nafitha.model.NafithaPackage#getRoadmap_FirstYear()
	 * @model
	 * @generated
	 */
	int getFirstYear();

	/**
	 * Sets the value of the '{@link org.nafitha.model.Roadmap#getFirstYear <em>First Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>First Year</em>' attribute.
	 * @see #getFirstYear()
	 * @generated
	 */
	void setFirstYear(int value);

	/**
	 * Returns the value of the '<em><b>Last Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Last year of the planning horizon.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Last Year</em>' attribute.
	 * @see #setLastYear(int)
	 * @see org.nafitha.model.NafithaPackage#getRoadmap_LastYear()
	 * @model
	 * @generated
	 */
	int getLastYear();

	/**
	 * Sets the value of the '{@link org.nafitha.model.Roadmap#getLastYear <em>Last Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Last Year</em>' attribute.
	 * @see #getLastYear()
	 * @generated
	 */
	void setLastYear(int value);

	/**
	 * Returns the value of the '<em><b>Actions</b></em>' containment reference list.
	 * The list contents are of type {@link org.nafitha.model.RoadmapAction}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Actions</em>' containment reference list.
	 * @see org.nafitha.model.NafithaPackage#getRoadmap_Actions()
	 * @model containment="true"
	 * @generated
	 */
	EList<RoadmapAction> getActions();

	/**
	 * Returns the value of the '<em><b>Costs</b></em>' containment reference list.
	 * The list contents are of type {@link org.nafitha.model.RoadmapCost}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Costs</em>' containment reference list.
	 * @see org.nafitha.model.NafithaPackage#getRoadmap_Costs()
	 * @model containment="true"
	 * @generated
	 */
	EList<RoadmapCost> getCosts();

	/**
	 * Returns the value of the '<em><b>Budgets</b></em>' containment reference list.
	 * The list contents are of type {@link org.nafitha.model.RoadmapBudget}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Budgets</em>' containment reference list.
	 * @see org.nafitha.model.NafithaPackage#getRoadmap_Budgets()
	 * @model containment="true"
	 * @generated
	 */
	EList<RoadmapBudget> getBudgets();

	/**
	 * Returns the value of the '<em><b>Growth</b></em>' containment reference list.
	 * The list contents are of type {@link org.nafitha.model.RoadmapGrowth}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Growth</em>' containment reference list.
	 * @see org.nafitha.model.NafithaPackage#getRoadmap_Growth()
	 * @model containment="true"
	 * @generated
	 */
	EList<RoadmapGrowth> getGrowth();

	/**
	 * Returns the value of the '<em><b>Digital Shifts</b></em>' containment reference list.
	 * The list contents are of type {@link org.nafitha.model.RoadmapDigitalShift}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Digital Shifts</em>' containment reference list.
	 * @see org.nafitha.model.NafithaPackage#getRoadmap_DigitalShifts()
	 * @model containment="true"
	 * @generated
	 */
	EList<RoadmapDigitalShift> getDigitalShifts();

	/**
	 * Returns the value of the '<em><b>Targets</b></em>' containment reference list.
	 * The list contents are of type {@link org.nafitha.model.RoadmapTarget}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Targets</em>' containment reference list.
	 * @see org.nafitha.model.NafithaPackage#getRoadmap_Targets()
	 * @model containment="true"
	 * @generated
	 */
	EList<RoadmapTarget> getTargets();

} // Roadmap
