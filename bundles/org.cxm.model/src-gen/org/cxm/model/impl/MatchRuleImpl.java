/**
 */
package org.cxm.model.impl;

import java.util.Collection;
import org.cxm.model.CxmPackage;
import org.cxm.model.IdentifierKind;
import org.cxm.model.MatchRule;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Match Rule</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.cxm.model.impl.MatchRuleImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.cxm.model.impl.MatchRuleImpl#isEnabled <em>Enabled</em>}</li>
 *   <li>{@link org.cxm.model.impl.MatchRuleImpl#getAlsoKinds <em>Also Kinds</em>}</li>
 * </ul>
 *
 * @generated
 */
public class MatchRuleImpl extends NamedElementImpl implements MatchRule {
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
	 * The default value of the '{@link #isEnabled() <em>Enabled</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isEnabled()
	 * @generated
	 * @ordered
	 */
	protected static final boolean ENABLED_EDEFAULT = true;

	/**
	 * The cached value of the '{@link #isEnabled() <em>Enabled</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isEnabled()
	 * @generated
	 * @ordered
	 */
	protected boolean enabled = ENABLED_EDEFAULT;

	/**
	 * The cached value of the '{@link #getAlsoKinds() <em>Also Kinds</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAlsoKinds()
	 * @generated
	 * @ordered
	 */
	protected EList<IdentifierKind> alsoKinds;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected MatchRuleImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CxmPackage.Literals.MATCH_RULE;
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
			eNotify(new ENotificationImpl(this, Notification.SET, CxmPackage.MATCH_RULE__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isEnabled() {
		return enabled;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEnabled(boolean newEnabled) {
		boolean oldEnabled = enabled;
		enabled = newEnabled;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CxmPackage.MATCH_RULE__ENABLED, oldEnabled, enabled));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<IdentifierKind> getAlsoKinds() {
		if (alsoKinds == null) {
			alsoKinds = new EDataTypeUniqueEList<IdentifierKind>(IdentifierKind.class, this, CxmPackage.MATCH_RULE__ALSO_KINDS);
		}
		return alsoKinds;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CxmPackage.MATCH_RULE__KIND:
				return getKind();
			case CxmPackage.MATCH_RULE__ENABLED:
				return isEnabled();
			case CxmPackage.MATCH_RULE__ALSO_KINDS:
				return getAlsoKinds();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case CxmPackage.MATCH_RULE__KIND:
				setKind((IdentifierKind)newValue);
				return;
			case CxmPackage.MATCH_RULE__ENABLED:
				setEnabled((Boolean)newValue);
				return;
			case CxmPackage.MATCH_RULE__ALSO_KINDS:
				getAlsoKinds().clear();
				getAlsoKinds().addAll((Collection<? extends IdentifierKind>)newValue);
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
			case CxmPackage.MATCH_RULE__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case CxmPackage.MATCH_RULE__ENABLED:
				setEnabled(ENABLED_EDEFAULT);
				return;
			case CxmPackage.MATCH_RULE__ALSO_KINDS:
				getAlsoKinds().clear();
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
			case CxmPackage.MATCH_RULE__KIND:
				return kind != KIND_EDEFAULT;
			case CxmPackage.MATCH_RULE__ENABLED:
				return enabled != ENABLED_EDEFAULT;
			case CxmPackage.MATCH_RULE__ALSO_KINDS:
				return alsoKinds != null && !alsoKinds.isEmpty();
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
		result.append(", enabled: "); //$NON-NLS-1$
		result.append(enabled);
		result.append(", alsoKinds: "); //$NON-NLS-1$
		result.append(alsoKinds);
		result.append(')');
		return result.toString();
	}

} //MatchRuleImpl
