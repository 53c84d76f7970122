package org.cxm.sync;

/**
 * The result of testing one record source (or, when {@code recordSource} is {@code null}, the connection
 * to its data source) against the live database.
 *
 * @param problem what is wrong, or {@code null} when the test passed
 */
public record SourceCheck(String dataSource, String recordSource, String problem) {

    public boolean passed() {
        return problem == null;
    }

    /** "CRM / calls: ok", or the problem, which connectors usually start with the same names. */
    @Override
    public String toString() {
        String subject = dataSource + (recordSource == null ? "" : " / " + recordSource);
        if (passed()) {
            return subject + ": ok";
        }
        return problem.startsWith(subject) ? problem : subject + ": " + problem;
    }
}
