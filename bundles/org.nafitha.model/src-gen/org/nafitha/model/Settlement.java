/**
 */
package org.nafitha.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Settlement</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A place where a share of a demand zone's residents live: a town (the district seat, other towns) or the remainder of dispersed population.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.nafitha.model.Settlement#getShare <em>Share</em>}</li>
 *   <li>{@link org.nafitha.model.Settlement#getAreaType <em>Area Type</em>}</li>
 * </ul>
 *
 * @see org.nafitha.model.NafithaPackage#getSettlement()
 * @model
 * @generated
 */
public interface Settlement extends Named, Located {
	/**
	 * Returns the value of the '<em><b>Share</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The share of the zone's residents living here, between 0 and 1; the shares of a zone's settlements sum to 1.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Share</em>' attribute.
	 * @see #setShare(double)
	 * @see org.nafitha.model.NafithaPackage#getSettlement_Share()
	 * @model
	 * @generated
	 */
	double getShare();

	/**
	 * Sets the value of the '{@link org.nafitha.model.Settlement#getShare <em>Share</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Share</em>' attribute.
	 * @see #getShare()
	 * @generated
	 */
	void setShare(double value);

	/**
	 * Returns the value of the '<em><b>Area Type</b></em>' attribute.
	 * The literals are from the enumeration {@link org.nafitha.model.AreaType}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The settlement's own area type (a town is urban even in a badia district); unset: the zone's.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Area Type</em>' attribute.
	 * @see org.nafitha.model.AreaType
	 * @see #isSetAreaType()
	 * @see #unsetAreaType()
	 * @see #setAreaType(AreaType)
	 * @see org.nafitha.model.NafithaPackage#getSettlement_AreaType()
	 * @model unsettable="true"
	 * @generated
	 */
	AreaType getAreaType();

	/**
	 * Sets the value of the '{@link org.nafitha.model.Settlement#getAreaType <em>Area Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Area Type</em>' attribute.
	 * @see org.nafitha.model.AreaType
	 * @see #isSetAreaType()
	 * @see #unsetAreaType()
	 * @see #getAreaType()
	 * @generated
	 */
	void setAreaType(AreaType value);

	/**
	 * Unsets the value of the '{@link org.nafitha.model.Settlement#getAreaType <em>Area Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetAreaType()
	 * @see #getAreaType()
	 * @see #setAreaType(AreaType)
	 * @generated
	 */
	void unsetAreaType();

	/**
	 * Returns whether the value of the '{@link org.nafitha.model.Settlement#getAreaType <em>Area Type</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Area Type</em>' attribute is set.
	 * @see #unsetAreaType()
	 * @see #getAreaType()
	 * @see #setAreaType(AreaType)
	 * @generated
	 */
	boolean isSetAreaType();

} // Settlement
