/**
 */
package org.nafitha.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Service</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.nafitha.model.Service#getAgency <em>Agency</em>}</li>
 *   <li>{@link org.nafitha.model.Service#getCategory <em>Category</em>}</li>
 *   <li>{@link org.nafitha.model.Service#getAnnualTransactions <em>Annual Transactions</em>}</li>
 *   <li>{@link org.nafitha.model.Service#getMeanHandlingMinutes <em>Mean Handling Minutes</em>}</li>
 * </ul>
 *
 * @see org.nafitha.model.NafithaPackage#getService()
 * @model
 * @generated
 */
public interface Service extends Named {
	/**
	 * Returns the value of the '<em><b>Agency</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Agency</em>' reference.
	 * @see #setAgency(Agency)
	 * @see org.nafitha.model.NafithaPackage#getService_Agency()
	 * @model
	 * @generated
	 */
	Agency getAgency();

	/**
	 * Sets the value of the '{@link org.nafitha.model.Service#getAgency <em>Agency</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Agency</em>' reference.
	 * @see #getAgency()
	 * @generated
	 */
	void setAgency(Agency value);

	/**
	 * Returns the value of the '<em><b>Category</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Category</em>' attribute.
	 * @see #setCategory(String)
	 * @see org.nafitha.model.NafithaPackage#getService_Category()
	 * @model
	 * @generated
	 */
	String getCategory();

	/**
	 * Sets the value of the '{@link org.nafitha.model.Service#getCategory <em>Category</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Category</em>' attribute.
	 * @see #getCategory()
	 * @generated
	 */
	void setCategory(String value);

	/**
	 * Returns the value of the '<em><b>Annual Transactions</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Annual Transactions</em>' attribute.
	 * @see #setAnnualTransactions(long)
	 * @see org.nafitha.model.NafithaPackage#getService_AnnualTransactions()
	 * @model
	 * @generated
	 */
	long getAnnualTransactions();

	/**
	 * Sets the value of the '{@link org.nafitha.model.Service#getAnnualTransactions <em>Annual Transactions</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Annual Transactions</em>' attribute.
	 * @see #getAnnualTransactions()
	 * @generated
	 */
	void setAnnualTransactions(long value);

	/**
	 * Returns the value of the '<em><b>Mean Handling Minutes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Mean Handling Minutes</em>' attribute.
	 * @see #setMeanHandlingMinutes(double)
	 * @see org.nafitha.model.NafithaPackage#getService_MeanHandlingMinutes()
	 * @model
	 * @generated
	 */
	double getMeanHandlingMinutes();

	/**
	 * Sets the value of the '{@link org.nafitha.model.Service#getMeanHandlingMinutes <em>Mean Handling Minutes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mean Handling Minutes</em>' attribute.
	 * @see #getMeanHandlingMinutes()
	 * @generated
	 */
	void setMeanHandlingMinutes(double value);

} // Service
