package org.cxm.model.validation;

import java.util.Locale;
import java.util.regex.Pattern;

import org.cxm.model.CxmPackage;
import org.cxm.model.DataSource;
import org.cxm.model.DatabaseKind;
import org.cxm.model.query.ElementPath;

/**
 * Rules of a data source: a JDBC URL that matches its database kind, and a credential that is a
 * reference (an environment variable or a secure-storage key), never a password in the model file.
 */
final class DataSourceConstraints {

    /** {@code env:NAME} or {@code secure:key}. */
    private static final Pattern CREDENTIAL = Pattern.compile("env:[A-Za-z_][A-Za-z0-9_]*|secure:[\\w./-]+");

    private DataSourceConstraints() {
    }

    static void check(DataSource source, Problems problems) {
        String label = CxmValidator.capitalized(ElementPath.describe(source));
        String url = source.getJdbcUrl();
        if (url == null || !url.startsWith("jdbc:")) {
            problems.report(ValidationRule.SOURCE_URL_INVALID, source, CxmPackage.Literals.DATA_SOURCE__JDBC_URL,
                    label + " has " + (url == null ? "no JDBC URL" : "the JDBC URL \"" + url + "\"")
                            + "; give one that starts with jdbc:, such as jdbc:postgresql://host/db.");
        } else if (source.getDatabaseKind() != null && source.getDatabaseKind() != DatabaseKind.OTHER
                && !url.startsWith("jdbc:" + prefixOf(source.getDatabaseKind()))) {
            problems.report(ValidationRule.SOURCE_URL_INVALID, source, CxmPackage.Literals.DATA_SOURCE__JDBC_URL,
                    label + " is a " + source.getDatabaseKind().getLiteral() + " database but its URL \"" + url
                            + "\" is not; fix the URL or the database kind.");
        }
        String credential = source.getCredential();
        if (credential != null && !credential.isBlank() && !CREDENTIAL.matcher(credential).matches()) {
            problems.report(ValidationRule.SOURCE_CREDENTIAL_NOT_REFERENCE, source,
                    CxmPackage.Literals.DATA_SOURCE__CREDENTIAL,
                    label + " has a credential that is not a reference; never put a password in the model."
                            + " Use env:VARIABLE (an environment variable) or secure:key (Eclipse secure storage).");
        }
        if (source.getMaxAttempts() < 1 || source.getRetryDelaySeconds() < 0) {
            problems.report(ValidationRule.SOURCE_RETRY_INVALID, source, CxmPackage.Literals.DATA_SOURCE__MAX_ATTEMPTS,
                    label + " retries " + source.getMaxAttempts() + " times after " + source.getRetryDelaySeconds()
                            + " s; use at least 1 attempt and a delay of 0 s or more.");
        }
    }

    private static String prefixOf(DatabaseKind kind) {
        return kind.getLiteral().toLowerCase(Locale.ROOT);
    }
}
