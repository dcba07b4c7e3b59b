package org.sapledger.app.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.sapledger.command.UnknownEntityException;
import org.sapledger.domain.history.FindHistory;
import org.sapledger.domain.history.FindLineTrail;
import org.sapledger.domain.history.HistoryPage;
import org.sapledger.domain.history.LineTrail;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A property's history for auditors: every event of the property and of its plans and scenarios, oldest first,
 * with who, when and why; and the trail of one worksheet line across those events.
 */
@RestController
@OwnedProperty
@RequestMapping(produces = MediaType.APPLICATION_JSON_VALUE)
@Validated
@Tag(name = "History", description = "Audit: what changed, by whom, when, and how each line came to be")
public class HistoryController {

    private final QueryGateway queries;
    private final HistoryCsv csv;

    public HistoryController(QueryGateway queries, HistoryCsv csv) {
        this.queries = queries;
        this.csv = csv;
    }

    @GetMapping(path = "/api/properties/{propertyId}/history", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Every event of the property, oldest first, one page at a time; also text/csv",
            description = "Each entry: sequenceNumber, timestamp, type, payload (with before and after values), "
                    + "actor, correlationId, reason.")
    public HistoryPage history(@PathVariable String propertyId,
                               @RequestParam(defaultValue = "0") @Min(0) int page,
                               @RequestParam(defaultValue = "100") @Min(1) @Max(1000) int size) {
        return QueryAnswers.join(queries.query(new FindHistory(propertyId, page, size),
                ResponseTypes.optionalInstanceOf(HistoryPage.class)))
                .orElseThrow(() -> new UnknownEntityException("property", propertyId));
    }

    @GetMapping(path = "/api/properties/{propertyId}/history", produces = "text/csv")
    @Operation(summary = "The property's history as CSV, one row per event")
    public ResponseEntity<String> historyCsv(@PathVariable String propertyId,
                                             @RequestParam(defaultValue = "0") @Min(0) int page,
                                             @RequestParam(defaultValue = "100") @Min(1) @Max(1000) int size) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(Csv.MEDIA_TYPE))
                .body(csv.render(history(propertyId, page, size)));
    }

    @GetMapping("/api/properties/{propertyId}/history/lines")
    @Operation(summary = "A worksheet line's value after each event of the property, and which events changed it")
    public LineTrail lineTrail(@PathVariable String propertyId,
                               @Parameter(description = "worksheet line key, e.g. 107, 107_total, 39")
                               @RequestParam String line,
                               @RequestParam(defaultValue = "rating") String basis) {
        if (!line.matches("[A-Za-z0-9_]{1,40}")) {
            throw new InvalidBodyException("line", "must be a worksheet line key such as 107 or 107_total");
        }
        return QueryAnswers.join(queries.query(new FindLineTrail(propertyId, line, Bases.parse(basis)),
                ResponseTypes.optionalInstanceOf(LineTrail.class)))
                .orElseThrow(() -> new UnknownEntityException("property", propertyId));
    }
}
