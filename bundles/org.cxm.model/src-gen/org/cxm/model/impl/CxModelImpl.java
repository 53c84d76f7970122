/**
 */
package org.cxm.model.impl;

import java.util.Collection;

import org.cxm.model.Channel;
import org.cxm.model.CustomerSegment;
import org.cxm.model.CxModel;
import org.cxm.model.CxmPackage;
import org.cxm.model.DataSource;
import org.cxm.model.FeedbackMechanism;
import org.cxm.model.IdentityResolution;
import org.cxm.model.Journey;
import org.cxm.model.Owner;
import org.cxm.model.Persona;

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
 * An implementation of the model object '<em><b>Cx Model</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.cxm.model.impl.CxModelImpl#getSegments <em>Segments</em>}</li>
 *   <li>{@link org.cxm.model.impl.CxModelImpl#getPersonas <em>Personas</em>}</li>
 *   <li>{@link org.cxm.model.impl.CxModelImpl#getOwners <em>Owners</em>}</li>
 *   <li>{@link org.cxm.model.impl.CxModelImpl#getChannels <em>Channels</em>}</li>
 *   <li>{@link org.cxm.model.impl.CxModelImpl#getJourneys <em>Journeys</em>}</li>
 *   <li>{@link org.cxm.model.impl.CxModelImpl#getFeedbackMechanisms <em>Feedback Mechanisms</em>}</li>
 *   <li>{@link org.cxm.model.impl.CxModelImpl#getDataSources <em>Data Sources</em>}</li>
 *   <li>{@link org.cxm.model.impl.CxModelImpl#getIdentityResolution <em>Identity Resolution</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CxModelImpl extends NamedElementImpl implements CxModel {
	/**
	 * The cached value of the '{@link #getSegments() <em>Segments</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSegments()
	 * @generated
	 * @ordered
	 */
	protected EList<CustomerSegment> segments;

	/**
	 * The cached value of the '{@link #getPersonas() <em>Personas</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPersonas()
	 * @generated
	 * @ordered
	 */
	protected EList<Persona> personas;

	/**
	 * The cached value of the '{@link #getOwners() <em>Owners</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOwners()
	 * @generated
	 * @ordered
	 */
	protected EList<Owner> owners;

	/**
	 * The cached value of the '{@link #getChannels() <em>Channels</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChannels()
	 * @generated
	 * @ordered
	 */
	protected EList<Channel> channels;

	/**
	 * The cached value of the '{@link #getJourneys() <em>Journeys</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getJourneys()
	 * @generated
	 * @ordered
	 */
	protected EList<Journey> journeys;

	/**
	 * The cached value of the '{@link #getFeedbackMechanisms() <em>Feedback Mechanisms</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFeedbackMechanisms()
	 * @generated
	 * @ordered
	 */
	protected EList<FeedbackMechanism> feedbackMechanisms;

	/**
	 * The cached value of the '{@link #getDataSources() <em>Data Sources</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDataSources()
	 * @generated
	 * @ordered
	 */
	protected EList<DataSource> dataSources;

	/**
	 * The cached value of the '{@link #getIdentityResolution() <em>Identity Resolution</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIdentityResolution()
	 * @generated
	 * @ordered
	 */
	protected IdentityResolution identityResolution;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CxModelImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CxmPackage.Literals.CX_MODEL;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<CustomerSegment> getSegments() {
		if (segments == null) {
			segments = new EObjectContainmentEList<CustomerSegment>(CustomerSegment.class, this, CxmPackage.CX_MODEL__SEGMENTS);
		}
		return segments;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Persona> getPersonas() {
		if (personas == null) {
			personas = new EObjectContainmentEList<Persona>(Persona.class, this, CxmPackage.CX_MODEL__PERSONAS);
		}
		return personas;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Owner> getOwners() {
		if (owners == null) {
			owners = new EObjectContainmentEList<Owner>(Owner.class, this, CxmPackage.CX_MODEL__OWNERS);
		}
		return owners;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Channel> getChannels() {
		if (channels == null) {
			channels = new EObjectContainmentEList<Channel>(Channel.class, this, CxmPackage.CX_MODEL__CHANNELS);
		}
		return channels;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Journey> getJourneys() {
		if (journeys == null) {
			journeys = new EObjectContainmentEList<Journey>(Journey.class, this, CxmPackage.CX_MODEL__JOURNEYS);
		}
		return journeys;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<FeedbackMechanism> getFeedbackMechanisms() {
		if (feedbackMechanisms == null) {
			feedbackMechanisms = new EObjectContainmentEList<FeedbackMechanism>(FeedbackMechanism.class, this, CxmPackage.CX_MODEL__FEEDBACK_MECHANISMS);
		}
		return feedbackMechanisms;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<DataSource> getDataSources() {
		if (dataSources == null) {
			dataSources = new EObjectContainmentEList<DataSource>(DataSource.class, this, CxmPackage.CX_MODEL__DATA_SOURCES);
		}
		return dataSources;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public IdentityResolution getIdentityResolution() {
		return identityResolution;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetIdentityResolution(IdentityResolution newIdentityResolution, NotificationChain msgs) {
		IdentityResolution oldIdentityResolution = identityResolution;
		identityResolution = newIdentityResolution;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CxmPackage.CX_MODEL__IDENTITY_RESOLUTION, oldIdentityResolution, newIdentityResolution);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIdentityResolution(IdentityResolution newIdentityResolution) {
		if (newIdentityResolution != identityResolution) {
			NotificationChain msgs = null;
			if (identityResolution != null)
				msgs = ((InternalEObject)identityResolution).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CxmPackage.CX_MODEL__IDENTITY_RESOLUTION, null, msgs);
			if (newIdentityResolution != null)
				msgs = ((InternalEObject)newIdentityResolution).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CxmPackage.CX_MODEL__IDENTITY_RESOLUTION, null, msgs);
			msgs = basicSetIdentityResolution(newIdentityResolution, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CxmPackage.CX_MODEL__IDENTITY_RESOLUTION, newIdentityResolution, newIdentityResolution));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CxmPackage.CX_MODEL__SEGMENTS:
				return ((InternalEList<?>)getSegments()).basicRemove(otherEnd, msgs);
			case CxmPackage.CX_MODEL__PERSONAS:
				return ((InternalEList<?>)getPersonas()).basicRemove(otherEnd, msgs);
			case CxmPackage.CX_MODEL__OWNERS:
				return ((InternalEList<?>)getOwners()).basicRemove(otherEnd, msgs);
			case CxmPackage.CX_MODEL__CHANNELS:
				return ((InternalEList<?>)getChannels()).basicRemove(otherEnd, msgs);
			case CxmPackage.CX_MODEL__JOURNEYS:
				return ((InternalEList<?>)getJourneys()).basicRemove(otherEnd, msgs);
			case CxmPackage.CX_MODEL__FEEDBACK_MECHANISMS:
				return ((InternalEList<?>)getFeedbackMechanisms()).basicRemove(otherEnd, msgs);
			case CxmPackage.CX_MODEL__DATA_SOURCES:
				return ((InternalEList<?>)getDataSources()).basicRemove(otherEnd, msgs);
			case CxmPackage.CX_MODEL__IDENTITY_RESOLUTION:
				return basicSetIdentityResolution(null, msgs);
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
			case CxmPackage.CX_MODEL__SEGMENTS:
				return getSegments();
			case CxmPackage.CX_MODEL__PERSONAS:
				return getPersonas();
			case CxmPackage.CX_MODEL__OWNERS:
				return getOwners();
			case CxmPackage.CX_MODEL__CHANNELS:
				return getChannels();
			case CxmPackage.CX_MODEL__JOURNEYS:
				return getJourneys();
			case CxmPackage.CX_MODEL__FEEDBACK_MECHANISMS:
				return getFeedbackMechanisms();
			case CxmPackage.CX_MODEL__DATA_SOURCES:
				return getDataSources();
			case CxmPackage.CX_MODEL__IDENTITY_RESOLUTION:
				return getIdentityResolution();
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
			case CxmPackage.CX_MODEL__SEGMENTS:
				getSegments().clear();
				getSegments().addAll((Collection<? extends CustomerSegment>)newValue);
				return;
			case CxmPackage.CX_MODEL__PERSONAS:
				getPersonas().clear();
				getPersonas().addAll((Collection<? extends Persona>)newValue);
				return;
			case CxmPackage.CX_MODEL__OWNERS:
				getOwners().clear();
				getOwners().addAll((Collection<? extends Owner>)newValue);
				return;
			case CxmPackage.CX_MODEL__CHANNELS:
				getChannels().clear();
				getChannels().addAll((Collection<? extends Channel>)newValue);
				return;
			case CxmPackage.CX_MODEL__JOURNEYS:
				getJourneys().clear();
				getJourneys().addAll((Collection<? extends Journey>)newValue);
				return;
			case CxmPackage.CX_MODEL__FEEDBACK_MECHANISMS:
				getFeedbackMechanisms().clear();
				getFeedbackMechanisms().addAll((Collection<? extends FeedbackMechanism>)newValue);
				return;
			case CxmPackage.CX_MODEL__DATA_SOURCES:
				getDataSources().clear();
				getDataSources().addAll((Collection<? extends DataSource>)newValue);
				return;
			case CxmPackage.CX_MODEL__IDENTITY_RESOLUTION:
				setIdentityResolution((IdentityResolution)newValue);
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
			case CxmPackage.CX_MODEL__SEGMENTS:
				getSegments().clear();
				return;
			case CxmPackage.CX_MODEL__PERSONAS:
				getPersonas().clear();
				return;
			case CxmPackage.CX_MODEL__OWNERS:
				getOwners().clear();
				return;
			case CxmPackage.CX_MODEL__CHANNELS:
				getChannels().clear();
				return;
			case CxmPackage.CX_MODEL__JOURNEYS:
				getJourneys().clear();
				return;
			case CxmPackage.CX_MODEL__FEEDBACK_MECHANISMS:
				getFeedbackMechanisms().clear();
				return;
			case CxmPackage.CX_MODEL__DATA_SOURCES:
				getDataSources().clear();
				return;
			case CxmPackage.CX_MODEL__IDENTITY_RESOLUTION:
				setIdentityResolution((IdentityResolution)null);
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
			case CxmPackage.CX_MODEL__SEGMENTS:
				return segments != null && !segments.isEmpty();
			case CxmPackage.CX_MODEL__PERSONAS:
				return personas != null && !personas.isEmpty();
			case CxmPackage.CX_MODEL__OWNERS:
				return owners != null && !owners.isEmpty();
			case CxmPackage.CX_MODEL__CHANNELS:
				return channels != null && !channels.isEmpty();
			case CxmPackage.CX_MODEL__JOURNEYS:
				return journeys != null && !journeys.isEmpty();
			case CxmPackage.CX_MODEL__FEEDBACK_MECHANISMS:
				return feedbackMechanisms != null && !feedbackMechanisms.isEmpty();
			case CxmPackage.CX_MODEL__DATA_SOURCES:
				return dataSources != null && !dataSources.isEmpty();
			case CxmPackage.CX_MODEL__IDENTITY_RESOLUTION:
				return identityResolution != null;
		}
		return super.eIsSet(featureID);
	}

} //CxModelImpl
