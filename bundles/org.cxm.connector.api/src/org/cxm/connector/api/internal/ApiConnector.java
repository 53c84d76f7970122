package org.cxm.connector.api.internal;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.time.Duration;

import org.cxm.model.ApiConnection;
import org.cxm.model.DataSource;
import org.cxm.sync.spi.Connector;
import org.cxm.sync.spi.SourceException;
import org.cxm.sync.spi.SourceSession;
import org.osgi.service.component.annotations.Component;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads any REST/JSON API the model describes: what to request, where the records are, how pages follow
 * each other and how a run asks only for what changed all come from the data source's API settings and its
 * record sources' requests; nothing here knows a CRM or ERP product.
 */
@Component(service = Connector.class)
public class ApiConnector implements Connector {

    /** Decimals as BigDecimal, so an amount is exactly what the API wrote. */
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    @Override
    public boolean supports(DataSource source) {
        return source.getApi() != null;
    }

    /**
     * Opens a session; with OAuth2 it fetches the first access token, so refused credentials fail here.
     *
     * @param secret what the credential reference resolves to: the token, API key secret or client secret
     */
    @Override
    public SourceSession open(DataSource source, String secret) throws SourceException {
        ApiConnection api = source.getApi();
        if (api.getBaseUrl() == null || api.getBaseUrl().isBlank()) {
            throw new SourceException(source.getName() + ": the API data source has no base URL", false, null);
        }
        Duration timeout = Duration.ofSeconds(Math.max(1, api.getTimeoutSeconds()));
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        PageRequests base = new PageRequests(api.getBaseUrl(), null);
        Authentication authentication = new Authentication(source.getName(), api.getAuthenticator(),
                source.getUser(), secret, http, base.base(), timeout, JSON);
        if (authentication.canRefresh()) {
            authentication.authenticate(HttpRequest.newBuilder(base.base()));
        }
        return new ApiSourceSession(source, new ApiClient(source, http, authentication), JSON, http);
    }
}
