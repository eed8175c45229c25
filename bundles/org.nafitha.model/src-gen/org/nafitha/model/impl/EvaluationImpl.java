/**
 */
package org.nafitha.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

import org.nafitha.model.Evaluation;
import org.nafitha.model.NafithaPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Evaluation</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.nafitha.model.impl.EvaluationImpl#getMysteryShopper <em>Mystery Shopper</em>}</li>
 *   <li>{@link org.nafitha.model.impl.EvaluationImpl#getSelfAssessment <em>Self Assessment</em>}</li>
 *   <li>{@link org.nafitha.model.impl.EvaluationImpl#getVolunteerVisitor <em>Volunteer Visitor</em>}</li>
 *   <li>{@link org.nafitha.model.impl.EvaluationImpl#getSatisfaction <em>Satisfaction</em>}</li>
 *   <li>{@link org.nafitha.model.impl.EvaluationImpl#getNetPromoterScore <em>Net Promoter Score</em>}</li>
 *   <li>{@link org.nafitha.model.impl.EvaluationImpl#getComplaintResponse <em>Complaint Response</em>}</li>
 * </ul>
 *
 * @generated
 */
public class EvaluationImpl extends EObjectImpl implements Evaluation {
	/**
	 * The default value of the '{@link #getMysteryShopper() <em>Mystery Shopper</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMysteryShopper()
	 * @generated
	 * @ordered
	 */
	protected static final double MYSTERY_SHOPPER_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getMysteryShopper() <em>Mystery Shopper</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMysteryShopper()
	 * @generated
	 * @ordered
	 */
	protected double mysteryShopper = MYSTERY_SHOPPER_EDEFAULT;

	/**
	 * This is true if the Mystery Shopper attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean mysteryShopperESet;

	/**
	 * The default value of the '{@link #getSelfAssessment() <em>Self Assessment</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSelfAssessment()
	 * @generated
	 * @ordered
	 */
	protected static final double SELF_ASSESSMENT_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getSelfAssessment() <em>Self Assessment</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSelfAssessment()
	 * @generated
	 * @ordered
	 */
	protected double selfAssessment = SELF_ASSESSMENT_EDEFAULT;

	/**
	 * This is true if the Self Assessment attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean selfAssessmentESet;

	/**
	 * The default value of the '{@link #getVolunteerVisitor() <em>Volunteer Visitor</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVolunteerVisitor()
	 * @generated
	 * @ordered
	 */
	protected static final double VOLUNTEER_VISITOR_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getVolunteerVisitor() <em>Volunteer Visitor</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVolunteerVisitor()
	 * @generated
	 * @ordered
	 */
	protected double volunteerVisitor = VOLUNTEER_VISITOR_EDEFAULT;

	/**
	 * This is true if the Volunteer Visitor attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean volunteerVisitorESet;

	/**
	 * The default value of the '{@link #getSatisfaction() <em>Satisfaction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSatisfaction()
	 * @generated
	 * @ordered
	 */
	protected static final double SATISFACTION_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getSatisfaction() <em>Satisfaction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSatisfaction()
	 * @generated
	 * @ordered
	 */
	protected double satisfaction = SATISFACTION_EDEFAULT;

	/**
	 * This is true if the Satisfaction attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean satisfactionESet;

	/**
	 * The default value of the '{@link #getNetPromoterScore() <em>Net Promoter Score</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNetPromoterScore()
	 * @generated
	 * @ordered
	 */
	protected static final double NET_PROMOTER_SCORE_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getNetPromoterScore() <em>Net Promoter Score</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNetPromoterScore()
	 * @generated
	 * @ordered
	 */
	protected double netPromoterScore = NET_PROMOTER_SCORE_EDEFAULT;

	/**
	 * This is true if the Net Promoter Score attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean netPromoterScoreESet;

	/**
	 * The default value of the '{@link #getComplaintResponse() <em>Complaint Response</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getComplaintResponse()
	 * @generated
	 * @ordered
	 */
	protected static final double COMPLAINT_RESPONSE_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getComplaintResponse() <em>Complaint Response</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getComplaintResponse()
	 * @generated
	 * @ordered
	 */
	protected double complaintResponse = COMPLAINT_RESPONSE_EDEFAULT;

	/**
	 * This is true if the Complaint Response attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean complaintResponseESet;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected EvaluationImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return NafithaPackage.Literals.EVALUATION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getMysteryShopper() {
		return mysteryShopper;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMysteryShopper(double newMysteryShopper) {
		double oldMysteryShopper = mysteryShopper;
		mysteryShopper = newMysteryShopper;
		boolean oldMysteryShopperESet = mysteryShopperESet;
		mysteryShopperESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NafithaPackage.EVALUATION__MYSTERY_SHOPPER, oldMysteryShopper, mysteryShopper, !oldMysteryShopperESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetMysteryShopper() {
		double oldMysteryShopper = mysteryShopper;
		boolean oldMysteryShopperESet = mysteryShopperESet;
		mysteryShopper = MYSTERY_SHOPPER_EDEFAULT;
		mysteryShopperESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, NafithaPackage.EVALUATION__MYSTERY_SHOPPER, oldMysteryShopper, MYSTERY_SHOPPER_EDEFAULT, oldMysteryShopperESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetMysteryShopper() {
		return mysteryShopperESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getSelfAssessment() {
		return selfAssessment;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSelfAssessment(double newSelfAssessment) {
		double oldSelfAssessment = selfAssessment;
		selfAssessment = newSelfAssessment;
		boolean oldSelfAssessmentESet = selfAssessmentESet;
		selfAssessmentESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NafithaPackage.EVALUATION__SELF_ASSESSMENT, oldSelfAssessment, selfAssessment, !oldSelfAssessmentESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetSelfAssessment() {
		double oldSelfAssessment = selfAssessment;
		boolean oldSelfAssessmentESet = selfAssessmentESet;
		selfAssessment = SELF_ASSESSMENT_EDEFAULT;
		selfAssessmentESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, NafithaPackage.EVALUATION__SELF_ASSESSMENT, oldSelfAssessment, SELF_ASSESSMENT_EDEFAULT, oldSelfAssessmentESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetSelfAssessment() {
		return selfAssessmentESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getVolunteerVisitor() {
		return volunteerVisitor;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVolunteerVisitor(double newVolunteerVisitor) {
		double oldVolunteerVisitor = volunteerVisitor;
		volunteerVisitor = newVolunteerVisitor;
		boolean oldVolunteerVisitorESet = volunteerVisitorESet;
		volunteerVisitorESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NafithaPackage.EVALUATION__VOLUNTEER_VISITOR, oldVolunteerVisitor, volunteerVisitor, !oldVolunteerVisitorESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetVolunteerVisitor() {
		double oldVolunteerVisitor = volunteerVisitor;
		boolean oldVolunteerVisitorESet = volunteerVisitorESet;
		volunteerVisitor = VOLUNTEER_VISITOR_EDEFAULT;
		volunteerVisitorESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, NafithaPackage.EVALUATION__VOLUNTEER_VISITOR, oldVolunteerVisitor, VOLUNTEER_VISITOR_EDEFAULT, oldVolunteerVisitorESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetVolunteerVisitor() {
		return volunteerVisitorESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getSatisfaction() {
		return satisfaction;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSatisfaction(double newSatisfaction) {
		double oldSatisfaction = satisfaction;
		satisfaction = newSatisfaction;
		boolean oldSatisfactionESet = satisfactionESet;
		satisfactionESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NafithaPackage.EVALUATION__SATISFACTION, oldSatisfaction, satisfaction, !oldSatisfactionESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetSatisfaction() {
		double oldSatisfaction = satisfaction;
		boolean oldSatisfactionESet = satisfactionESet;
		satisfaction = SATISFACTION_EDEFAULT;
		satisfactionESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, NafithaPackage.EVALUATION__SATISFACTION, oldSatisfaction, SATISFACTION_EDEFAULT, oldSatisfactionESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetSatisfaction() {
		return satisfactionESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getNetPromoterScore() {
		return netPromoterScore;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNetPromoterScore(double newNetPromoterScore) {
		double oldNetPromoterScore = netPromoterScore;
		netPromoterScore = newNetPromoterScore;
		boolean oldNetPromoterScoreESet = netPromoterScoreESet;
		netPromoterScoreESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NafithaPackage.EVALUATION__NET_PROMOTER_SCORE, oldNetPromoterScore, netPromoterScore, !oldNetPromoterScoreESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetNetPromoterScore() {
		double oldNetPromoterScore = netPromoterScore;
		boolean oldNetPromoterScoreESet = netPromoterScoreESet;
		netPromoterScore = NET_PROMOTER_SCORE_EDEFAULT;
		netPromoterScoreESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, NafithaPackage.EVALUATION__NET_PROMOTER_SCORE, oldNetPromoterScore, NET_PROMOTER_SCORE_EDEFAULT, oldNetPromoterScoreESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetNetPromoterScore() {
		return netPromoterScoreESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getComplaintResponse() {
		return complaintResponse;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setComplaintResponse(double newComplaintResponse) {
		double oldComplaintResponse = complaintResponse;
		complaintResponse = newComplaintResponse;
		boolean oldComplaintResponseESet = complaintResponseESet;
		complaintResponseESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NafithaPackage.EVALUATION__COMPLAINT_RESPONSE, oldComplaintResponse, complaintResponse, !oldComplaintResponseESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetComplaintResponse() {
		double oldComplaintResponse = complaintResponse;
		boolean oldComplaintResponseESet = complaintResponseESet;
		complaintResponse = COMPLAINT_RESPONSE_EDEFAULT;
		complaintResponseESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, NafithaPackage.EVALUATION__COMPLAINT_RESPONSE, oldComplaintResponse, COMPLAINT_RESPONSE_EDEFAULT, oldComplaintResponseESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetComplaintResponse() {
		return complaintResponseESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case NafithaPackage.EVALUATION__MYSTERY_SHOPPER:
				return getMysteryShopper();
			case NafithaPackage.EVALUATION__SELF_ASSESSMENT:
				return getSelfAssessment();
			case NafithaPackage.EVALUATION__VOLUNTEER_VISITOR:
				return getVolunteerVisitor();
			case NafithaPackage.EVALUATION__SATISFACTION:
				return getSatisfaction();
			case NafithaPackage.EVALUATION__NET_PROMOTER_SCORE:
				return getNetPromoterScore();
			case NafithaPackage.EVALUATION__COMPLAINT_RESPONSE:
				return getComplaintResponse();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case NafithaPackage.EVALUATION__MYSTERY_SHOPPER:
				setMysteryShopper((Double)newValue);
				return;
			case NafithaPackage.EVALUATION__SELF_ASSESSMENT:
				setSelfAssessment((Double)newValue);
				return;
			case NafithaPackage.EVALUATION__VOLUNTEER_VISITOR:
				setVolunteerVisitor((Double)newValue);
				return;
			case NafithaPackage.EVALUATION__SATISFACTION:
				setSatisfaction((Double)newValue);
				return;
			case NafithaPackage.EVALUATION__NET_PROMOTER_SCORE:
				setNetPromoterScore((Double)newValue);
				return;
			case NafithaPackage.EVALUATION__COMPLAINT_RESPONSE:
				setComplaintResponse((Double)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case NafithaPackage.EVALUATION__MYSTERY_SHOPPER:
				unsetMysteryShopper();
				return;
			case NafithaPackage.EVALUATION__SELF_ASSESSMENT:
				unsetSelfAssessment();
				return;
			case NafithaPackage.EVALUATION__VOLUNTEER_VISITOR:
				unsetVolunteerVisitor();
				return;
			case NafithaPackage.EVALUATION__SATISFACTION:
				unsetSatisfaction();
				return;
			case NafithaPackage.EVALUATION__NET_PROMOTER_SCORE:
				unsetNetPromoterScore();
				return;
			case NafithaPackage.EVALUATION__COMPLAINT_RESPONSE:
				unsetComplaintResponse();
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case NafithaPackage.EVALUATION__MYSTERY_SHOPPER:
				return isSetMysteryShopper();
			case NafithaPackage.EVALUATION__SELF_ASSESSMENT:
				return isSetSelfAssessment();
			case NafithaPackage.EVALUATION__VOLUNTEER_VISITOR:
				return isSetVolunteerVisitor();
			case NafithaPackage.EVALUATION__SATISFACTION:
				return isSetSatisfaction();
			case NafithaPackage.EVALUATION__NET_PROMOTER_SCORE:
				return isSetNetPromoterScore();
			case NafithaPackage.EVALUATION__COMPLAINT_RESPONSE:
				return isSetComplaintResponse();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (mysteryShopper: ");
		if (mysteryShopperESet) result.append(mysteryShopper); else result.append("<unset>");
		result.append(", selfAssessment: ");
		if (selfAssessmentESet) result.append(selfAssessment); else result.append("<unset>");
		result.append(", volunteerVisitor: ");
		if (volunteerVisitorESet) result.append(volunteerVisitor); else result.append("<unset>");
		result.append(", satisfaction: ");
		if (satisfactionESet) result.append(satisfaction); else result.append("<unset>");
		result.append(", netPromoterScore: ");
		if (netPromoterScoreESet) result.append(netPromoterScore); else result.append("<unset>");
		result.append(", complaintResponse: ");
		if (complaintResponseESet) result.append(complaintResponse); else result.append("<unset>");
		result.append(')');
		return result.toString();
	}

} //EvaluationImpl
