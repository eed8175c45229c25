/**
 */
package org.nafitha.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Candidate Site</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A site where a center could open, for the location-allocation optimizer.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.nafitha.model.CandidateSite#getRegion <em>Region</em>}</li>
 *   <li>{@link org.nafitha.model.CandidateSite#getRole <em>Role</em>}</li>
 *   <li>{@link org.nafitha.model.CandidateSite#getFixedCost <em>Fixed Cost</em>}</li>
 *   <li>{@link org.nafitha.model.CandidateSite#getMaxCounters <em>Max Counters</em>}</li>
 * </ul>
 *
 * @see org.nafitha.model.NafithaPackage#getCandidateSite()
 * @model
 * @generated
 */
public interface CandidateSite extends Named, Located {
	/**
	 * Returns the value of the '<em><b>Region</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Region</em>' reference.
	 * @see #setRegion(Region)
	 * @see org.nafitha.model.NafithaPackage#getCandidateSite_Region()
	 * @model
	 * @generated
	 */
	Region getRegion();

	/**
	 * Sets the value of the '{@link org.nafitha.model.CandidateSite#getRegion <em>Region</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Region</em>' reference.
	 * @see #getRegion()
	 * @generated
	 */
	void setRegion(Region value);

	/**
	 * Returns the value of the '<em><b>Role</b></em>' attribute.
	 * The literals are from the enumeration {@link org.nafitha.model.SiteRole}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Role</em>' attribute.
	 * @see org.nafitha.model.SiteRole
	 * @see #setRole(SiteRole)
	 * @see org.nafitha.model.NafithaPackage#getCandidateSite_Role()
	 * @model
	 * @generated
	 */
	SiteRole getRole();

	/**
	 * Sets the value of the '{@link org.nafitha.model.CandidateSite#getRole <em>Role</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Role</em>' attribute.
	 * @see org.nafitha.model.SiteRole
	 * @see #getRole()
	 * @generated
	 */
	void setRole(SiteRole value);

	/**
	 * Returns the value of the '<em><b>Fixed Cost</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Fixed Cost</em>' attribute.
	 * @see #setFixedCost(double)
	 * @see org.nafitha.model.NafithaPackage#getCandidateSite_FixedCost()
	 * @model
	 * @generated
	 */
	double getFixedCost();

	/**
	 * Sets the value of the '{@link org.nafitha.model.CandidateSite#getFixedCost <em>Fixed Cost</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Fixed Cost</em>' attribute.
	 * @see #getFixedCost()
	 * @generated
	 */
	void setFixedCost(double value);

	/**
	 * Returns the value of the '<em><b>Max Counters</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Max Counters</em>' attribute.
	 * @see #setMaxCounters(int)
	 * @see org.nafitha.model.NafithaPackage#getCandidateSite_MaxCounters()
	 * @model
	 * @generated
	 */
	int getMaxCounters();

	/**
	 * Sets the value of the '{@link org.nafitha.model.CandidateSite#getMaxCounters <em>Max Counters</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Max Counters</em>' attribute.
	 * @see #getMaxCounters()
	 * @generated
	 */
	void setMaxCounters(int value);

} // CandidateSite
