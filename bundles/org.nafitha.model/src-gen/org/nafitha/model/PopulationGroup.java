/**
 */
package org.nafitha.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Population Group</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A group of residents planned for explicitly: elderly, persons with disabilities, women, youth.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.nafitha.model.PopulationGroup#getDescription <em>Description</em>}</li>
 *   <li>{@link org.nafitha.model.PopulationGroup#getPartition <em>Partition</em>}</li>
 * </ul>
 *
 * @see org.nafitha.model.NafithaPackage#getPopulationGroup()
 * @model
 * @generated
 */
public interface PopulationGroup extends Named {
	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.nafitha.model.NafithaPackage#getPopulationGroup_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.nafitha.model.PopulationGroup#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Partition</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Groups of one partition do not overlap (e.g. the age bands): in a zone their residents must not sum to more than its population.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Partition</em>' attribute.
	 * @see #setPartition(String)
	 * @see org.nafitha.model.NafithaPackage#getPopulationGroup_Partition()
	 * @model
	 * @generated
	 */
	String getPartition();

	/**
	 * Sets the value of the '{@link org.nafitha.model.PopulationGroup#getPartition <em>Partition</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Partition</em>' attribute.
	 * @see #getPartition()
	 * @generated
	 */
	void setPartition(String value);

} // PopulationGroup
