package org.cxm.history;

/**
 * A golden customer record: the best values the sources know, chosen by the survivorship rule.
 *
 * @param id the store's id of the customer
 */
public record Customer(long id, String displayName, String email, String phone, String taxId, String company) {
}
