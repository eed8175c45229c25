/**
 */
package org.nafitha.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Region</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An administrative region: governorate, district or subdistrict, with its parent.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.nafitha.model.Region#getLevel <em>Level</em>}</li>
 *   <li>{@link org.nafitha.model.Region#getParent <em>Parent</em>}</li>
 *   <li>{@link org.nafitha.model.Region#getAreaKm2 <em>Area Km2</em>}</li>
 *   <li>{@link org.nafitha.model.Region#getWikidata <em>Wikidata</em>}</li>
 *   <li>{@link org.nafitha.model.Region#getGeometryWkt <em>Geometry Wkt</em>}</li>
 * </ul>
 *
 * @see org.nafitha.model.NafithaPackage#getRegion()
 * @model
 * @generated
 */
public interface Region extends Named, Located {
	/**
	 * Returns the value of the '<em><b>Level</b></em>' attribute.
	 * The literals are from the enumeration {@link org.nafitha.model.RegionLevel}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Level</em>' attribute.
	 * @see org.nafitha.model.RegionLevel
	 * @see #setLevel(RegionLevel)
	 * @see org.nafitha.model.NafithaPackage#getRegion_Level()
	 * @model
	 * @generated
	 */
	RegionLevel getLevel();

	/**
	 * Sets the value of the '{@link org.nafitha.model.Region#getLevel <em>Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Level</em>' attribute.
	 * @see org.nafitha.model.RegionLevel
	 * @see #getLevel()
	 * @generated
	 */
	void setLevel(RegionLevel value);

	/**
	 * Returns the value of the '<em><b>Parent</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Parent</em>' reference.
	 * @see #setParent(Region)
	 * @see org.nafitha.model.NafithaPackage#getRegion_Parent()
	 * @model
	 * @generated
	 */
	Region getParent();

	/**
	 * Sets the value of the '{@link org.nafitha.model.Region#getParent <em>Parent</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Parent</em>' reference.
	 * @see #getParent()
	 * @generated
	 */
	void setParent(Region value);

	/**
	 * Returns the value of the '<em><b>Area Km2</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Area Km2</em>' attribute.
	 * @see #setAreaKm2(double)
	 * @see org.nafitha.model.NafithaPackage#getRegion_AreaKm2()
	 * @model
	 * @generated
	 */
	double getAreaKm2();

	/**
	 * Sets the value of the '{@link org.nafitha.model.Region#getAreaKm2 <em>Area Km2</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Area Km2</em>' attribute.
	 * @see #getAreaKm2()
	 * @generated
	 */
	void setAreaKm2(double value);

	/**
	 * Returns the value of the '<em><b>Wikidata</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Wikidata</em>' attribute.
	 * @see #setWikidata(String)
	 * @see org.nafitha.model.NafithaPackage#getRegion_Wikidata()
	 * @model
	 * @generated
	 */
	String getWikidata();

	/**
	 * Sets the value of the '{@link org.nafitha.model.Region#getWikidata <em>Wikidata</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Wikidata</em>' attribute.
	 * @see #getWikidata()
	 * @generated
	 */
	void setWikidata(String value);

	/**
	 * Returns the value of the '<em><b>Geometry Wkt</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Optional boundary in WKT, WGS84 longitude/latitude order.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Geometry Wkt</em>' attribute.
	 * @see #setGeometryWkt(String)
	 * @see org.nafitha.model.NafithaPackage#getRegion_GeometryWkt()
	 * @model
	 * @generated
	 */
	String getGeometryWkt();

	/**
	 * Sets the value of the '{@link org.nafitha.model.Region#getGeometryWkt <em>Geometry Wkt</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Geometry Wkt</em>' attribute.
	 * @see #getGeometryWkt()
	 * @generated
	 */
	void setGeometryWkt(String value);

} // Region
