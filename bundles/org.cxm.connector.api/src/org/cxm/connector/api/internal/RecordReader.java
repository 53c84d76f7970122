package org.cxm.connector.api.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.cxm.model.ApiRequest;
import org.cxm.model.FieldMapping;
import org.cxm.model.IdentityMapping;
import org.cxm.model.RecordSource;
import org.cxm.sync.spi.Cursor;
import org.cxm.sync.spi.SourceRecord;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Turns the JSON records of an API record source into source records: the value at each field path the
 * mapping names, under that path in lower case (as the sync looks columns up), the key, the cursor, and
 * the record's JSON for the dead letters.
 */
final class RecordReader {

    private static final int MAX_RAW = 900_000;

    private final List<String> keyPaths;

    private final List<String> cursorPaths;

    private final String deletedPath;

    private final List<String> paths;

    private final boolean falseIsEmpty;

    private RecordReader(List<String> keyPaths, List<String> cursorPaths, String deletedPath, Set<String> paths,
            boolean falseIsEmpty) {
        this.keyPaths = List.copyOf(keyPaths);
        this.cursorPaths = List.copyOf(cursorPaths);
        this.deletedPath = deletedPath;
        this.paths = List.copyOf(paths);
        this.falseIsEmpty = falseIsEmpty;
    }

    /** Reads the records of {@code source} with every field its mapping names. */
    RecordReader(RecordSource source) {
        this(source.getPrimaryKey(), source.getCursorColumns(), source.getDeletedColumn(), pathsNamed(source),
                source.getRequest() != null && source.getRequest().isFalseIsEmpty());
    }

    /** Reads the entries of a deleted-records feed: the deleted record's key and the feed's cursor. */
    static RecordReader deletions(ApiRequest feed) {
        return new RecordReader(List.of(feed.getDeletedKeyPath()), List.of(feed.getDeletedCursorPath()), null,
                new LinkedHashSet<>(List.of(feed.getDeletedKeyPath(), feed.getDeletedCursorPath())),
                feed.isFalseIsEmpty());
    }

    /**
     * The source record of {@code node}. Its cursor is the cursor field and key, or, when the request keeps
     * a delta token, {@code delta}.
     */
    SourceRecord read(JsonNode node, Cursor delta) {
        String raw = raw(node);
        if (!node.isObject()) {
            return new SourceRecord(null, delta, Map.of(), raw, "not a JSON object: the records array holds "
                    + node.getNodeType().toString().toLowerCase(Locale.ROOT) + " " + abbreviated(raw));
        }
        Map<String, Object> columns = new HashMap<>();
        for (String path : paths) {
            boolean keepFalse = path.equals(deletedPath);
            columns.put(path.toLowerCase(Locale.ROOT), JsonPaths.value(node, path, falseIsEmpty && !keepFalse));
        }
        List<Object> keyValues = new ArrayList<>(keyPaths.size());
        for (String key : keyPaths) {
            keyValues.add(columns.get(key.toLowerCase(Locale.ROOT)));
        }
        Cursor cursor = delta;
        if (cursor == null) {
            Object value = null;
            for (String column : cursorPaths) {
                value = value != null ? value : CursorValues.of(columns.get(column.toLowerCase(Locale.ROOT)));
            }
            cursor = new Cursor(value, keyValues);
        }
        String key = keyValues.contains(null) ? null : join(keyValues);
        return new SourceRecord(key, cursor, columns, raw, null);
    }

    /** The key of {@code node} alone, for a key scan; {@code null} when a key field is empty. */
    String key(JsonNode node) {
        List<Object> keyValues = new ArrayList<>();
        for (String key : keyPaths) {
            Object value = JsonPaths.value(node, key, false);
            if (value == null) {
                return null;
            }
            keyValues.add(value);
        }
        return join(keyValues);
    }

    /** The field paths the mapping names, as written in the model. */
    static Set<String> pathsNamed(RecordSource source) {
        Set<String> paths = new LinkedHashSet<>(source.getPrimaryKey());
        paths.addAll(source.getCursorColumns());
        if (source.getDeletedColumn() != null) {
            paths.add(source.getDeletedColumn());
        }
        for (FieldMapping mapping : source.getFieldMappings()) {
            if (mapping.getColumn() != null) {
                paths.add(mapping.getColumn());
            }
        }
        for (IdentityMapping mapping : source.getIdentityMappings()) {
            paths.add(mapping.getColumn());
            if (mapping.getRegionColumn() != null) {
                paths.add(mapping.getRegionColumn());
            }
            if (mapping.getUnlessColumn() != null) {
                paths.add(mapping.getUnlessColumn());
            }
        }
        return paths;
    }

    /** A key as the history stores it: the key values joined by '|', as for JDBC. */
    static String join(List<Object> values) {
        List<String> parts = new ArrayList<>(values.size());
        values.forEach(value -> parts.add(String.valueOf(value)));
        return String.join("|", parts);
    }

    private static String raw(JsonNode node) {
        String raw = node.toString();
        return raw.length() > MAX_RAW ? raw.substring(0, MAX_RAW) : raw;
    }

    private static String abbreviated(String text) {
        return text.length() > 80 ? text.substring(0, 80) + "..." : text;
    }
}
