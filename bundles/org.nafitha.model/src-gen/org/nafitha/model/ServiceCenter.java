/**
 */
package org.nafitha.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Service Center</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.nafitha.model.ServiceCenter#getKind <em>Kind</em>}</li>
 *   <li>{@link org.nafitha.model.ServiceCenter#getStatus <em>Status</em>}</li>
 *   <li>{@link org.nafitha.model.ServiceCenter#getRegion <em>Region</em>}</li>
 *   <li>{@link org.nafitha.model.ServiceCenter#getStaff <em>Staff</em>}</li>
 *   <li>{@link org.nafitha.model.ServiceCenter#getServicesOffered <em>Services Offered</em>}</li>
 *   <li>{@link org.nafitha.model.ServiceCenter#getCounters <em>Counters</em>}</li>
 * </ul>
 *
 * @see org.nafitha.model.NafithaPackage#getServiceCenter()
 * @model
 * @generated
 */
public interface ServiceCenter extends Named, Located {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.nafitha.model.CenterKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.nafitha.model.CenterKind
	 * @see #setKind(CenterKind)
	 * @see org.nafitha.model.NafithaPackage#getServiceCenter_Kind()
	 * @model
	 * @generated
	 */
	CenterKind getKind();

	/**
	 * Sets the value of the '{@link org.nafitha.model.ServiceCenter#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.nafitha.model.CenterKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(CenterKind value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link org.nafitha.model.CenterStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see org.nafitha.model.CenterStatus
	 * @see #setStatus(CenterStatus)
	 * @see org.nafitha.model.NafithaPackage#getServiceCenter_Status()
	 * @model
	 * @generated
	 */
	CenterStatus getStatus();

	/**
	 * Sets the value of the '{@link org.nafitha.model.ServiceCenter#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see org.nafitha.model.CenterStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(CenterStatus value);

	/**
	 * Returns the value of the '<em><b>Region</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Region</em>' reference.
	 * @see #setRegion(Region)
	 * @see org.nafitha.model.NafithaPackage#getServiceCenter_Region()
	 * @model
	 * @generated
	 */
	Region getRegion();

	/**
	 * Sets the value of the '{@link org.nafitha.model.ServiceCenter#getRegion <em>Region</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Region</em>' reference.
	 * @see #getRegion()
	 * @generated
	 */
	void setRegion(Region value);

	/**
	 * Returns the value of the '<em><b>Staff</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Staff</em>' attribute.
	 * @see #setStaff(int)
	 * @see org.nafitha.model.NafithaPackage#getServiceCenter_Staff()
	 * @model
	 * @generated
	 */
	int getStaff();

	/**
	 * Sets the value of the '{@link org.nafitha.model.ServiceCenter#getStaff <em>Staff</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Staff</em>' attribute.
	 * @see #getStaff()
	 * @generated
	 */
	void setStaff(int value);

	/**
	 * Returns the value of the '<em><b>Services Offered</b></em>' reference list.
	 * The list contents are of type {@link org.nafitha.model.Service}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Services Offered</em>' reference list.
	 * @see org.nafitha.model.NafithaPackage#getServiceCenter_ServicesOffered()
	 * @model
	 * @generated
	 */
	EList<Service> getServicesOffered();

	/**
	 * Returns the value of the '<em><b>Counters</b></em>' containment reference list.
	 * The list contents are of type {@link org.nafitha.model.Counter}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Counters</em>' containment reference list.
	 * @see org.nafitha.model.NafithaPackage#getServiceCenter_Counters()
	 * @model containment="true"
	 * @generated
	 */
	EList<Counter> getCounters();

} // ServiceCenter
