/**
 */
package org.cxm.model.impl;

import org.cxm.model.BlockedValue;
import org.cxm.model.CxmPackage;
import org.cxm.model.IdentifierKind;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Blocked Value</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.cxm.model.impl.BlockedValueImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.cxm.model.impl.BlockedValueImpl#getPattern <em>Pattern</em>}</li>
 *   <li>{@link org.cxm.model.impl.BlockedValueImpl#getDescription <em>Description</em>}</li>
 *   <li>{@link org.cxm.model.impl.BlockedValueImpl#isBlocksPairs <em>Blocks Pairs</em>}</li>
 * </ul>
 *
 * @generated
 */
public class BlockedValueImpl extends IdentifiedImpl implements BlockedValue {
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
	 * The default value of the '{@link #getPattern() <em>Pattern</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPattern()
	 * @generated
	 * @ordered
	 */
	protected static final String PATTERN_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPattern() <em>Pattern</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPattern()
	 * @generated
	 * @ordered
	 */
	protected String pattern = PATTERN_EDEFAULT;

	/**
	 * The default value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected static final String DESCRIPTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected String description = DESCRIPTION_EDEFAULT;

	/**
	 * The default value of the '{@link #isBlocksPairs() <em>Blocks Pairs</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isBlocksPairs()
	 * @generated
	 * @ordered
	 */
	protected static final boolean BLOCKS_PAIRS_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isBlocksPairs() <em>Blocks Pairs</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isBlocksPairs()
	 * @generated
	 * @ordered
	 */
	protected boolean blocksPairs = BLOCKS_PAIRS_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected BlockedValueImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CxmPackage.Literals.BLOCKED_VALUE;
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
			eNotify(new ENotificationImpl(this, Notification.SET, CxmPackage.BLOCKED_VALUE__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPattern() {
		return pattern;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPattern(String newPattern) {
		String oldPattern = pattern;
		pattern = newPattern;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CxmPackage.BLOCKED_VALUE__PATTERN, oldPattern, pattern));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDescription() {
		return description;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDescription(String newDescription) {
		String oldDescription = description;
		description = newDescription;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CxmPackage.BLOCKED_VALUE__DESCRIPTION, oldDescription, description));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isBlocksPairs() {
		return blocksPairs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBlocksPairs(boolean newBlocksPairs) {
		boolean oldBlocksPairs = blocksPairs;
		blocksPairs = newBlocksPairs;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CxmPackage.BLOCKED_VALUE__BLOCKS_PAIRS, oldBlocksPairs, blocksPairs));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CxmPackage.BLOCKED_VALUE__KIND:
				return getKind();
			case CxmPackage.BLOCKED_VALUE__PATTERN:
				return getPattern();
			case CxmPackage.BLOCKED_VALUE__DESCRIPTION:
				return getDescription();
			case CxmPackage.BLOCKED_VALUE__BLOCKS_PAIRS:
				return isBlocksPairs();
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
			case CxmPackage.BLOCKED_VALUE__KIND:
				setKind((IdentifierKind)newValue);
				return;
			case CxmPackage.BLOCKED_VALUE__PATTERN:
				setPattern((String)newValue);
				return;
			case CxmPackage.BLOCKED_VALUE__DESCRIPTION:
				setDescription((String)newValue);
				return;
			case CxmPackage.BLOCKED_VALUE__BLOCKS_PAIRS:
				setBlocksPairs((Boolean)newValue);
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
			case CxmPackage.BLOCKED_VALUE__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case CxmPackage.BLOCKED_VALUE__PATTERN:
				setPattern(PATTERN_EDEFAULT);
				return;
			case CxmPackage.BLOCKED_VALUE__DESCRIPTION:
				setDescription(DESCRIPTION_EDEFAULT);
				return;
			case CxmPackage.BLOCKED_VALUE__BLOCKS_PAIRS:
				setBlocksPairs(BLOCKS_PAIRS_EDEFAULT);
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
			case CxmPackage.BLOCKED_VALUE__KIND:
				return kind != KIND_EDEFAULT;
			case CxmPackage.BLOCKED_VALUE__PATTERN:
				return PATTERN_EDEFAULT == null ? pattern != null : !PATTERN_EDEFAULT.equals(pattern);
			case CxmPackage.BLOCKED_VALUE__DESCRIPTION:
				return DESCRIPTION_EDEFAULT == null ? description != null : !DESCRIPTION_EDEFAULT.equals(description);
			case CxmPackage.BLOCKED_VALUE__BLOCKS_PAIRS:
				return blocksPairs != BLOCKS_PAIRS_EDEFAULT;
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
		result.append(" (kind: "); //$NON-NLS-1$
		result.append(kind);
		result.append(", pattern: "); //$NON-NLS-1$
		result.append(pattern);
		result.append(", description: "); //$NON-NLS-1$
		result.append(description);
		result.append(", blocksPairs: "); //$NON-NLS-1$
		result.append(blocksPairs);
		result.append(')');
		return result.toString();
	}

} //BlockedValueImpl
