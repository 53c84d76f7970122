/**
 */
package org.cxm.model.impl;

import java.util.Collection;

import org.cxm.model.CxmPackage;
import org.cxm.model.Kpi;
import org.cxm.model.Opportunity;
import org.cxm.model.OpportunityStatus;
import org.cxm.model.Owner;
import org.cxm.model.PainPoint;
import org.cxm.model.Priority;
import org.cxm.model.Touchpoint;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectResolvingEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Opportunity</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.cxm.model.impl.OpportunityImpl#getOwner <em>Owner</em>}</li>
 *   <li>{@link org.cxm.model.impl.OpportunityImpl#getPriority <em>Priority</em>}</li>
 *   <li>{@link org.cxm.model.impl.OpportunityImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link org.cxm.model.impl.OpportunityImpl#getExpectedImpact <em>Expected Impact</em>}</li>
 *   <li>{@link org.cxm.model.impl.OpportunityImpl#getPainPoints <em>Pain Points</em>}</li>
 *   <li>{@link org.cxm.model.impl.OpportunityImpl#getTouchpoints <em>Touchpoints</em>}</li>
 *   <li>{@link org.cxm.model.impl.OpportunityImpl#getKpis <em>Kpis</em>}</li>
 * </ul>
 *
 * @generated
 */
public class OpportunityImpl extends NamedElementImpl implements Opportunity {
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
	 * The default value of the '{@link #getPriority() <em>Priority</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPriority()
	 * @generated
	 * @ordered
	 */
	protected static final Priority PRIORITY_EDEFAULT = Priority.LOW;

	/**
	 * The cached value of the '{@link #getPriority() <em>Priority</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPriority()
	 * @generated
	 * @ordered
	 */
	protected Priority priority = PRIORITY_EDEFAULT;

	/**
	 * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected static final OpportunityStatus STATUS_EDEFAULT = OpportunityStatus.PROPOSED;

	/**
	 * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected OpportunityStatus status = STATUS_EDEFAULT;

	/**
	 * The default value of the '{@link #getExpectedImpact() <em>Expected Impact</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExpectedImpact()
	 * @generated
	 * @ordered
	 */
	protected static final String EXPECTED_IMPACT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getExpectedImpact() <em>Expected Impact</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExpectedImpact()
	 * @generated
	 * @ordered
	 */
	protected String expectedImpact = EXPECTED_IMPACT_EDEFAULT;

	/**
	 * The cached value of the '{@link #getPainPoints() <em>Pain Points</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPainPoints()
	 * @generated
	 * @ordered
	 */
	protected EList<PainPoint> painPoints;

	/**
	 * The cached value of the '{@link #getTouchpoints() <em>Touchpoints</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTouchpoints()
	 * @generated
	 * @ordered
	 */
	protected EList<Touchpoint> touchpoints;

	/**
	 * The cached value of the '{@link #getKpis() <em>Kpis</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKpis()
	 * @generated
	 * @ordered
	 */
	protected EList<Kpi> kpis;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected OpportunityImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CxmPackage.Literals.OPPORTUNITY;
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, CxmPackage.OPPORTUNITY__OWNER, oldOwner, owner));
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
			eNotify(new ENotificationImpl(this, Notification.SET, CxmPackage.OPPORTUNITY__OWNER, oldOwner, owner));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Priority getPriority() {
		return priority;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPriority(Priority newPriority) {
		Priority oldPriority = priority;
		priority = newPriority == null ? PRIORITY_EDEFAULT : newPriority;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CxmPackage.OPPORTUNITY__PRIORITY, oldPriority, priority));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public OpportunityStatus getStatus() {
		return status;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(OpportunityStatus newStatus) {
		OpportunityStatus oldStatus = status;
		status = newStatus == null ? STATUS_EDEFAULT : newStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CxmPackage.OPPORTUNITY__STATUS, oldStatus, status));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getExpectedImpact() {
		return expectedImpact;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setExpectedImpact(String newExpectedImpact) {
		String oldExpectedImpact = expectedImpact;
		expectedImpact = newExpectedImpact;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CxmPackage.OPPORTUNITY__EXPECTED_IMPACT, oldExpectedImpact, expectedImpact));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<PainPoint> getPainPoints() {
		if (painPoints == null) {
			painPoints = new EObjectResolvingEList<PainPoint>(PainPoint.class, this, CxmPackage.OPPORTUNITY__PAIN_POINTS);
		}
		return painPoints;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Touchpoint> getTouchpoints() {
		if (touchpoints == null) {
			touchpoints = new EObjectResolvingEList<Touchpoint>(Touchpoint.class, this, CxmPackage.OPPORTUNITY__TOUCHPOINTS);
		}
		return touchpoints;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Kpi> getKpis() {
		if (kpis == null) {
			kpis = new EObjectResolvingEList<Kpi>(Kpi.class, this, CxmPackage.OPPORTUNITY__KPIS);
		}
		return kpis;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CxmPackage.OPPORTUNITY__OWNER:
				if (resolve) return getOwner();
				return basicGetOwner();
			case CxmPackage.OPPORTUNITY__PRIORITY:
				return getPriority();
			case CxmPackage.OPPORTUNITY__STATUS:
				return getStatus();
			case CxmPackage.OPPORTUNITY__EXPECTED_IMPACT:
				return getExpectedImpact();
			case CxmPackage.OPPORTUNITY__PAIN_POINTS:
				return getPainPoints();
			case CxmPackage.OPPORTUNITY__TOUCHPOINTS:
				return getTouchpoints();
			case CxmPackage.OPPORTUNITY__KPIS:
				return getKpis();
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
			case CxmPackage.OPPORTUNITY__OWNER:
				setOwner((Owner)newValue);
				return;
			case CxmPackage.OPPORTUNITY__PRIORITY:
				setPriority((Priority)newValue);
				return;
			case CxmPackage.OPPORTUNITY__STATUS:
				setStatus((OpportunityStatus)newValue);
				return;
			case CxmPackage.OPPORTUNITY__EXPECTED_IMPACT:
				setExpectedImpact((String)newValue);
				return;
			case CxmPackage.OPPORTUNITY__PAIN_POINTS:
				getPainPoints().clear();
				getPainPoints().addAll((Collection<? extends PainPoint>)newValue);
				return;
			case CxmPackage.OPPORTUNITY__TOUCHPOINTS:
				getTouchpoints().clear();
				getTouchpoints().addAll((Collection<? extends Touchpoint>)newValue);
				return;
			case CxmPackage.OPPORTUNITY__KPIS:
				getKpis().clear();
				getKpis().addAll((Collection<? extends Kpi>)newValue);
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
			case CxmPackage.OPPORTUNITY__OWNER:
				setOwner((Owner)null);
				return;
			case CxmPackage.OPPORTUNITY__PRIORITY:
				setPriority(PRIORITY_EDEFAULT);
				return;
			case CxmPackage.OPPORTUNITY__STATUS:
				setStatus(STATUS_EDEFAULT);
				return;
			case CxmPackage.OPPORTUNITY__EXPECTED_IMPACT:
				setExpectedImpact(EXPECTED_IMPACT_EDEFAULT);
				return;
			case CxmPackage.OPPORTUNITY__PAIN_POINTS:
				getPainPoints().clear();
				return;
			case CxmPackage.OPPORTUNITY__TOUCHPOINTS:
				getTouchpoints().clear();
				return;
			case CxmPackage.OPPORTUNITY__KPIS:
				getKpis().clear();
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
			case CxmPackage.OPPORTUNITY__OWNER:
				return owner != null;
			case CxmPackage.OPPORTUNITY__PRIORITY:
				return priority != PRIORITY_EDEFAULT;
			case CxmPackage.OPPORTUNITY__STATUS:
				return status != STATUS_EDEFAULT;
			case CxmPackage.OPPORTUNITY__EXPECTED_IMPACT:
				return EXPECTED_IMPACT_EDEFAULT == null ? expectedImpact != null : !EXPECTED_IMPACT_EDEFAULT.equals(expectedImpact);
			case CxmPackage.OPPORTUNITY__PAIN_POINTS:
				return painPoints != null && !painPoints.isEmpty();
			case CxmPackage.OPPORTUNITY__TOUCHPOINTS:
				return touchpoints != null && !touchpoints.isEmpty();
			case CxmPackage.OPPORTUNITY__KPIS:
				return kpis != null && !kpis.isEmpty();
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
		result.append(" (priority: "); //$NON-NLS-1$
		result.append(priority);
		result.append(", status: "); //$NON-NLS-1$
		result.append(status);
		result.append(", expectedImpact: "); //$NON-NLS-1$
		result.append(expectedImpact);
		result.append(')');
		return result.toString();
	}

} //OpportunityImpl
