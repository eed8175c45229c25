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
import org.nafitha.model.Scenario;

/**
 * This is the item provider adapter for a {@link org.nafitha.model.Scenario} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class ScenarioItemProvider extends NamedItemProvider {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ScenarioItemProvider(AdapterFactory adapterFactory) {
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

			addDescriptionPropertyDescriptor(object);
			addBaseYearPropertyDescriptor(object);
			addBaselinePropertyDescriptor(object);
			addStudyAreaPropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
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
				 getString("_UI_Scenario_description_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Scenario_description_feature", "_UI_Scenario_type"),
				 NafithaPackage.Literals.SCENARIO__DESCRIPTION,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Base Year feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addBaseYearPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Scenario_baseYear_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Scenario_baseYear_feature", "_UI_Scenario_type"),
				 NafithaPackage.Literals.SCENARIO__BASE_YEAR,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Baseline feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addBaselinePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Scenario_baseline_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Scenario_baseline_feature", "_UI_Scenario_type"),
				 NafithaPackage.Literals.SCENARIO__BASELINE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Study Area feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addStudyAreaPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Scenario_studyArea_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Scenario_studyArea_feature", "_UI_Scenario_type"),
				 NafithaPackage.Literals.SCENARIO__STUDY_AREA,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
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
			childrenFeatures.add(NafithaPackage.Literals.SCENARIO__PARAMETERS);
			childrenFeatures.add(NafithaPackage.Literals.SCENARIO__POPULATION_GROUPS);
			childrenFeatures.add(NafithaPackage.Literals.SCENARIO__REGIONS);
			childrenFeatures.add(NafithaPackage.Literals.SCENARIO__DEMAND_ZONES);
			childrenFeatures.add(NafithaPackage.Literals.SCENARIO__AGENCIES);
			childrenFeatures.add(NafithaPackage.Literals.SCENARIO__SERVICES);
			childrenFeatures.add(NafithaPackage.Literals.SCENARIO__BUNDLES);
			childrenFeatures.add(NafithaPackage.Literals.SCENARIO__CENTERS);
			childrenFeatures.add(NafithaPackage.Literals.SCENARIO__CANDIDATE_SITES);
			childrenFeatures.add(NafithaPackage.Literals.SCENARIO__ROADMAP);
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
	 * This returns Scenario.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/Scenario"));
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object) {
		String label = ((Scenario)object).getNameEn();
		return label == null || label.length() == 0 ?
			getString("_UI_Scenario_type") :
			getString("_UI_Scenario_type") + " " + label;
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

		switch (notification.getFeatureID(Scenario.class)) {
			case NafithaPackage.SCENARIO__DESCRIPTION:
			case NafithaPackage.SCENARIO__BASE_YEAR:
			case NafithaPackage.SCENARIO__BASELINE:
			case NafithaPackage.SCENARIO__STUDY_AREA:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
			case NafithaPackage.SCENARIO__PARAMETERS:
			case NafithaPackage.SCENARIO__POPULATION_GROUPS:
			case NafithaPackage.SCENARIO__REGIONS:
			case NafithaPackage.SCENARIO__DEMAND_ZONES:
			case NafithaPackage.SCENARIO__AGENCIES:
			case NafithaPackage.SCENARIO__SERVICES:
			case NafithaPackage.SCENARIO__BUNDLES:
			case NafithaPackage.SCENARIO__CENTERS:
			case NafithaPackage.SCENARIO__CANDIDATE_SITES:
			case NafithaPackage.SCENARIO__ROADMAP:
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
				(NafithaPackage.Literals.SCENARIO__PARAMETERS,
				 NafithaFactory.eINSTANCE.createPlanningParameters()));

		newChildDescriptors.add
			(createChildParameter
				(NafithaPackage.Literals.SCENARIO__POPULATION_GROUPS,
				 NafithaFactory.eINSTANCE.createPopulationGroup()));

		newChildDescriptors.add
			(createChildParameter
				(NafithaPackage.Literals.SCENARIO__REGIONS,
				 NafithaFactory.eINSTANCE.createRegion()));

		newChildDescriptors.add
			(createChildParameter
				(NafithaPackage.Literals.SCENARIO__DEMAND_ZONES,
				 NafithaFactory.eINSTANCE.createDemandZone()));

		newChildDescriptors.add
			(createChildParameter
				(NafithaPackage.Literals.SCENARIO__AGENCIES,
				 NafithaFactory.eINSTANCE.createAgency()));

		newChildDescriptors.add
			(createChildParameter
				(NafithaPackage.Literals.SCENARIO__SERVICES,
				 NafithaFactory.eINSTANCE.createService()));

		newChildDescriptors.add
			(createChildParameter
				(NafithaPackage.Literals.SCENARIO__BUNDLES,
				 NafithaFactory.eINSTANCE.createServiceBundle()));

		newChildDescriptors.add
			(createChildParameter
				(NafithaPackage.Literals.SCENARIO__CENTERS,
				 NafithaFactory.eINSTANCE.createServiceCenter()));

		newChildDescriptors.add
			(createChildParameter
				(NafithaPackage.Literals.SCENARIO__CANDIDATE_SITES,
				 NafithaFactory.eINSTANCE.createCandidateSite()));

		newChildDescriptors.add
			(createChildParameter
				(NafithaPackage.Literals.SCENARIO__ROADMAP,
				 NafithaFactory.eINSTANCE.createRoadmap()));
	}

}
