/**
 */
package org.nafitha.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Roadmap Target</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A target for an indicator in a year: met when the value is at least (or at most) the target.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.nafitha.model.RoadmapTarget#getIndicator <em>Indicator</em>}</li>
 *   <li>{@link org.nafitha.model.RoadmapTarget#getYear <em>Year</em>}</li>
 *   <li>{@link org.nafitha.model.RoadmapTarget#getValue <em>Value</em>}</li>
 *   <li>{@link org.nafitha.model.RoadmapTarget#getDirection <em>Direction</em>}</li>
 *   <li>{@link org.nafitha.model.RoadmapTarget#getSource <em>Source</em>}</li>
 * </ul>
 *
 * @see org.nafitha.model.NafithaPackage#getRoadmapTarget()
 * @model
 * @generated
 */
public interface RoadmapTarget extends EObject {
	/**
	 * Returns the value of the '<em><b>Indicator</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Indicator</em>' attribute.
	 * @see #setIndicator(String)
	 * @see org.nafitha.model.NafithaPackage#getRoadmapTarget_Indicator()
	 * @model
	 * @generated
	 */
	String getIndicator();

	/**
	 * Sets the value of the '{@link org.nafitha.model.RoadmapTarget#getIndicator <em>Indicator</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Indicator</em>' attribute.
	 * @see #getIndicator()
	 * @generated
	 */
	void setIndicator(String value);

	/**
	 * Returns the value of the '<em><b>Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Year</em>' attribute.
	 * @see #setYear(int)
	 * @see org.nafitha.model.NafithaPackage#getRoadmapTarget_Year()
	 * @model
	 * @generated
	 */
	int getYear();

	/**
	 * Sets the value of the '{@link org.nafitha.model.RoadmapTarget#getYear <em>Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Year</em>' attribute.
	 * @see #getYear()
	 * @generated
	 */
	void setYear(int value);

	/**
	 * Returns the value of the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Value</em>' attribute.
	 * @see #setValue(double)
	 * @see org.nafitha.model.NafithaPackage#getRoadmapTarget_Value()
	 * @model
	 * @generated
	 */
	double getValue();

	/**
	 * Sets the value of the '{@link org.nafitha.model.RoadmapTarget#getValue <em>Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Value</em>' attribute.
	 * @see #getValue()
	 * @generated
	 */
	void setValue(double value);

	/**
	 * Returns the value of the '<em><b>Direction</b></em>' attribute.
	 * The literals are from the enumeration {@link org.nafitha.model.RoadmapTargetDirection}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Direction</em>' attribute.
	 * @see org.nafitha.model.RoadmapTargetDirection
	 * @see #setDirection(RoadmapTargetDirection)
	 * @see org.nafitha.model.NafithaPackage#getRoadmapTarget_Direction()
	 * @model
	 * @generated
	 */
	RoadmapTargetDirection getDirection();

	/**
	 * Sets the value of the '{@link org.nafitha.model.RoadmapTarget#getDirection <em>Direction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Direction</em>' attribute.
	 * @see org.nafitha.model.RoadmapTargetDirection
	 * @see #getDirection()
	 * @generated
	 */
	void setDirection(RoadmapTargetDirection value);

	/**
	 * Returns the value of the '<em><b>Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Source</em>' attribute.
	 * @see #setSource(String)
	 * @see org.nafitha.model.NafithaPackage#getRoadmapTarget_Source()
	 * @model
	 * @generated
	 */
	String getSource();

	/**
	 * Sets the value of the '{@link org.nafitha.model.RoadmapTarget#getSource <em>Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source</em>' attribute.
	 * @see #getSource()
	 * @generated
	 */
	void setSource(String value);

} // RoadmapTarget
