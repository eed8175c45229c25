/**
 */
package org.nafitha.model.impl;

import org.eclipse.emf.ecore.EClass;

import org.nafitha.model.Agency;
import org.nafitha.model.NafithaPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Agency</b></em>'.
 * <!-- end-user-doc -->
 *
 * @generated
 */
public class AgencyImpl extends NamedImpl implements Agency {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected AgencyImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return NafithaPackage.Literals.AGENCY;
	}

} //AgencyImpl
