/**
 */
package org.nafitha.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Service Bundle</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Services delivered together for one life event, e.g. starting a business.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.nafitha.model.ServiceBundle#getLifeEvent <em>Life Event</em>}</li>
 *   <li>{@link org.nafitha.model.ServiceBundle#getServices <em>Services</em>}</li>
 * </ul>
 *
 * @see org.nafitha.model.NafithaPackage#getServiceBundle()
 * @model
 * @generated
 */
public interface ServiceBundle extends Named {
	/**
	 * Returns the value of the '<em><b>Life Event</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Life Event</em>' attribute.
	 * @see #setLifeEvent(String)
	 * @see org.nafitha.model.NafithaPackage#getServiceBundle_LifeEvent()
	 * @model
	 * @generated
	 */
	String getLifeEvent();

	/**
	 * Sets the value of the '{@link org.nafitha.model.ServiceBundle#getLifeEvent <em>Life Event</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Life Event</em>' attribute.
	 * @see #getLifeEvent()
	 * @generated
	 */
	void setLifeEvent(String value);

	/**
	 * Returns the value of the '<em><b>Services</b></em>' reference list.
	 * The list contents are of type {@link org.nafitha.model.Service}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Services</em>' reference list.
	 * @see org.nafitha.model.NafithaPackage#getServiceBundle_Services()
	 * @model
	 * @generated
	 */
	EList<Service> getServices();

} // ServiceBundle
