/**
 */
package org.nafitha.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Evaluation Record</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A dated evaluation round or citizen-voice record of a center: a mystery-shopper visit, a self-assessment, a volunteer visitor's report, a satisfaction survey, an NPS survey (answers 0-10 as counts), complaints, or an improvement taken (and whether citizens' feedback led to it).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.nafitha.model.EvaluationRecord#getDate <em>Date</em>}</li>
 *   <li>{@link org.nafitha.model.EvaluationRecord#getKind <em>Kind</em>}</li>
 *   <li>{@link org.nafitha.model.EvaluationRecord#getScore <em>Score</em>}</li>
 *   <li>{@link org.nafitha.model.EvaluationRecord#getObservedWaitMinutes <em>Observed Wait Minutes</em>}</li>
 *   <li>{@link org.nafitha.model.EvaluationRecord#isSpecialistPresent <em>Specialist Present</em>}</li>
 *   <li>{@link org.nafitha.model.EvaluationRecord#getResponses <em>Responses</em>}</li>
 *   <li>{@link org.nafitha.model.EvaluationRecord#getSatisfactionMean <em>Satisfaction Mean</em>}</li>
 *   <li>{@link org.nafitha.model.EvaluationRecord#getPromoters <em>Promoters</em>}</li>
 *   <li>{@link org.nafitha.model.EvaluationRecord#getPassives <em>Passives</em>}</li>
 *   <li>{@link org.nafitha.model.EvaluationRecord#getDetractors <em>Detractors</em>}</li>
 *   <li>{@link org.nafitha.model.EvaluationRecord#getReceived <em>Received</em>}</li>
 *   <li>{@link org.nafitha.model.EvaluationRecord#getAnsweredOnTime <em>Answered On Time</em>}</li>
 *   <li>{@link org.nafitha.model.EvaluationRecord#getDescription <em>Description</em>}</li>
 *   <li>{@link org.nafitha.model.EvaluationRecord#isFromFeedback <em>From Feedback</em>}</li>
 * </ul>
 *
 * @see org.nafitha.model.NafithaPackage#getEvaluationRecord()
 * @model
 * @generated
 */
public interface EvaluationRecord extends EObject {
	/**
	 * Returns the value of the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * ISO date (yyyy-mm-dd).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Date</em>' attribute.
	 * @see #setDate(String)
	 * @see org.nafitha.model.NafithaPackage#getEvaluationRecord_Date()
	 * @model
	 * @generated
	 */
	String getDate();

	/**
	 * Sets the value of the '{@link org.nafitha.model.EvaluationRecord#getDate <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Date</em>' attribute.
	 * @see #getDate()
	 * @generated
	 */
	void setDate(String value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.nafitha.model.EvaluationKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.nafitha.model.EvaluationKind
	 * @see #setKind(EvaluationKind)
	 * @see org.nafitha.model.NafithaPackage#getEvaluationRecord_Kind()
	 * @model
	 * @generated
	 */
	EvaluationKind getKind();

	/**
	 * Sets the value of the '{@link org.nafitha.model.EvaluationRecord#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.nafitha.model.EvaluationKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(EvaluationKind value);

	/**
	 * Returns the value of the '<em><b>Score</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 0-100, for mystery shopper, self-assessment and volunteer visitor.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Score</em>' attribute.
	 * @see #isSetScore()
	 * @see #unsetScore()
	 * @see #setScore(double)
	 * @see org.nafitha.model.NafithaPackage#getEvaluationRecord_Score()
	 * @model unsettable="true"
	 * @generated
	 */
	double getScore();

	/**
	 * Sets the value of the '{@link org.nafitha.model.EvaluationRecord#getScore <em>Score</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Score</em>' attribute.
	 * @see #isSetScore()
	 * @see #unsetScore()
	 * @see #getScore()
	 * @generated
	 */
	void setScore(double value);

	/**
	 * Unsets the value of the '{@link org.nafitha.model.EvaluationRecord#getScore <em>Score</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetScore()
	 * @see #getScore()
	 * @see #setScore(double)
	 * @generated
	 */
	void unsetScore();

	/**
	 * Returns whether the value of the '{@link org.nafitha.model.EvaluationRecord#getScore <em>Score</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Score</em>' attribute is set.
	 * @see #unsetScore()
	 * @see #getScore()
	 * @see #setScore(double)
	 * @generated
	 */
	boolean isSetScore();

	/**
	 * Returns the value of the '<em><b>Observed Wait Minutes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Observed Wait Minutes</em>' attribute.
	 * @see #isSetObservedWaitMinutes()
	 * @see #unsetObservedWaitMinutes()
	 * @see #setObservedWaitMinutes(double)
	 * @see org.nafitha.model.NafithaPackage#getEvaluationRecord_ObservedWaitMinutes()
	 * @model unsettable="true"
	 * @generated
	 */
	double getObservedWaitMinutes();

	/**
	 * Sets the value of the '{@link org.nafitha.model.EvaluationRecord#getObservedWaitMinutes <em>Observed Wait Minutes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Observed Wait Minutes</em>' attribute.
	 * @see #isSetObservedWaitMinutes()
	 * @see #unsetObservedWaitMinutes()
	 * @see #getObservedWaitMinutes()
	 * @generated
	 */
	void setObservedWaitMinutes(double value);

	/**
	 * Unsets the value of the '{@link org.nafitha.model.EvaluationRecord#getObservedWaitMinutes <em>Observed Wait Minutes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetObservedWaitMinutes()
	 * @see #getObservedWaitMinutes()
	 * @see #setObservedWaitMinutes(double)
	 * @generated
	 */
	void unsetObservedWaitMinutes();

	/**
	 * Returns whether the value of the '{@link org.nafitha.model.EvaluationRecord#getObservedWaitMinutes <em>Observed Wait Minutes</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Observed Wait Minutes</em>' attribute is set.
	 * @see #unsetObservedWaitMinutes()
	 * @see #getObservedWaitMinutes()
	 * @see #setObservedWaitMinutes(double)
	 * @generated
	 */
	boolean isSetObservedWaitMinutes();

	/**
	 * Returns the value of the '<em><b>Specialist Present</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Specialist Present</em>' attribute.
	 * @see #isSetSpecialistPresent()
	 * @see #unsetSpecialistPresent()
	 * @see #setSpecialistPresent(boolean)
	 * @see org.nafitha.model.NafithaPackage#getEvaluationRecord_SpecialistPresent()
	 * @model unsettable="true"
	 * @generated
	 */
	boolean isSpecialistPresent();

	/**
	 * Sets the value of the '{@link org.nafitha.model.EvaluationRecord#isSpecialistPresent <em>Specialist Present</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Specialist Present</em>' attribute.
	 * @see #isSetSpecialistPresent()
	 * @see #unsetSpecialistPresent()
	 * @see #isSpecialistPresent()
	 * @generated
	 */
	void setSpecialistPresent(boolean value);

	/**
	 * Unsets the value of the '{@link org.nafitha.model.EvaluationRecord#isSpecialistPresent <em>Specialist Present</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetSpecialistPresent()
	 * @see #isSpecialistPresent()
	 * @see #setSpecialistPresent(boolean)
	 * @generated
	 */
	void unsetSpecialistPresent();

	/**
	 * Returns whether the value of the '{@link org.nafitha.model.EvaluationRecord#isSpecialistPresent <em>Specialist Present</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Specialist Present</em>' attribute is set.
	 * @see #unsetSpecialistPresent()
	 * @see #isSpecialistPresent()
	 * @see #setSpecialistPresent(boolean)
	 * @generated
	 */
	boolean isSetSpecialistPresent();

	/**
	 * Returns the value of the '<em><b>Responses</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Responses</em>' attribute.
	 * @see #isSetResponses()
	 * @see #unsetResponses()
	 * @see #setResponses(int)
	 * @see org.nafitha.model.NafithaPackage#getEvaluationRecord_Responses()
	 * @model unsettable="true"
	 * @generated
	 */
	int getResponses();

	/**
	 * Sets the value of the '{@link org.nafitha.model.EvaluationRecord#getResponses <em>Responses</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Responses</em>' attribute.
	 * @see #isSetResponses()
	 * @see #unsetResponses()
	 * @see #getResponses()
	 * @generated
	 */
	void setResponses(int value);

	/**
	 * Unsets the value of the '{@link org.nafitha.model.EvaluationRecord#getResponses <em>Responses</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetResponses()
	 * @see #getResponses()
	 * @see #setResponses(int)
	 * @generated
	 */
	void unsetResponses();

	/**
	 * Returns whether the value of the '{@link org.nafitha.model.EvaluationRecord#getResponses <em>Responses</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Responses</em>' attribute is set.
	 * @see #unsetResponses()
	 * @see #getResponses()
	 * @see #setResponses(int)
	 * @generated
	 */
	boolean isSetResponses();

	/**
	 * Returns the value of the '<em><b>Satisfaction Mean</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Mean answer on a 1-5 scale.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Satisfaction Mean</em>' attribute.
	 * @see #isSetSatisfactionMean()
	 * @see #unsetSatisfactionMean()
	 * @see #setSatisfactionMean(double)
	 * @see org.nafitha.model.NafithaPackage#getEvaluationRecord_SatisfactionMean()
	 * @model unsettable="true"
	 * @generated
	 */
	double getSatisfactionMean();

	/**
	 * Sets the value of the '{@link org.nafitha.model.EvaluationRecord#getSatisfactionMean <em>Satisfaction Mean</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Satisfaction Mean</em>' attribute.
	 * @see #isSetSatisfactionMean()
	 * @see #unsetSatisfactionMean()
	 * @see #getSatisfactionMean()
	 * @generated
	 */
	void setSatisfactionMean(double value);

	/**
	 * Unsets the value of the '{@link org.nafitha.model.EvaluationRecord#getSatisfactionMean <em>Satisfaction Mean</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetSatisfactionMean()
	 * @see #getSatisfactionMean()
	 * @see #setSatisfactionMean(double)
	 * @generated
	 */
	void unsetSatisfactionMean();

	/**
	 * Returns whether the value of the '{@link org.nafitha.model.EvaluationRecord#getSatisfactionMean <em>Satisfaction Mean</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Satisfaction Mean</em>' attribute is set.
	 * @see #unsetSatisfactionMean()
	 * @see #getSatisfactionMean()
	 * @see #setSatisfactionMean(double)
	 * @generated
	 */
	boolean isSetSatisfactionMean();

	/**
	 * Returns the value of the '<em><b>Promoters</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * NPS answers 9-10.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Promoters</em>' attribute.
	 * @see #isSetPromoters()
	 * @see #unsetPromoters()
	 * @see #setPromoters(int)
	 * @see org.nafitha.model.NafithaPackage#getEvaluationRecord_Promoters()
	 * @model unsettable="true"
	 * @generated
	 */
	int getPromoters();

	/**
	 * Sets the value of the '{@link org.nafitha.model.EvaluationRecord#getPromoters <em>Promoters</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Promoters</em>' attribute.
	 * @see #isSetPromoters()
	 * @see #unsetPromoters()
	 * @see #getPromoters()
	 * @generated
	 */
	void setPromoters(int value);

	/**
	 * Unsets the value of the '{@link org.nafitha.model.EvaluationRecord#getPromoters <em>Promoters</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetPromoters()
	 * @see #getPromoters()
	 * @see #setPromoters(int)
	 * @generated
	 */
	void unsetPromoters();

	/**
	 * Returns whether the value of the '{@link org.nafitha.model.EvaluationRecord#getPromoters <em>Promoters</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Promoters</em>' attribute is set.
	 * @see #unsetPromoters()
	 * @see #getPromoters()
	 * @see #setPromoters(int)
	 * @generated
	 */
	boolean isSetPromoters();

	/**
	 * Returns the value of the '<em><b>Passives</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * NPS answers 7-8.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Passives</em>' attribute.
	 * @see #isSetPassives()
	 * @see #unsetPassives()
	 * @see #setPassives(int)
	 * @see org.nafitha.model.NafithaPackage#getEvaluationRecord_Passives()
	 * @model unsettable="true"
	 * @generated
	 */
	int getPassives();

	/**
	 * Sets the value of the '{@link org.nafitha.model.EvaluationRecord#getPassives <em>Passives</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Passives</em>' attribute.
	 * @see #isSetPassives()
	 * @see #unsetPassives()
	 * @see #getPassives()
	 * @generated
	 */
	void setPassives(int value);

	/**
	 * Unsets the value of the '{@link org.nafitha.model.EvaluationRecord#getPassives <em>Passives</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetPassives()
	 * @see #getPassives()
	 * @see #setPassives(int)
	 * @generated
	 */
	void unsetPassives();

	/**
	 * Returns whether the value of the '{@link org.nafitha.model.EvaluationRecord#getPassives <em>Passives</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Passives</em>' attribute is set.
	 * @see #unsetPassives()
	 * @see #getPassives()
	 * @see #setPassives(int)
	 * @generated
	 */
	boolean isSetPassives();

	/**
	 * Returns the value of the '<em><b>Detractors</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * NPS answers 0-6.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Detractors</em>' attribute.
	 * @see #isSetDetractors()
	 * @see #unsetDetractors()
	 * @see #setDetractors(int)
	 * @see org.nafitha.model.NafithaPackage#getEvaluationRecord_Detractors()
	 * @model unsettable="true"
	 * @generated
	 */
	int getDetractors();

	/**
	 * Sets the value of the '{@link org.nafitha.model.EvaluationRecord#getDetractors <em>Detractors</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Detractors</em>' attribute.
	 * @see #isSetDetractors()
	 * @see #unsetDetractors()
	 * @see #getDetractors()
	 * @generated
	 */
	void setDetractors(int value);

	/**
	 * Unsets the value of the '{@link org.nafitha.model.EvaluationRecord#getDetractors <em>Detractors</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetDetractors()
	 * @see #getDetractors()
	 * @see #setDetractors(int)
	 * @generated
	 */
	void unsetDetractors();

	/**
	 * Returns whether the value of the '{@link org.nafitha.model.EvaluationRecord#getDetractors <em>Detractors</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Detractors</em>' attribute is set.
	 * @see #unsetDetractors()
	 * @see #getDetractors()
	 * @see #setDetractors(int)
	 * @generated
	 */
	boolean isSetDetractors();

	/**
	 * Returns the value of the '<em><b>Received</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Complaints received.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Received</em>' attribute.
	 * @see #isSetReceived()
	 * @see #unsetReceived()
	 * @see #setReceived(int)
	 * @see org.nafitha.model.NafithaPackage#getEvaluationRecord_Received()
	 * @model unsettable="true"
	 * @generated
	 */
	int getReceived();

	/**
	 * Sets the value of the '{@link org.nafitha.model.EvaluationRecord#getReceived <em>Received</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Received</em>' attribute.
	 * @see #isSetReceived()
	 * @see #unsetReceived()
	 * @see #getReceived()
	 * @generated
	 */
	void setReceived(int value);

	/**
	 * Unsets the value of the '{@link org.nafitha.model.EvaluationRecord#getReceived <em>Received</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetReceived()
	 * @see #getReceived()
	 * @see #setReceived(int)
	 * @generated
	 */
	void unsetReceived();

	/**
	 * Returns whether the value of the '{@link org.nafitha.model.EvaluationRecord#getReceived <em>Received</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Received</em>' attribute is set.
	 * @see #unsetReceived()
	 * @see #getReceived()
	 * @see #setReceived(int)
	 * @generated
	 */
	boolean isSetReceived();

	/**
	 * Returns the value of the '<em><b>Answered On Time</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Complaints answered within the service standard.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Answered On Time</em>' attribute.
	 * @see #isSetAnsweredOnTime()
	 * @see #unsetAnsweredOnTime()
	 * @see #setAnsweredOnTime(int)
	 * @see org.nafitha.model.NafithaPackage#getEvaluationRecord_AnsweredOnTime()
	 * @model unsettable="true"
	 * @generated
	 */
	int getAnsweredOnTime();

	/**
	 * Sets the value of the '{@link org.nafitha.model.EvaluationRecord#getAnsweredOnTime <em>Answered On Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Answered On Time</em>' attribute.
	 * @see #isSetAnsweredOnTime()
	 * @see #unsetAnsweredOnTime()
	 * @see #getAnsweredOnTime()
	 * @generated
	 */
	void setAnsweredOnTime(int value);

	/**
	 * Unsets the value of the '{@link org.nafitha.model.EvaluationRecord#getAnsweredOnTime <em>Answered On Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetAnsweredOnTime()
	 * @see #getAnsweredOnTime()
	 * @see #setAnsweredOnTime(int)
	 * @generated
	 */
	void unsetAnsweredOnTime();

	/**
	 * Returns whether the value of the '{@link org.nafitha.model.EvaluationRecord#getAnsweredOnTime <em>Answered On Time</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Answered On Time</em>' attribute is set.
	 * @see #unsetAnsweredOnTime()
	 * @see #getAnsweredOnTime()
	 * @see #setAnsweredOnTime(int)
	 * @generated
	 */
	boolean isSetAnsweredOnTime();

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.nafitha.model.NafithaPackage#getEvaluationRecord_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.nafitha.model.EvaluationRecord#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>From Feedback</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The improvement was based on citizens' input.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>From Feedback</em>' attribute.
	 * @see #isSetFromFeedback()
	 * @see #unsetFromFeedback()
	 * @see #setFromFeedback(boolean)
	 * @see org.nafitha.model.NafithaPackage#getEvaluationRecord_FromFeedback()
	 * @model unsettable="true"
	 * @generated
	 */
	boolean isFromFeedback();

	/**
	 * Sets the value of the '{@link org.nafitha.model.EvaluationRecord#isFromFeedback <em>From Feedback</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>From Feedback</em>' attribute.
	 * @see #isSetFromFeedback()
	 * @see #unsetFromFeedback()
	 * @see #isFromFeedback()
	 * @generated
	 */
	void setFromFeedback(boolean value);

	/**
	 * Unsets the value of the '{@link org.nafitha.model.EvaluationRecord#isFromFeedback <em>From Feedback</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetFromFeedback()
	 * @see #isFromFeedback()
	 * @see #setFromFeedback(boolean)
	 * @generated
	 */
	void unsetFromFeedback();

	/**
	 * Returns whether the value of the '{@link org.nafitha.model.EvaluationRecord#isFromFeedback <em>From Feedback</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>From Feedback</em>' attribute is set.
	 * @see #unsetFromFeedback()
	 * @see #isFromFeedback()
	 * @see #setFromFeedback(boolean)
	 * @generated
	 */
	boolean isSetFromFeedback();

} // EvaluationRecord
