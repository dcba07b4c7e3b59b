package org.sapledger.app.config;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;

import org.axonframework.common.DateTimeUtils;

/**
 * Reads the event table's {@code time_stamp} text. Axon writes every event's time as UTC with milliseconds,
 * {@code 2026-11-27T18:37:45.024Z} ({@link DateTimeUtils#formatInstant}), and reads it back with a general ISO-8601
 * parser ({@link DateTimeUtils#parseInstant}) that builds a field map for each value: a profile of the rebuild put
 * that parsing at a fifth of the thread reading the store. Text in exactly Axon's form is read here directly; any
 * other text (an offset other than {@code Z}, no or more fraction digits, a date out of range) goes to Axon's parser,
 * so the result, and the failure for text that is not a time, are always Axon's.
 */
final class StoredTimestamps {

    /** {@code yyyy-MM-ddTHH:mm:ss.SSSZ}. */
    private static final int AXON_FORM_LENGTH = 24;

    private StoredTimestamps() {
    }

    /** The instant of a stored timestamp, as {@link DateTimeUtils#parseInstant} reads it. */
    static Instant parse(String stored) {
        Instant inAxonsForm = parseAxonsForm(stored);
        return inAxonsForm != null ? inAxonsForm : DateTimeUtils.parseInstant(stored);
    }

    /** The instant, or null when the text is not exactly in the form Axon writes, or is no valid date and time. */
    private static Instant parseAxonsForm(String text) {
        if (text.length() != AXON_FORM_LENGTH || text.charAt(4) != '-' || text.charAt(7) != '-'
                || text.charAt(10) != 'T' || text.charAt(13) != ':' || text.charAt(16) != ':'
                || text.charAt(19) != '.' || text.charAt(23) != 'Z') {
            return null;
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 7);
        int day = digits(text, 8, 10);
        int hour = digits(text, 11, 13);
        int minute = digits(text, 14, 16);
        int second = digits(text, 17, 19);
        int millis = digits(text, 20, 23);
        if (year < 0 || month < 1 || month > 12 || day < 1 || hour < 0 || hour > 23 || minute < 0 || minute > 59
                || second < 0 || second > 59 || millis < 0
                || day > Month.of(month).length(Year.isLeap(year))) {
            return null;
        }
        long epochSecond = LocalDate.of(year, month, day).toEpochDay() * 86_400L
                + hour * 3_600L + minute * 60L + second;
        return Instant.ofEpochSecond(epochSecond, millis * 1_000_000L);
    }

    /** The decimal number in {@code text[from, to)}, or -1 if any of it is not an ASCII digit. */
    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
