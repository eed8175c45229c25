/**
 */
package org.nafitha.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Service</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A service of the national services registry.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.nafitha.model.Service#getAgency <em>Agency</em>}</li>
 *   <li>{@link org.nafitha.model.Service#getCategory <em>Category</em>}</li>
 *   <li>{@link org.nafitha.model.Service#getAnnualTransactions <em>Annual Transactions</em>}</li>
 *   <li>{@link org.nafitha.model.Service#getPerCapitaRate <em>Per Capita Rate</em>}</li>
 *   <li>{@link org.nafitha.model.Service#getMeanHandlingMinutes <em>Mean Handling Minutes</em>}</li>
 *   <li>{@link org.nafitha.model.Service#getHandlingTimeCv <em>Handling Time Cv</em>}</li>
 *   <li>{@link org.nafitha.model.Service#getDigitalShare <em>Digital Share</em>}</li>
 *   <li>{@link org.nafitha.model.Service#isPresenceRequired <em>Presence Required</em>}</li>
 *   <li>{@link org.nafitha.model.Service#getEligibleGroups <em>Eligible Groups</em>}</li>
 *   <li>{@link org.nafitha.model.Service#getChannel <em>Channel</em>}</li>
 *   <li>{@link org.nafitha.model.Service#getDocuments <em>Documents</em>}</li>
 *   <li>{@link org.nafitha.model.Service#getParticipatingAgencies <em>Participating Agencies</em>}</li>
 *   <li>{@link org.nafitha.model.Service#getHandlingMinutesBefore <em>Handling Minutes Before</em>}</li>
 *   <li>{@link org.nafitha.model.Service#getStepsBefore <em>Steps Before</em>}</li>
 *   <li>{@link org.nafitha.model.Service#getStepsAfter <em>Steps After</em>}</li>
 * </ul>
 *
 * @see org.nafitha.model.NafithaPackage#getService()
 * @model
 * @generated
 */
public interface Service extends Named {
	/**
	 * Returns the value of the '<em><b>Agency</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Agency</em>' reference.
	 * @see #setAgency(Agency)
	 * @see org.nafitha.model.NafithaPackage#getService_Agency()
	 * @model
	 * @generated
	 */
	Agency getAgency();

	/**
	 * Sets the value of the '{@link org.nafitha.model.Service#getAgency <em>Agency</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Agency</em>' reference.
	 * @see #getAgency()
	 * @generated
	 */
	void setAgency(Agency value);

	/**
	 * Returns the value of the '<em><b>Category</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Category</em>' attribute.
	 * @see #setCategory(String)
	 * @see org.nafitha.model.NafithaPackage#getService_Category()
	 * @model
	 * @generated
	 */
	String getCategory();

	/**
	 * Sets the value of the '{@link org.nafitha.model.Service#getCategory <em>Category</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Category</em>' attribute.
	 * @see #getCategory()
	 * @generated
	 */
	void setCategory(String value);

	/**
	 * Returns the value of the '<em><b>Annual Transactions</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Transactions a year nationwide; 0 when the per-capita rate is used.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Annual Transactions</em>' attribute.
	 * @see #setAnnualTransactions(long)
	 * @see org.nafitha.model.NafithaPackage#getService_AnnualTransactions()
	 * @model
	 * @generated
	 */
	long getAnnualTransactions();

	/**
	 * Sets the value of the '{@link org.nafitha.model.Service#getAnnualTransactions <em>Annual Transactions</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Annual Transactions</em>' attribute.
	 * @see #getAnnualTransactions()
	 * @generated
	 */
	void setAnnualTransactions(long value);

	/**
	 * Returns the value of the '<em><b>Per Capita Rate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Transactions per resident per year; 0 when annual transactions are given.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Per Capita Rate</em>' attribute.
	 * @see #setPerCapitaRate(double)
	 * @see org.nafitha.model.NafithaPackage#getService_PerCapitaRate()
	 * @model
	 * @generated
	 */
	double getPerCapitaRate();

	/**
	 * Sets the value of the '{@link org.nafitha.model.Service#getPerCapitaRate <em>Per Capita Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Per Capita Rate</em>' attribute.
	 * @see #getPerCapitaRate()
	 * @generated
	 */
	void setPerCapitaRate(double value);

	/**
	 * Returns the value of the '<em><b>Mean Handling Minutes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Mean Handling Minutes</em>' attribute.
	 * @see #setMeanHandlingMinutes(double)
	 * @see org.nafitha.model.NafithaPackage#getService_MeanHandlingMinutes()
	 * @model
	 * @generated
	 */
	double getMeanHandlingMinutes();

	/**
	 * Sets the value of the '{@link org.nafitha.model.Service#getMeanHandlingMinutes <em>Mean Handling Minutes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mean Handling Minutes</em>' attribute.
	 * @see #getMeanHandlingMinutes()
	 * @generated
	 */
	void setMeanHandlingMinutes(double value);

	/**
	 * Returns the value of the '<em><b>Handling Time Cv</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Coefficient of variation of the handling time (standard deviation / mean).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Handling Time Cv</em>' attribute.
	 * @see #setHandlingTimeCv(double)
	 * @see org.nafitha.model.NafithaPackage#getService_HandlingTimeCv()
	 * @model
	 * @generated
	 */
	double getHandlingTimeCv();

	/**
	 * Sets the value of the '{@link org.nafitha.model.Service#getHandlingTimeCv <em>Handling Time Cv</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Handling Time Cv</em>' attribute.
	 * @see #getHandlingTimeCv()
	 * @generated
	 */
	void setHandlingTimeCv(double value);

	/**
	 * Returns the value of the '<em><b>Digital Share</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Share of transactions already done online, 0..1.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Digital Share</em>' attribute.
	 * @see #setDigitalShare(double)
	 * @see org.nafitha.model.NafithaPackage#getService_DigitalShare()
	 * @model
	 * @generated
	 */
	double getDigitalShare();

	/**
	 * Sets the value of the '{@link org.nafitha.model.Service#getDigitalShare <em>Digital Share</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Digital Share</em>' attribute.
	 * @see #getDigitalShare()
	 * @generated
	 */
	void setDigitalShare(double value);

	/**
	 * Returns the value of the '<em><b>Presence Required</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Presence Required</em>' attribute.
	 * @see #setPresenceRequired(boolean)
	 * @see org.nafitha.model.NafithaPackage#getService_PresenceRequired()
	 * @model
	 * @generated
	 */
	boolean isPresenceRequired();

	/**
	 * Sets the value of the '{@link org.nafitha.model.Service#isPresenceRequired <em>Presence Required</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Presence Required</em>' attribute.
	 * @see #isPresenceRequired()
	 * @generated
	 */
	void setPresenceRequired(boolean value);

	/**
	 * Returns the value of the '<em><b>Eligible Groups</b></em>' reference list.
	 * The list contents are of type {@link org.nafitha.model.PopulationGroup}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Who may use the service; empty means everyone.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Eligible Groups</em>' reference list.
	 * @see org.nafitha.model.NafithaPackage#getService_EligibleGroups()
	 * @model
	 * @generated
	 */
	EList<PopulationGroup> getEligibleGroups();

	/**
	 * Returns the value of the '<em><b>Channel</b></em>' attribute.
	 * The literals are from the enumeration {@link org.nafitha.model.ServiceChannel}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How the service can be had; unset: not yet recorded.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Channel</em>' attribute.
	 * @see org.nafitha.model.ServiceChannel
	 * @see #isSetChannel()
	 * @see #unsetChannel()
	 * @see #setChannel(ServiceChannel)
	 * @see org.nafitha.model.NafithaPackage#getService_Channel()
	 * @model unsettable="true"
	 * @generated
	 */
	ServiceChannel getChannel();

	/**
	 * Sets the value of the '{@link org.nafitha.model.Service#getChannel <em>Channel</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Channel</em>' attribute.
	 * @see org.nafitha.model.ServiceChannel
	 * @see #isSetChannel()
	 * @see #unsetChannel()
	 * @see #getChannel()
	 * @generated
	 */
	void setChannel(ServiceChannel value);

	/**
	 * Unsets the value of the '{@link org.nafitha.model.Service#getChannel <em>Channel</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetChannel()
	 * @see #getChannel()
	 * @see #setChannel(ServiceChannel)
	 * @generated
	 */
	void unsetChannel();

	/**
	 * Returns whether the value of the '{@link org.nafitha.model.Service#getChannel <em>Channel</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Channel</em>' attribute is set.
	 * @see #unsetChannel()
	 * @see #getChannel()
	 * @see #setChannel(ServiceChannel)
	 * @generated
	 */
	boolean isSetChannel();

	/**
	 * Returns the value of the '<em><b>Documents</b></em>' containment reference list.
	 * The list contents are of type {@link org.nafitha.model.DocumentRequirement}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Documents</em>' containment reference list.
	 * @see org.nafitha.model.NafithaPackage#getService_Documents()
	 * @model containment="true"
	 * @generated
	 */
	EList<DocumentRequirement> getDocuments();

	/**
	 * Returns the value of the '<em><b>Participating Agencies</b></em>' reference list.
	 * The list contents are of type {@link org.nafitha.model.Agency}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Other agencies taking part in a shared or integrated service.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Participating Agencies</em>' reference list.
	 * @see org.nafitha.model.NafithaPackage#getService_ParticipatingAgencies()
	 * @model
	 * @generated
	 */
	EList<Agency> getParticipatingAgencies();

	/**
	 * Returns the value of the '<em><b>Handling Minutes Before</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Mean handling time before re-engineering (meanHandlingMinutes is the time now).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Handling Minutes Before</em>' attribute.
	 * @see #isSetHandlingMinutesBefore()
	 * @see #unsetHandlingMinutesBefore()
	 * @see #setHandlingMinutesBefore(double)
	 * @see org.nafitha.model.NafithaPackage#getService_HandlingMinutesBefore()
	 * @model unsettable="true"
	 * @generated
	 */
	double getHandlingMinutesBefore();

	/**
	 * Sets the value of the '{@link org.nafitha.model.Service#getHandlingMinutesBefore <em>Handling Minutes Before</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Handling Minutes Before</em>' attribute.
	 * @see #isSetHandlingMinutesBefore()
	 * @see #unsetHandlingMinutesBefore()
	 * @see #getHandlingMinutesBefore()
	 * @generated
	 */
	void setHandlingMinutesBefore(double value);

	/**
	 * Unsets the value of the '{@link org.nafitha.model.Service#getHandlingMinutesBefore <em>Handling Minutes Before</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetHandlingMinutesBefore()
	 * @see #getHandlingMinutesBefore()
	 * @see #setHandlingMinutesBefore(double)
	 * @generated
	 */
	void unsetHandlingMinutesBefore();

	/**
	 * Returns whether the value of the '{@link org.nafitha.model.Service#getHandlingMinutesBefore <em>Handling Minutes Before</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Handling Minutes Before</em>' attribute is set.
	 * @see #unsetHandlingMinutesBefore()
	 * @see #getHandlingMinutesBefore()
	 * @see #setHandlingMinutesBefore(double)
	 * @generated
	 */
	boolean isSetHandlingMinutesBefore();

	/**
	 * Returns the value of the '<em><b>Steps Before</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Steps Before</em>' attribute.
	 * @see #isSetStepsBefore()
	 * @see #unsetStepsBefore()
	 * @see #setStepsBefore(int)
	 * @see org.nafitha.model.NafithaPackage#getService_StepsBefore()
	 * @model unsettable="true"
	 * @generated
	 */
	int getStepsBefore();

	/**
	 * Sets the value of the '{@link org.nafitha.model.Service#getStepsBefore <em>Steps Before</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Steps Before</em>' attribute.
	 * @see #isSetStepsBefore()
	 * @see #unsetStepsBefore()
	 * @see #getStepsBefore()
	 * @generated
	 */
	void setStepsBefore(int value);

	/**
	 * Unsets the value of the '{@link org.nafitha.model.Service#getStepsBefore <em>Steps Before</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetStepsBefore()
	 * @see #getStepsBefore()
	 * @see #setStepsBefore(int)
	 * @generated
	 */
	void unsetStepsBefore();

	/**
	 * Returns whether the value of the '{@link org.nafitha.model.Service#getStepsBefore <em>Steps Before</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Steps Before</em>' attribute is set.
	 * @see #unsetStepsBefore()
	 * @see #getStepsBefore()
	 * @see #setStepsBefore(int)
	 * @generated
	 */
	boolean isSetStepsBefore();

	/**
	 * Returns the value of the '<em><b>Steps After</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Steps After</em>' attribute.
	 * @see #isSetStepsAfter()
	 * @see #unsetStepsAfter()
	 * @see #setStepsAfter(int)
	 * @see org.nafitha.model.NafithaPackage#getService_StepsAfter()
	 * @model unsettable="true"
	 * @generated
	 */
	int getStepsAfter();

	/**
	 * Sets the value of the '{@link org.nafitha.model.Service#getStepsAfter <em>Steps After</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Steps After</em>' attribute.
	 * @see #isSetStepsAfter()
	 * @see #unsetStepsAfter()
	 * @see #getStepsAfter()
	 * @generated
	 */
	void setStepsAfter(int value);

	/**
	 * Unsets the value of the '{@link org.nafitha.model.Service#getStepsAfter <em>Steps After</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetStepsAfter()
	 * @see #getStepsAfter()
	 * @see #setStepsAfter(int)
	 * @generated
	 */
	void unsetStepsAfter();

	/**
	 * Returns whether the value of the '{@link org.nafitha.model.Service#getStepsAfter <em>Steps After</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Steps After</em>' attribute is set.
	 * @see #unsetStepsAfter()
	 * @see #getStepsAfter()
	 * @see #setStepsAfter(int)
	 * @generated
	 */
	boolean isSetStepsAfter();

} // Service
