package org.sapledger.loadtest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

/** The end of a harness run: its run time appended, the report printed and written under {@code load.reportDir}. */
final class ReportFile {

    private ReportFile() {
    }

    /** Appends the run time since {@code started} to {@code md}, then prints and writes what {@code render} gives. */
    static void finish(StringBuilder md, Instant started, Supplier<String> render,
                       String reportDir, String fileName) throws IOException {
        md.append(String.format("%nTotal run time: %.1f min.%n", Duration.between(started, Instant.now()).toSeconds() / 60.0));
        String report = render.get();
        System.out.println("\n\n" + report);
        Path dir = Path.of(reportDir);
        Files.createDirectories(dir);
        Files.writeString(dir.resolve(fileName), report);
        System.out.println("report written to " + dir.resolve(fileName).toAbsolutePath());
    }
}
