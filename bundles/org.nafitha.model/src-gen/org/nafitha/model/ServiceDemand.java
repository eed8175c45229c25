/**
 */
package org.nafitha.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Service Demand</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The annual transactions of one service in one zone, overriding what the service rate gives.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.nafitha.model.ServiceDemand#getService <em>Service</em>}</li>
 *   <li>{@link org.nafitha.model.ServiceDemand#getAnnualTransactions <em>Annual Transactions</em>}</li>
 * </ul>
 *
 * @see org.nafitha.model.NafithaPackage#getServiceDemand()
 * @model
 * @generated
 */
public interface ServiceDemand extends EObject {
	/**
	 * Returns the value of the '<em><b>Service</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Service</em>' reference.
	 * @see #setService(Service)
	 * @see org.nafitha.model.NafithaPackage#getServiceDemand_Service()
	 * @model
	 * @generated
	 */
	Service getService();

	/**
	 * Sets the value of the '{@link org.nafitha.model.ServiceDemand#getService <em>Service</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Service</em>' reference.
	 * @see #getService()
	 * @generated
	 */
	void setService(Service value);

	/**
	 * Returns the value of the '<em><b>Annual Transactions</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Annual Transactions</em>' attribute.
	 * @see #setAnnualTransactions(double)
	 * @see org.nafitha.model.NafithaPackage#getServiceDemand_AnnualTransactions()
	 * @model
	 * @generated
	 */
	double getAnnualTransactions();

	/**
	 * Sets the value of the '{@link org.nafitha.model.ServiceDemand#getAnnualTransactions <em>Annual Transactions</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Annual Transactions</em>' attribute.
	 * @see #getAnnualTransactions()
	 * @generated
	 */
	void setAnnualTransactions(double value);

} // ServiceDemand
