package org.cxm.history;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * Where a customer stands right now, across systems.
 *
 * @param openCases cases whose status is not closed, resolved, done or cancelled
 * @param unpaidInvoices invoices with a payment status other than paid, in payment, reversed or cancelled
 * @param unpaidAmount the sum of those invoices' amounts (currencies mixed as the sources give them)
 * @param latestSurveyScore the score of the newest survey response, or {@code null} if there is none
 * @param latestSurveyAt when that response was given, or {@code null}
 */
public record AccountStatus(int openCases, int unpaidInvoices, BigDecimal unpaidAmount, Double latestSurveyScore,
        OffsetDateTime latestSurveyAt) {
}
