/**
 */
package org.cxm.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Channel</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A medium through which the customer and the company interact.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.cxm.model.Channel#getKind <em>Kind</em>}</li>
 *   <li>{@link org.cxm.model.Channel#getMode <em>Mode</em>}</li>
 * </ul>
 *
 * @see org.cxm.model.CxmPackage#getChannel()
 * @model
 * @generated
 */
public interface Channel extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.cxm.model.ChannelKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.cxm.model.ChannelKind
	 * @see #setKind(ChannelKind)
	 * @see org.cxm.model.CxmPackage#getChannel_Kind()
	 * @model
	 * @generated
	 */
	ChannelKind getKind();

	/**
	 * Sets the value of the '{@link org.cxm.model.Channel#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.cxm.model.ChannelKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(ChannelKind value);

	/**
	 * Returns the value of the '<em><b>Mode</b></em>' attribute.
	 * The literals are from the enumeration {@link org.cxm.model.ChannelMode}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Mode</em>' attribute.
	 * @see org.cxm.model.ChannelMode
	 * @see #setMode(ChannelMode)
	 * @see org.cxm.model.CxmPackage#getChannel_Mode()
	 * @model
	 * @generated
	 */
	ChannelMode getMode();

	/**
	 * Sets the value of the '{@link org.cxm.model.Channel#getMode <em>Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mode</em>' attribute.
	 * @see org.cxm.model.ChannelMode
	 * @see #getMode()
	 * @generated
	 */
	void setMode(ChannelMode value);

} // Channel
