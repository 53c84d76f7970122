package org.cxm.identity;

import java.util.List;

/**
 * What resolving one source customer did.
 *
 * @param customerId the golden customer the source customer now belongs to
 * @param created whether the source customer is new to the store
 * @param changed whether anything was written (false when the record had not changed)
 * @param merges the merges it caused, each with its reason
 */
public record Resolution(long customerId, boolean created, boolean changed, List<MatchReason> merges) {
}
