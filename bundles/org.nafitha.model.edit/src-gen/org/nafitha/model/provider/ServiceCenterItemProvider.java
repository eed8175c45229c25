/**
 */
package org.nafitha.model.provider;


import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EStructuralFeature;

import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ViewerNotification;

import org.nafitha.model.NafithaFactory;
import org.nafitha.model.NafithaPackage;
import org.nafitha.model.ServiceCenter;

/**
 * This is the item provider adapter for a {@link org.nafitha.model.ServiceCenter} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class ServiceCenterItemProvider extends NamedItemProvider {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ServiceCenterItemProvider(AdapterFactory adapterFactory) {
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

			addLatitudePropertyDescriptor(object);
			addLongitudePropertyDescriptor(object);
			addKindPropertyDescriptor(object);
			addStatusPropertyDescriptor(object);
			addRegionPropertyDescriptor(object);
			addAgencyPropertyDescriptor(object);
			addOpeningHoursPropertyDescriptor(object);
			addStaffPropertyDescriptor(object);
			addServicesOfferedPropertyDescriptor(object);
			addAccessibilityPropertyDescriptor(object);
			addDailyCapacityOverridePropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Latitude feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addLatitudePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Located_latitude_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Located_latitude_feature", "_UI_Located_type"),
				 NafithaPackage.Literals.LOCATED__LATITUDE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Longitude feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addLongitudePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Located_longitude_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Located_longitude_feature", "_UI_Located_type"),
				 NafithaPackage.Literals.LOCATED__LONGITUDE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
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
				 getString("_UI_ServiceCenter_kind_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ServiceCenter_kind_feature", "_UI_ServiceCenter_type"),
				 NafithaPackage.Literals.SERVICE_CENTER__KIND,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Status feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addStatusPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ServiceCenter_status_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ServiceCenter_status_feature", "_UI_ServiceCenter_type"),
				 NafithaPackage.Literals.SERVICE_CENTER__STATUS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Region feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addRegionPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ServiceCenter_region_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ServiceCenter_region_feature", "_UI_ServiceCenter_type"),
				 NafithaPackage.Literals.SERVICE_CENTER__REGION,
				 true,
				 false,
				 true,
				 null,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Agency feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addAgencyPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ServiceCenter_agency_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ServiceCenter_agency_feature", "_UI_ServiceCenter_type"),
				 NafithaPackage.Literals.SERVICE_CENTER__AGENCY,
				 true,
				 false,
				 true,
				 null,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Opening Hours feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addOpeningHoursPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ServiceCenter_openingHours_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ServiceCenter_openingHours_feature", "_UI_ServiceCenter_type"),
				 NafithaPackage.Literals.SERVICE_CENTER__OPENING_HOURS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Staff feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addStaffPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ServiceCenter_staff_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ServiceCenter_staff_feature", "_UI_ServiceCenter_type"),
				 NafithaPackage.Literals.SERVICE_CENTER__STAFF,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Services Offered feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addServicesOfferedPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ServiceCenter_servicesOffered_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ServiceCenter_servicesOffered_feature", "_UI_ServiceCenter_type"),
				 NafithaPackage.Literals.SERVICE_CENTER__SERVICES_OFFERED,
				 true,
				 false,
				 true,
				 null,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Accessibility feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addAccessibilityPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ServiceCenter_accessibility_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ServiceCenter_accessibility_feature", "_UI_ServiceCenter_type"),
				 NafithaPackage.Literals.SERVICE_CENTER__ACCESSIBILITY,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Daily Capacity Override feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addDailyCapacityOverridePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ServiceCenter_dailyCapacityOverride_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ServiceCenter_dailyCapacityOverride_feature", "_UI_ServiceCenter_type"),
				 NafithaPackage.Literals.SERVICE_CENTER__DAILY_CAPACITY_OVERRIDE,
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
			childrenFeatures.add(NafithaPackage.Literals.SERVICE_CENTER__COUNTERS);
			childrenFeatures.add(NafithaPackage.Literals.SERVICE_CENTER__READINESS);
			childrenFeatures.add(NafithaPackage.Literals.SERVICE_CENTER__EVALUATION);
			childrenFeatures.add(NafithaPackage.Literals.SERVICE_CENTER__EVALUATION_RECORDS);
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
	 * This returns ServiceCenter.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/ServiceCenter"));
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object) {
		String label = ((ServiceCenter)object).getNameEn();
		return label == null || label.length() == 0 ?
			getString("_UI_ServiceCenter_type") :
			getString("_UI_ServiceCenter_type") + " " + label;
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

		switch (notification.getFeatureID(ServiceCenter.class)) {
			case NafithaPackage.SERVICE_CENTER__LATITUDE:
			case NafithaPackage.SERVICE_CENTER__LONGITUDE:
			case NafithaPackage.SERVICE_CENTER__KIND:
			case NafithaPackage.SERVICE_CENTER__STATUS:
			case NafithaPackage.SERVICE_CENTER__OPENING_HOURS:
			case NafithaPackage.SERVICE_CENTER__STAFF:
			case NafithaPackage.SERVICE_CENTER__ACCESSIBILITY:
			case NafithaPackage.SERVICE_CENTER__DAILY_CAPACITY_OVERRIDE:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
			case NafithaPackage.SERVICE_CENTER__COUNTERS:
			case NafithaPackage.SERVICE_CENTER__READINESS:
			case NafithaPackage.SERVICE_CENTER__EVALUATION:
			case NafithaPackage.SERVICE_CENTER__EVALUATION_RECORDS:
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
				(NafithaPackage.Literals.SERVICE_CENTER__COUNTERS,
				 NafithaFactory.eINSTANCE.createCounter()));

		newChildDescriptors.add
			(createChildParameter
				(NafithaPackage.Literals.SERVICE_CENTER__READINESS,
				 NafithaFactory.eINSTANCE.createScore()));

		newChildDescriptors.add
			(createChildParameter
				(NafithaPackage.Literals.SERVICE_CENTER__EVALUATION,
				 NafithaFactory.eINSTANCE.createEvaluation()));

		newChildDescriptors.add
			(createChildParameter
				(NafithaPackage.Literals.SERVICE_CENTER__EVALUATION_RECORDS,
				 NafithaFactory.eINSTANCE.createEvaluationRecord()));
	}

}
