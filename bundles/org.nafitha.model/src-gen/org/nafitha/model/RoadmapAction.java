/**
 */
package org.nafitha.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Roadmap Action</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A step of the roadmap: in a year (and optional month) it does something to a center, a service or a bundle, at a cost.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.nafitha.model.RoadmapAction#getCode <em>Code</em>}</li>
 *   <li>{@link org.nafitha.model.RoadmapAction#getYear <em>Year</em>}</li>
 *   <li>{@link org.nafitha.model.RoadmapAction#getMonth <em>Month</em>}</li>
 *   <li>{@link org.nafitha.model.RoadmapAction#getKind <em>Kind</em>}</li>
 *   <li>{@link org.nafitha.model.RoadmapAction#getCenter <em>Center</em>}</li>
 *   <li>{@link org.nafitha.model.RoadmapAction#getService <em>Service</em>}</li>
 *   <li>{@link org.nafitha.model.RoadmapAction#getBundle <em>Bundle</em>}</li>
 *   <li>{@link org.nafitha.model.RoadmapAction#getNewCenter <em>New Center</em>}</li>
 *   <li>{@link org.nafitha.model.RoadmapAction#getCost <em>Cost</em>}</li>
 *   <li>{@link org.nafitha.model.RoadmapAction#getAmount <em>Amount</em>}</li>
 *   <li>{@link org.nafitha.model.RoadmapAction#getParameter <em>Parameter</em>}</li>
 *   <li>{@link org.nafitha.model.RoadmapAction#getNote <em>Note</em>}</li>
 * </ul>
 *
 * @see org.nafitha.model.NafithaPackage#getRoadmapAction()
 * @model
 * @generated
 */
public interface RoadmapAction extends EObject {
	/**
	 * Returns the value of the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Code</em>' attribute.
	 * @see #setCode(String)
	 * @see org.nafitha.model.NafithaPackage#getRoadmapAction_Code()
	 * @model
	 * @generated
	 */
	String getCode();

	/**
	 * Sets the value of the '{@link org.nafitha.model.RoadmapAction#getCode <em>Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Code</em>' attribute.
	 * @see #getCode()
	 * @generated
	 */
	void setCode(String value);

	/**
	 * Returns the value of the '<em><b>Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Year</em>' attribute.
	 * @see #setYear(int)
	 * @see org.nafitha.model.NafithaPackage#getRoadmapAction_Year()
	 * @model
	 * @generated
	 */
	int getYear();

	/**
	 * Sets the value of the '{@link org.nafitha.model.RoadmapAction#getYear <em>Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Year</em>' attribute.
	 * @see #getYear()
	 * @generated
	 */
	void setYear(int value);

	/**
	 * Returns the value of the '<em><b>Month</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 1-12 when known.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Month</em>' attribute.
	 * @see #isSetMonth()
	 * @see #unsetMonth()
	 * @see #setMonth(int)
	 * @see org.nafitha.model.NafithaPackage#getRoadmapAction_Month()
	 * @model unsettable="true"
	 * @generated
	 */
	int getMonth();

	/**
	 * Sets the value of the '{@link org.nafitha.model.RoadmapAction#getMonth <em>Month</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Month</em>' attribute.
	 * @see #isSetMonth()
	 * @see #unsetMonth()
	 * @see #getMonth()
	 * @generated
	 */
	void setMonth(int value);

	/**
	 * Unsets the value of the '{@link org.nafitha.model.RoadmapAction#getMonth <em>Month</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetMonth()
	 * @see #getMonth()
	 * @see #setMonth(int)
	 * @generated
	 */
	void unsetMonth();

	/**
	 * Returns whether the value of the '{@link org.nafitha.model.RoadmapAction#getMonth <em>Month</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Month</em>' attribute is set.
	 * @see #unsetMonth()
	 * @see #getMonth()
	 * @see #setMonth(int)
	 * @generated
	 */
	boolean isSetMonth();

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.nafitha.model.RoadmapActionKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.nafitha.model.RoadmapActionKind
	 * @see #setKind(RoadmapActionKind)
	 * @see org.nafitha.model.NafithaPackage#getRoadmapAction_Kind()
	 * @model
	 * @generated
	 */
	RoadmapActionKind getKind();

	/**
	 * Sets the value of the '{@link org.nafitha.model.RoadmapAction#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.nafitha.model.RoadmapActionKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(RoadmapActionKind value);

	/**
	 * Returns the value of the '<em><b>Center</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The center acted on (for center actions and for offering or withdrawing a service or bundle at a center).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Center</em>' reference.
	 * @see #setCenter(ServiceCenter)
	 * @see org.nafitha.model.NafithaPackage#getRoadmapAction_Center()
	 * @model
	 * @generated
	 */
	ServiceCenter getCenter();

	/**
	 * Sets the value of the '{@link org.nafitha.model.RoadmapAction#getCenter <em>Center</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Center</em>' reference.
	 * @see #getCenter()
	 * @generated
	 */
	void setCenter(ServiceCenter value);

	/**
	 * Returns the value of the '<em><b>Service</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The service offered, withdrawn or changed.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Service</em>' reference.
	 * @see #setService(Service)
	 * @see org.nafitha.model.NafithaPackage#getRoadmapAction_Service()
	 * @model
	 * @generated
	 */
	Service getService();

	/**
	 * Sets the value of the '{@link org.nafitha.model.RoadmapAction#getService <em>Service</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Service</em>' reference.
	 * @see #getService()
	 * @generated
	 */
	void setService(Service value);

	/**
	 * Returns the value of the '<em><b>Bundle</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The bundle offered or withdrawn.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Bundle</em>' reference.
	 * @see #setBundle(ServiceBundle)
	 * @see org.nafitha.model.NafithaPackage#getRoadmapAction_Bundle()
	 * @model
	 * @generated
	 */
	ServiceBundle getBundle();

	/**
	 * Sets the value of the '{@link org.nafitha.model.RoadmapAction#getBundle <em>Bundle</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Bundle</em>' reference.
	 * @see #getBundle()
	 * @generated
	 */
	void setBundle(ServiceBundle value);

	/**
	 * Returns the value of the '<em><b>New Center</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * For opening a center: the center to open, held by the action until its year.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>New Center</em>' containment reference.
	 * @see #setNewCenter(ServiceCenter)
	 * @see org.nafitha.model.NafithaPackage#getRoadmapAction_NewCenter()
	 * @model containment="true"
	 * @generated
	 */
	ServiceCenter getNewCenter();

	/**
	 * Sets the value of the '{@link org.nafitha.model.RoadmapAction#getNewCenter <em>New Center</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>New Center</em>' containment reference.
	 * @see #getNewCenter()
	 * @generated
	 */
	void setNewCenter(ServiceCenter value);

	/**
	 * Returns the value of the '<em><b>Cost</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Capital cost in dinars; unset: derived from the cost model.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Cost</em>' attribute.
	 * @see #isSetCost()
	 * @see #unsetCost()
	 * @see #setCost(double)
	 * @see org.nafitha.model.NafithaPackage#getRoadmapAction_Cost()
	 * @model unsettable="true"
	 * @generated
	 */
	double getCost();

	/**
	 * Sets the value of the '{@link org.nafitha.model.RoadmapAction#getCost <em>Cost</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cost</em>' attribute.
	 * @see #isSetCost()
	 * @see #unsetCost()
	 * @see #getCost()
	 * @generated
	 */
	void setCost(double value);

	/**
	 * Unsets the value of the '{@link org.nafitha.model.RoadmapAction#getCost <em>Cost</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetCost()
	 * @see #getCost()
	 * @see #setCost(double)
	 * @generated
	 */
	void unsetCost();

	/**
	 * Returns whether the value of the '{@link org.nafitha.model.RoadmapAction#getCost <em>Cost</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Cost</em>' attribute is set.
	 * @see #unsetCost()
	 * @see #getCost()
	 * @see #setCost(double)
	 * @generated
	 */
	boolean isSetCost();

	/**
	 * Returns the value of the '<em><b>Amount</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How many (counters, employees, providers) or the new digital share (0-1).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Amount</em>' attribute.
	 * @see #isSetAmount()
	 * @see #unsetAmount()
	 * @see #setAmount(double)
	 * @see org.nafitha.model.NafithaPackage#getRoadmapAction_Amount()
	 * @model unsettable="true"
	 * @generated
	 */
	double getAmount();

	/**
	 * Sets the value of the '{@link org.nafitha.model.RoadmapAction#getAmount <em>Amount</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Amount</em>' attribute.
	 * @see #isSetAmount()
	 * @see #unsetAmount()
	 * @see #getAmount()
	 * @generated
	 */
	void setAmount(double value);

	/**
	 * Unsets the value of the '{@link org.nafitha.model.RoadmapAction#getAmount <em>Amount</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetAmount()
	 * @see #getAmount()
	 * @see #setAmount(double)
	 * @generated
	 */
	void unsetAmount();

	/**
	 * Returns whether the value of the '{@link org.nafitha.model.RoadmapAction#getAmount <em>Amount</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Amount</em>' attribute is set.
	 * @see #unsetAmount()
	 * @see #getAmount()
	 * @see #setAmount(double)
	 * @generated
	 */
	boolean isSetAmount();

	/**
	 * Returns the value of the '<em><b>Parameter</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Kind-specific: accessibility features (space-separated), a channel, opening hours, or the new position as latitude,longitude.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Parameter</em>' attribute.
	 * @see #setParameter(String)
	 * @see org.nafitha.model.NafithaPackage#getRoadmapAction_Parameter()
	 * @model
	 * @generated
	 */
	String getParameter();

	/**
	 * Sets the value of the '{@link org.nafitha.model.RoadmapAction#getParameter <em>Parameter</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Parameter</em>' attribute.
	 * @see #getParameter()
	 * @generated
	 */
	void setParameter(String value);

	/**
	 * Returns the value of the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Note</em>' attribute.
	 * @see #setNote(String)
	 * @see org.nafitha.model.NafithaPackage#getRoadmapAction_Note()
	 * @model
	 * @generated
	 */
	String getNote();

	/**
	 * Sets the value of the '{@link org.nafitha.model.RoadmapAction#getNote <em>Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Note</em>' attribute.
	 * @see #getNote()
	 * @generated
	 */
	void setNote(String value);

} // RoadmapAction
