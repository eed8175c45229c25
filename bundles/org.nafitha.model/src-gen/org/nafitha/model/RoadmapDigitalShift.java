/**
 */
package org.nafitha.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Roadmap Digital Shift</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * From a year on, the digital share (0-1) of a service; for a category, the least share of its services (one already above keeps its own).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.nafitha.model.RoadmapDigitalShift#getYear <em>Year</em>}</li>
 *   <li>{@link org.nafitha.model.RoadmapDigitalShift#getService <em>Service</em>}</li>
 *   <li>{@link org.nafitha.model.RoadmapDigitalShift#getCategory <em>Category</em>}</li>
 *   <li>{@link org.nafitha.model.RoadmapDigitalShift#getDigitalShare <em>Digital Share</em>}</li>
 *   <li>{@link org.nafitha.model.RoadmapDigitalShift#getSource <em>Source</em>}</li>
 * </ul>
 *
 * @see org.nafitha.model.NafithaPackage#getRoadmapDigitalShift()
 * @model
 * @generated
 */
public interface RoadmapDigitalShift extends EObject {
	/**
	 * Returns the value of the '<em><b>Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Year</em>' attribute.
	 * @see #setYear(int)
	 * @see org.nafitha.model.NafithaPackage#getRoadmapDigitalShift_Year()
	 * @model
	 * @generated
	 */
	int getYear();

	/**
	 * Sets the value of the '{@link org.nafitha.model.RoadmapDigitalShift#getYear <em>Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Year</em>' attribute.
	 * @see #getYear()
	 * @generated
	 */
	void setYear(int value);

	/**
	 * Returns the value of the '<em><b>Service</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Service</em>' reference.
	 * @see #setService(Service)
	 * @see org.nafitha.model.NafithaPackage#getRoadmapDigitalShift_Service()
	 * @model
	 * @generated
	 */
	Service getService();

	/**
	 * Sets the value of the '{@link org.nafitha.model.RoadmapDigitalShift#getService <em>Service</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Service</em>' reference.
	 * @see #getService()
	 * @generated
	 */
	void setService(Service value);

	/**
	 * Returns the value of the '<em><b>Category</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Category</em>' attribute.
	 * @see #setCategory(String)
	 * @see org.nafitha.model.NafithaPackage#getRoadmapDigitalShift_Category()
	 * @model
	 * @generated
	 */
	String getCategory();

	/**
	 * Sets the value of the '{@link org.nafitha.model.RoadmapDigitalShift#getCategory <em>Category</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Category</em>' attribute.
	 * @see #getCategory()
	 * @generated
	 */
	void setCategory(String value);

	/**
	 * Returns the value of the '<em><b>Digital Share</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Digital Share</em>' attribute.
	 * @see #setDigitalShare(double)
	 * @see org.nafitha.model.NafithaPackage#getRoadmapDigitalShift_DigitalShare()
	 * @model
	 * @generated
	 */
	double getDigitalShare();

	/**
	 * Sets the value of the '{@link org.nafitha.model.RoadmapDigitalShift#getDigitalShare <em>Digital Share</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Digital Share</em>' attribute.
	 * @see #getDigitalShare()
	 * @generated
	 */
	void setDigitalShare(double value);

	/**
	 * Returns the value of the '<em><b>Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Source</em>' attribute.
	 * @see #setSource(String)
	 * @see org.nafitha.model.NafithaPackage#getRoadmapDigitalShift_Source()
	 * @model
	 * @generated
	 */
	String getSource();

	/**
	 * Sets the value of the '{@link org.nafitha.model.RoadmapDigitalShift#getSource <em>Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source</em>' attribute.
	 * @see #getSource()
	 * @generated
	 */
	void setSource(String value);

} // RoadmapDigitalShift
