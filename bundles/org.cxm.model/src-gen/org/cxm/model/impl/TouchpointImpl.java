/**
 */
package org.cxm.model.impl;

import java.util.Collection;

import org.cxm.model.Channel;
import org.cxm.model.CxmPackage;
import org.cxm.model.MomentOfDelight;
import org.cxm.model.Owner;
import org.cxm.model.PainPoint;
import org.cxm.model.ServiceAction;
import org.cxm.model.Touchpoint;

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
 * An implementation of the model object '<em><b>Touchpoint</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.cxm.model.impl.TouchpointImpl#getChannel <em>Channel</em>}</li>
 *   <li>{@link org.cxm.model.impl.TouchpointImpl#getCustomerAction <em>Customer Action</em>}</li>
 *   <li>{@link org.cxm.model.impl.TouchpointImpl#getThoughts <em>Thoughts</em>}</li>
 *   <li>{@link org.cxm.model.impl.TouchpointImpl#getEmotion <em>Emotion</em>}</li>
 *   <li>{@link org.cxm.model.impl.TouchpointImpl#getFeeling <em>Feeling</em>}</li>
 *   <li>{@link org.cxm.model.impl.TouchpointImpl#isMomentOfTruth <em>Moment Of Truth</em>}</li>
 *   <li>{@link org.cxm.model.impl.TouchpointImpl#isOptional <em>Optional</em>}</li>
 *   <li>{@link org.cxm.model.impl.TouchpointImpl#getOwner <em>Owner</em>}</li>
 *   <li>{@link org.cxm.model.impl.TouchpointImpl#getPainPoints <em>Pain Points</em>}</li>
 *   <li>{@link org.cxm.model.impl.TouchpointImpl#getDelights <em>Delights</em>}</li>
 *   <li>{@link org.cxm.model.impl.TouchpointImpl#getFrontstageActions <em>Frontstage Actions</em>}</li>
 *   <li>{@link org.cxm.model.impl.TouchpointImpl#getBackstageActions <em>Backstage Actions</em>}</li>
 *   <li>{@link org.cxm.model.impl.TouchpointImpl#getSupportProcesses <em>Support Processes</em>}</li>
 * </ul>
 *
 * @generated
 */
public class TouchpointImpl extends KpiScopeImpl implements Touchpoint {
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
	 * The default value of the '{@link #getCustomerAction() <em>Customer Action</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCustomerAction()
	 * @generated
	 * @ordered
	 */
	protected static final String CUSTOMER_ACTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCustomerAction() <em>Customer Action</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCustomerAction()
	 * @generated
	 * @ordered
	 */
	protected String customerAction = CUSTOMER_ACTION_EDEFAULT;

	/**
	 * The default value of the '{@link #getThoughts() <em>Thoughts</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getThoughts()
	 * @generated
	 * @ordered
	 */
	protected static final String THOUGHTS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getThoughts() <em>Thoughts</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getThoughts()
	 * @generated
	 * @ordered
	 */
	protected String thoughts = THOUGHTS_EDEFAULT;

	/**
	 * The default value of the '{@link #getEmotion() <em>Emotion</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEmotion()
	 * @generated
	 * @ordered
	 */
	protected static final int EMOTION_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getEmotion() <em>Emotion</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEmotion()
	 * @generated
	 * @ordered
	 */
	protected int emotion = EMOTION_EDEFAULT;

	/**
	 * The default value of the '{@link #getFeeling() <em>Feeling</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFeeling()
	 * @generated
	 * @ordered
	 */
	protected static final String FEELING_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFeeling() <em>Feeling</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFeeling()
	 * @generated
	 * @ordered
	 */
	protected String feeling = FEELING_EDEFAULT;

	/**
	 * The default value of the '{@link #isMomentOfTruth() <em>Moment Of Truth</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isMomentOfTruth()
	 * @generated
	 * @ordered
	 */
	protected static final boolean MOMENT_OF_TRUTH_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isMomentOfTruth() <em>Moment Of Truth</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isMomentOfTruth()
	 * @generated
	 * @ordered
	 */
	protected boolean momentOfTruth = MOMENT_OF_TRUTH_EDEFAULT;

	/**
	 * The default value of the '{@link #isOptional() <em>Optional</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isOptional()
	 * @generated
	 * @ordered
	 */
	protected static final boolean OPTIONAL_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isOptional() <em>Optional</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isOptional()
	 * @generated
	 * @ordered
	 */
	protected boolean optional = OPTIONAL_EDEFAULT;

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
	 * The cached value of the '{@link #getPainPoints() <em>Pain Points</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPainPoints()
	 * @generated
	 * @ordered
	 */
	protected EList<PainPoint> painPoints;

	/**
	 * The cached value of the '{@link #getDelights() <em>Delights</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDelights()
	 * @generated
	 * @ordered
	 */
	protected EList<MomentOfDelight> delights;

	/**
	 * The cached value of the '{@link #getFrontstageActions() <em>Frontstage Actions</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFrontstageActions()
	 * @generated
	 * @ordered
	 */
	protected EList<ServiceAction> frontstageActions;

	/**
	 * The cached value of the '{@link #getBackstageActions() <em>Backstage Actions</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBackstageActions()
	 * @generated
	 * @ordered
	 */
	protected EList<ServiceAction> backstageActions;

	/**
	 * The cached value of the '{@link #getSupportProcesses() <em>Support Processes</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSupportProcesses()
	 * @generated
	 * @ordered
	 */
	protected EList<ServiceAction> supportProcesses;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected TouchpointImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CxmPackage.Literals.TOUCHPOINT;
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, CxmPackage.TOUCHPOINT__CHANNEL, oldChannel, channel));
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
			eNotify(new ENotificationImpl(this, Notification.SET, CxmPackage.TOUCHPOINT__CHANNEL, oldChannel, channel));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCustomerAction() {
		return customerAction;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCustomerAction(String newCustomerAction) {
		String oldCustomerAction = customerAction;
		customerAction = newCustomerAction;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CxmPackage.TOUCHPOINT__CUSTOMER_ACTION, oldCustomerAction, customerAction));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getThoughts() {
		return thoughts;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setThoughts(String newThoughts) {
		String oldThoughts = thoughts;
		thoughts = newThoughts;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CxmPackage.TOUCHPOINT__THOUGHTS, oldThoughts, thoughts));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getEmotion() {
		return emotion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEmotion(int newEmotion) {
		int oldEmotion = emotion;
		emotion = newEmotion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CxmPackage.TOUCHPOINT__EMOTION, oldEmotion, emotion));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFeeling() {
		return feeling;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFeeling(String newFeeling) {
		String oldFeeling = feeling;
		feeling = newFeeling;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CxmPackage.TOUCHPOINT__FEELING, oldFeeling, feeling));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isMomentOfTruth() {
		return momentOfTruth;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMomentOfTruth(boolean newMomentOfTruth) {
		boolean oldMomentOfTruth = momentOfTruth;
		momentOfTruth = newMomentOfTruth;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CxmPackage.TOUCHPOINT__MOMENT_OF_TRUTH, oldMomentOfTruth, momentOfTruth));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isOptional() {
		return optional;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOptional(boolean newOptional) {
		boolean oldOptional = optional;
		optional = newOptional;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CxmPackage.TOUCHPOINT__OPTIONAL, oldOptional, optional));
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, CxmPackage.TOUCHPOINT__OWNER, oldOwner, owner));
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
			eNotify(new ENotificationImpl(this, Notification.SET, CxmPackage.TOUCHPOINT__OWNER, oldOwner, owner));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<PainPoint> getPainPoints() {
		if (painPoints == null) {
			painPoints = new EObjectContainmentEList<PainPoint>(PainPoint.class, this, CxmPackage.TOUCHPOINT__PAIN_POINTS);
		}
		return painPoints;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<MomentOfDelight> getDelights() {
		if (delights == null) {
			delights = new EObjectContainmentEList<MomentOfDelight>(MomentOfDelight.class, this, CxmPackage.TOUCHPOINT__DELIGHTS);
		}
		return delights;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ServiceAction> getFrontstageActions() {
		if (frontstageActions == null) {
			frontstageActions = new EObjectContainmentEList<ServiceAction>(ServiceAction.class, this, CxmPackage.TOUCHPOINT__FRONTSTAGE_ACTIONS);
		}
		return frontstageActions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ServiceAction> getBackstageActions() {
		if (backstageActions == null) {
			backstageActions = new EObjectContainmentEList<ServiceAction>(ServiceAction.class, this, CxmPackage.TOUCHPOINT__BACKSTAGE_ACTIONS);
		}
		return backstageActions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ServiceAction> getSupportProcesses() {
		if (supportProcesses == null) {
			supportProcesses = new EObjectContainmentEList<ServiceAction>(ServiceAction.class, this, CxmPackage.TOUCHPOINT__SUPPORT_PROCESSES);
		}
		return supportProcesses;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CxmPackage.TOUCHPOINT__PAIN_POINTS:
				return ((InternalEList<?>)getPainPoints()).basicRemove(otherEnd, msgs);
			case CxmPackage.TOUCHPOINT__DELIGHTS:
				return ((InternalEList<?>)getDelights()).basicRemove(otherEnd, msgs);
			case CxmPackage.TOUCHPOINT__FRONTSTAGE_ACTIONS:
				return ((InternalEList<?>)getFrontstageActions()).basicRemove(otherEnd, msgs);
			case CxmPackage.TOUCHPOINT__BACKSTAGE_ACTIONS:
				return ((InternalEList<?>)getBackstageActions()).basicRemove(otherEnd, msgs);
			case CxmPackage.TOUCHPOINT__SUPPORT_PROCESSES:
				return ((InternalEList<?>)getSupportProcesses()).basicRemove(otherEnd, msgs);
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
			case CxmPackage.TOUCHPOINT__CHANNEL:
				if (resolve) return getChannel();
				return basicGetChannel();
			case CxmPackage.TOUCHPOINT__CUSTOMER_ACTION:
				return getCustomerAction();
			case CxmPackage.TOUCHPOINT__THOUGHTS:
				return getThoughts();
			case CxmPackage.TOUCHPOINT__EMOTION:
				return getEmotion();
			case CxmPackage.TOUCHPOINT__FEELING:
				return getFeeling();
			case CxmPackage.TOUCHPOINT__MOMENT_OF_TRUTH:
				return isMomentOfTruth();
			case CxmPackage.TOUCHPOINT__OPTIONAL:
				return isOptional();
			case CxmPackage.TOUCHPOINT__OWNER:
				if (resolve) return getOwner();
				return basicGetOwner();
			case CxmPackage.TOUCHPOINT__PAIN_POINTS:
				return getPainPoints();
			case CxmPackage.TOUCHPOINT__DELIGHTS:
				return getDelights();
			case CxmPackage.TOUCHPOINT__FRONTSTAGE_ACTIONS:
				return getFrontstageActions();
			case CxmPackage.TOUCHPOINT__BACKSTAGE_ACTIONS:
				return getBackstageActions();
			case CxmPackage.TOUCHPOINT__SUPPORT_PROCESSES:
				return getSupportProcesses();
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
			case CxmPackage.TOUCHPOINT__CHANNEL:
				setChannel((Channel)newValue);
				return;
			case CxmPackage.TOUCHPOINT__CUSTOMER_ACTION:
				setCustomerAction((String)newValue);
				return;
			case CxmPackage.TOUCHPOINT__THOUGHTS:
				setThoughts((String)newValue);
				return;
			case CxmPackage.TOUCHPOINT__EMOTION:
				setEmotion((Integer)newValue);
				return;
			case CxmPackage.TOUCHPOINT__FEELING:
				setFeeling((String)newValue);
				return;
			case CxmPackage.TOUCHPOINT__MOMENT_OF_TRUTH:
				setMomentOfTruth((Boolean)newValue);
				return;
			case CxmPackage.TOUCHPOINT__OPTIONAL:
				setOptional((Boolean)newValue);
				return;
			case CxmPackage.TOUCHPOINT__OWNER:
				setOwner((Owner)newValue);
				return;
			case CxmPackage.TOUCHPOINT__PAIN_POINTS:
				getPainPoints().clear();
				getPainPoints().addAll((Collection<? extends PainPoint>)newValue);
				return;
			case CxmPackage.TOUCHPOINT__DELIGHTS:
				getDelights().clear();
				getDelights().addAll((Collection<? extends MomentOfDelight>)newValue);
				return;
			case CxmPackage.TOUCHPOINT__FRONTSTAGE_ACTIONS:
				getFrontstageActions().clear();
				getFrontstageActions().addAll((Collection<? extends ServiceAction>)newValue);
				return;
			case CxmPackage.TOUCHPOINT__BACKSTAGE_ACTIONS:
				getBackstageActions().clear();
				getBackstageActions().addAll((Collection<? extends ServiceAction>)newValue);
				return;
			case CxmPackage.TOUCHPOINT__SUPPORT_PROCESSES:
				getSupportProcesses().clear();
				getSupportProcesses().addAll((Collection<? extends ServiceAction>)newValue);
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
			case CxmPackage.TOUCHPOINT__CHANNEL:
				setChannel((Channel)null);
				return;
			case CxmPackage.TOUCHPOINT__CUSTOMER_ACTION:
				setCustomerAction(CUSTOMER_ACTION_EDEFAULT);
				return;
			case CxmPackage.TOUCHPOINT__THOUGHTS:
				setThoughts(THOUGHTS_EDEFAULT);
				return;
			case CxmPackage.TOUCHPOINT__EMOTION:
				setEmotion(EMOTION_EDEFAULT);
				return;
			case CxmPackage.TOUCHPOINT__FEELING:
				setFeeling(FEELING_EDEFAULT);
				return;
			case CxmPackage.TOUCHPOINT__MOMENT_OF_TRUTH:
				setMomentOfTruth(MOMENT_OF_TRUTH_EDEFAULT);
				return;
			case CxmPackage.TOUCHPOINT__OPTIONAL:
				setOptional(OPTIONAL_EDEFAULT);
				return;
			case CxmPackage.TOUCHPOINT__OWNER:
				setOwner((Owner)null);
				return;
			case CxmPackage.TOUCHPOINT__PAIN_POINTS:
				getPainPoints().clear();
				return;
			case CxmPackage.TOUCHPOINT__DELIGHTS:
				getDelights().clear();
				return;
			case CxmPackage.TOUCHPOINT__FRONTSTAGE_ACTIONS:
				getFrontstageActions().clear();
				return;
			case CxmPackage.TOUCHPOINT__BACKSTAGE_ACTIONS:
				getBackstageActions().clear();
				return;
			case CxmPackage.TOUCHPOINT__SUPPORT_PROCESSES:
				getSupportProcesses().clear();
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
			case CxmPackage.TOUCHPOINT__CHANNEL:
				return channel != null;
			case CxmPackage.TOUCHPOINT__CUSTOMER_ACTION:
				return CUSTOMER_ACTION_EDEFAULT == null ? customerAction != null : !CUSTOMER_ACTION_EDEFAULT.equals(customerAction);
			case CxmPackage.TOUCHPOINT__THOUGHTS:
				return THOUGHTS_EDEFAULT == null ? thoughts != null : !THOUGHTS_EDEFAULT.equals(thoughts);
			case CxmPackage.TOUCHPOINT__EMOTION:
				return emotion != EMOTION_EDEFAULT;
			case CxmPackage.TOUCHPOINT__FEELING:
				return FEELING_EDEFAULT == null ? feeling != null : !FEELING_EDEFAULT.equals(feeling);
			case CxmPackage.TOUCHPOINT__MOMENT_OF_TRUTH:
				return momentOfTruth != MOMENT_OF_TRUTH_EDEFAULT;
			case CxmPackage.TOUCHPOINT__OPTIONAL:
				return optional != OPTIONAL_EDEFAULT;
			case CxmPackage.TOUCHPOINT__OWNER:
				return owner != null;
			case CxmPackage.TOUCHPOINT__PAIN_POINTS:
				return painPoints != null && !painPoints.isEmpty();
			case CxmPackage.TOUCHPOINT__DELIGHTS:
				return delights != null && !delights.isEmpty();
			case CxmPackage.TOUCHPOINT__FRONTSTAGE_ACTIONS:
				return frontstageActions != null && !frontstageActions.isEmpty();
			case CxmPackage.TOUCHPOINT__BACKSTAGE_ACTIONS:
				return backstageActions != null && !backstageActions.isEmpty();
			case CxmPackage.TOUCHPOINT__SUPPORT_PROCESSES:
				return supportProcesses != null && !supportProcesses.isEmpty();
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
		result.append(" (customerAction: "); //$NON-NLS-1$
		result.append(customerAction);
		result.append(", thoughts: "); //$NON-NLS-1$
		result.append(thoughts);
		result.append(", emotion: "); //$NON-NLS-1$
		result.append(emotion);
		result.append(", feeling: "); //$NON-NLS-1$
		result.append(feeling);
		result.append(", momentOfTruth: "); //$NON-NLS-1$
		result.append(momentOfTruth);
		result.append(", optional: "); //$NON-NLS-1$
		result.append(optional);
		result.append(')');
		return result.toString();
	}

} //TouchpointImpl
