package org.cxm.history;

import java.time.OffsetDateTime;

import org.jdbi.v3.core.mapper.RowMapper;

/** The columns of an interaction that make a {@link TimelineEntry}, and how a row becomes one. */
final class TimelineRows {

    static final String COLUMNS = "id, source_system, source_record_id, occurred_at, kind, channel, direction,"
            + " subject, summary, status, amount, currency, survey_score, payment_status, channel_element_id,"
            + " touchpoint_element_id, stage_element_id";

    static final RowMapper<TimelineEntry> MAPPER = (rs, ctx) -> new TimelineEntry(rs.getLong("id"),
            rs.getString("source_system"), rs.getString("source_record_id"),
            rs.getObject("occurred_at", OffsetDateTime.class), rs.getString("kind"), rs.getString("channel"),
            rs.getString("direction"), rs.getString("subject"), rs.getString("summary"), rs.getString("status"),
            rs.getBigDecimal("amount"), rs.getString("currency"), (Double) rs.getObject("survey_score"),
            rs.getString("payment_status"), rs.getString("channel_element_id"),
            rs.getString("touchpoint_element_id"), rs.getString("stage_element_id"));

    private TimelineRows() {
    }
}
