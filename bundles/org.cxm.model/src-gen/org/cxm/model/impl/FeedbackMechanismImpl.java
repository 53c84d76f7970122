/**
 */
package org.cxm.model.impl;

import java.util.Collection;

import org.cxm.model.Channel;
import org.cxm.model.CxmPackage;
import org.cxm.model.FeedbackKind;
import org.cxm.model.FeedbackMechanism;
import org.cxm.model.Kpi;
import org.cxm.model.Owner;
import org.cxm.model.Touchpoint;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectResolvingEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Feedback Mechanism</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.cxm.model.impl.FeedbackMechanismImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.cxm.model.impl.FeedbackMechanismImpl#getCollectedAt <em>Collected At</em>}</li>
 *   <li>{@link org.cxm.model.impl.FeedbackMechanismImpl#getChannel <em>Channel</em>}</li>
 *   <li>{@link org.cxm.model.impl.FeedbackMechanismImpl#getFrequency <em>Frequency</em>}</li>
 *   <li>{@link org.cxm.model.impl.FeedbackMechanismImpl#getOwner <em>Owner</em>}</li>
 *   <li>{@link org.cxm.model.impl.FeedbackMechanismImpl#getMeasures <em>Measures</em>}</li>
 * </ul>
 *
 * @generated
 */
public class FeedbackMechanismImpl extends NamedElementImpl implements FeedbackMechanism {
	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final FeedbackKind KIND_EDEFAULT = FeedbackKind.NPS_SURVEY;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected FeedbackKind kind = KIND_EDEFAULT;

	/**
	 * The cached value of the '{@link #getCollectedAt() <em>Collected At</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCollectedAt()
	 * @generated
	 * @ordered
	 */
	protected EList<Touchpoint> collectedAt;

	/**
	 * The cached value of the '{@link #getChannel() <em>Channel</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChannel()
	 * @generated
	 * @ordered
	 */
	protected Channel channel;

	/**
	 * The default value of the '{@link #getFrequency() <em>Frequency</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFrequency()
	 * @generated
	 * @ordered
	 */
	protected static final String FREQUENCY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFrequency() <em>Frequency</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFrequency()
	 * @generated
	 * @ordered
	 */
	protected String frequency = FREQUENCY_EDEFAULT;

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
	 * The cached value of the '{@link #getMeasures() <em>Measures</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMeasures()
	 * @generated
	 * @ordered
	 */
	protected EList<Kpi> measures;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected FeedbackMechanismImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CxmPackage.Literals.FEEDBACK_MECHANISM;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FeedbackKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(FeedbackKind newKind) {
		FeedbackKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CxmPackage.FEEDBACK_MECHANISM__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Touchpoint> getCollectedAt() {
		if (collectedAt == null) {
			collectedAt = new EObjectResolvingEList<Touchpoint>(Touchpoint.class, this, CxmPackage.FEEDBACK_MECHANISM__COLLECTED_AT);
		}
		return collectedAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Channel getChannel() {
		if (channel != null && channel.eIsProxy()) {
			InternalEObject oldChannel = (InternalEObject)channel;
			channel = (Channel)eResolveProxy(oldChannel);
			if (channel != oldChannel) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, CxmPackage.FEEDBACK_MECHANISM__CHANNEL, oldChannel, channel));
			}
		}
		return channel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Channel basicGetChannel() {
		return channel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setChannel(Channel newChannel) {
		Channel oldChannel = channel;
		channel = newChannel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CxmPackage.FEEDBACK_MECHANISM__CHANNEL, oldChannel, channel));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFrequency() {
		return frequency;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFrequency(String newFrequency) {
		String oldFrequency = frequency;
		frequency = newFrequency;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CxmPackage.FEEDBACK_MECHANISM__FREQUENCY, oldFrequency, frequency));
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, CxmPackage.FEEDBACK_MECHANISM__OWNER, oldOwner, owner));
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
			eNotify(new ENotificationImpl(this, Notification.SET, CxmPackage.FEEDBACK_MECHANISM__OWNER, oldOwner, owner));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Kpi> getMeasures() {
		if (measures == null) {
			measures = new EObjectResolvingEList<Kpi>(Kpi.class, this, CxmPackage.FEEDBACK_MECHANISM__MEASURES);
		}
		return measures;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CxmPackage.FEEDBACK_MECHANISM__KIND:
				return getKind();
			case CxmPackage.FEEDBACK_MECHANISM__COLLECTED_AT:
				return getCollectedAt();
			case CxmPackage.FEEDBACK_MECHANISM__CHANNEL:
				if (resolve) return getChannel();
				return basicGetChannel();
			case CxmPackage.FEEDBACK_MECHANISM__FREQUENCY:
				return getFrequency();
			case CxmPackage.FEEDBACK_MECHANISM__OWNER:
				if (resolve) return getOwner();
				return basicGetOwner();
			case CxmPackage.FEEDBACK_MECHANISM__MEASURES:
				return getMeasures();
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
			case CxmPackage.FEEDBACK_MECHANISM__KIND:
				setKind((FeedbackKind)newValue);
				return;
			case CxmPackage.FEEDBACK_MECHANISM__COLLECTED_AT:
				getCollectedAt().clear();
				getCollectedAt().addAll((Collection<? extends Touchpoint>)newValue);
				return;
			case CxmPackage.FEEDBACK_MECHANISM__CHANNEL:
				setChannel((Channel)newValue);
				return;
			case CxmPackage.FEEDBACK_MECHANISM__FREQUENCY:
				setFrequency((String)newValue);
				return;
			case CxmPackage.FEEDBACK_MECHANISM__OWNER:
				setOwner((Owner)newValue);
				return;
			case CxmPackage.FEEDBACK_MECHANISM__MEASURES:
				getMeasures().clear();
				getMeasures().addAll((Collection<? extends Kpi>)newValue);
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
			case CxmPackage.FEEDBACK_MECHANISM__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case CxmPackage.FEEDBACK_MECHANISM__COLLECTED_AT:
				getCollectedAt().clear();
				return;
			case CxmPackage.FEEDBACK_MECHANISM__CHANNEL:
				setChannel((Channel)null);
				return;
			case CxmPackage.FEEDBACK_MECHANISM__FREQUENCY:
				setFrequency(FREQUENCY_EDEFAULT);
				return;
			case CxmPackage.FEEDBACK_MECHANISM__OWNER:
				setOwner((Owner)null);
				return;
			case CxmPackage.FEEDBACK_MECHANISM__MEASURES:
				getMeasures().clear();
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
			case CxmPackage.FEEDBACK_MECHANISM__KIND:
				return kind != KIND_EDEFAULT;
			case CxmPackage.FEEDBACK_MECHANISM__COLLECTED_AT:
				return collectedAt != null && !collectedAt.isEmpty();
			case CxmPackage.FEEDBACK_MECHANISM__CHANNEL:
				return channel != null;
			case CxmPackage.FEEDBACK_MECHANISM__FREQUENCY:
				return FREQUENCY_EDEFAULT == null ? frequency != null : !FREQUENCY_EDEFAULT.equals(frequency);
			case CxmPackage.FEEDBACK_MECHANISM__OWNER:
				return owner != null;
			case CxmPackage.FEEDBACK_MECHANISM__MEASURES:
				return measures != null && !measures.isEmpty();
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
		result.append(", frequency: "); //$NON-NLS-1$
		result.append(frequency);
		result.append(')');
		return result.toString();
	}

} //FeedbackMechanismImpl
