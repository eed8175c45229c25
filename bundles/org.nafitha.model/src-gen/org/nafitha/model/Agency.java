/**
 */
package org.nafitha.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Agency</b></em>'.
 * <!-- end-user-doc -->
 *
 *
 * @see org.nafitha.model.NafithaPackage#getAgency()
 * @model
 * @generated
 */
public interface Agency extends Named {
} // Agency
