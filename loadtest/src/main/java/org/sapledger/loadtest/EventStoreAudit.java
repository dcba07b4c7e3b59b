package org.sapledger.loadtest;

import com.fasterxml.jackson.databind.JsonNode;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the write side promised, checked against what the event store holds after the crash and restart:
 * every command answered 2xx has its event at the answered position (aggregate id, sequence number = the answered
 * version) whose metadata carries the request's correlation id (= its idempotency key), and its
 * {@code idempotency_record} row; every aggregate's sequence numbers run 0, 1, 2, … without a hole; every plan
 * answered has its {@code plan_directory} row (written in the command's transaction) and the directory holds
 * exactly one row per {@code PlanCreated} event.
 *
 * @param answered                commands answered 2xx
 * @param found                   of those, with their event at the answered position carrying their key
 * @param lost                    with no event at the answered position
 * @param wrongEvent              with an event there that another request caused
 * @param idempotencyRecordMissing answered, but no idempotency record with the answered version
 * @param committedUnanswered     events of this run whose request got no 2xx answer (in flight at the kill)
 * @param aggregates              aggregates in the store
 * @param events                  events in the store
 * @param gappedAggregates        aggregates whose sequence numbers are not 0..n-1
 * @param plansAnsweredMissing    plans answered but not in the plan directory
 * @param planEvents              PlanCreated events in the store
 * @param planDirectoryRows       rows of plan_directory
 * @param examples                a few of the failures, for the report
 */
record EventStoreAudit(int answered, int found, int lost, int wrongEvent, int idempotencyRecordMissing,
                       int committedUnanswered, long aggregates, long events, long gappedAggregates,
                       int plansAnsweredMissing, long planEvents, long planDirectoryRows, List<String> examples) {

    boolean passed() {
        return lost == 0 && wrongEvent == 0 && idempotencyRecordMissing == 0 && gappedAggregates == 0
                && plansAnsweredMissing == 0 && planEvents == planDirectoryRows && found == answered;
    }

    static EventStoreAudit of(Connection c, List<AnsweredCommand> answered, String keyPrefix) throws Exception {
        Map<String, String> correlationAt = new HashMap<>();
        Set<String> runCorrelations = new HashSet<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT aggregate_identifier, sequence_number, meta_data FROM domain_event_entry")) {
            while (rs.next()) {
                JsonNode meta = Api.JSON.readTree(rs.getString(3));
                String correlation = meta.path("correlationId").asText(null);
                correlationAt.put(rs.getString(1) + "/" + rs.getLong(2), correlation);
                if (correlation != null && correlation.startsWith(keyPrefix)) {
                    runCorrelations.add(correlation);
                }
            }
        }
        Map<String, Long> recordedVersion = new HashMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT idempotency_key, response_status, response_body FROM idempotency_record")) {
            while (rs.next()) {
                String body = rs.getString(3);
                if (body != null && rs.getInt(2) / 100 == 2) {
                    recordedVersion.put(rs.getString(1), Api.JSON.readTree(body).path("version").asLong(-1));
                }
            }
        }
        Set<String> planDirectory = new HashSet<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT plan_id FROM plan_directory")) {
            while (rs.next()) {
                planDirectory.add(rs.getString(1));
            }
        }
        List<String> examples = new ArrayList<>();
        int found = 0;
        int lost = 0;
        int wrong = 0;
        int recordMissing = 0;
        int planMissing = 0;
        Set<String> answeredKeys = new HashSet<>();
        for (AnsweredCommand a : answered) {
            answeredKeys.add(a.idempotencyKey());
            String position = a.propertyId() + "/" + a.version();
            if (!correlationAt.containsKey(position)) {
                lost++;
                example(examples, "LOST: " + a);
            } else if (!a.idempotencyKey().equals(correlationAt.get(position))) {
                wrong++;
                example(examples, "event at " + position + " is of request " + correlationAt.get(position) + ", not of " + a);
            } else {
                found++;
            }
            Long recorded = recordedVersion.get(a.idempotencyKey());
            if (recorded == null || recorded != a.version()) {
                recordMissing++;
                example(examples, "idempotency record " + (recorded == null ? "missing" : "says version " + recorded)
                        + " for " + a);
            }
            if (a.request().endsWith("/plans") && !planDirectory.contains(a.answeredId())) {
                planMissing++;
                example(examples, "plan not in plan_directory: " + a);
            }
        }
        runCorrelations.removeAll(answeredKeys);
        long aggregates;
        long events;
        long gapped;
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("""
                SELECT count(*), coalesce(sum(n), 0),
                       count(*) FILTER (WHERE first <> 0 OR last <> n - 1)
                FROM (SELECT aggregate_identifier, count(*) n, min(sequence_number) first, max(sequence_number) last
                      FROM domain_event_entry GROUP BY aggregate_identifier) a""")) {
            rs.next();
            aggregates = rs.getLong(1);
            events = rs.getLong(2);
            gapped = rs.getLong(3);
        }
        long planEvents;
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT count(*) FROM domain_event_entry WHERE payload_type LIKE '%.PlanCreated'")) {
            rs.next();
            planEvents = rs.getLong(1);
        }
        return new EventStoreAudit(answered.size(), found, lost, wrong, recordMissing, runCorrelations.size(),
                aggregates, events, gapped, planMissing, planEvents, planDirectory.size(), examples);
    }

    private static void example(List<String> examples, String s) {
        if (examples.size() < 20) {
            examples.add(s);
        }
    }
}
