package org.cxm.model.validation;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.cxm.model.CxmPackage;
import org.cxm.model.DataSource;
import org.cxm.model.DatabaseKind;
import org.cxm.model.NamedQuery;
import org.cxm.model.query.ElementPath;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * Rules of a data source: a JDBC URL that matches its database kind, a credential that is a reference
 * (an environment variable or a secure-storage key), never a password in the model file, a known default
 * region, and named queries that are single SELECTs some record source reads.
 */
final class DataSourceConstraints {

    private static final Set<String> ISO_COUNTRIES = Set.of(Locale.getISOCountries());

    /** {@code env:NAME} or {@code secure:key}. */
    private static final Pattern CREDENTIAL = Pattern.compile("env:[A-Za-z_][A-Za-z0-9_]*|secure:[\\w./-]+");

    private DataSourceConstraints() {
    }

    static void check(DataSource source, Problems problems) {
        String label = CxmValidator.capitalized(ElementPath.describe(source));
        String url = source.getJdbcUrl();
        if (ApiConstraints.isApi(source)) {
            ApiConstraints.check(source, source.getApi(), label, problems);
        } else if (url == null || !url.startsWith("jdbc:")) {
            problems.report(ValidationRule.SOURCE_URL_INVALID, source, CxmPackage.Literals.DATA_SOURCE__JDBC_URL,
                    label + " has " + (url == null ? "no JDBC URL" : "the JDBC URL \"" + url + "\"")
                            + "; give one that starts with jdbc:, such as jdbc:postgresql://host/db, or API"
                            + " settings.");
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
        checkRegion(source, CxmPackage.Literals.DATA_SOURCE__DEFAULT_REGION, source.getDefaultRegion(), problems);
    }

    static void check(NamedQuery query, Problems problems) {
        String label = CxmValidator.capitalized(ElementPath.of(query));
        if (!SqlIdentifiers.isSingleSelect(query.getSql())) {
            problems.report(ValidationRule.NAMED_QUERY_INVALID, query, CxmPackage.Literals.NAMED_QUERY__SQL,
                    label + (query.getSql() == null || query.getSql().isBlank() ? " has no SQL" : " is not a single"
                            + " SELECT") + "; write one SELECT (or WITH) statement for the record sources that read"
                            + " it.");
        }
        if (query.eContainer() instanceof DataSource source
                && source.getRecordSources().stream().noneMatch(reader -> reader.getNamedQuery() == query)) {
            problems.report(ValidationRule.NAMED_QUERY_UNUSED, query, null, label + " is read by no record source"
                    + " of " + ElementPath.describe(source) + "; set it as the named query of one, or remove it.");
        }
    }

    /**
     * Reports {@code region} of {@code element} unless it is empty or an ISO 3166 alpha-2 country code, such
     * as PT or pt.
     */
    static void checkRegion(EObject element, EStructuralFeature feature, String region, Problems problems) {
        if (region == null || region.isBlank() || ISO_COUNTRIES.contains(region.strip().toUpperCase(Locale.ROOT))) {
            return;
        }
        problems.report(ValidationRule.REGION_UNKNOWN, element, feature,
                CxmValidator.capitalized(ElementPath.describe(element)) + " has the default region \"" + region
                        + "\", which is no ISO 3166 alpha-2 country code; use one such as PT, DE or GB.");
    }

    private static String prefixOf(DatabaseKind kind) {
        return kind.getLiteral().toLowerCase(Locale.ROOT);
    }
}
