package org.cxm.analytics;

import java.util.List;

/** Hears the event log one case (unified customer) at a time, its events in the order they occurred. */
@FunctionalInterface
public interface CaseListener {

    void accept(long caseId, List<LogEvent> events);
}
