package org.cxm.history;

import java.util.List;

/**
 * Everything a service rep sees about who a customer is: the golden record, the identifiers each source
 * system holds, and the merges (with the rule and the shared identifier that caused them).
 */
public record CustomerCard(Customer customer, List<CustomerIdentity> identities, List<MergeRecord> merges) {
}
