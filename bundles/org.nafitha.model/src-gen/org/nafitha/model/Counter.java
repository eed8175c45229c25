/**
 */
package org.nafitha.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Counter</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A service counter (window); a universal counter serves every service of its center.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.nafitha.model.Counter#getCode <em>Code</em>}</li>
 *   <li>{@link org.nafitha.model.Counter#isUniversal <em>Universal</em>}</li>
 *   <li>{@link org.nafitha.model.Counter#isAccessible <em>Accessible</em>}</li>
 *   <li>{@link org.nafitha.model.Counter#getServices <em>Services</em>}</li>
 * </ul>
 *
 * @see org.nafitha.model.NafithaPackage#getCounter()
 * @model
 * @generated
 */
public interface Counter extends EObject {
	/**
	 * Returns the value of the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Code</em>' attribute.
	 * @see #setCode(String)
	 * @see org.nafitha.model.NafithaPackage#getCounter_Code()
	 * @model
	 * @generated
	 */
	String getCode();

	/**
	 * Sets the value of the '{@link org.nafitha.model.Counter#getCode <em>Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Code</em>' attribute.
	 * @see #getCode()
	 * @generated
	 */
	void setCode(String value);

	/**
	 * Returns the value of the '<em><b>Universal</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Universal</em>' attribute.
	 * @see #setUniversal(boolean)
	 * @see org.nafitha.model.NafithaPackage#getCounter_Universal()
	 * @model
	 * @generated
	 */
	boolean isUniversal();

	/**
	 * Sets the value of the '{@link org.nafitha.model.Counter#isUniversal <em>Universal</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Universal</em>' attribute.
	 * @see #isUniversal()
	 * @generated
	 */
	void setUniversal(boolean value);

	/**
	 * Returns the value of the '<em><b>Accessible</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Accessible</em>' attribute.
	 * @see #setAccessible(boolean)
	 * @see org.nafitha.model.NafithaPackage#getCounter_Accessible()
	 * @model
	 * @generated
	 */
	boolean isAccessible();

	/**
	 * Sets the value of the '{@link org.nafitha.model.Counter#isAccessible <em>Accessible</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Accessible</em>' attribute.
	 * @see #isAccessible()
	 * @generated
	 */
	void setAccessible(boolean value);

	/**
	 * Returns the value of the '<em><b>Services</b></em>' reference list.
	 * The list contents are of type {@link org.nafitha.model.Service}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Services</em>' reference list.
	 * @see org.nafitha.model.NafithaPackage#getCounter_Services()
	 * @model
	 * @generated
	 */
	EList<Service> getServices();

} // Counter
