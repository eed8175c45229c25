/**
 */
package org.nafitha.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Document Requirement</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A document or piece of data a service requires, and who issues or holds it: under the once-only principle the government fetches what it already holds instead of asking the citizen.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.nafitha.model.DocumentRequirement#getIssuer <em>Issuer</em>}</li>
 *   <li>{@link org.nafitha.model.DocumentRequirement#isHeldByGovernment <em>Held By Government</em>}</li>
 *   <li>{@link org.nafitha.model.DocumentRequirement#isFetchedByGovernment <em>Fetched By Government</em>}</li>
 * </ul>
 *
 * @see org.nafitha.model.NafithaPackage#getDocumentRequirement()
 * @model
 * @generated
 */
public interface DocumentRequirement extends Named {
	/**
	 * Returns the value of the '<em><b>Issuer</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The agency that issues or holds the document; none when the citizen produces it (e.g. a private contract).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Issuer</em>' reference.
	 * @see #setIssuer(Agency)
	 * @see org.nafitha.model.NafithaPackage#getDocumentRequirement_Issuer()
	 * @model
	 * @generated
	 */
	Agency getIssuer();

	/**
	 * Sets the value of the '{@link org.nafitha.model.DocumentRequirement#getIssuer <em>Issuer</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Issuer</em>' reference.
	 * @see #getIssuer()
	 * @generated
	 */
	void setIssuer(Agency value);

	/**
	 * Returns the value of the '<em><b>Held By Government</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The government issues or holds this document (so it could be fetched once-only).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Held By Government</em>' attribute.
	 * @see #setHeldByGovernment(boolean)
	 * @see org.nafitha.model.NafithaPackage#getDocumentRequirement_HeldByGovernment()
	 * @model
	 * @generated
	 */
	boolean isHeldByGovernment();

	/**
	 * Sets the value of the '{@link org.nafitha.model.DocumentRequirement#isHeldByGovernment <em>Held By Government</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Held By Government</em>' attribute.
	 * @see #isHeldByGovernment()
	 * @generated
	 */
	void setHeldByGovernment(boolean value);

	/**
	 * Returns the value of the '<em><b>Fetched By Government</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The agency already fetches it itself: the citizen no longer brings it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Fetched By Government</em>' attribute.
	 * @see #setFetchedByGovernment(boolean)
	 * @see org.nafitha.model.NafithaPackage#getDocumentRequirement_FetchedByGovernment()
	 * @model
	 * @generated
	 */
	boolean isFetchedByGovernment();

	/**
	 * Sets the value of the '{@link org.nafitha.model.DocumentRequirement#isFetchedByGovernment <em>Fetched By Government</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Fetched By Government</em>' attribute.
	 * @see #isFetchedByGovernment()
	 * @generated
	 */
	void setFetchedByGovernment(boolean value);

} // DocumentRequirement
