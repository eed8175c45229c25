/**
 */
package org.nafitha.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Coverage Threshold</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * How far residents of an area type may reasonably travel to a center.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.nafitha.model.CoverageThreshold#getAreaType <em>Area Type</em>}</li>
 *   <li>{@link org.nafitha.model.CoverageThreshold#getMaxDistanceKm <em>Max Distance Km</em>}</li>
 *   <li>{@link org.nafitha.model.CoverageThreshold#getMaxTravelMinutes <em>Max Travel Minutes</em>}</li>
 *   <li>{@link org.nafitha.model.CoverageThreshold#getSpeedKmh <em>Speed Kmh</em>}</li>
 * </ul>
 *
 * @see org.nafitha.model.NafithaPackage#getCoverageThreshold()
 * @model
 * @generated
 */
public interface CoverageThreshold extends EObject {
	/**
	 * Returns the value of the '<em><b>Area Type</b></em>' attribute.
	 * The literals are from the enumeration {@link org.nafitha.model.AreaType}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Area Type</em>' attribute.
	 * @see org.nafitha.model.AreaType
	 * @see #setAreaType(AreaType)
	 * @see org.nafitha.model.NafithaPackage#getCoverageThreshold_AreaType()
	 * @model
	 * @generated
	 */
	AreaType getAreaType();

	/**
	 * Sets the value of the '{@link org.nafitha.model.CoverageThreshold#getAreaType <em>Area Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Area Type</em>' attribute.
	 * @see org.nafitha.model.AreaType
	 * @see #getAreaType()
	 * @generated
	 */
	void setAreaType(AreaType value);

	/**
	 * Returns the value of the '<em><b>Max Distance Km</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Max Distance Km</em>' attribute.
	 * @see #setMaxDistanceKm(double)
	 * @see org.nafitha.model.NafithaPackage#getCoverageThreshold_MaxDistanceKm()
	 * @model
	 * @generated
	 */
	double getMaxDistanceKm();

	/**
	 * Sets the value of the '{@link org.nafitha.model.CoverageThreshold#getMaxDistanceKm <em>Max Distance Km</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Max Distance Km</em>' attribute.
	 * @see #getMaxDistanceKm()
	 * @generated
	 */
	void setMaxDistanceKm(double value);

	/**
	 * Returns the value of the '<em><b>Max Travel Minutes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Max Travel Minutes</em>' attribute.
	 * @see #setMaxTravelMinutes(double)
	 * @see org.nafitha.model.NafithaPackage#getCoverageThreshold_MaxTravelMinutes()
	 * @model
	 * @generated
	 */
	double getMaxTravelMinutes();

	/**
	 * Sets the value of the '{@link org.nafitha.model.CoverageThreshold#getMaxTravelMinutes <em>Max Travel Minutes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Max Travel Minutes</em>' attribute.
	 * @see #getMaxTravelMinutes()
	 * @generated
	 */
	void setMaxTravelMinutes(double value);

	/**
	 * Returns the value of the '<em><b>Speed Kmh</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Speed Kmh</em>' attribute.
	 * @see #setSpeedKmh(double)
	 * @see org.nafitha.model.NafithaPackage#getCoverageThreshold_SpeedKmh()
	 * @model
	 * @generated
	 */
	double getSpeedKmh();

	/**
	 * Sets the value of the '{@link org.nafitha.model.CoverageThreshold#getSpeedKmh <em>Speed Kmh</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Speed Kmh</em>' attribute.
	 * @see #getSpeedKmh()
	 * @generated
	 */
	void setSpeedKmh(double value);

} // CoverageThreshold
