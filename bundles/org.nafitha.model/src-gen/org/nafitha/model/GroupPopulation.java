/**
 */
package org.nafitha.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Group Population</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * How many residents of a zone belong to a group: a count or a share of the zone population (one of the two).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.nafitha.model.GroupPopulation#getGroup <em>Group</em>}</li>
 *   <li>{@link org.nafitha.model.GroupPopulation#getCount <em>Count</em>}</li>
 *   <li>{@link org.nafitha.model.GroupPopulation#getShare <em>Share</em>}</li>
 * </ul>
 *
 * @see org.nafitha.model.NafithaPackage#getGroupPopulation()
 * @model
 * @generated
 */
public interface GroupPopulation extends EObject {
	/**
	 * Returns the value of the '<em><b>Group</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Group</em>' reference.
	 * @see #setGroup(PopulationGroup)
	 * @see org.nafitha.model.NafithaPackage#getGroupPopulation_Group()
	 * @model
	 * @generated
	 */
	PopulationGroup getGroup();

	/**
	 * Sets the value of the '{@link org.nafitha.model.GroupPopulation#getGroup <em>Group</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Group</em>' reference.
	 * @see #getGroup()
	 * @generated
	 */
	void setGroup(PopulationGroup value);

	/**
	 * Returns the value of the '<em><b>Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Count</em>' attribute.
	 * @see #isSetCount()
	 * @see #unsetCount()
	 * @see #setCount(long)
	 * @see org.nafitha.model.NafithaPackage#getGroupPopulation_Count()
	 * @model unsettable="true"
	 * @generated
	 */
	long getCount();

	/**
	 * Sets the value of the '{@link org.nafitha.model.GroupPopulation#getCount <em>Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Count</em>' attribute.
	 * @see #isSetCount()
	 * @see #unsetCount()
	 * @see #getCount()
	 * @generated
	 */
	void setCount(long value);

	/**
	 * Unsets the value of the '{@link org.nafitha.model.GroupPopulation#getCount <em>Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetCount()
	 * @see #getCount()
	 * @see #setCount(long)
	 * @generated
	 */
	void unsetCount();

	/**
	 * Returns whether the value of the '{@link org.nafitha.model.GroupPopulation#getCount <em>Count</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Count</em>' attribute is set.
	 * @see #unsetCount()
	 * @see #getCount()
	 * @see #setCount(long)
	 * @generated
	 */
	boolean isSetCount();

	/**
	 * Returns the value of the '<em><b>Share</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Share</em>' attribute.
	 * @see #isSetShare()
	 * @see #unsetShare()
	 * @see #setShare(double)
	 * @see org.nafitha.model.NafithaPackage#getGroupPopulation_Share()
	 * @model unsettable="true"
	 * @generated
	 */
	double getShare();

	/**
	 * Sets the value of the '{@link org.nafitha.model.GroupPopulation#getShare <em>Share</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Share</em>' attribute.
	 * @see #isSetShare()
	 * @see #unsetShare()
	 * @see #getShare()
	 * @generated
	 */
	void setShare(double value);

	/**
	 * Unsets the value of the '{@link org.nafitha.model.GroupPopulation#getShare <em>Share</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetShare()
	 * @see #getShare()
	 * @see #setShare(double)
	 * @generated
	 */
	void unsetShare();

	/**
	 * Returns whether the value of the '{@link org.nafitha.model.GroupPopulation#getShare <em>Share</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Share</em>' attribute is set.
	 * @see #unsetShare()
	 * @see #getShare()
	 * @see #setShare(double)
	 * @generated
	 */
	boolean isSetShare();

} // GroupPopulation
