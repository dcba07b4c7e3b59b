package org.sapledger.app.web;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.sapledger.domain.history.HistoryEntry;
import org.sapledger.domain.history.HistoryPage;
import org.springframework.stereotype.Component;

/** A page of a property's history as CSV: one row per event, its payload as JSON in the last column. */
@Component
public class HistoryCsv {

    static final List<String> HEADER = List.of("sequence_number", "timestamp", "type", "actor", "correlation_id",
            "reason", "payload");

    private final ObjectMapper json;

    public HistoryCsv(ObjectMapper json) {
        this.json = json;
    }

    public String render(HistoryPage page) {
        StringBuilder out = new StringBuilder();
        Csv.appendRow(out, HEADER);
        for (HistoryEntry entry : page.items()) {
            List<String> cells = new ArrayList<>(HEADER.size());
            cells.add(Long.toString(entry.sequenceNumber()));
            cells.add(entry.timestamp().toString());
            cells.add(entry.type());
            cells.add(Csv.text(entry.actor()));
            cells.add(Csv.text(entry.correlationId()));
            cells.add(Csv.text(entry.reason()));
            cells.add(payload(entry));
            Csv.appendRow(out, cells);
        }
        return out.toString();
    }

    private String payload(HistoryEntry entry) {
        try {
            return json.writeValueAsString(entry.payload());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write event payload", e);
        }
    }
}
