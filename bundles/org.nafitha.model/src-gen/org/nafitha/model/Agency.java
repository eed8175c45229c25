/**
 */
package org.nafitha.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Agency</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.nafitha.model.Agency#getAcronym <em>Acronym</em>}</li>
 *   <li>{@link org.nafitha.model.Agency#isAppliesStandardsFramework <em>Applies Standards Framework</em>}</li>
 *   <li>{@link org.nafitha.model.Agency#getStandardsFrameworkYear <em>Standards Framework Year</em>}</li>
 * </ul>
 *
 * @see org.nafitha.model.NafithaPackage#getAgency()
 * @model
 * @generated
 */
public interface Agency extends Named {
	/**
	 * Returns the value of the '<em><b>Acronym</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Acronym</em>' attribute.
	 * @see #setAcronym(String)
	 * @see org.nafitha.model.NafithaPackage#getAgency_Acronym()
	 * @model
	 * @generated
	 */
	String getAcronym();

	/**
	 * Sets the value of the '{@link org.nafitha.model.Agency#getAcronym <em>Acronym</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Acronym</em>' attribute.
	 * @see #getAcronym()
	 * @generated
	 */
	void setAcronym(String value);

	/**
	 * Returns the value of the '<em><b>Applies Standards Framework</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Applies the national digital-transformation standards framework.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Applies Standards Framework</em>' attribute.
	 * @see #setAppliesStandardsFramework(boolean)
	 * @see org.nafitha.model.NafithaPackage#getAgency_AppliesStandardsFramework()
	 * @model
	 * @generated
	 */
	boolean isAppliesStandardsFramework();

	/**
	 * Sets the value of the '{@link org.nafitha.model.Agency#isAppliesStandardsFramework <em>Applies Standards Framework</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Applies Standards Framework</em>' attribute.
	 * @see #isAppliesStandardsFramework()
	 * @generated
	 */
	void setAppliesStandardsFramework(boolean value);

	/**
	 * Returns the value of the '<em><b>Standards Framework Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Standards Framework Year</em>' attribute.
	 * @see #isSetStandardsFrameworkYear()
	 * @see #unsetStandardsFrameworkYear()
	 * @see #setStandardsFrameworkYear(int)
	 * @see org.nafitha.model.NafithaPackage#getAgency_StandardsFrameworkYear()
	 * @model unsettable="true"
	 * @generated
	 */
	int getStandardsFrameworkYear();

	/**
	 * Sets the value of the '{@link org.nafitha.model.Agency#getStandardsFrameworkYear <em>Standards Framework Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Standards Framework Year</em>' attribute.
	 * @see #isSetStandardsFrameworkYear()
	 * @see #unsetStandardsFrameworkYear()
	 * @see #getStandardsFrameworkYear()
	 * @generated
	 */
	void setStandardsFrameworkYear(int value);

	/**
	 * Unsets the value of the '{@link org.nafitha.model.Agency#getStandardsFrameworkYear <em>Standards Framework Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetStandardsFrameworkYear()
	 * @see #getStandardsFrameworkYear()
	 * @see #setStandardsFrameworkYear(int)
	 * @generated
	 */
	void unsetStandardsFrameworkYear();

	/**
	 * Returns whether the value of the '{@link org.nafitha.model.Agency#getStandardsFrameworkYear <em>Standards Framework Year</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Standards Framework Year</em>' attribute is set.
	 * @see #unsetStandardsFrameworkYear()
	 * @see #getStandardsFrameworkYear()
	 * @see #setStandardsFrameworkYear(int)
	 * @generated
	 */
	boolean isSetStandardsFrameworkYear();

} // Agency
