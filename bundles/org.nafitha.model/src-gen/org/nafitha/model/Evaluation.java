/**
 */
package org.nafitha.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Evaluation</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * What the national center card draws on besides the analyses; a value not set is not yet measured.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.nafitha.model.Evaluation#getMysteryShopper <em>Mystery Shopper</em>}</li>
 *   <li>{@link org.nafitha.model.Evaluation#getSelfAssessment <em>Self Assessment</em>}</li>
 *   <li>{@link org.nafitha.model.Evaluation#getVolunteerVisitor <em>Volunteer Visitor</em>}</li>
 *   <li>{@link org.nafitha.model.Evaluation#getSatisfaction <em>Satisfaction</em>}</li>
 *   <li>{@link org.nafitha.model.Evaluation#getNetPromoterScore <em>Net Promoter Score</em>}</li>
 *   <li>{@link org.nafitha.model.Evaluation#getComplaintResponse <em>Complaint Response</em>}</li>
 * </ul>
 *
 * @see org.nafitha.model.NafithaPackage#getEvaluation()
 * @model
 * @generated
 */
public interface Evaluation extends EObject {
	/**
	 * Returns the value of the '<em><b>Mystery Shopper</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Mystery shopper score, 0..100.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Mystery Shopper</em>' attribute.
	 * @see #isSetMysteryShopper()
	 * @see #unsetMysteryShopper()
	 * @see #setMysteryShopper(double)
	 * @see org.nafitha.model.NafithaPackage#getEvaluation_MysteryShopper()
	 * @model unsettable="true"
	 * @generated
	 */
	double getMysteryShopper();

	/**
	 * Sets the value of the '{@link org.nafitha.model.Evaluation#getMysteryShopper <em>Mystery Shopper</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mystery Shopper</em>' attribute.
	 * @see #isSetMysteryShopper()
	 * @see #unsetMysteryShopper()
	 * @see #getMysteryShopper()
	 * @generated
	 */
	void setMysteryShopper(double value);

	/**
	 * Unsets the value of the '{@link org.nafitha.model.Evaluation#getMysteryShopper <em>Mystery Shopper</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetMysteryShopper()
	 * @see #getMysteryShopper()
	 * @see #setMysteryShopper(double)
	 * @generated
	 */
	void unsetMysteryShopper();

	/**
	 * Returns whether the value of the '{@link org.nafitha.model.Evaluation#getMysteryShopper <em>Mystery Shopper</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Mystery Shopper</em>' attribute is set.
	 * @see #unsetMysteryShopper()
	 * @see #getMysteryShopper()
	 * @see #setMysteryShopper(double)
	 * @generated
	 */
	boolean isSetMysteryShopper();

	/**
	 * Returns the value of the '<em><b>Self Assessment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Self-assessment score, 0..100.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Self Assessment</em>' attribute.
	 * @see #isSetSelfAssessment()
	 * @see #unsetSelfAssessment()
	 * @see #setSelfAssessment(double)
	 * @see org.nafitha.model.NafithaPackage#getEvaluation_SelfAssessment()
	 * @model unsettable="true"
	 * @generated
	 */
	double getSelfAssessment();

	/**
	 * Sets the value of the '{@link org.nafitha.model.Evaluation#getSelfAssessment <em>Self Assessment</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Self Assessment</em>' attribute.
	 * @see #isSetSelfAssessment()
	 * @see #unsetSelfAssessment()
	 * @see #getSelfAssessment()
	 * @generated
	 */
	void setSelfAssessment(double value);

	/**
	 * Unsets the value of the '{@link org.nafitha.model.Evaluation#getSelfAssessment <em>Self Assessment</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetSelfAssessment()
	 * @see #getSelfAssessment()
	 * @see #setSelfAssessment(double)
	 * @generated
	 */
	void unsetSelfAssessment();

	/**
	 * Returns whether the value of the '{@link org.nafitha.model.Evaluation#getSelfAssessment <em>Self Assessment</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Self Assessment</em>' attribute is set.
	 * @see #unsetSelfAssessment()
	 * @see #getSelfAssessment()
	 * @see #setSelfAssessment(double)
	 * @generated
	 */
	boolean isSetSelfAssessment();

	/**
	 * Returns the value of the '<em><b>Volunteer Visitor</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Volunteer visitor score, 0..100.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Volunteer Visitor</em>' attribute.
	 * @see #isSetVolunteerVisitor()
	 * @see #unsetVolunteerVisitor()
	 * @see #setVolunteerVisitor(double)
	 * @see org.nafitha.model.NafithaPackage#getEvaluation_VolunteerVisitor()
	 * @model unsettable="true"
	 * @generated
	 */
	double getVolunteerVisitor();

	/**
	 * Sets the value of the '{@link org.nafitha.model.Evaluation#getVolunteerVisitor <em>Volunteer Visitor</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Volunteer Visitor</em>' attribute.
	 * @see #isSetVolunteerVisitor()
	 * @see #unsetVolunteerVisitor()
	 * @see #getVolunteerVisitor()
	 * @generated
	 */
	void setVolunteerVisitor(double value);

	/**
	 * Unsets the value of the '{@link org.nafitha.model.Evaluation#getVolunteerVisitor <em>Volunteer Visitor</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetVolunteerVisitor()
	 * @see #getVolunteerVisitor()
	 * @see #setVolunteerVisitor(double)
	 * @generated
	 */
	void unsetVolunteerVisitor();

	/**
	 * Returns whether the value of the '{@link org.nafitha.model.Evaluation#getVolunteerVisitor <em>Volunteer Visitor</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Volunteer Visitor</em>' attribute is set.
	 * @see #unsetVolunteerVisitor()
	 * @see #getVolunteerVisitor()
	 * @see #setVolunteerVisitor(double)
	 * @generated
	 */
	boolean isSetVolunteerVisitor();

	/**
	 * Returns the value of the '<em><b>Satisfaction</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Customer satisfaction, 0..100.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Satisfaction</em>' attribute.
	 * @see #isSetSatisfaction()
	 * @see #unsetSatisfaction()
	 * @see #setSatisfaction(double)
	 * @see org.nafitha.model.NafithaPackage#getEvaluation_Satisfaction()
	 * @model unsettable="true"
	 * @generated
	 */
	double getSatisfaction();

	/**
	 * Sets the value of the '{@link org.nafitha.model.Evaluation#getSatisfaction <em>Satisfaction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Satisfaction</em>' attribute.
	 * @see #isSetSatisfaction()
	 * @see #unsetSatisfaction()
	 * @see #getSatisfaction()
	 * @generated
	 */
	void setSatisfaction(double value);

	/**
	 * Unsets the value of the '{@link org.nafitha.model.Evaluation#getSatisfaction <em>Satisfaction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetSatisfaction()
	 * @see #getSatisfaction()
	 * @see #setSatisfaction(double)
	 * @generated
	 */
	void unsetSatisfaction();

	/**
	 * Returns whether the value of the '{@link org.nafitha.model.Evaluation#getSatisfaction <em>Satisfaction</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Satisfaction</em>' attribute is set.
	 * @see #unsetSatisfaction()
	 * @see #getSatisfaction()
	 * @see #setSatisfaction(double)
	 * @generated
	 */
	boolean isSetSatisfaction();

	/**
	 * Returns the value of the '<em><b>Net Promoter Score</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Net promoter score, -100..100.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Net Promoter Score</em>' attribute.
	 * @see #isSetNetPromoterScore()
	 * @see #unsetNetPromoterScore()
	 * @see #setNetPromoterScore(double)
	 * @see org.nafitha.model.NafithaPackage#getEvaluation_NetPromoterScore()
	 * @model unsettable="true"
	 * @generated
	 */
	double getNetPromoterScore();

	/**
	 * Sets the value of the '{@link org.nafitha.model.Evaluation#getNetPromoterScore <em>Net Promoter Score</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Net Promoter Score</em>' attribute.
	 * @see #isSetNetPromoterScore()
	 * @see #unsetNetPromoterScore()
	 * @see #getNetPromoterScore()
	 * @generated
	 */
	void setNetPromoterScore(double value);

	/**
	 * Unsets the value of the '{@link org.nafitha.model.Evaluation#getNetPromoterScore <em>Net Promoter Score</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetNetPromoterScore()
	 * @see #getNetPromoterScore()
	 * @see #setNetPromoterScore(double)
	 * @generated
	 */
	void unsetNetPromoterScore();

	/**
	 * Returns whether the value of the '{@link org.nafitha.model.Evaluation#getNetPromoterScore <em>Net Promoter Score</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Net Promoter Score</em>' attribute is set.
	 * @see #unsetNetPromoterScore()
	 * @see #getNetPromoterScore()
	 * @see #setNetPromoterScore(double)
	 * @generated
	 */
	boolean isSetNetPromoterScore();

	/**
	 * Returns the value of the '<em><b>Complaint Response</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Share of complaints answered within the service standard, 0..100 (%).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Complaint Response</em>' attribute.
	 * @see #isSetComplaintResponse()
	 * @see #unsetComplaintResponse()
	 * @see #setComplaintResponse(double)
	 * @see org.nafitha.model.NafithaPackage#getEvaluation_ComplaintResponse()
	 * @model unsettable="true"
	 * @generated
	 */
	double getComplaintResponse();

	/**
	 * Sets the value of the '{@link org.nafitha.model.Evaluation#getComplaintResponse <em>Complaint Response</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Complaint Response</em>' attribute.
	 * @see #isSetComplaintResponse()
	 * @see #unsetComplaintResponse()
	 * @see #getComplaintResponse()
	 * @generated
	 */
	void setComplaintResponse(double value);

	/**
	 * Unsets the value of the '{@link org.nafitha.model.Evaluation#getComplaintResponse <em>Complaint Response</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetComplaintResponse()
	 * @see #getComplaintResponse()
	 * @see #setComplaintResponse(double)
	 * @generated
	 */
	void unsetComplaintResponse();

	/**
	 * Returns whether the value of the '{@link org.nafitha.model.Evaluation#getComplaintResponse <em>Complaint Response</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Complaint Response</em>' attribute is set.
	 * @see #unsetComplaintResponse()
	 * @see #getComplaintResponse()
	 * @see #setComplaintResponse(double)
	 * @generated
	 */
	boolean isSetComplaintResponse();

} // Evaluation
