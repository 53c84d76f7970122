/**
 */
package org.cxm.model.impl;

import java.util.Collection;

import org.cxm.model.BlockedValue;
import org.cxm.model.CxmPackage;
import org.cxm.model.IdentityResolution;
import org.cxm.model.MatchRule;
import org.cxm.model.SurvivorshipStrategy;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Identity Resolution</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.cxm.model.impl.IdentityResolutionImpl#getMatchRules <em>Match Rules</em>}</li>
 *   <li>{@link org.cxm.model.impl.IdentityResolutionImpl#getBlockedValues <em>Blocked Values</em>}</li>
 *   <li>{@link org.cxm.model.impl.IdentityResolutionImpl#getDefaultRegion <em>Default Region</em>}</li>
 *   <li>{@link org.cxm.model.impl.IdentityResolutionImpl#getSurvivorship <em>Survivorship</em>}</li>
 * </ul>
 *
 * @generated
 */
public class IdentityResolutionImpl extends IdentifiedImpl implements IdentityResolution {
	/**
	 * The cached value of the '{@link #getMatchRules() <em>Match Rules</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMatchRules()
	 * @generated
	 * @ordered
	 */
	protected EList<MatchRule> matchRules;

	/**
	 * The cached value of the '{@link #getBlockedValues() <em>Blocked Values</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBlockedValues()
	 * @generated
	 * @ordered
	 */
	protected EList<BlockedValue> blockedValues;

	/**
	 * The default value of the '{@link #getDefaultRegion() <em>Default Region</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDefaultRegion()
	 * @generated
	 * @ordered
	 */
	protected static final String DEFAULT_REGION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDefaultRegion() <em>Default Region</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDefaultRegion()
	 * @generated
	 * @ordered
	 */
	protected String defaultRegion = DEFAULT_REGION_EDEFAULT;

	/**
	 * The default value of the '{@link #getSurvivorship() <em>Survivorship</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSurvivorship()
	 * @generated
	 * @ordered
	 */
	protected static final SurvivorshipStrategy SURVIVORSHIP_EDEFAULT = SurvivorshipStrategy.SOURCE_PRIORITY;

	/**
	 * The cached value of the '{@link #getSurvivorship() <em>Survivorship</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSurvivorship()
	 * @generated
	 * @ordered
	 */
	protected SurvivorshipStrategy survivorship = SURVIVORSHIP_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected IdentityResolutionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CxmPackage.Literals.IDENTITY_RESOLUTION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<MatchRule> getMatchRules() {
		if (matchRules == null) {
			matchRules = new EObjectContainmentEList<MatchRule>(MatchRule.class, this, CxmPackage.IDENTITY_RESOLUTION__MATCH_RULES);
		}
		return matchRules;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<BlockedValue> getBlockedValues() {
		if (blockedValues == null) {
			blockedValues = new EObjectContainmentEList<BlockedValue>(BlockedValue.class, this, CxmPackage.IDENTITY_RESOLUTION__BLOCKED_VALUES);
		}
		return blockedValues;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDefaultRegion() {
		return defaultRegion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDefaultRegion(String newDefaultRegion) {
		String oldDefaultRegion = defaultRegion;
		defaultRegion = newDefaultRegion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CxmPackage.IDENTITY_RESOLUTION__DEFAULT_REGION, oldDefaultRegion, defaultRegion));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SurvivorshipStrategy getSurvivorship() {
		return survivorship;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSurvivorship(SurvivorshipStrategy newSurvivorship) {
		SurvivorshipStrategy oldSurvivorship = survivorship;
		survivorship = newSurvivorship == null ? SURVIVORSHIP_EDEFAULT : newSurvivorship;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CxmPackage.IDENTITY_RESOLUTION__SURVIVORSHIP, oldSurvivorship, survivorship));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CxmPackage.IDENTITY_RESOLUTION__MATCH_RULES:
				return ((InternalEList<?>)getMatchRules()).basicRemove(otherEnd, msgs);
			case CxmPackage.IDENTITY_RESOLUTION__BLOCKED_VALUES:
				return ((InternalEList<?>)getBlockedValues()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CxmPackage.IDENTITY_RESOLUTION__MATCH_RULES:
				return getMatchRules();
			case CxmPackage.IDENTITY_RESOLUTION__BLOCKED_VALUES:
				return getBlockedValues();
			case CxmPackage.IDENTITY_RESOLUTION__DEFAULT_REGION:
				return getDefaultRegion();
			case CxmPackage.IDENTITY_RESOLUTION__SURVIVORSHIP:
				return getSurvivorship();
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
			case CxmPackage.IDENTITY_RESOLUTION__MATCH_RULES:
				getMatchRules().clear();
				getMatchRules().addAll((Collection<? extends MatchRule>)newValue);
				return;
			case CxmPackage.IDENTITY_RESOLUTION__BLOCKED_VALUES:
				getBlockedValues().clear();
				getBlockedValues().addAll((Collection<? extends BlockedValue>)newValue);
				return;
			case CxmPackage.IDENTITY_RESOLUTION__DEFAULT_REGION:
				setDefaultRegion((String)newValue);
				return;
			case CxmPackage.IDENTITY_RESOLUTION__SURVIVORSHIP:
				setSurvivorship((SurvivorshipStrategy)newValue);
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
			case CxmPackage.IDENTITY_RESOLUTION__MATCH_RULES:
				getMatchRules().clear();
				return;
			case CxmPackage.IDENTITY_RESOLUTION__BLOCKED_VALUES:
				getBlockedValues().clear();
				return;
			case CxmPackage.IDENTITY_RESOLUTION__DEFAULT_REGION:
				setDefaultRegion(DEFAULT_REGION_EDEFAULT);
				return;
			case CxmPackage.IDENTITY_RESOLUTION__SURVIVORSHIP:
				setSurvivorship(SURVIVORSHIP_EDEFAULT);
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
			case CxmPackage.IDENTITY_RESOLUTION__MATCH_RULES:
				return matchRules != null && !matchRules.isEmpty();
			case CxmPackage.IDENTITY_RESOLUTION__BLOCKED_VALUES:
				return blockedValues != null && !blockedValues.isEmpty();
			case CxmPackage.IDENTITY_RESOLUTION__DEFAULT_REGION:
				return DEFAULT_REGION_EDEFAULT == null ? defaultRegion != null : !DEFAULT_REGION_EDEFAULT.equals(defaultRegion);
			case CxmPackage.IDENTITY_RESOLUTION__SURVIVORSHIP:
				return survivorship != SURVIVORSHIP_EDEFAULT;
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
		result.append(" (defaultRegion: "); //$NON-NLS-1$
		result.append(defaultRegion);
		result.append(", survivorship: "); //$NON-NLS-1$
		result.append(survivorship);
		result.append(')');
		return result.toString();
	}

} //IdentityResolutionImpl
