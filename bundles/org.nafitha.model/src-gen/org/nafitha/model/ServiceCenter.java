/**
 */
package org.nafitha.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Service Center</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A place where citizens are served: a comprehensive center, an agency branch, a municipal office, a mobile unit or a kiosk.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.nafitha.model.ServiceCenter#getKind <em>Kind</em>}</li>
 *   <li>{@link org.nafitha.model.ServiceCenter#getStatus <em>Status</em>}</li>
 *   <li>{@link org.nafitha.model.ServiceCenter#getRegion <em>Region</em>}</li>
 *   <li>{@link org.nafitha.model.ServiceCenter#getAgency <em>Agency</em>}</li>
 *   <li>{@link org.nafitha.model.ServiceCenter#getOpeningHours <em>Opening Hours</em>}</li>
 *   <li>{@link org.nafitha.model.ServiceCenter#getStaff <em>Staff</em>}</li>
 *   <li>{@link org.nafitha.model.ServiceCenter#getServicesOffered <em>Services Offered</em>}</li>
 *   <li>{@link org.nafitha.model.ServiceCenter#getCounters <em>Counters</em>}</li>
 *   <li>{@link org.nafitha.model.ServiceCenter#getAccessibility <em>Accessibility</em>}</li>
 *   <li>{@link org.nafitha.model.ServiceCenter#getReadiness <em>Readiness</em>}</li>
 *   <li>{@link org.nafitha.model.ServiceCenter#getEvaluation <em>Evaluation</em>}</li>
 *   <li>{@link org.nafitha.model.ServiceCenter#getDailyCapacityOverride <em>Daily Capacity Override</em>}</li>
 *   <li>{@link org.nafitha.model.ServiceCenter#getEvaluationRecords <em>Evaluation Records</em>}</li>
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
	 * Returns the value of the '<em><b>Agency</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Agency</em>' reference.
	 * @see #setAgency(Agency)
	 * @see org.nafitha.model.NafithaPackage#getServiceCenter_Agency()
	 * @model
	 * @generated
	 */
	Agency getAgency();

	/**
	 * Sets the value of the '{@link org.nafitha.model.ServiceCenter#getAgency <em>Agency</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Agency</em>' reference.
	 * @see #getAgency()
	 * @generated
	 */
	void setAgency(Agency value);

	/**
	 * Returns the value of the '<em><b>Opening Hours</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * e.g. "Sun-Thu 08:00-15:00; Sat 09:00-13:00".
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Opening Hours</em>' attribute.
	 * @see #setOpeningHours(String)
	 * @see org.nafitha.model.NafithaPackage#getServiceCenter_OpeningHours()
	 * @model
	 * @generated
	 */
	String getOpeningHours();

	/**
	 * Sets the value of the '{@link org.nafitha.model.ServiceCenter#getOpeningHours <em>Opening Hours</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Opening Hours</em>' attribute.
	 * @see #getOpeningHours()
	 * @generated
	 */
	void setOpeningHours(String value);

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

	/**
	 * Returns the value of the '<em><b>Accessibility</b></em>' attribute list.
	 * The list contents are of type {@link org.nafitha.model.AccessibilityFeature}.
	 * The literals are from the enumeration {@link org.nafitha.model.AccessibilityFeature}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Accessibility</em>' attribute list.
	 * @see org.nafitha.model.AccessibilityFeature
	 * @see org.nafitha.model.NafithaPackage#getServiceCenter_Accessibility()
	 * @model
	 * @generated
	 */
	EList<AccessibilityFeature> getAccessibility();

	/**
	 * Returns the value of the '<em><b>Readiness</b></em>' containment reference list.
	 * The list contents are of type {@link org.nafitha.model.Score}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Infrastructure readiness scores (0..100) by dimension.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Readiness</em>' containment reference list.
	 * @see org.nafitha.model.NafithaPackage#getServiceCenter_Readiness()
	 * @model containment="true"
	 * @generated
	 */
	EList<Score> getReadiness();

	/**
	 * Returns the value of the '<em><b>Evaluation</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Evaluation</em>' containment reference.
	 * @see #setEvaluation(Evaluation)
	 * @see org.nafitha.model.NafithaPackage#getServiceCenter_Evaluation()
	 * @model containment="true"
	 * @generated
	 */
	Evaluation getEvaluation();

	/**
	 * Sets the value of the '{@link org.nafitha.model.ServiceCenter#getEvaluation <em>Evaluation</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Evaluation</em>' containment reference.
	 * @see #getEvaluation()
	 * @generated
	 */
	void setEvaluation(Evaluation value);

	/**
	 * Returns the value of the '<em><b>Daily Capacity Override</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Transactions a day the center can serve, when known better than the queueing estimate.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Daily Capacity Override</em>' attribute.
	 * @see #isSetDailyCapacityOverride()
	 * @see #unsetDailyCapacityOverride()
	 * @see #setDailyCapacityOverride(double)
	 * @see org.nafitha.model.NafithaPackage#getServiceCenter_DailyCapacityOverride()
	 * @model unsettable="true"
	 * @generated
	 */
	double getDailyCapacityOverride();

	/**
	 * Sets the value of the '{@link org.nafitha.model.ServiceCenter#getDailyCapacityOverride <em>Daily Capacity Override</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Daily Capacity Override</em>' attribute.
	 * @see #isSetDailyCapacityOverride()
	 * @see #unsetDailyCapacityOverride()
	 * @see #getDailyCapacityOverride()
	 * @generated
	 */
	void setDailyCapacityOverride(double value);

	/**
	 * Unsets the value of the '{@link org.nafitha.model.ServiceCenter#getDailyCapacityOverride <em>Daily Capacity Override</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetDailyCapacityOverride()
	 * @see #getDailyCapacityOverride()
	 * @see #setDailyCapacityOverride(double)
	 * @generated
	 */
	void unsetDailyCapacityOverride();

	/**
	 * Returns whether the value of the '{@link org.nafitha.model.ServiceCenter#getDailyCapacityOverride <em>Daily Capacity Override</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Daily Capacity Override</em>' attribute is set.
	 * @see #unsetDailyCapacityOverride()
	 * @see #getDailyCapacityOverride()
	 * @see #setDailyCapacityOverride(double)
	 * @generated
	 */
	boolean isSetDailyCapacityOverride();

	/**
	 * Returns the value of the '<em><b>Evaluation Records</b></em>' containment reference list.
	 * The list contents are of type {@link org.nafitha.model.EvaluationRecord}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Evaluation Records</em>' containment reference list.
	 * @see org.nafitha.model.NafithaPackage#getServiceCenter_EvaluationRecords()
	 * @model containment="true"
	 * @generated
	 */
	EList<EvaluationRecord> getEvaluationRecords();

} // ServiceCenter
