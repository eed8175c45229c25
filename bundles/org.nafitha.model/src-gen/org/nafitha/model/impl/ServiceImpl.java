/**
 */
package org.nafitha.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.EObjectResolvingEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.nafitha.model.Agency;
import org.nafitha.model.DocumentRequirement;
import org.nafitha.model.NafithaPackage;
import org.nafitha.model.PopulationGroup;
import org.nafitha.model.Service;
import org.nafitha.model.ServiceChannel;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Service</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.nafitha.model.impl.ServiceImpl#getAgency <em>Agency</em>}</li>
 *   <li>{@link org.nafitha.model.impl.ServiceImpl#getCategory <em>Category</em>}</li>
 *   <li>{@link org.nafitha.model.impl.ServiceImpl#getAnnualTransactions <em>Annual Transactions</em>}</li>
 *   <li>{@link org.nafitha.model.impl.ServiceImpl#getPerCapitaRate <em>Per Capita Rate</em>}</li>
 *   <li>{@link org.nafitha.model.impl.ServiceImpl#getMeanHandlingMinutes <em>Mean Handling Minutes</em>}</li>
 *   <li>{@link org.nafitha.model.impl.ServiceImpl#getHandlingTimeCv <em>Handling Time Cv</em>}</li>
 *   <li>{@link org.nafitha.model.impl.ServiceImpl#getDigitalShare <em>Digital Share</em>}</li>
 *   <li>{@link org.nafitha.model.impl.ServiceImpl#isPresenceRequired <em>Presence Required</em>}</li>
 *   <li>{@link org.nafitha.model.impl.ServiceImpl#getEligibleGroups <em>Eligible Groups</em>}</li>
 *   <li>{@link org.nafitha.model.impl.ServiceImpl#getChannel <em>Channel</em>}</li>
 *   <li>{@link org.nafitha.model.impl.ServiceImpl#getDocuments <em>Documents</em>}</li>
 *   <li>{@link org.nafitha.model.impl.ServiceImpl#getParticipatingAgencies <em>Participating Agencies</em>}</li>
 *   <li>{@link org.nafitha.model.impl.ServiceImpl#getHandlingMinutesBefore <em>Handling Minutes Before</em>}</li>
 *   <li>{@link org.nafitha.model.impl.ServiceImpl#getStepsBefore <em>Steps Before</em>}</li>
 *   <li>{@link org.nafitha.model.impl.ServiceImpl#getStepsAfter <em>Steps After</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ServiceImpl extends NamedImpl implements Service {
	/**
	 * The cached value of the '{@link #getAgency() <em>Agency</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAgency()
	 * @generated
	 * @ordered
	 */
	protected Agency agency;

	/**
	 * The default value of the '{@link #getCategory() <em>Category</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCategory()
	 * @generated
	 * @ordered
	 */
	protected static final String CATEGORY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCategory() <em>Category</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCategory()
	 * @generated
	 * @ordered
	 */
	protected String category = CATEGORY_EDEFAULT;

	/**
	 * The default value of the '{@link #getAnnualTransactions() <em>Annual Transactions</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnnualTransactions()
	 * @generated
	 * @ordered
	 */
	protected static final long ANNUAL_TRANSACTIONS_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getAnnualTransactions() <em>Annual Transactions</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnnualTransactions()
	 * @generated
	 * @ordered
	 */
	protected long annualTransactions = ANNUAL_TRANSACTIONS_EDEFAULT;

	/**
	 * The default value of the '{@link #getPerCapitaRate() <em>Per Capita Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPerCapitaRate()
	 * @generated
	 * @ordered
	 */
	protected static final double PER_CAPITA_RATE_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getPerCapitaRate() <em>Per Capita Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPerCapitaRate()
	 * @generated
	 * @ordered
	 */
	protected double perCapitaRate = PER_CAPITA_RATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getMeanHandlingMinutes() <em>Mean Handling Minutes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMeanHandlingMinutes()
	 * @generated
	 * @ordered
	 */
	protected static final double MEAN_HANDLING_MINUTES_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getMeanHandlingMinutes() <em>Mean Handling Minutes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMeanHandlingMinutes()
	 * @generated
	 * @ordered
	 */
	protected double meanHandlingMinutes = MEAN_HANDLING_MINUTES_EDEFAULT;

	/**
	 * The default value of the '{@link #getHandlingTimeCv() <em>Handling Time Cv</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHandlingTimeCv()
	 * @generated
	 * @ordered
	 */
	protected static final double HANDLING_TIME_CV_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getHandlingTimeCv() <em>Handling Time Cv</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHandlingTimeCv()
	 * @generated
	 * @ordered
	 */
	protected double handlingTimeCv = HANDLING_TIME_CV_EDEFAULT;

	/**
	 * The default value of the '{@link #getDigitalShare() <em>Digital Share</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDigitalShare()
	 * @generated
	 * @ordered
	 */
	protected static final double DIGITAL_SHARE_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getDigitalShare() <em>Digital Share</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDigitalShare()
	 * @generated
	 * @ordered
	 */
	protected double digitalShare = DIGITAL_SHARE_EDEFAULT;

	/**
	 * The default value of the '{@link #isPresenceRequired() <em>Presence Required</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isPresenceRequired()
	 * @generated
	 * @ordered
	 */
	protected static final boolean PRESENCE_REQUIRED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isPresenceRequired() <em>Presence Required</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isPresenceRequired()
	 * @generated
	 * @ordered
	 */
	protected boolean presenceRequired = PRESENCE_REQUIRED_EDEFAULT;

	/**
	 * The cached value of the '{@link #getEligibleGroups() <em>Eligible Groups</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEligibleGroups()
	 * @generated
	 * @ordered
	 */
	protected EList<PopulationGroup> eligibleGroups;

	/**
	 * The default value of the '{@link #getChannel() <em>Channel</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChannel()
	 * @generated
	 * @ordered
	 */
	protected static final ServiceChannel CHANNEL_EDEFAULT = ServiceChannel.IN_PERSON_ONLY;

	/**
	 * The cached value of the '{@link #getChannel() <em>Channel</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChannel()
	 * @generated
	 * @ordered
	 */
	protected ServiceChannel channel = CHANNEL_EDEFAULT;

	/**
	 * This is true if the Channel attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean channelESet;

	/**
	 * The cached value of the '{@link #getDocuments() <em>Documents</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDocuments()
	 * @generated
	 * @ordered
	 */
	protected EList<DocumentRequirement> documents;

	/**
	 * The cached value of the '{@link #getParticipatingAgencies() <em>Participating Agencies</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getParticipatingAgencies()
	 * @generated
	 * @ordered
	 */
	protected EList<Agency> participatingAgencies;

	/**
	 * The default value of the '{@link #getHandlingMinutesBefore() <em>Handling Minutes Before</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHandlingMinutesBefore()
	 * @generated
	 * @ordered
	 */
	protected static final double HANDLING_MINUTES_BEFORE_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getHandlingMinutesBefore() <em>Handling Minutes Before</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHandlingMinutesBefore()
	 * @generated
	 * @ordered
	 */
	protected double handlingMinutesBefore = HANDLING_MINUTES_BEFORE_EDEFAULT;

	/**
	 * This is true if the Handling Minutes Before attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean handlingMinutesBeforeESet;

	/**
	 * The default value of the '{@link #getStepsBefore() <em>Steps Before</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStepsBefore()
	 * @generated
	 * @ordered
	 */
	protected static final int STEPS_BEFORE_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getStepsBefore() <em>Steps Before</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStepsBefore()
	 * @generated
	 * @ordered
	 */
	protected int stepsBefore = STEPS_BEFORE_EDEFAULT;

	/**
	 * This is true if the Steps Before attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean stepsBeforeESet;

	/**
	 * The default value of the '{@link #getStepsAfter() <em>Steps After</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStepsAfter()
	 * @generated
	 * @ordered
	 */
	protected static final int STEPS_AFTER_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getStepsAfter() <em>Steps After</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStepsAfter()
	 * @generated
	 * @ordered
	 */
	protected int stepsAfter = STEPS_AFTER_EDEFAULT;

	/**
	 * This is true if the Steps After attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean stepsAfterESet;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ServiceImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return NafithaPackage.Literals.SERVICE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Agency getAgency() {
		if (agency != null && agency.eIsProxy()) {
			InternalEObject oldAgency = (InternalEObject)agency;
			agency = (Agency)eResolveProxy(oldAgency);
			if (agency != oldAgency) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, NafithaPackage.SERVICE__AGENCY, oldAgency, agency));
			}
		}
		return agency;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Agency basicGetAgency() {
		return agency;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAgency(Agency newAgency) {
		Agency oldAgency = agency;
		agency = newAgency;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NafithaPackage.SERVICE__AGENCY, oldAgency, agency));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCategory() {
		return category;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCategory(String newCategory) {
		String oldCategory = category;
		category = newCategory;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NafithaPackage.SERVICE__CATEGORY, oldCategory, category));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getAnnualTransactions() {
		return annualTransactions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAnnualTransactions(long newAnnualTransactions) {
		long oldAnnualTransactions = annualTransactions;
		annualTransactions = newAnnualTransactions;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NafithaPackage.SERVICE__ANNUAL_TRANSACTIONS, oldAnnualTransactions, annualTransactions));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getPerCapitaRate() {
		return perCapitaRate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPerCapitaRate(double newPerCapitaRate) {
		double oldPerCapitaRate = perCapitaRate;
		perCapitaRate = newPerCapitaRate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NafithaPackage.SERVICE__PER_CAPITA_RATE, oldPerCapitaRate, perCapitaRate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getMeanHandlingMinutes() {
		return meanHandlingMinutes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMeanHandlingMinutes(double newMeanHandlingMinutes) {
		double oldMeanHandlingMinutes = meanHandlingMinutes;
		meanHandlingMinutes = newMeanHandlingMinutes;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NafithaPackage.SERVICE__MEAN_HANDLING_MINUTES, oldMeanHandlingMinutes, meanHandlingMinutes));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getHandlingTimeCv() {
		return handlingTimeCv;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHandlingTimeCv(double newHandlingTimeCv) {
		double oldHandlingTimeCv = handlingTimeCv;
		handlingTimeCv = newHandlingTimeCv;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NafithaPackage.SERVICE__HANDLING_TIME_CV, oldHandlingTimeCv, handlingTimeCv));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getDigitalShare() {
		return digitalShare;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDigitalShare(double newDigitalShare) {
		double oldDigitalShare = digitalShare;
		digitalShare = newDigitalShare;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NafithaPackage.SERVICE__DIGITAL_SHARE, oldDigitalShare, digitalShare));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isPresenceRequired() {
		return presenceRequired;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPresenceRequired(boolean newPresenceRequired) {
		boolean oldPresenceRequired = presenceRequired;
		presenceRequired = newPresenceRequired;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NafithaPackage.SERVICE__PRESENCE_REQUIRED, oldPresenceRequired, presenceRequired));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<PopulationGroup> getEligibleGroups() {
		if (eligibleGroups == null) {
			eligibleGroups = new EObjectResolvingEList<PopulationGroup>(PopulationGroup.class, this, NafithaPackage.SERVICE__ELIGIBLE_GROUPS);
		}
		return eligibleGroups;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ServiceChannel getChannel() {
		return channel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setChannel(ServiceChannel newChannel) {
		ServiceChannel oldChannel = channel;
		channel = newChannel == null ? CHANNEL_EDEFAULT : newChannel;
		boolean oldChannelESet = channelESet;
		channelESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NafithaPackage.SERVICE__CHANNEL, oldChannel, channel, !oldChannelESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetChannel() {
		ServiceChannel oldChannel = channel;
		boolean oldChannelESet = channelESet;
		channel = CHANNEL_EDEFAULT;
		channelESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, NafithaPackage.SERVICE__CHANNEL, oldChannel, CHANNEL_EDEFAULT, oldChannelESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetChannel() {
		return channelESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<DocumentRequirement> getDocuments() {
		if (documents == null) {
			documents = new EObjectContainmentEList<DocumentRequirement>(DocumentRequirement.class, this, NafithaPackage.SERVICE__DOCUMENTS);
		}
		return documents;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Agency> getParticipatingAgencies() {
		if (participatingAgencies == null) {
			participatingAgencies = new EObjectResolvingEList<Agency>(Agency.class, this, NafithaPackage.SERVICE__PARTICIPATING_AGENCIES);
		}
		return participatingAgencies;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getHandlingMinutesBefore() {
		return handlingMinutesBefore;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHandlingMinutesBefore(double newHandlingMinutesBefore) {
		double oldHandlingMinutesBefore = handlingMinutesBefore;
		handlingMinutesBefore = newHandlingMinutesBefore;
		boolean oldHandlingMinutesBeforeESet = handlingMinutesBeforeESet;
		handlingMinutesBeforeESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NafithaPackage.SERVICE__HANDLING_MINUTES_BEFORE, oldHandlingMinutesBefore, handlingMinutesBefore, !oldHandlingMinutesBeforeESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetHandlingMinutesBefore() {
		double oldHandlingMinutesBefore = handlingMinutesBefore;
		boolean oldHandlingMinutesBeforeESet = handlingMinutesBeforeESet;
		handlingMinutesBefore = HANDLING_MINUTES_BEFORE_EDEFAULT;
		handlingMinutesBeforeESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, NafithaPackage.SERVICE__HANDLING_MINUTES_BEFORE, oldHandlingMinutesBefore, HANDLING_MINUTES_BEFORE_EDEFAULT, oldHandlingMinutesBeforeESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetHandlingMinutesBefore() {
		return handlingMinutesBeforeESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getStepsBefore() {
		return stepsBefore;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStepsBefore(int newStepsBefore) {
		int oldStepsBefore = stepsBefore;
		stepsBefore = newStepsBefore;
		boolean oldStepsBeforeESet = stepsBeforeESet;
		stepsBeforeESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NafithaPackage.SERVICE__STEPS_BEFORE, oldStepsBefore, stepsBefore, !oldStepsBeforeESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetStepsBefore() {
		int oldStepsBefore = stepsBefore;
		boolean oldStepsBeforeESet = stepsBeforeESet;
		stepsBefore = STEPS_BEFORE_EDEFAULT;
		stepsBeforeESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, NafithaPackage.SERVICE__STEPS_BEFORE, oldStepsBefore, STEPS_BEFORE_EDEFAULT, oldStepsBeforeESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetStepsBefore() {
		return stepsBeforeESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getStepsAfter() {
		return stepsAfter;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStepsAfter(int newStepsAfter) {
		int oldStepsAfter = stepsAfter;
		stepsAfter = newStepsAfter;
		boolean oldStepsAfterESet = stepsAfterESet;
		stepsAfterESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NafithaPackage.SERVICE__STEPS_AFTER, oldStepsAfter, stepsAfter, !oldStepsAfterESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetStepsAfter() {
		int oldStepsAfter = stepsAfter;
		boolean oldStepsAfterESet = stepsAfterESet;
		stepsAfter = STEPS_AFTER_EDEFAULT;
		stepsAfterESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, NafithaPackage.SERVICE__STEPS_AFTER, oldStepsAfter, STEPS_AFTER_EDEFAULT, oldStepsAfterESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetStepsAfter() {
		return stepsAfterESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case NafithaPackage.SERVICE__DOCUMENTS:
				return ((InternalEList<?>)getDocuments()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case NafithaPackage.SERVICE__AGENCY:
				if (resolve) return getAgency();
				return basicGetAgency();
			case NafithaPackage.SERVICE__CATEGORY:
				return getCategory();
			case NafithaPackage.SERVICE__ANNUAL_TRANSACTIONS:
				return getAnnualTransactions();
			case NafithaPackage.SERVICE__PER_CAPITA_RATE:
				return getPerCapitaRate();
			case NafithaPackage.SERVICE__MEAN_HANDLING_MINUTES:
				return getMeanHandlingMinutes();
			case NafithaPackage.SERVICE__HANDLING_TIME_CV:
				return getHandlingTimeCv();
			case NafithaPackage.SERVICE__DIGITAL_SHARE:
				return getDigitalShare();
			case NafithaPackage.SERVICE__PRESENCE_REQUIRED:
				return isPresenceRequired();
			case NafithaPackage.SERVICE__ELIGIBLE_GROUPS:
				return getEligibleGroups();
			case NafithaPackage.SERVICE__CHANNEL:
				return getChannel();
			case NafithaPackage.SERVICE__DOCUMENTS:
				return getDocuments();
			case NafithaPackage.SERVICE__PARTICIPATING_AGENCIES:
				return getParticipatingAgencies();
			case NafithaPackage.SERVICE__HANDLING_MINUTES_BEFORE:
				return getHandlingMinutesBefore();
			case NafithaPackage.SERVICE__STEPS_BEFORE:
				return getStepsBefore();
			case NafithaPackage.SERVICE__STEPS_AFTER:
				return getStepsAfter();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case NafithaPackage.SERVICE__AGENCY:
				setAgency((Agency)newValue);
				return;
			case NafithaPackage.SERVICE__CATEGORY:
				setCategory((String)newValue);
				return;
			case NafithaPackage.SERVICE__ANNUAL_TRANSACTIONS:
				setAnnualTransactions((Long)newValue);
				return;
			case NafithaPackage.SERVICE__PER_CAPITA_RATE:
				setPerCapitaRate((Double)newValue);
				return;
			case NafithaPackage.SERVICE__MEAN_HANDLING_MINUTES:
				setMeanHandlingMinutes((Double)newValue);
				return;
			case NafithaPackage.SERVICE__HANDLING_TIME_CV:
				setHandlingTimeCv((Double)newValue);
				return;
			case NafithaPackage.SERVICE__DIGITAL_SHARE:
				setDigitalShare((Double)newValue);
				return;
			case NafithaPackage.SERVICE__PRESENCE_REQUIRED:
				setPresenceRequired((Boolean)newValue);
				return;
			case NafithaPackage.SERVICE__ELIGIBLE_GROUPS:
				getEligibleGroups().clear();
				getEligibleGroups().addAll((Collection<? extends PopulationGroup>)newValue);
				return;
			case NafithaPackage.SERVICE__CHANNEL:
				setChannel((ServiceChannel)newValue);
				return;
			case NafithaPackage.SERVICE__DOCUMENTS:
				getDocuments().clear();
				getDocuments().addAll((Collection<? extends DocumentRequirement>)newValue);
				return;
			case NafithaPackage.SERVICE__PARTICIPATING_AGENCIES:
				getParticipatingAgencies().clear();
				getParticipatingAgencies().addAll((Collection<? extends Agency>)newValue);
				return;
			case NafithaPackage.SERVICE__HANDLING_MINUTES_BEFORE:
				setHandlingMinutesBefore((Double)newValue);
				return;
			case NafithaPackage.SERVICE__STEPS_BEFORE:
				setStepsBefore((Integer)newValue);
				return;
			case NafithaPackage.SERVICE__STEPS_AFTER:
				setStepsAfter((Integer)newValue);
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
			case NafithaPackage.SERVICE__AGENCY:
				setAgency((Agency)null);
				return;
			case NafithaPackage.SERVICE__CATEGORY:
				setCategory(CATEGORY_EDEFAULT);
				return;
			case NafithaPackage.SERVICE__ANNUAL_TRANSACTIONS:
				setAnnualTransactions(ANNUAL_TRANSACTIONS_EDEFAULT);
				return;
			case NafithaPackage.SERVICE__PER_CAPITA_RATE:
				setPerCapitaRate(PER_CAPITA_RATE_EDEFAULT);
				return;
			case NafithaPackage.SERVICE__MEAN_HANDLING_MINUTES:
				setMeanHandlingMinutes(MEAN_HANDLING_MINUTES_EDEFAULT);
				return;
			case NafithaPackage.SERVICE__HANDLING_TIME_CV:
				setHandlingTimeCv(HANDLING_TIME_CV_EDEFAULT);
				return;
			case NafithaPackage.SERVICE__DIGITAL_SHARE:
				setDigitalShare(DIGITAL_SHARE_EDEFAULT);
				return;
			case NafithaPackage.SERVICE__PRESENCE_REQUIRED:
				setPresenceRequired(PRESENCE_REQUIRED_EDEFAULT);
				return;
			case NafithaPackage.SERVICE__ELIGIBLE_GROUPS:
				getEligibleGroups().clear();
				return;
			case NafithaPackage.SERVICE__CHANNEL:
				unsetChannel();
				return;
			case NafithaPackage.SERVICE__DOCUMENTS:
				getDocuments().clear();
				return;
			case NafithaPackage.SERVICE__PARTICIPATING_AGENCIES:
				getParticipatingAgencies().clear();
				return;
			case NafithaPackage.SERVICE__HANDLING_MINUTES_BEFORE:
				unsetHandlingMinutesBefore();
				return;
			case NafithaPackage.SERVICE__STEPS_BEFORE:
				unsetStepsBefore();
				return;
			case NafithaPackage.SERVICE__STEPS_AFTER:
				unsetStepsAfter();
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
			case NafithaPackage.SERVICE__AGENCY:
				return agency != null;
			case NafithaPackage.SERVICE__CATEGORY:
				return CATEGORY_EDEFAULT == null ? category != null : !CATEGORY_EDEFAULT.equals(category);
			case NafithaPackage.SERVICE__ANNUAL_TRANSACTIONS:
				return annualTransactions != ANNUAL_TRANSACTIONS_EDEFAULT;
			case NafithaPackage.SERVICE__PER_CAPITA_RATE:
				return perCapitaRate != PER_CAPITA_RATE_EDEFAULT;
			case NafithaPackage.SERVICE__MEAN_HANDLING_MINUTES:
				return meanHandlingMinutes != MEAN_HANDLING_MINUTES_EDEFAULT;
			case NafithaPackage.SERVICE__HANDLING_TIME_CV:
				return handlingTimeCv != HANDLING_TIME_CV_EDEFAULT;
			case NafithaPackage.SERVICE__DIGITAL_SHARE:
				return digitalShare != DIGITAL_SHARE_EDEFAULT;
			case NafithaPackage.SERVICE__PRESENCE_REQUIRED:
				return presenceRequired != PRESENCE_REQUIRED_EDEFAULT;
			case NafithaPackage.SERVICE__ELIGIBLE_GROUPS:
				return eligibleGroups != null && !eligibleGroups.isEmpty();
			case NafithaPackage.SERVICE__CHANNEL:
				return isSetChannel();
			case NafithaPackage.SERVICE__DOCUMENTS:
				return documents != null && !documents.isEmpty();
			case NafithaPackage.SERVICE__PARTICIPATING_AGENCIES:
				return participatingAgencies != null && !participatingAgencies.isEmpty();
			case NafithaPackage.SERVICE__HANDLING_MINUTES_BEFORE:
				return isSetHandlingMinutesBefore();
			case NafithaPackage.SERVICE__STEPS_BEFORE:
				return isSetStepsBefore();
			case NafithaPackage.SERVICE__STEPS_AFTER:
				return isSetStepsAfter();
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
		result.append(" (category: ");
		result.append(category);
		result.append(", annualTransactions: ");
		result.append(annualTransactions);
		result.append(", perCapitaRate: ");
		result.append(perCapitaRate);
		result.append(", meanHandlingMinutes: ");
		result.append(meanHandlingMinutes);
		result.append(", handlingTimeCv: ");
		result.append(handlingTimeCv);
		result.append(", digitalShare: ");
		result.append(digitalShare);
		result.append(", presenceRequired: ");
		result.append(presenceRequired);
		result.append(", channel: ");
		if (channelESet) result.append(channel); else result.append("<unset>");
		result.append(", handlingMinutesBefore: ");
		if (handlingMinutesBeforeESet) result.append(handlingMinutesBefore); else result.append("<unset>");
		result.append(", stepsBefore: ");
		if (stepsBeforeESet) result.append(stepsBefore); else result.append("<unset>");
		result.append(", stepsAfter: ");
		if (stepsAfterESet) result.append(stepsAfter); else result.append("<unset>");
		result.append(')');
		return result.toString();
	}

} //ServiceImpl
