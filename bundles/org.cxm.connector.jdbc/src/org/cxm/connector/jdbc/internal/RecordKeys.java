package org.cxm.connector.jdbc.internal;

import java.util.List;
import java.util.stream.Collectors;

/** A record key as text: the key column values joined by '|', as the history stores it. */
final class RecordKeys {

    private RecordKeys() {
    }

    static String join(List<Object> values) {
        return values.stream().map(String::valueOf).collect(Collectors.joining("|"));
    }
}
