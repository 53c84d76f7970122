/**
 */
package org.cxm.model.impl;

import org.cxm.model.CxmPackage;
import org.cxm.model.IdentifierKind;
import org.cxm.model.IdentityMapping;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Identity Mapping</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.cxm.model.impl.IdentityMappingImpl#getColumn <em>Column</em>}</li>
 *   <li>{@link org.cxm.model.impl.IdentityMappingImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.cxm.model.impl.IdentityMappingImpl#getRegionColumn <em>Region Column</em>}</li>
 *   <li>{@link org.cxm.model.impl.IdentityMappingImpl#getUnlessColumn <em>Unless Column</em>}</li>
 * </ul>
 *
 * @generated
 */
public class IdentityMappingImpl extends IdentifiedImpl implements IdentityMapping {
	/**
	 * The default value of the '{@link #getColumn() <em>Column</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getColumn()
	 * @generated
	 * @ordered
	 */
	protected static final String COLUMN_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getColumn() <em>Column</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getColumn()
	 * @generated
	 * @ordered
	 */
	protected String column = COLUMN_EDEFAULT;

	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final IdentifierKind KIND_EDEFAULT = IdentifierKind.EMAIL;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected IdentifierKind kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getRegionColumn() <em>Region Column</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRegionColumn()
	 * @generated
	 * @ordered
	 */
	protected static final String REGION_COLUMN_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRegionColumn() <em>Region Column</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRegionColumn()
	 * @generated
	 * @ordered
	 */
	protected String regionColumn = REGION_COLUMN_EDEFAULT;

	/**
	 * The default value of the '{@link #getUnlessColumn() <em>Unless Column</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUnlessColumn()
	 * @generated
	 * @ordered
	 */
	protected static final String UNLESS_COLUMN_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getUnlessColumn() <em>Unless Column</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUnlessColumn()
	 * @generated
	 * @ordered
	 */
	protected String unlessColumn = UNLESS_COLUMN_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected IdentityMappingImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CxmPackage.Literals.IDENTITY_MAPPING;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getColumn() {
		return column;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setColumn(String newColumn) {
		String oldColumn = column;
		column = newColumn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CxmPackage.IDENTITY_MAPPING__COLUMN, oldColumn, column));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public IdentifierKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(IdentifierKind newKind) {
		IdentifierKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CxmPackage.IDENTITY_MAPPING__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRegionColumn() {
		return regionColumn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRegionColumn(String newRegionColumn) {
		String oldRegionColumn = regionColumn;
		regionColumn = newRegionColumn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CxmPackage.IDENTITY_MAPPING__REGION_COLUMN, oldRegionColumn, regionColumn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getUnlessColumn() {
		return unlessColumn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUnlessColumn(String newUnlessColumn) {
		String oldUnlessColumn = unlessColumn;
		unlessColumn = newUnlessColumn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CxmPackage.IDENTITY_MAPPING__UNLESS_COLUMN, oldUnlessColumn, unlessColumn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CxmPackage.IDENTITY_MAPPING__COLUMN:
				return getColumn();
			case CxmPackage.IDENTITY_MAPPING__KIND:
				return getKind();
			case CxmPackage.IDENTITY_MAPPING__REGION_COLUMN:
				return getRegionColumn();
			case CxmPackage.IDENTITY_MAPPING__UNLESS_COLUMN:
				return getUnlessColumn();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case CxmPackage.IDENTITY_MAPPING__COLUMN:
				setColumn((String)newValue);
				return;
			case CxmPackage.IDENTITY_MAPPING__KIND:
				setKind((IdentifierKind)newValue);
				return;
			case CxmPackage.IDENTITY_MAPPING__REGION_COLUMN:
				setRegionColumn((String)newValue);
				return;
			case CxmPackage.IDENTITY_MAPPING__UNLESS_COLUMN:
				setUnlessColumn((String)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case CxmPackage.IDENTITY_MAPPING__COLUMN:
				setColumn(COLUMN_EDEFAULT);
				return;
			case CxmPackage.IDENTITY_MAPPING__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case CxmPackage.IDENTITY_MAPPING__REGION_COLUMN:
				setRegionColumn(REGION_COLUMN_EDEFAULT);
				return;
			case CxmPackage.IDENTITY_MAPPING__UNLESS_COLUMN:
				setUnlessColumn(UNLESS_COLUMN_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case CxmPackage.IDENTITY_MAPPING__COLUMN:
				return COLUMN_EDEFAULT == null ? column != null : !COLUMN_EDEFAULT.equals(column);
			case CxmPackage.IDENTITY_MAPPING__KIND:
				return kind != KIND_EDEFAULT;
			case CxmPackage.IDENTITY_MAPPING__REGION_COLUMN:
				return REGION_COLUMN_EDEFAULT == null ? regionColumn != null : !REGION_COLUMN_EDEFAULT.equals(regionColumn);
			case CxmPackage.IDENTITY_MAPPING__UNLESS_COLUMN:
				return UNLESS_COLUMN_EDEFAULT == null ? unlessColumn != null : !UNLESS_COLUMN_EDEFAULT.equals(unlessColumn);
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (column: "); //$NON-NLS-1$
		result.append(column);
		result.append(", kind: "); //$NON-NLS-1$
		result.append(kind);
		result.append(", regionColumn: "); //$NON-NLS-1$
		result.append(regionColumn);
		result.append(", unlessColumn: "); //$NON-NLS-1$
		result.append(unlessColumn);
		result.append(')');
		return result.toString();
	}

} //IdentityMappingImpl
