/**
 */
package org.nafitha.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

import org.nafitha.model.EvaluationKind;
import org.nafitha.model.EvaluationRecord;
import org.nafitha.model.NafithaPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Evaluation Record</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.nafitha.model.impl.EvaluationRecordImpl#getDate <em>Date</em>}</li>
 *   <li>{@link org.nafitha.model.impl.EvaluationRecordImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.nafitha.model.impl.EvaluationRecordImpl#getScore <em>Score</em>}</li>
 *   <li>{@link org.nafitha.model.impl.EvaluationRecordImpl#getObservedWaitMinutes <em>Observed Wait Minutes</em>}</li>
 *   <li>{@link org.nafitha.model.impl.EvaluationRecordImpl#isSpecialistPresent <em>Specialist Present</em>}</li>
 *   <li>{@link org.nafitha.model.impl.EvaluationRecordImpl#getResponses <em>Responses</em>}</li>
 *   <li>{@link org.nafitha.model.impl.EvaluationRecordImpl#getSatisfactionMean <em>Satisfaction Mean</em>}</li>
 *   <li>{@link org.nafitha.model.impl.EvaluationRecordImpl#getPromoters <em>Promoters</em>}</li>
 *   <li>{@link org.nafitha.model.impl.EvaluationRecordImpl#getPassives <em>Passives</em>}</li>
 *   <li>{@link org.nafitha.model.impl.EvaluationRecordImpl#getDetractors <em>Detractors</em>}</li>
 *   <li>{@link org.nafitha.model.impl.EvaluationRecordImpl#getReceived <em>Received</em>}</li>
 *   <li>{@link org.nafitha.model.impl.EvaluationRecordImpl#getAnsweredOnTime <em>Answered On Time</em>}</li>
 *   <li>{@link org.nafitha.model.impl.EvaluationRecordImpl#getDescription <em>Description</em>}</li>
 *   <li>{@link org.nafitha.model.impl.EvaluationRecordImpl#isFromFeedback <em>From Feedback</em>}</li>
 * </ul>
 *
 * @generated
 */
public class EvaluationRecordImpl extends EObjectImpl implements EvaluationRecord {
	/**
	 * The default value of the '{@link #getDate() <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDate()
	 * @generated
	 * @ordered
	 */
	protected static final String DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDate() <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDate()
	 * @generated
	 * @ordered
	 */
	protected String date = DATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final EvaluationKind KIND_EDEFAULT = EvaluationKind.MYSTERY_SHOPPER;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected EvaluationKind kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getScore() <em>Score</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScore()
	 * @generated
	 * @ordered
	 */
	protected static final double SCORE_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getScore() <em>Score</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScore()
	 * @generated
	 * @ordered
	 */
	protected double score = SCORE_EDEFAULT;

	/**
	 * This is true if the Score attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean scoreESet;

	/**
	 * The default value of the '{@link #getObservedWaitMinutes() <em>Observed Wait Minutes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getObservedWaitMinutes()
	 * @generated
	 * @ordered
	 */
	protected static final double OBSERVED_WAIT_MINUTES_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getObservedWaitMinutes() <em>Observed Wait Minutes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getObservedWaitMinutes()
	 * @generated
	 * @ordered
	 */
	protected double observedWaitMinutes = OBSERVED_WAIT_MINUTES_EDEFAULT;

	/**
	 * This is true if the Observed Wait Minutes attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean observedWaitMinutesESet;

	/**
	 * The default value of the '{@link #isSpecialistPresent() <em>Specialist Present</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSpecialistPresent()
	 * @generated
	 * @ordered
	 */
	protected static final boolean SPECIALIST_PRESENT_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isSpecialistPresent() <em>Specialist Present</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSpecialistPresent()
	 * @generated
	 * @ordered
	 */
	protected boolean specialistPresent = SPECIALIST_PRESENT_EDEFAULT;

	/**
	 * This is true if the Specialist Present attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean specialistPresentESet;

	/**
	 * The default value of the '{@link #getResponses() <em>Responses</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResponses()
	 * @generated
	 * @ordered
	 */
	protected static final int RESPONSES_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getResponses() <em>Responses</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResponses()
	 * @generated
	 * @ordered
	 */
	protected int responses = RESPONSES_EDEFAULT;

	/**
	 * This is true if the Responses attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean responsesESet;

	/**
	 * The default value of the '{@link #getSatisfactionMean() <em>Satisfaction Mean</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSatisfactionMean()
	 * @generated
	 * @ordered
	 */
	protected static final double SATISFACTION_MEAN_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getSatisfactionMean() <em>Satisfaction Mean</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSatisfactionMean()
	 * @generated
	 * @ordered
	 */
	protected double satisfactionMean = SATISFACTION_MEAN_EDEFAULT;

	/**
	 * This is true if the Satisfaction Mean attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean satisfactionMeanESet;

	/**
	 * The default value of the '{@link #getPromoters() <em>Promoters</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPromoters()
	 * @generated
	 * @ordered
	 */
	protected static final int PROMOTERS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getPromoters() <em>Promoters</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPromoters()
	 * @generated
	 * @ordered
	 */
	protected int promoters = PROMOTERS_EDEFAULT;

	/**
	 * This is true if the Promoters attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean promotersESet;

	/**
	 * The default value of the '{@link #getPassives() <em>Passives</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPassives()
	 * @generated
	 * @ordered
	 */
	protected static final int PASSIVES_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getPassives() <em>Passives</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPassives()
	 * @generated
	 * @ordered
	 */
	protected int passives = PASSIVES_EDEFAULT;

	/**
	 * This is true if the Passives attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean passivesESet;

	/**
	 * The default value of the '{@link #getDetractors() <em>Detractors</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDetractors()
	 * @generated
	 * @ordered
	 */
	protected static final int DETRACTORS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getDetractors() <em>Detractors</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDetractors()
	 * @generated
	 * @ordered
	 */
	protected int detractors = DETRACTORS_EDEFAULT;

	/**
	 * This is true if the Detractors attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean detractorsESet;

	/**
	 * The default value of the '{@link #getReceived() <em>Received</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReceived()
	 * @generated
	 * @ordered
	 */
	protected static final int RECEIVED_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getReceived() <em>Received</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReceived()
	 * @generated
	 * @ordered
	 */
	protected int received = RECEIVED_EDEFAULT;

	/**
	 * This is true if the Received attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean receivedESet;

	/**
	 * The default value of the '{@link #getAnsweredOnTime() <em>Answered On Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnsweredOnTime()
	 * @generated
	 * @ordered
	 */
	protected static final int ANSWERED_ON_TIME_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getAnsweredOnTime() <em>Answered On Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnsweredOnTime()
	 * @generated
	 * @ordered
	 */
	protected int answeredOnTime = ANSWERED_ON_TIME_EDEFAULT;

	/**
	 * This is true if the Answered On Time attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean answeredOnTimeESet;

	/**
	 * The default value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected static final String DESCRIPTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected String description = DESCRIPTION_EDEFAULT;

	/**
	 * The default value of the '{@link #isFromFeedback() <em>From Feedback</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isFromFeedback()
	 * @generated
	 * @ordered
	 */
	protected static final boolean FROM_FEEDBACK_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isFromFeedback() <em>From Feedback</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isFromFeedback()
	 * @generated
	 * @ordered
	 */
	protected boolean fromFeedback = FROM_FEEDBACK_EDEFAULT;

	/**
	 * This is true if the From Feedback attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean fromFeedbackESet;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected EvaluationRecordImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return NafithaPackage.Literals.EVALUATION_RECORD;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDate() {
		return date;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDate(String newDate) {
		String oldDate = date;
		date = newDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NafithaPackage.EVALUATION_RECORD__DATE, oldDate, date));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EvaluationKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(EvaluationKind newKind) {
		EvaluationKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NafithaPackage.EVALUATION_RECORD__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getScore() {
		return score;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setScore(double newScore) {
		double oldScore = score;
		score = newScore;
		boolean oldScoreESet = scoreESet;
		scoreESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NafithaPackage.EVALUATION_RECORD__SCORE, oldScore, score, !oldScoreESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetScore() {
		double oldScore = score;
		boolean oldScoreESet = scoreESet;
		score = SCORE_EDEFAULT;
		scoreESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, NafithaPackage.EVALUATION_RECORD__SCORE, oldScore, SCORE_EDEFAULT, oldScoreESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetScore() {
		return scoreESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getObservedWaitMinutes() {
		return observedWaitMinutes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setObservedWaitMinutes(double newObservedWaitMinutes) {
		double oldObservedWaitMinutes = observedWaitMinutes;
		observedWaitMinutes = newObservedWaitMinutes;
		boolean oldObservedWaitMinutesESet = observedWaitMinutesESet;
		observedWaitMinutesESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NafithaPackage.EVALUATION_RECORD__OBSERVED_WAIT_MINUTES, oldObservedWaitMinutes, observedWaitMinutes, !oldObservedWaitMinutesESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetObservedWaitMinutes() {
		double oldObservedWaitMinutes = observedWaitMinutes;
		boolean oldObservedWaitMinutesESet = observedWaitMinutesESet;
		observedWaitMinutes = OBSERVED_WAIT_MINUTES_EDEFAULT;
		observedWaitMinutesESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, NafithaPackage.EVALUATION_RECORD__OBSERVED_WAIT_MINUTES, oldObservedWaitMinutes, OBSERVED_WAIT_MINUTES_EDEFAULT, oldObservedWaitMinutesESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetObservedWaitMinutes() {
		return observedWaitMinutesESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSpecialistPresent() {
		return specialistPresent;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSpecialistPresent(boolean newSpecialistPresent) {
		boolean oldSpecialistPresent = specialistPresent;
		specialistPresent = newSpecialistPresent;
		boolean oldSpecialistPresentESet = specialistPresentESet;
		specialistPresentESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NafithaPackage.EVALUATION_RECORD__SPECIALIST_PRESENT, oldSpecialistPresent, specialistPresent, !oldSpecialistPresentESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetSpecialistPresent() {
		boolean oldSpecialistPresent = specialistPresent;
		boolean oldSpecialistPresentESet = specialistPresentESet;
		specialistPresent = SPECIALIST_PRESENT_EDEFAULT;
		specialistPresentESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, NafithaPackage.EVALUATION_RECORD__SPECIALIST_PRESENT, oldSpecialistPresent, SPECIALIST_PRESENT_EDEFAULT, oldSpecialistPresentESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetSpecialistPresent() {
		return specialistPresentESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getResponses() {
		return responses;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setResponses(int newResponses) {
		int oldResponses = responses;
		responses = newResponses;
		boolean oldResponsesESet = responsesESet;
		responsesESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NafithaPackage.EVALUATION_RECORD__RESPONSES, oldResponses, responses, !oldResponsesESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetResponses() {
		int oldResponses = responses;
		boolean oldResponsesESet = responsesESet;
		responses = RESPONSES_EDEFAULT;
		responsesESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, NafithaPackage.EVALUATION_RECORD__RESPONSES, oldResponses, RESPONSES_EDEFAULT, oldResponsesESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetResponses() {
		return responsesESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getSatisfactionMean() {
		return satisfactionMean;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSatisfactionMean(double newSatisfactionMean) {
		double oldSatisfactionMean = satisfactionMean;
		satisfactionMean = newSatisfactionMean;
		boolean oldSatisfactionMeanESet = satisfactionMeanESet;
		satisfactionMeanESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NafithaPackage.EVALUATION_RECORD__SATISFACTION_MEAN, oldSatisfactionMean, satisfactionMean, !oldSatisfactionMeanESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetSatisfactionMean() {
		double oldSatisfactionMean = satisfactionMean;
		boolean oldSatisfactionMeanESet = satisfactionMeanESet;
		satisfactionMean = SATISFACTION_MEAN_EDEFAULT;
		satisfactionMeanESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, NafithaPackage.EVALUATION_RECORD__SATISFACTION_MEAN, oldSatisfactionMean, SATISFACTION_MEAN_EDEFAULT, oldSatisfactionMeanESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetSatisfactionMean() {
		return satisfactionMeanESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getPromoters() {
		return promoters;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPromoters(int newPromoters) {
		int oldPromoters = promoters;
		promoters = newPromoters;
		boolean oldPromotersESet = promotersESet;
		promotersESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NafithaPackage.EVALUATION_RECORD__PROMOTERS, oldPromoters, promoters, !oldPromotersESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetPromoters() {
		int oldPromoters = promoters;
		boolean oldPromotersESet = promotersESet;
		promoters = PROMOTERS_EDEFAULT;
		promotersESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, NafithaPackage.EVALUATION_RECORD__PROMOTERS, oldPromoters, PROMOTERS_EDEFAULT, oldPromotersESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetPromoters() {
		return promotersESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getPassives() {
		return passives;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPassives(int newPassives) {
		int oldPassives = passives;
		passives = newPassives;
		boolean oldPassivesESet = passivesESet;
		passivesESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NafithaPackage.EVALUATION_RECORD__PASSIVES, oldPassives, passives, !oldPassivesESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetPassives() {
		int oldPassives = passives;
		boolean oldPassivesESet = passivesESet;
		passives = PASSIVES_EDEFAULT;
		passivesESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, NafithaPackage.EVALUATION_RECORD__PASSIVES, oldPassives, PASSIVES_EDEFAULT, oldPassivesESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetPassives() {
		return passivesESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getDetractors() {
		return detractors;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDetractors(int newDetractors) {
		int oldDetractors = detractors;
		detractors = newDetractors;
		boolean oldDetractorsESet = detractorsESet;
		detractorsESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NafithaPackage.EVALUATION_RECORD__DETRACTORS, oldDetractors, detractors, !oldDetractorsESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetDetractors() {
		int oldDetractors = detractors;
		boolean oldDetractorsESet = detractorsESet;
		detractors = DETRACTORS_EDEFAULT;
		detractorsESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, NafithaPackage.EVALUATION_RECORD__DETRACTORS, oldDetractors, DETRACTORS_EDEFAULT, oldDetractorsESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetDetractors() {
		return detractorsESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getReceived() {
		return received;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReceived(int newReceived) {
		int oldReceived = received;
		received = newReceived;
		boolean oldReceivedESet = receivedESet;
		receivedESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NafithaPackage.EVALUATION_RECORD__RECEIVED, oldReceived, received, !oldReceivedESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetReceived() {
		int oldReceived = received;
		boolean oldReceivedESet = receivedESet;
		received = RECEIVED_EDEFAULT;
		receivedESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, NafithaPackage.EVALUATION_RECORD__RECEIVED, oldReceived, RECEIVED_EDEFAULT, oldReceivedESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetReceived() {
		return receivedESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getAnsweredOnTime() {
		return answeredOnTime;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAnsweredOnTime(int newAnsweredOnTime) {
		int oldAnsweredOnTime = answeredOnTime;
		answeredOnTime = newAnsweredOnTime;
		boolean oldAnsweredOnTimeESet = answeredOnTimeESet;
		answeredOnTimeESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NafithaPackage.EVALUATION_RECORD__ANSWERED_ON_TIME, oldAnsweredOnTime, answeredOnTime, !oldAnsweredOnTimeESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetAnsweredOnTime() {
		int oldAnsweredOnTime = answeredOnTime;
		boolean oldAnsweredOnTimeESet = answeredOnTimeESet;
		answeredOnTime = ANSWERED_ON_TIME_EDEFAULT;
		answeredOnTimeESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, NafithaPackage.EVALUATION_RECORD__ANSWERED_ON_TIME, oldAnsweredOnTime, ANSWERED_ON_TIME_EDEFAULT, oldAnsweredOnTimeESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetAnsweredOnTime() {
		return answeredOnTimeESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDescription() {
		return description;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDescription(String newDescription) {
		String oldDescription = description;
		description = newDescription;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NafithaPackage.EVALUATION_RECORD__DESCRIPTION, oldDescription, description));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isFromFeedback() {
		return fromFeedback;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFromFeedback(boolean newFromFeedback) {
		boolean oldFromFeedback = fromFeedback;
		fromFeedback = newFromFeedback;
		boolean oldFromFeedbackESet = fromFeedbackESet;
		fromFeedbackESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NafithaPackage.EVALUATION_RECORD__FROM_FEEDBACK, oldFromFeedback, fromFeedback, !oldFromFeedbackESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetFromFeedback() {
		boolean oldFromFeedback = fromFeedback;
		boolean oldFromFeedbackESet = fromFeedbackESet;
		fromFeedback = FROM_FEEDBACK_EDEFAULT;
		fromFeedbackESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, NafithaPackage.EVALUATION_RECORD__FROM_FEEDBACK, oldFromFeedback, FROM_FEEDBACK_EDEFAULT, oldFromFeedbackESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetFromFeedback() {
		return fromFeedbackESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case NafithaPackage.EVALUATION_RECORD__DATE:
				return getDate();
			case NafithaPackage.EVALUATION_RECORD__KIND:
				return getKind();
			case NafithaPackage.EVALUATION_RECORD__SCORE:
				return getScore();
			case NafithaPackage.EVALUATION_RECORD__OBSERVED_WAIT_MINUTES:
				return getObservedWaitMinutes();
			case NafithaPackage.EVALUATION_RECORD__SPECIALIST_PRESENT:
				return isSpecialistPresent();
			case NafithaPackage.EVALUATION_RECORD__RESPONSES:
				return getResponses();
			case NafithaPackage.EVALUATION_RECORD__SATISFACTION_MEAN:
				return getSatisfactionMean();
			case NafithaPackage.EVALUATION_RECORD__PROMOTERS:
				return getPromoters();
			case NafithaPackage.EVALUATION_RECORD__PASSIVES:
				return getPassives();
			case NafithaPackage.EVALUATION_RECORD__DETRACTORS:
				return getDetractors();
			case NafithaPackage.EVALUATION_RECORD__RECEIVED:
				return getReceived();
			case NafithaPackage.EVALUATION_RECORD__ANSWERED_ON_TIME:
				return getAnsweredOnTime();
			case NafithaPackage.EVALUATION_RECORD__DESCRIPTION:
				return getDescription();
			case NafithaPackage.EVALUATION_RECORD__FROM_FEEDBACK:
				return isFromFeedback();
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
			case NafithaPackage.EVALUATION_RECORD__DATE:
				setDate((String)newValue);
				return;
			case NafithaPackage.EVALUATION_RECORD__KIND:
				setKind((EvaluationKind)newValue);
				return;
			case NafithaPackage.EVALUATION_RECORD__SCORE:
				setScore((Double)newValue);
				return;
			case NafithaPackage.EVALUATION_RECORD__OBSERVED_WAIT_MINUTES:
				setObservedWaitMinutes((Double)newValue);
				return;
			case NafithaPackage.EVALUATION_RECORD__SPECIALIST_PRESENT:
				setSpecialistPresent((Boolean)newValue);
				return;
			case NafithaPackage.EVALUATION_RECORD__RESPONSES:
				setResponses((Integer)newValue);
				return;
			case NafithaPackage.EVALUATION_RECORD__SATISFACTION_MEAN:
				setSatisfactionMean((Double)newValue);
				return;
			case NafithaPackage.EVALUATION_RECORD__PROMOTERS:
				setPromoters((Integer)newValue);
				return;
			case NafithaPackage.EVALUATION_RECORD__PASSIVES:
				setPassives((Integer)newValue);
				return;
			case NafithaPackage.EVALUATION_RECORD__DETRACTORS:
				setDetractors((Integer)newValue);
				return;
			case NafithaPackage.EVALUATION_RECORD__RECEIVED:
				setReceived((Integer)newValue);
				return;
			case NafithaPackage.EVALUATION_RECORD__ANSWERED_ON_TIME:
				setAnsweredOnTime((Integer)newValue);
				return;
			case NafithaPackage.EVALUATION_RECORD__DESCRIPTION:
				setDescription((String)newValue);
				return;
			case NafithaPackage.EVALUATION_RECORD__FROM_FEEDBACK:
				setFromFeedback((Boolean)newValue);
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
			case NafithaPackage.EVALUATION_RECORD__DATE:
				setDate(DATE_EDEFAULT);
				return;
			case NafithaPackage.EVALUATION_RECORD__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case NafithaPackage.EVALUATION_RECORD__SCORE:
				unsetScore();
				return;
			case NafithaPackage.EVALUATION_RECORD__OBSERVED_WAIT_MINUTES:
				unsetObservedWaitMinutes();
				return;
			case NafithaPackage.EVALUATION_RECORD__SPECIALIST_PRESENT:
				unsetSpecialistPresent();
				return;
			case NafithaPackage.EVALUATION_RECORD__RESPONSES:
				unsetResponses();
				return;
			case NafithaPackage.EVALUATION_RECORD__SATISFACTION_MEAN:
				unsetSatisfactionMean();
				return;
			case NafithaPackage.EVALUATION_RECORD__PROMOTERS:
				unsetPromoters();
				return;
			case NafithaPackage.EVALUATION_RECORD__PASSIVES:
				unsetPassives();
				return;
			case NafithaPackage.EVALUATION_RECORD__DETRACTORS:
				unsetDetractors();
				return;
			case NafithaPackage.EVALUATION_RECORD__RECEIVED:
				unsetReceived();
				return;
			case NafithaPackage.EVALUATION_RECORD__ANSWERED_ON_TIME:
				unsetAnsweredOnTime();
				return;
			case NafithaPackage.EVALUATION_RECORD__DESCRIPTION:
				setDescription(DESCRIPTION_EDEFAULT);
				return;
			case NafithaPackage.EVALUATION_RECORD__FROM_FEEDBACK:
				unsetFromFeedback();
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
			case NafithaPackage.EVALUATION_RECORD__DATE:
				return DATE_EDEFAULT == null ? date != null : !DATE_EDEFAULT.equals(date);
			case NafithaPackage.EVALUATION_RECORD__KIND:
				return kind != KIND_EDEFAULT;
			case NafithaPackage.EVALUATION_RECORD__SCORE:
				return isSetScore();
			case NafithaPackage.EVALUATION_RECORD__OBSERVED_WAIT_MINUTES:
				return isSetObservedWaitMinutes();
			case NafithaPackage.EVALUATION_RECORD__SPECIALIST_PRESENT:
				return isSetSpecialistPresent();
			case NafithaPackage.EVALUATION_RECORD__RESPONSES:
				return isSetResponses();
			case NafithaPackage.EVALUATION_RECORD__SATISFACTION_MEAN:
				return isSetSatisfactionMean();
			case NafithaPackage.EVALUATION_RECORD__PROMOTERS:
				return isSetPromoters();
			case NafithaPackage.EVALUATION_RECORD__PASSIVES:
				return isSetPassives();
			case NafithaPackage.EVALUATION_RECORD__DETRACTORS:
				return isSetDetractors();
			case NafithaPackage.EVALUATION_RECORD__RECEIVED:
				return isSetReceived();
			case NafithaPackage.EVALUATION_RECORD__ANSWERED_ON_TIME:
				return isSetAnsweredOnTime();
			case NafithaPackage.EVALUATION_RECORD__DESCRIPTION:
				return DESCRIPTION_EDEFAULT == null ? description != null : !DESCRIPTION_EDEFAULT.equals(description);
			case NafithaPackage.EVALUATION_RECORD__FROM_FEEDBACK:
				return isSetFromFeedback();
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
		result.append(" (date: ");
		result.append(date);
		result.append(", kind: ");
		result.append(kind);
		result.append(", score: ");
		if (scoreESet) result.append(score); else result.append("<unset>");
		result.append(", observedWaitMinutes: ");
		if (observedWaitMinutesESet) result.append(observedWaitMinutes); else result.append("<unset>");
		result.append(", specialistPresent: ");
		if (specialistPresentESet) result.append(specialistPresent); else result.append("<unset>");
		result.append(", responses: ");
		if (responsesESet) result.append(responses); else result.append("<unset>");
		result.append(", satisfactionMean: ");
		if (satisfactionMeanESet) result.append(satisfactionMean); else result.append("<unset>");
		result.append(", promoters: ");
		if (promotersESet) result.append(promoters); else result.append("<unset>");
		result.append(", passives: ");
		if (passivesESet) result.append(passives); else result.append("<unset>");
		result.append(", detractors: ");
		if (detractorsESet) result.append(detractors); else result.append("<unset>");
		result.append(", received: ");
		if (receivedESet) result.append(received); else result.append("<unset>");
		result.append(", answeredOnTime: ");
		if (answeredOnTimeESet) result.append(answeredOnTime); else result.append("<unset>");
		result.append(", description: ");
		result.append(description);
		result.append(", fromFeedback: ");
		if (fromFeedbackESet) result.append(fromFeedback); else result.append("<unset>");
		result.append(')');
		return result.toString();
	}

} //EvaluationRecordImpl
