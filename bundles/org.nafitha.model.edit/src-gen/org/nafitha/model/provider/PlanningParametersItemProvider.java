/**
 */
package org.nafitha.model.provider;


import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.ResourceLocator;

import org.eclipse.emf.ecore.EStructuralFeature;

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

import org.nafitha.model.DistanceModel;
import org.nafitha.model.NafithaFactory;
import org.nafitha.model.NafithaPackage;
import org.nafitha.model.PlanningParameters;

/**
 * This is the item provider adapter for a {@link org.nafitha.model.PlanningParameters} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class PlanningParametersItemProvider 
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
	public PlanningParametersItemProvider(AdapterFactory adapterFactory) {
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

			addDistanceModelPropertyDescriptor(object);
			addDetourFactorPropertyDescriptor(object);
			addServiceLevelSharePropertyDescriptor(object);
			addServiceLevelWaitMinutesPropertyDescriptor(object);
			addWorkingDaysPerYearPropertyDescriptor(object);
			addWorkingHoursPerDayPropertyDescriptor(object);
			addPeakFactorPropertyDescriptor(object);
			addDigitalShiftPropertyDescriptor(object);
			addStaffPerCounterPropertyDescriptor(object);
			addCardWeakestLinkPropertyDescriptor(object);
			addTownMaxKmPropertyDescriptor(object);
			addTownMinPopulationPropertyDescriptor(object);
			addRuralMaxResidentsPropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Distance Model feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addDistanceModelPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_PlanningParameters_distanceModel_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_PlanningParameters_distanceModel_feature", "_UI_PlanningParameters_type"),
				 NafithaPackage.Literals.PLANNING_PARAMETERS__DISTANCE_MODEL,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Detour Factor feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addDetourFactorPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_PlanningParameters_detourFactor_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_PlanningParameters_detourFactor_feature", "_UI_PlanningParameters_type"),
				 NafithaPackage.Literals.PLANNING_PARAMETERS__DETOUR_FACTOR,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Service Level Share feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addServiceLevelSharePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_PlanningParameters_serviceLevelShare_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_PlanningParameters_serviceLevelShare_feature", "_UI_PlanningParameters_type"),
				 NafithaPackage.Literals.PLANNING_PARAMETERS__SERVICE_LEVEL_SHARE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Service Level Wait Minutes feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addServiceLevelWaitMinutesPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_PlanningParameters_serviceLevelWaitMinutes_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_PlanningParameters_serviceLevelWaitMinutes_feature", "_UI_PlanningParameters_type"),
				 NafithaPackage.Literals.PLANNING_PARAMETERS__SERVICE_LEVEL_WAIT_MINUTES,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Working Days Per Year feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addWorkingDaysPerYearPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_PlanningParameters_workingDaysPerYear_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_PlanningParameters_workingDaysPerYear_feature", "_UI_PlanningParameters_type"),
				 NafithaPackage.Literals.PLANNING_PARAMETERS__WORKING_DAYS_PER_YEAR,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Working Hours Per Day feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addWorkingHoursPerDayPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_PlanningParameters_workingHoursPerDay_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_PlanningParameters_workingHoursPerDay_feature", "_UI_PlanningParameters_type"),
				 NafithaPackage.Literals.PLANNING_PARAMETERS__WORKING_HOURS_PER_DAY,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Peak Factor feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addPeakFactorPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_PlanningParameters_peakFactor_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_PlanningParameters_peakFactor_feature", "_UI_PlanningParameters_type"),
				 NafithaPackage.Literals.PLANNING_PARAMETERS__PEAK_FACTOR,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Digital Shift feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addDigitalShiftPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_PlanningParameters_digitalShift_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_PlanningParameters_digitalShift_feature", "_UI_PlanningParameters_type"),
				 NafithaPackage.Literals.PLANNING_PARAMETERS__DIGITAL_SHIFT,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Staff Per Counter feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addStaffPerCounterPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_PlanningParameters_staffPerCounter_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_PlanningParameters_staffPerCounter_feature", "_UI_PlanningParameters_type"),
				 NafithaPackage.Literals.PLANNING_PARAMETERS__STAFF_PER_COUNTER,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Card Weakest Link feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addCardWeakestLinkPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_PlanningParameters_cardWeakestLink_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_PlanningParameters_cardWeakestLink_feature", "_UI_PlanningParameters_type"),
				 NafithaPackage.Literals.PLANNING_PARAMETERS__CARD_WEAKEST_LINK,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.BOOLEAN_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Town Max Km feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addTownMaxKmPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_PlanningParameters_townMaxKm_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_PlanningParameters_townMaxKm_feature", "_UI_PlanningParameters_type"),
				 NafithaPackage.Literals.PLANNING_PARAMETERS__TOWN_MAX_KM,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Town Min Population feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addTownMinPopulationPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_PlanningParameters_townMinPopulation_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_PlanningParameters_townMinPopulation_feature", "_UI_PlanningParameters_type"),
				 NafithaPackage.Literals.PLANNING_PARAMETERS__TOWN_MIN_POPULATION,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Rural Max Residents feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addRuralMaxResidentsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_PlanningParameters_ruralMaxResidents_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_PlanningParameters_ruralMaxResidents_feature", "_UI_PlanningParameters_type"),
				 NafithaPackage.Literals.PLANNING_PARAMETERS__RURAL_MAX_RESIDENTS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This specifies how to implement {@link #getChildren} and is used to deduce an appropriate feature for an
	 * {@link org.eclipse.emf.edit.command.AddCommand}, {@link org.eclipse.emf.edit.command.RemoveCommand} or
	 * {@link org.eclipse.emf.edit.command.MoveCommand} in {@link #createCommand}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Collection<? extends EStructuralFeature> getChildrenFeatures(Object object) {
		if (childrenFeatures == null) {
			super.getChildrenFeatures(object);
			childrenFeatures.add(NafithaPackage.Literals.PLANNING_PARAMETERS__COVERAGE_THRESHOLDS);
			childrenFeatures.add(NafithaPackage.Literals.PLANNING_PARAMETERS__CARD_WEIGHTS);
		}
		return childrenFeatures;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EStructuralFeature getChildFeature(Object object, Object child) {
		// Check the type of the specified child object and return the proper feature to use for
		// adding (see {@link AddCommand}) it as a child.

		return super.getChildFeature(object, child);
	}

	/**
	 * This returns PlanningParameters.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/PlanningParameters"));
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object) {
		DistanceModel labelValue = ((PlanningParameters)object).getDistanceModel();
		String label = labelValue == null ? null : labelValue.toString();
		return label == null || label.length() == 0 ?
			getString("_UI_PlanningParameters_type") :
			getString("_UI_PlanningParameters_type") + " " + label;
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

		switch (notification.getFeatureID(PlanningParameters.class)) {
			case NafithaPackage.PLANNING_PARAMETERS__DISTANCE_MODEL:
			case NafithaPackage.PLANNING_PARAMETERS__DETOUR_FACTOR:
			case NafithaPackage.PLANNING_PARAMETERS__SERVICE_LEVEL_SHARE:
			case NafithaPackage.PLANNING_PARAMETERS__SERVICE_LEVEL_WAIT_MINUTES:
			case NafithaPackage.PLANNING_PARAMETERS__WORKING_DAYS_PER_YEAR:
			case NafithaPackage.PLANNING_PARAMETERS__WORKING_HOURS_PER_DAY:
			case NafithaPackage.PLANNING_PARAMETERS__PEAK_FACTOR:
			case NafithaPackage.PLANNING_PARAMETERS__DIGITAL_SHIFT:
			case NafithaPackage.PLANNING_PARAMETERS__STAFF_PER_COUNTER:
			case NafithaPackage.PLANNING_PARAMETERS__CARD_WEAKEST_LINK:
			case NafithaPackage.PLANNING_PARAMETERS__TOWN_MAX_KM:
			case NafithaPackage.PLANNING_PARAMETERS__TOWN_MIN_POPULATION:
			case NafithaPackage.PLANNING_PARAMETERS__RURAL_MAX_RESIDENTS:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
			case NafithaPackage.PLANNING_PARAMETERS__COVERAGE_THRESHOLDS:
			case NafithaPackage.PLANNING_PARAMETERS__CARD_WEIGHTS:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), true, false));
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

		newChildDescriptors.add
			(createChildParameter
				(NafithaPackage.Literals.PLANNING_PARAMETERS__COVERAGE_THRESHOLDS,
				 NafithaFactory.eINSTANCE.createCoverageThreshold()));

		newChildDescriptors.add
			(createChildParameter
				(NafithaPackage.Literals.PLANNING_PARAMETERS__CARD_WEIGHTS,
				 NafithaFactory.eINSTANCE.createScore()));
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
