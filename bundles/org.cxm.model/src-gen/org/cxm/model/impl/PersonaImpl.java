/**
 */
package org.cxm.model.impl;

import java.util.Collection;

import org.cxm.model.CustomerSegment;
import org.cxm.model.CxmPackage;
import org.cxm.model.Persona;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectResolvingEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Persona</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.cxm.model.impl.PersonaImpl#getQuote <em>Quote</em>}</li>
 *   <li>{@link org.cxm.model.impl.PersonaImpl#getGoals <em>Goals</em>}</li>
 *   <li>{@link org.cxm.model.impl.PersonaImpl#getNeeds <em>Needs</em>}</li>
 *   <li>{@link org.cxm.model.impl.PersonaImpl#getPreferences <em>Preferences</em>}</li>
 *   <li>{@link org.cxm.model.impl.PersonaImpl#getBehaviours <em>Behaviours</em>}</li>
 *   <li>{@link org.cxm.model.impl.PersonaImpl#getFrustrations <em>Frustrations</em>}</li>
 *   <li>{@link org.cxm.model.impl.PersonaImpl#getSegments <em>Segments</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PersonaImpl extends NamedElementImpl implements Persona {
	/**
	 * The default value of the '{@link #getQuote() <em>Quote</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getQuote()
	 * @generated
	 * @ordered
	 */
	protected static final String QUOTE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getQuote() <em>Quote</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getQuote()
	 * @generated
	 * @ordered
	 */
	protected String quote = QUOTE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getGoals() <em>Goals</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGoals()
	 * @generated
	 * @ordered
	 */
	protected EList<String> goals;

	/**
	 * The cached value of the '{@link #getNeeds() <em>Needs</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNeeds()
	 * @generated
	 * @ordered
	 */
	protected EList<String> needs;

	/**
	 * The cached value of the '{@link #getPreferences() <em>Preferences</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPreferences()
	 * @generated
	 * @ordered
	 */
	protected EList<String> preferences;

	/**
	 * The cached value of the '{@link #getBehaviours() <em>Behaviours</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBehaviours()
	 * @generated
	 * @ordered
	 */
	protected EList<String> behaviours;

	/**
	 * The cached value of the '{@link #getFrustrations() <em>Frustrations</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFrustrations()
	 * @generated
	 * @ordered
	 */
	protected EList<String> frustrations;

	/**
	 * The cached value of the '{@link #getSegments() <em>Segments</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSegments()
	 * @generated
	 * @ordered
	 */
	protected EList<CustomerSegment> segments;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PersonaImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CxmPackage.Literals.PERSONA;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getQuote() {
		return quote;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setQuote(String newQuote) {
		String oldQuote = quote;
		quote = newQuote;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CxmPackage.PERSONA__QUOTE, oldQuote, quote));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getGoals() {
		if (goals == null) {
			goals = new EDataTypeUniqueEList<String>(String.class, this, CxmPackage.PERSONA__GOALS);
		}
		return goals;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getNeeds() {
		if (needs == null) {
			needs = new EDataTypeUniqueEList<String>(String.class, this, CxmPackage.PERSONA__NEEDS);
		}
		return needs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getPreferences() {
		if (preferences == null) {
			preferences = new EDataTypeUniqueEList<String>(String.class, this, CxmPackage.PERSONA__PREFERENCES);
		}
		return preferences;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getBehaviours() {
		if (behaviours == null) {
			behaviours = new EDataTypeUniqueEList<String>(String.class, this, CxmPackage.PERSONA__BEHAVIOURS);
		}
		return behaviours;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getFrustrations() {
		if (frustrations == null) {
			frustrations = new EDataTypeUniqueEList<String>(String.class, this, CxmPackage.PERSONA__FRUSTRATIONS);
		}
		return frustrations;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<CustomerSegment> getSegments() {
		if (segments == null) {
			segments = new EObjectResolvingEList<CustomerSegment>(CustomerSegment.class, this, CxmPackage.PERSONA__SEGMENTS);
		}
		return segments;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CxmPackage.PERSONA__QUOTE:
				return getQuote();
			case CxmPackage.PERSONA__GOALS:
				return getGoals();
			case CxmPackage.PERSONA__NEEDS:
				return getNeeds();
			case CxmPackage.PERSONA__PREFERENCES:
				return getPreferences();
			case CxmPackage.PERSONA__BEHAVIOURS:
				return getBehaviours();
			case CxmPackage.PERSONA__FRUSTRATIONS:
				return getFrustrations();
			case CxmPackage.PERSONA__SEGMENTS:
				return getSegments();
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
			case CxmPackage.PERSONA__QUOTE:
				setQuote((String)newValue);
				return;
			case CxmPackage.PERSONA__GOALS:
				getGoals().clear();
				getGoals().addAll((Collection<? extends String>)newValue);
				return;
			case CxmPackage.PERSONA__NEEDS:
				getNeeds().clear();
				getNeeds().addAll((Collection<? extends String>)newValue);
				return;
			case CxmPackage.PERSONA__PREFERENCES:
				getPreferences().clear();
				getPreferences().addAll((Collection<? extends String>)newValue);
				return;
			case CxmPackage.PERSONA__BEHAVIOURS:
				getBehaviours().clear();
				getBehaviours().addAll((Collection<? extends String>)newValue);
				return;
			case CxmPackage.PERSONA__FRUSTRATIONS:
				getFrustrations().clear();
				getFrustrations().addAll((Collection<? extends String>)newValue);
				return;
			case CxmPackage.PERSONA__SEGMENTS:
				getSegments().clear();
				getSegments().addAll((Collection<? extends CustomerSegment>)newValue);
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
			case CxmPackage.PERSONA__QUOTE:
				setQuote(QUOTE_EDEFAULT);
				return;
			case CxmPackage.PERSONA__GOALS:
				getGoals().clear();
				return;
			case CxmPackage.PERSONA__NEEDS:
				getNeeds().clear();
				return;
			case CxmPackage.PERSONA__PREFERENCES:
				getPreferences().clear();
				return;
			case CxmPackage.PERSONA__BEHAVIOURS:
				getBehaviours().clear();
				return;
			case CxmPackage.PERSONA__FRUSTRATIONS:
				getFrustrations().clear();
				return;
			case CxmPackage.PERSONA__SEGMENTS:
				getSegments().clear();
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
			case CxmPackage.PERSONA__QUOTE:
				return QUOTE_EDEFAULT == null ? quote != null : !QUOTE_EDEFAULT.equals(quote);
			case CxmPackage.PERSONA__GOALS:
				return goals != null && !goals.isEmpty();
			case CxmPackage.PERSONA__NEEDS:
				return needs != null && !needs.isEmpty();
			case CxmPackage.PERSONA__PREFERENCES:
				return preferences != null && !preferences.isEmpty();
			case CxmPackage.PERSONA__BEHAVIOURS:
				return behaviours != null && !behaviours.isEmpty();
			case CxmPackage.PERSONA__FRUSTRATIONS:
				return frustrations != null && !frustrations.isEmpty();
			case CxmPackage.PERSONA__SEGMENTS:
				return segments != null && !segments.isEmpty();
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
		result.append(" (quote: "); //$NON-NLS-1$
		result.append(quote);
		result.append(", goals: "); //$NON-NLS-1$
		result.append(goals);
		result.append(", needs: "); //$NON-NLS-1$
		result.append(needs);
		result.append(", preferences: "); //$NON-NLS-1$
		result.append(preferences);
		result.append(", behaviours: "); //$NON-NLS-1$
		result.append(behaviours);
		result.append(", frustrations: "); //$NON-NLS-1$
		result.append(frustrations);
		result.append(')');
		return result.toString();
	}

} //PersonaImpl
