package org.sapledger.app.web;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.sapledger.app.web.comparison.ComparisonCsv;
import org.sapledger.app.web.comparison.ComparisonSvg;
import org.sapledger.command.UnknownEntityException;
import org.sapledger.domain.history.FindWorksheetAsOf;
import org.sapledger.domain.worksheet.FindPlanComparison;
import org.sapledger.domain.worksheet.FindWorksheet;
import org.sapledger.domain.worksheet.PlanComparison;
import org.sapledger.domain.worksheet.WorksheetView;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The worksheets the planning UI reads: a property's baseline, each scenario, and a plan's comparison. Monthly lines
 * are arrays of twelve values, January first; keys are worksheet line numbers. {@code minVersion} (the version a
 * command answered) makes a read wait, briefly, until the worksheets reflect that command.
 */
@RestController
@RequestMapping(produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Worksheets", description = "SAP 10.2 worksheet lines and scenario comparisons")
public class WorksheetController {

    /**
     * The instants {@code asOf} may name: four-digit years, as ISO-8601 writes them without expansion. Java reads
     * years up to ±1,000,000,000, which PostgreSQL's timestamps (4713 BC to 294276 AD) cannot hold.
     */
    static final Instant EARLIEST_AS_OF = Instant.parse("0001-01-01T00:00:00Z");
    static final Instant LATEST_AS_OF = Instant.parse("9999-12-31T23:59:59Z");

    private final QueryGateway queries;
    private final ReadYourWrites readYourWrites;
    private final Ownership ownership;
    private final ComparisonCsv csv = new ComparisonCsv();
    private final ComparisonSvg svg = new ComparisonSvg();

    public WorksheetController(QueryGateway queries, ReadYourWrites readYourWrites, Ownership ownership) {
        this.queries = queries;
        this.readYourWrites = readYourWrites;
        this.ownership = ownership;
    }

    @GetMapping("/api/properties/{propertyId}/worksheet")
    @Operation(summary = "The worksheet of the property's baseline: every line by worksheet number")
    public WorksheetView propertyWorksheet(@PathVariable String propertyId,
            @Parameter(description = "rating (UK average climate, default) or local (the property's region)")
            @RequestParam(defaultValue = "rating") String basis,
            @Parameter(description = "wait until the worksheet reflects this property version")
            @RequestParam(required = false) Long minVersion,
            @Parameter(description = "the worksheet as it was at this ISO-8601 instant, replayed from the events")
            @RequestParam(required = false) String asOf,
            @Parameter(description = "the worksheet as it was at this property version, replayed from the events")
            @RequestParam(required = false) Long atVersion) {
        return worksheet("property", ownership.property(propertyId), propertyId, basis, minVersion, asOf, atVersion);
    }

    @GetMapping("/api/scenarios/{scenarioId}/worksheet")
    @Operation(summary = "The worksheet of a scenario (the current baseline with its measures), with each "
            + "measure's status")
    public WorksheetView scenarioWorksheet(@PathVariable String scenarioId,
            @RequestParam(defaultValue = "rating") String basis,
            @RequestParam(required = false) Long minVersion,
            @RequestParam(required = false) String asOf,
            @RequestParam(required = false) Long atVersion) {
        return worksheet("scenario", ownership.propertyOfScenario(scenarioId), scenarioId, basis, minVersion, asOf,
                atVersion);
    }

    @GetMapping(path = "/api/plans/{planId}/comparison", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The plan's scenarios beside the baseline: (107), (108), (221) and (107)m, with absolute "
            + "and percentage changes; also text/csv and image/svg+xml")
    public PlanComparison comparison(@PathVariable String planId,
            @RequestParam(defaultValue = "rating") String basis,
            @RequestParam(required = false) Long minVersion) {
        readYourWrites.awaitVersion(ownership.propertyOfPlan(planId), planId, minVersion);
        return queries.query(new FindPlanComparison(planId, basisName(basis)),
                        ResponseTypes.optionalInstanceOf(PlanComparison.class)).join()
                .orElseThrow(() -> new UnknownEntityException("plan", planId));
    }

    @GetMapping(path = "/api/plans/{planId}/comparison", produces = "text/csv")
    @Operation(summary = "The plan comparison as CSV, one row per baseline or scenario")
    public ResponseEntity<String> comparisonCsv(@PathVariable String planId,
            @RequestParam(defaultValue = "rating") String basis,
            @RequestParam(required = false) Long minVersion) {
        PlanComparison comparison = comparison(planId, basis, minVersion);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(ComparisonCsv.MEDIA_TYPE))
                .header("Content-Disposition", "inline; filename=\"comparison-" + planId + ".csv\"")
                .body(csv.render(comparison));
    }

    @GetMapping(path = "/api/plans/{planId}/comparison", produces = ComparisonSvg.MEDIA_TYPE)
    @Operation(summary = "The plan comparison as an SVG chart of monthly (107)m, baseline against each scenario")
    public ResponseEntity<String> comparisonSvg(@PathVariable String planId,
            @RequestParam(defaultValue = "rating") String basis,
            @RequestParam(required = false) Long minVersion) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(ComparisonSvg.MEDIA_TYPE))
                .body(svg.render(comparison(planId, basis, minVersion)));
    }

    private WorksheetView worksheet(String kind, String propertyId, String subjectId, String basis, Long minVersion,
                                    String asOf, Long atVersion) {
        String basisName = basisName(basis);
        Optional<WorksheetView> view;
        if (asOf != null || atVersion != null) {
            view = QueryAnswers.join(queries.query(
                    new FindWorksheetAsOf(subjectId, basisName, checkedVersion(atVersion), instant(asOf)),
                    ResponseTypes.optionalInstanceOf(WorksheetView.class)));
        } else {
            readYourWrites.awaitVersion(propertyId, subjectId, minVersion);
            view = queries.query(new FindWorksheet(subjectId, basisName),
                    ResponseTypes.optionalInstanceOf(WorksheetView.class)).join();
        }
        return view.filter(found -> kind.equals("scenario") == (found.planId() != null))
                .orElseThrow(() -> new UnknownEntityException(kind, subjectId));
    }

    private static Long checkedVersion(Long atVersion) {
        if (atVersion != null && atVersion < 0) {
            throw new InvalidBodyException("atVersion", "must be 0 or more");
        }
        return atVersion;
    }

    private static Instant instant(String asOf) {
        if (asOf == null) {
            return null;
        }
        Instant instant;
        try {
            instant = Instant.parse(asOf);
        } catch (DateTimeParseException e) {
            throw new InvalidBodyException("asOf", "must be an ISO-8601 instant such as 2026-11-26T12:00:00Z");
        }
        if (instant.isBefore(EARLIEST_AS_OF) || instant.isAfter(LATEST_AS_OF)) {
            throw new InvalidBodyException("asOf", "must be between " + EARLIEST_AS_OF + " and " + LATEST_AS_OF);
        }
        return instant;
    }

    private static String basisName(String basis) {
        return Bases.parse(basis);
    }
}
