/**
 */
package org.cxm.model.impl;

import java.util.Collection;

import org.cxm.model.Channel;
import org.cxm.model.CxmPackage;
import org.cxm.model.RecordFilter;
import org.cxm.model.RecordKind;
import org.cxm.model.RecordSource;
import org.cxm.model.Stage;
import org.cxm.model.Touchpoint;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectResolvingEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Record Filter</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.cxm.model.impl.RecordFilterImpl#getRecordSources <em>Record Sources</em>}</li>
 *   <li>{@link org.cxm.model.impl.RecordFilterImpl#getKinds <em>Kinds</em>}</li>
 *   <li>{@link org.cxm.model.impl.RecordFilterImpl#getStatuses <em>Statuses</em>}</li>
 *   <li>{@link org.cxm.model.impl.RecordFilterImpl#getDirections <em>Directions</em>}</li>
 *   <li>{@link org.cxm.model.impl.RecordFilterImpl#getTouchpoints <em>Touchpoints</em>}</li>
 *   <li>{@link org.cxm.model.impl.RecordFilterImpl#getStages <em>Stages</em>}</li>
 *   <li>{@link org.cxm.model.impl.RecordFilterImpl#getChannels <em>Channels</em>}</li>
 *   <li>{@link org.cxm.model.impl.RecordFilterImpl#getMinScore <em>Min Score</em>}</li>
 *   <li>{@link org.cxm.model.impl.RecordFilterImpl#getMaxScore <em>Max Score</em>}</li>
 * </ul>
 *
 * @generated
 */
public class RecordFilterImpl extends IdentifiedImpl implements RecordFilter {
	/**
	 * The cached value of the '{@link #getRecordSources() <em>Record Sources</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRecordSources()
	 * @generated
	 * @ordered
	 */
	protected EList<RecordSource> recordSources;

	/**
	 * The cached value of the '{@link #getKinds() <em>Kinds</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKinds()
	 * @generated
	 * @ordered
	 */
	protected EList<RecordKind> kinds;

	/**
	 * The cached value of the '{@link #getStatuses() <em>Statuses</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatuses()
	 * @generated
	 * @ordered
	 */
	protected EList<String> statuses;

	/**
	 * The cached value of the '{@link #getDirections() <em>Directions</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDirections()
	 * @generated
	 * @ordered
	 */
	protected EList<String> directions;

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
	 * The cached value of the '{@link #getStages() <em>Stages</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStages()
	 * @generated
	 * @ordered
	 */
	protected EList<Stage> stages;

	/**
	 * The cached value of the '{@link #getChannels() <em>Channels</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChannels()
	 * @generated
	 * @ordered
	 */
	protected EList<Channel> channels;

	/**
	 * The default value of the '{@link #getMinScore() <em>Min Score</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMinScore()
	 * @generated
	 * @ordered
	 */
	protected static final Double MIN_SCORE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMinScore() <em>Min Score</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMinScore()
	 * @generated
	 * @ordered
	 */
	protected Double minScore = MIN_SCORE_EDEFAULT;

	/**
	 * The default value of the '{@link #getMaxScore() <em>Max Score</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxScore()
	 * @generated
	 * @ordered
	 */
	protected static final Double MAX_SCORE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMaxScore() <em>Max Score</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxScore()
	 * @generated
	 * @ordered
	 */
	protected Double maxScore = MAX_SCORE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected RecordFilterImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CxmPackage.Literals.RECORD_FILTER;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<RecordSource> getRecordSources() {
		if (recordSources == null) {
			recordSources = new EObjectResolvingEList<RecordSource>(RecordSource.class, this, CxmPackage.RECORD_FILTER__RECORD_SOURCES);
		}
		return recordSources;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<RecordKind> getKinds() {
		if (kinds == null) {
			kinds = new EDataTypeUniqueEList<RecordKind>(RecordKind.class, this, CxmPackage.RECORD_FILTER__KINDS);
		}
		return kinds;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getStatuses() {
		if (statuses == null) {
			statuses = new EDataTypeUniqueEList<String>(String.class, this, CxmPackage.RECORD_FILTER__STATUSES);
		}
		return statuses;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getDirections() {
		if (directions == null) {
			directions = new EDataTypeUniqueEList<String>(String.class, this, CxmPackage.RECORD_FILTER__DIRECTIONS);
		}
		return directions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Touchpoint> getTouchpoints() {
		if (touchpoints == null) {
			touchpoints = new EObjectResolvingEList<Touchpoint>(Touchpoint.class, this, CxmPackage.RECORD_FILTER__TOUCHPOINTS);
		}
		return touchpoints;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Stage> getStages() {
		if (stages == null) {
			stages = new EObjectResolvingEList<Stage>(Stage.class, this, CxmPackage.RECORD_FILTER__STAGES);
		}
		return stages;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Channel> getChannels() {
		if (channels == null) {
			channels = new EObjectResolvingEList<Channel>(Channel.class, this, CxmPackage.RECORD_FILTER__CHANNELS);
		}
		return channels;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Double getMinScore() {
		return minScore;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMinScore(Double newMinScore) {
		Double oldMinScore = minScore;
		minScore = newMinScore;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CxmPackage.RECORD_FILTER__MIN_SCORE, oldMinScore, minScore));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Double getMaxScore() {
		return maxScore;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMaxScore(Double newMaxScore) {
		Double oldMaxScore = maxScore;
		maxScore = newMaxScore;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CxmPackage.RECORD_FILTER__MAX_SCORE, oldMaxScore, maxScore));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CxmPackage.RECORD_FILTER__RECORD_SOURCES:
				return getRecordSources();
			case CxmPackage.RECORD_FILTER__KINDS:
				return getKinds();
			case CxmPackage.RECORD_FILTER__STATUSES:
				return getStatuses();
			case CxmPackage.RECORD_FILTER__DIRECTIONS:
				return getDirections();
			case CxmPackage.RECORD_FILTER__TOUCHPOINTS:
				return getTouchpoints();
			case CxmPackage.RECORD_FILTER__STAGES:
				return getStages();
			case CxmPackage.RECORD_FILTER__CHANNELS:
				return getChannels();
			case CxmPackage.RECORD_FILTER__MIN_SCORE:
				return getMinScore();
			case CxmPackage.RECORD_FILTER__MAX_SCORE:
				return getMaxScore();
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
			case CxmPackage.RECORD_FILTER__RECORD_SOURCES:
				getRecordSources().clear();
				getRecordSources().addAll((Collection<? extends RecordSource>)newValue);
				return;
			case CxmPackage.RECORD_FILTER__KINDS:
				getKinds().clear();
				getKinds().addAll((Collection<? extends RecordKind>)newValue);
				return;
			case CxmPackage.RECORD_FILTER__STATUSES:
				getStatuses().clear();
				getStatuses().addAll((Collection<? extends String>)newValue);
				return;
			case CxmPackage.RECORD_FILTER__DIRECTIONS:
				getDirections().clear();
				getDirections().addAll((Collection<? extends String>)newValue);
				return;
			case CxmPackage.RECORD_FILTER__TOUCHPOINTS:
				getTouchpoints().clear();
				getTouchpoints().addAll((Collection<? extends Touchpoint>)newValue);
				return;
			case CxmPackage.RECORD_FILTER__STAGES:
				getStages().clear();
				getStages().addAll((Collection<? extends Stage>)newValue);
				return;
			case CxmPackage.RECORD_FILTER__CHANNELS:
				getChannels().clear();
				getChannels().addAll((Collection<? extends Channel>)newValue);
				return;
			case CxmPackage.RECORD_FILTER__MIN_SCORE:
				setMinScore((Double)newValue);
				return;
			case CxmPackage.RECORD_FILTER__MAX_SCORE:
				setMaxScore((Double)newValue);
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
			case CxmPackage.RECORD_FILTER__RECORD_SOURCES:
				getRecordSources().clear();
				return;
			case CxmPackage.RECORD_FILTER__KINDS:
				getKinds().clear();
				return;
			case CxmPackage.RECORD_FILTER__STATUSES:
				getStatuses().clear();
				return;
			case CxmPackage.RECORD_FILTER__DIRECTIONS:
				getDirections().clear();
				return;
			case CxmPackage.RECORD_FILTER__TOUCHPOINTS:
				getTouchpoints().clear();
				return;
			case CxmPackage.RECORD_FILTER__STAGES:
				getStages().clear();
				return;
			case CxmPackage.RECORD_FILTER__CHANNELS:
				getChannels().clear();
				return;
			case CxmPackage.RECORD_FILTER__MIN_SCORE:
				setMinScore(MIN_SCORE_EDEFAULT);
				return;
			case CxmPackage.RECORD_FILTER__MAX_SCORE:
				setMaxScore(MAX_SCORE_EDEFAULT);
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
			case CxmPackage.RECORD_FILTER__RECORD_SOURCES:
				return recordSources != null && !recordSources.isEmpty();
			case CxmPackage.RECORD_FILTER__KINDS:
				return kinds != null && !kinds.isEmpty();
			case CxmPackage.RECORD_FILTER__STATUSES:
				return statuses != null && !statuses.isEmpty();
			case CxmPackage.RECORD_FILTER__DIRECTIONS:
				return directions != null && !directions.isEmpty();
			case CxmPackage.RECORD_FILTER__TOUCHPOINTS:
				return touchpoints != null && !touchpoints.isEmpty();
			case CxmPackage.RECORD_FILTER__STAGES:
				return stages != null && !stages.isEmpty();
			case CxmPackage.RECORD_FILTER__CHANNELS:
				return channels != null && !channels.isEmpty();
			case CxmPackage.RECORD_FILTER__MIN_SCORE:
				return MIN_SCORE_EDEFAULT == null ? minScore != null : !MIN_SCORE_EDEFAULT.equals(minScore);
			case CxmPackage.RECORD_FILTER__MAX_SCORE:
				return MAX_SCORE_EDEFAULT == null ? maxScore != null : !MAX_SCORE_EDEFAULT.equals(maxScore);
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
		result.append(" (kinds: "); //$NON-NLS-1$
		result.append(kinds);
		result.append(", statuses: "); //$NON-NLS-1$
		result.append(statuses);
		result.append(", directions: "); //$NON-NLS-1$
		result.append(directions);
		result.append(", minScore: "); //$NON-NLS-1$
		result.append(minScore);
		result.append(", maxScore: "); //$NON-NLS-1$
		result.append(maxScore);
		result.append(')');
		return result.toString();
	}

} //RecordFilterImpl
