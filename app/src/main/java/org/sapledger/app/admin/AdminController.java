package org.sapledger.app.admin;

import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Operations on the read models. */
@RestController
@RequestMapping(path = "/api/admin/projections", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Admin", description = "Read model maintenance")
public class AdminController {

    private final ProjectionRebuilder rebuilder;

    public AdminController(ProjectionRebuilder rebuilder) {
        this.rebuilder = rebuilder;
    }

    @PostMapping("/rebuild")
    @Operation(summary = "Reset every projection and replay the event store into it",
            description = "Answers 202 at once; follow the replay here (GET) or in /actuator/health.")
    public ResponseEntity<Map<String, ProjectionRebuilder.ProcessorStatus>> rebuild() {
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(rebuilder.rebuild());
    }

    @GetMapping
    @Operation(summary = "Each projection's processor: running, replaying, caught up")
    public Map<String, ProjectionRebuilder.ProcessorStatus> status() {
        return rebuilder.status();
    }
}
