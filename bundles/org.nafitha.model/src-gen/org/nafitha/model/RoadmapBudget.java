/**
 */
package org.nafitha.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Roadmap Budget</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The budget of a year in dinars: capital and operating, each optional.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.nafitha.model.RoadmapBudget#getYear <em>Year</em>}</li>
 *   <li>{@link org.nafitha.model.RoadmapBudget#getCapital <em>Capital</em>}</li>
 *   <li>{@link org.nafitha.model.RoadmapBudget#getOperating <em>Operating</em>}</li>
 *   <li>{@link org.nafitha.model.RoadmapBudget#getSource <em>Source</em>}</li>
 * </ul>
 *
 * @see org.nafitha.model.NafithaPackage#getRoadmapBudget()
 * @model
 * @generated
 */
public interface RoadmapBudget extends EObject {
	/**
	 * Returns the value of the '<em><b>Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Year</em>' attribute.
	 * @see #setYear(int)
	 * @see org.nafitha.model.NafithaPackage#getRoadmapBudget_Year()
	 * @model
	 * @generated
	 */
	int getYear();

	/**
	 * Sets the value of the '{@link org.nafitha.model.RoadmapBudget#getYear <em>Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Year</em>' attribute.
	 * @see #getYear()
	 * @generated
	 */
	void setYear(int value);

	/**
	 * Returns the value of the '<em><b>Capital</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Capital</em>' attribute.
	 * @see #isSetCapital()
	 * @see #unsetCapital()
	 * @see #setCapital(double)
	 * @see org.nafitha.model.NafithaPackage#getRoadmapBudget_Capital()
	 * @model unsettable="true"
	 * @generated
	 */
	double getCapital();

	/**
	 * Sets the value of the '{@link org.nafitha.model.RoadmapBudget#getCapital <em>Capital</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Capital</em>' attribute.
	 * @see #isSetCapital()
	 * @see #unsetCapital()
	 * @see #getCapital()
	 * @generated
	 */
	void setCapital(double value);

	/**
	 * Unsets the value of the '{@link org.nafitha.model.RoadmapBudget#getCapital <em>Capital</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetCapital()
	 * @see #getCapital()
	 * @see #setCapital(double)
	 * @generated
	 */
	void unsetCapital();

	/**
	 * Returns whether the value of the '{@link org.nafitha.model.RoadmapBudget#getCapital <em>Capital</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Capital</em>' attribute is set.
	 * @see #unsetCapital()
	 * @see #getCapital()
	 * @see #setCapital(double)
	 * @generated
	 */
	boolean isSetCapital();

	/**
	 * Returns the value of the '<em><b>Operating</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Operating</em>' attribute.
	 * @see #isSetOperating()
	 * @see #unsetOperating()
	 * @see #setOperating(double)
	 * @see org.nafitha.model.NafithaPackage#getRoadmapBudget_Operating()
	 * @model unsettable="true"
	 * @generated
	 */
	double getOperating();

	/**
	 * Sets the value of the '{@link org.nafitha.model.RoadmapBudget#getOperating <em>Operating</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Operating</em>' attribute.
	 * @see #isSetOperating()
	 * @see #unsetOperating()
	 * @see #getOperating()
	 * @generated
	 */
	void setOperating(double value);

	/**
	 * Unsets the value of the '{@link org.nafitha.model.RoadmapBudget#getOperating <em>Operating</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetOperating()
	 * @see #getOperating()
	 * @see #setOperating(double)
	 * @generated
	 */
	void unsetOperating();

	/**
	 * Returns whether the value of the '{@link org.nafitha.model.RoadmapBudget#getOperating <em>Operating</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Operating</em>' attribute is set.
	 * @see #unsetOperating()
	 * @see #getOperating()
	 * @see #setOperating(double)
	 * @generated
	 */
	boolean isSetOperating();

	/**
	 * Returns the value of the '<em><b>Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Source</em>' attribute.
	 * @see #setSource(String)
	 * @see org.nafitha.model.NafithaPackage#getRoadmapBudget_Source()
	 * @model
	 * @generated
	 */
	String getSource();

	/**
	 * Sets the value of the '{@link org.nafitha.model.RoadmapBudget#getSource <em>Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source</em>' attribute.
	 * @see #getSource()
	 * @generated
	 */
	void setSource(String value);

} // RoadmapBudget
