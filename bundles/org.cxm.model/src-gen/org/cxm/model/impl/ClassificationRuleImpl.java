/**
 */
package org.cxm.model.impl;

import java.util.Collection;

import org.cxm.model.Channel;
import org.cxm.model.ClassificationRule;
import org.cxm.model.Condition;
import org.cxm.model.CxmPackage;
import org.cxm.model.Stage;
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
 * An implementation of the model object '<em><b>Classification Rule</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.cxm.model.impl.ClassificationRuleImpl#getConditions <em>Conditions</em>}</li>
 *   <li>{@link org.cxm.model.impl.ClassificationRuleImpl#getChannel <em>Channel</em>}</li>
 *   <li>{@link org.cxm.model.impl.ClassificationRuleImpl#getTouchpoint <em>Touchpoint</em>}</li>
 *   <li>{@link org.cxm.model.impl.ClassificationRuleImpl#getStage <em>Stage</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ClassificationRuleImpl extends NamedElementImpl implements ClassificationRule {
	/**
	 * The cached value of the '{@link #getConditions() <em>Conditions</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConditions()
	 * @generated
	 * @ordered
	 */
	protected EList<Condition> conditions;

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
	 * The cached value of the '{@link #getTouchpoint() <em>Touchpoint</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTouchpoint()
	 * @generated
	 * @ordered
	 */
	protected Touchpoint touchpoint;

	/**
	 * The cached value of the '{@link #getStage() <em>Stage</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStage()
	 * @generated
	 * @ordered
	 */
	protected Stage stage;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ClassificationRuleImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CxmPackage.Literals.CLASSIFICATION_RULE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Condition> getConditions() {
		if (conditions == null) {
			conditions = new EObjectContainmentEList<Condition>(Condition.class, this, CxmPackage.CLASSIFICATION_RULE__CONDITIONS);
		}
		return conditions;
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, CxmPackage.CLASSIFICATION_RULE__CHANNEL, oldChannel, channel));
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
			eNotify(new ENotificationImpl(this, Notification.SET, CxmPackage.CLASSIFICATION_RULE__CHANNEL, oldChannel, channel));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Touchpoint getTouchpoint() {
		if (touchpoint != null && touchpoint.eIsProxy()) {
			InternalEObject oldTouchpoint = (InternalEObject)touchpoint;
			touchpoint = (Touchpoint)eResolveProxy(oldTouchpoint);
			if (touchpoint != oldTouchpoint) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, CxmPackage.CLASSIFICATION_RULE__TOUCHPOINT, oldTouchpoint, touchpoint));
			}
		}
		return touchpoint;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Touchpoint basicGetTouchpoint() {
		return touchpoint;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTouchpoint(Touchpoint newTouchpoint) {
		Touchpoint oldTouchpoint = touchpoint;
		touchpoint = newTouchpoint;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CxmPackage.CLASSIFICATION_RULE__TOUCHPOINT, oldTouchpoint, touchpoint));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Stage getStage() {
		if (stage != null && stage.eIsProxy()) {
			InternalEObject oldStage = (InternalEObject)stage;
			stage = (Stage)eResolveProxy(oldStage);
			if (stage != oldStage) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, CxmPackage.CLASSIFICATION_RULE__STAGE, oldStage, stage));
			}
		}
		return stage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Stage basicGetStage() {
		return stage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStage(Stage newStage) {
		Stage oldStage = stage;
		stage = newStage;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CxmPackage.CLASSIFICATION_RULE__STAGE, oldStage, stage));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CxmPackage.CLASSIFICATION_RULE__CONDITIONS:
				return ((InternalEList<?>)getConditions()).basicRemove(otherEnd, msgs);
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
			case CxmPackage.CLASSIFICATION_RULE__CONDITIONS:
				return getConditions();
			case CxmPackage.CLASSIFICATION_RULE__CHANNEL:
				if (resolve) return getChannel();
				return basicGetChannel();
			case CxmPackage.CLASSIFICATION_RULE__TOUCHPOINT:
				if (resolve) return getTouchpoint();
				return basicGetTouchpoint();
			case CxmPackage.CLASSIFICATION_RULE__STAGE:
				if (resolve) return getStage();
				return basicGetStage();
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
			case CxmPackage.CLASSIFICATION_RULE__CONDITIONS:
				getConditions().clear();
				getConditions().addAll((Collection<? extends Condition>)newValue);
				return;
			case CxmPackage.CLASSIFICATION_RULE__CHANNEL:
				setChannel((Channel)newValue);
				return;
			case CxmPackage.CLASSIFICATION_RULE__TOUCHPOINT:
				setTouchpoint((Touchpoint)newValue);
				return;
			case CxmPackage.CLASSIFICATION_RULE__STAGE:
				setStage((Stage)newValue);
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
			case CxmPackage.CLASSIFICATION_RULE__CONDITIONS:
				getConditions().clear();
				return;
			case CxmPackage.CLASSIFICATION_RULE__CHANNEL:
				setChannel((Channel)null);
				return;
			case CxmPackage.CLASSIFICATION_RULE__TOUCHPOINT:
				setTouchpoint((Touchpoint)null);
				return;
			case CxmPackage.CLASSIFICATION_RULE__STAGE:
				setStage((Stage)null);
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
			case CxmPackage.CLASSIFICATION_RULE__CONDITIONS:
				return conditions != null && !conditions.isEmpty();
			case CxmPackage.CLASSIFICATION_RULE__CHANNEL:
				return channel != null;
			case CxmPackage.CLASSIFICATION_RULE__TOUCHPOINT:
				return touchpoint != null;
			case CxmPackage.CLASSIFICATION_RULE__STAGE:
				return stage != null;
		}
		return super.eIsSet(featureID);
	}

} //ClassificationRuleImpl
