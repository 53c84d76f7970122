/**
 */
package org.cxm.model.impl;

import java.util.Collection;

import org.cxm.model.BusinessObjective;
import org.cxm.model.CxmPackage;
import org.cxm.model.Journey;
import org.cxm.model.JourneyMapType;
import org.cxm.model.Kpi;
import org.cxm.model.Opportunity;
import org.cxm.model.Owner;
import org.cxm.model.Persona;
import org.cxm.model.Stage;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.EObjectResolvingEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Journey</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.cxm.model.impl.JourneyImpl#getMapType <em>Map Type</em>}</li>
 *   <li>{@link org.cxm.model.impl.JourneyImpl#getPersonas <em>Personas</em>}</li>
 *   <li>{@link org.cxm.model.impl.JourneyImpl#getObjectives <em>Objectives</em>}</li>
 *   <li>{@link org.cxm.model.impl.JourneyImpl#getStages <em>Stages</em>}</li>
 *   <li>{@link org.cxm.model.impl.JourneyImpl#getOpportunities <em>Opportunities</em>}</li>
 *   <li>{@link org.cxm.model.impl.JourneyImpl#getKpis <em>Kpis</em>}</li>
 *   <li>{@link org.cxm.model.impl.JourneyImpl#getOwner <em>Owner</em>}</li>
 *   <li>{@link org.cxm.model.impl.JourneyImpl#getCurrentState <em>Current State</em>}</li>
 * </ul>
 *
 * @generated
 */
public class JourneyImpl extends KpiScopeImpl implements Journey {
	/**
	 * The default value of the '{@link #getMapType() <em>Map Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMapType()
	 * @generated
	 * @ordered
	 */
	protected static final JourneyMapType MAP_TYPE_EDEFAULT = JourneyMapType.CURRENT_STATE;

	/**
	 * The cached value of the '{@link #getMapType() <em>Map Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMapType()
	 * @generated
	 * @ordered
	 */
	protected JourneyMapType mapType = MAP_TYPE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getPersonas() <em>Personas</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPersonas()
	 * @generated
	 * @ordered
	 */
	protected EList<Persona> personas;

	/**
	 * The cached value of the '{@link #getObjectives() <em>Objectives</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getObjectives()
	 * @generated
	 * @ordered
	 */
	protected EList<BusinessObjective> objectives;

	/**
	 * The cached value of the '{@link #getStages() <em>Stages</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStages()
	 * @generated
	 * @ordered
	 */
	protected EList<Stage> stages;

	/**
	 * The cached value of the '{@link #getOpportunities() <em>Opportunities</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOpportunities()
	 * @generated
	 * @ordered
	 */
	protected EList<Opportunity> opportunities;

	/**
	 * The cached value of the '{@link #getKpis() <em>Kpis</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKpis()
	 * @generated
	 * @ordered
	 */
	protected EList<Kpi> kpis;

	/**
	 * The cached value of the '{@link #getOwner() <em>Owner</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOwner()
	 * @generated
	 * @ordered
	 */
	protected Owner owner;

	/**
	 * The cached value of the '{@link #getCurrentState() <em>Current State</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCurrentState()
	 * @generated
	 * @ordered
	 */
	protected Journey currentState;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected JourneyImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CxmPackage.Literals.JOURNEY;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public JourneyMapType getMapType() {
		return mapType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMapType(JourneyMapType newMapType) {
		JourneyMapType oldMapType = mapType;
		mapType = newMapType == null ? MAP_TYPE_EDEFAULT : newMapType;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CxmPackage.JOURNEY__MAP_TYPE, oldMapType, mapType));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Persona> getPersonas() {
		if (personas == null) {
			personas = new EObjectResolvingEList<Persona>(Persona.class, this, CxmPackage.JOURNEY__PERSONAS);
		}
		return personas;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<BusinessObjective> getObjectives() {
		if (objectives == null) {
			objectives = new EObjectContainmentEList<BusinessObjective>(BusinessObjective.class, this, CxmPackage.JOURNEY__OBJECTIVES);
		}
		return objectives;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Stage> getStages() {
		if (stages == null) {
			stages = new EObjectContainmentEList<Stage>(Stage.class, this, CxmPackage.JOURNEY__STAGES);
		}
		return stages;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Opportunity> getOpportunities() {
		if (opportunities == null) {
			opportunities = new EObjectContainmentEList<Opportunity>(Opportunity.class, this, CxmPackage.JOURNEY__OPPORTUNITIES);
		}
		return opportunities;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Kpi> getKpis() {
		if (kpis == null) {
			kpis = new EObjectContainmentEList<Kpi>(Kpi.class, this, CxmPackage.JOURNEY__KPIS);
		}
		return kpis;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Owner getOwner() {
		if (owner != null && owner.eIsProxy()) {
			InternalEObject oldOwner = (InternalEObject)owner;
			owner = (Owner)eResolveProxy(oldOwner);
			if (owner != oldOwner) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, CxmPackage.JOURNEY__OWNER, oldOwner, owner));
			}
		}
		return owner;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Owner basicGetOwner() {
		return owner;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOwner(Owner newOwner) {
		Owner oldOwner = owner;
		owner = newOwner;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CxmPackage.JOURNEY__OWNER, oldOwner, owner));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Journey getCurrentState() {
		if (currentState != null && currentState.eIsProxy()) {
			InternalEObject oldCurrentState = (InternalEObject)currentState;
			currentState = (Journey)eResolveProxy(oldCurrentState);
			if (currentState != oldCurrentState) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, CxmPackage.JOURNEY__CURRENT_STATE, oldCurrentState, currentState));
			}
		}
		return currentState;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Journey basicGetCurrentState() {
		return currentState;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCurrentState(Journey newCurrentState) {
		Journey oldCurrentState = currentState;
		currentState = newCurrentState;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CxmPackage.JOURNEY__CURRENT_STATE, oldCurrentState, currentState));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CxmPackage.JOURNEY__OBJECTIVES:
				return ((InternalEList<?>)getObjectives()).basicRemove(otherEnd, msgs);
			case CxmPackage.JOURNEY__STAGES:
				return ((InternalEList<?>)getStages()).basicRemove(otherEnd, msgs);
			case CxmPackage.JOURNEY__OPPORTUNITIES:
				return ((InternalEList<?>)getOpportunities()).basicRemove(otherEnd, msgs);
			case CxmPackage.JOURNEY__KPIS:
				return ((InternalEList<?>)getKpis()).basicRemove(otherEnd, msgs);
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
			case CxmPackage.JOURNEY__MAP_TYPE:
				return getMapType();
			case CxmPackage.JOURNEY__PERSONAS:
				return getPersonas();
			case CxmPackage.JOURNEY__OBJECTIVES:
				return getObjectives();
			case CxmPackage.JOURNEY__STAGES:
				return getStages();
			case CxmPackage.JOURNEY__OPPORTUNITIES:
				return getOpportunities();
			case CxmPackage.JOURNEY__KPIS:
				return getKpis();
			case CxmPackage.JOURNEY__OWNER:
				if (resolve) return getOwner();
				return basicGetOwner();
			case CxmPackage.JOURNEY__CURRENT_STATE:
				if (resolve) return getCurrentState();
				return basicGetCurrentState();
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
			case CxmPackage.JOURNEY__MAP_TYPE:
				setMapType((JourneyMapType)newValue);
				return;
			case CxmPackage.JOURNEY__PERSONAS:
				getPersonas().clear();
				getPersonas().addAll((Collection<? extends Persona>)newValue);
				return;
			case CxmPackage.JOURNEY__OBJECTIVES:
				getObjectives().clear();
				getObjectives().addAll((Collection<? extends BusinessObjective>)newValue);
				return;
			case CxmPackage.JOURNEY__STAGES:
				getStages().clear();
				getStages().addAll((Collection<? extends Stage>)newValue);
				return;
			case CxmPackage.JOURNEY__OPPORTUNITIES:
				getOpportunities().clear();
				getOpportunities().addAll((Collection<? extends Opportunity>)newValue);
				return;
			case CxmPackage.JOURNEY__KPIS:
				getKpis().clear();
				getKpis().addAll((Collection<? extends Kpi>)newValue);
				return;
			case CxmPackage.JOURNEY__OWNER:
				setOwner((Owner)newValue);
				return;
			case CxmPackage.JOURNEY__CURRENT_STATE:
				setCurrentState((Journey)newValue);
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
			case CxmPackage.JOURNEY__MAP_TYPE:
				setMapType(MAP_TYPE_EDEFAULT);
				return;
			case CxmPackage.JOURNEY__PERSONAS:
				getPersonas().clear();
				return;
			case CxmPackage.JOURNEY__OBJECTIVES:
				getObjectives().clear();
				return;
			case CxmPackage.JOURNEY__STAGES:
				getStages().clear();
				return;
			case CxmPackage.JOURNEY__OPPORTUNITIES:
				getOpportunities().clear();
				return;
			case CxmPackage.JOURNEY__KPIS:
				getKpis().clear();
				return;
			case CxmPackage.JOURNEY__OWNER:
				setOwner((Owner)null);
				return;
			case CxmPackage.JOURNEY__CURRENT_STATE:
				setCurrentState((Journey)null);
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
			case CxmPackage.JOURNEY__MAP_TYPE:
				return mapType != MAP_TYPE_EDEFAULT;
			case CxmPackage.JOURNEY__PERSONAS:
				return personas != null && !personas.isEmpty();
			case CxmPackage.JOURNEY__OBJECTIVES:
				return objectives != null && !objectives.isEmpty();
			case CxmPackage.JOURNEY__STAGES:
				return stages != null && !stages.isEmpty();
			case CxmPackage.JOURNEY__OPPORTUNITIES:
				return opportunities != null && !opportunities.isEmpty();
			case CxmPackage.JOURNEY__KPIS:
				return kpis != null && !kpis.isEmpty();
			case CxmPackage.JOURNEY__OWNER:
				return owner != null;
			case CxmPackage.JOURNEY__CURRENT_STATE:
				return currentState != null;
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
		result.append(" (mapType: "); //$NON-NLS-1$
		result.append(mapType);
		result.append(')');
		return result.toString();
	}

} //JourneyImpl
