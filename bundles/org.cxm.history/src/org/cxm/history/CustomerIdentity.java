package org.cxm.history;

/** An identifier a source system holds for a customer, normalised (e-mail in lower case, phone in E.164). */
public record CustomerIdentity(String sourceSystem, String sourceId, String kind, String value) {
}
