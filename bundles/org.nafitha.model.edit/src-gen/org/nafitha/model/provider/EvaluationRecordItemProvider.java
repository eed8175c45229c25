/**
 */
package org.nafitha.model.provider;


import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.ResourceLocator;

import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.IEditingDomainItemProvider;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.emf.edit.provider.IStructuredItemContentProvider;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ItemProviderAdapter;
import org.eclipse.emf.edit.provider.ViewerNotification;

import org.nafitha.model.EvaluationRecord;
import org.nafitha.model.NafithaPackage;

/**
 * This is the item provider adapter for a {@link org.nafitha.model.EvaluationRecord} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class EvaluationRecordItemProvider 
	extends ItemProviderAdapter
	implements
		IEditingDomainItemProvider,
		IStructuredItemContentProvider,
		ITreeItemContentProvider,
		IItemLabelProvider,
		IItemPropertySource {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public EvaluationRecordItemProvider(AdapterFactory adapterFactory) {
		super(adapterFactory);
	}

	/**
	 * This returns the property descriptors for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public List<IItemPropertyDescriptor> getPropertyDescriptors(Object object) {
		if (itemPropertyDescriptors == null) {
			super.getPropertyDescriptors(object);

			addDatePropertyDescriptor(object);
			addKindPropertyDescriptor(object);
			addScorePropertyDescriptor(object);
			addObservedWaitMinutesPropertyDescriptor(object);
			addSpecialistPresentPropertyDescriptor(object);
			addResponsesPropertyDescriptor(object);
			addSatisfactionMeanPropertyDescriptor(object);
			addPromotersPropertyDescriptor(object);
			addPassivesPropertyDescriptor(object);
			addDetractorsPropertyDescriptor(object);
			addReceivedPropertyDescriptor(object);
			addAnsweredOnTimePropertyDescriptor(object);
			addDescriptionPropertyDescriptor(object);
			addFromFeedbackPropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Date feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addDatePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_EvaluationRecord_date_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_EvaluationRecord_date_feature", "_UI_EvaluationRecord_type"),
				 NafithaPackage.Literals.EVALUATION_RECORD__DATE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Kind feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addKindPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_EvaluationRecord_kind_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_EvaluationRecord_kind_feature", "_UI_EvaluationRecord_type"),
				 NafithaPackage.Literals.EVALUATION_RECORD__KIND,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Score feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addScorePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_EvaluationRecord_score_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_EvaluationRecord_score_feature", "_UI_EvaluationRecord_type"),
				 NafithaPackage.Literals.EVALUATION_RECORD__SCORE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Observed Wait Minutes feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addObservedWaitMinutesPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_EvaluationRecord_observedWaitMinutes_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_EvaluationRecord_observedWaitMinutes_feature", "_UI_EvaluationRecord_type"),
				 NafithaPackage.Literals.EVALUATION_RECORD__OBSERVED_WAIT_MINUTES,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Specialist Present feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addSpecialistPresentPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_EvaluationRecord_specialistPresent_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_EvaluationRecord_specialistPresent_feature", "_UI_EvaluationRecord_type"),
				 NafithaPackage.Literals.EVALUATION_RECORD__SPECIALIST_PRESENT,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.BOOLEAN_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Responses feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addResponsesPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_EvaluationRecord_responses_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_EvaluationRecord_responses_feature", "_UI_EvaluationRecord_type"),
				 NafithaPackage.Literals.EVALUATION_RECORD__RESPONSES,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Satisfaction Mean feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addSatisfactionMeanPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_EvaluationRecord_satisfactionMean_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_EvaluationRecord_satisfactionMean_feature", "_UI_EvaluationRecord_type"),
				 NafithaPackage.Literals.EVALUATION_RECORD__SATISFACTION_MEAN,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Promoters feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addPromotersPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_EvaluationRecord_promoters_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_EvaluationRecord_promoters_feature", "_UI_EvaluationRecord_type"),
				 NafithaPackage.Literals.EVALUATION_RECORD__PROMOTERS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Passives feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addPassivesPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_EvaluationRecord_passives_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_EvaluationRecord_passives_feature", "_UI_EvaluationRecord_type"),
				 NafithaPackage.Literals.EVALUATION_RECORD__PASSIVES,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Detractors feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addDetractorsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_EvaluationRecord_detractors_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_EvaluationRecord_detractors_feature", "_UI_EvaluationRecord_type"),
				 NafithaPackage.Literals.EVALUATION_RECORD__DETRACTORS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Received feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addReceivedPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_EvaluationRecord_received_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_EvaluationRecord_received_feature", "_UI_EvaluationRecord_type"),
				 NafithaPackage.Literals.EVALUATION_RECORD__RECEIVED,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Answered On Time feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addAnsweredOnTimePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_EvaluationRecord_answeredOnTime_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_EvaluationRecord_answeredOnTime_feature", "_UI_EvaluationRecord_type"),
				 NafithaPackage.Literals.EVALUATION_RECORD__ANSWERED_ON_TIME,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Description feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addDescriptionPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_EvaluationRecord_description_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_EvaluationRecord_description_feature", "_UI_EvaluationRecord_type"),
				 NafithaPackage.Literals.EVALUATION_RECORD__DESCRIPTION,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the From Feedback feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addFromFeedbackPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_EvaluationRecord_fromFeedback_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_EvaluationRecord_fromFeedback_feature", "_UI_EvaluationRecord_type"),
				 NafithaPackage.Literals.EVALUATION_RECORD__FROM_FEEDBACK,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.BOOLEAN_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This returns EvaluationRecord.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/EvaluationRecord"));
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object) {
		String label = ((EvaluationRecord)object).getDate();
		return label == null || label.length() == 0 ?
			getString("_UI_EvaluationRecord_type") :
			getString("_UI_EvaluationRecord_type") + " " + label;
	}


	/**
	 * This handles model notifications by calling {@link #updateChildren} to update any cached
	 * children and by creating a viewer notification, which it passes to {@link #fireNotifyChanged}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void notifyChanged(Notification notification) {
		updateChildren(notification);

		switch (notification.getFeatureID(EvaluationRecord.class)) {
			case NafithaPackage.EVALUATION_RECORD__DATE:
			case NafithaPackage.EVALUATION_RECORD__KIND:
			case NafithaPackage.EVALUATION_RECORD__SCORE:
			case NafithaPackage.EVALUATION_RECORD__OBSERVED_WAIT_MINUTES:
			case NafithaPackage.EVALUATION_RECORD__SPECIALIST_PRESENT:
			case NafithaPackage.EVALUATION_RECORD__RESPONSES:
			case NafithaPackage.EVALUATION_RECORD__SATISFACTION_MEAN:
			case NafithaPackage.EVALUATION_RECORD__PROMOTERS:
			case NafithaPackage.EVALUATION_RECORD__PASSIVES:
			case NafithaPackage.EVALUATION_RECORD__DETRACTORS:
			case NafithaPackage.EVALUATION_RECORD__RECEIVED:
			case NafithaPackage.EVALUATION_RECORD__ANSWERED_ON_TIME:
			case NafithaPackage.EVALUATION_RECORD__DESCRIPTION:
			case NafithaPackage.EVALUATION_RECORD__FROM_FEEDBACK:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
		}
		super.notifyChanged(notification);
	}

	/**
	 * This adds {@link org.eclipse.emf.edit.command.CommandParameter}s describing the children
	 * that can be created under this object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected void collectNewChildDescriptors(Collection<Object> newChildDescriptors, Object object) {
		super.collectNewChildDescriptors(newChildDescriptors, object);
	}

	/**
	 * Return the resource locator for this item provider's resources.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ResourceLocator getResourceLocator() {
		return NafithaEditPlugin.INSTANCE;
	}

}
