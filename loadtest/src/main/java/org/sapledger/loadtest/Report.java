package org.sapledger.loadtest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The run's report: a summary table of the figures against their targets, then each scenario's section. */
final class Report {

    /** The body, after the summary table. */
    final StringBuilder md = new StringBuilder();
    private final List<String[]> summary = new ArrayList<>();
    private final Config cfg;

    Report(Config cfg) {
        this.cfg = cfg;
    }

    /** The machine, the JDK, the app's jar and settings, and the command that started the run. */
    void header(Instant started, String jar) throws IOException {
        md.append("## Machine and run\n\n");
        md.append("- started ").append(started).append('\n');
        md.append("- `nproc`: ").append(Runtime.getRuntime().availableProcessors()).append('\n');
        String cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                .findFirst().map(l -> l.substring(l.indexOf(':') + 1).trim()).orElse("?");
        md.append("- CPU model: ").append(cpu).append('\n');
        String mem = Files.readAllLines(Path.of("/proc/meminfo")).get(0).replaceAll("\\s+", " ");
        md.append("- memory: ").append(mem).append(String.format(" (%.0f GB)", Long.parseLong(mem.replaceAll("\\D", "")) / 1048576.0)).append('\n');
        md.append("- JDK: ").append(System.getProperty("java.vm.name")).append(' ').append(System.getProperty("java.runtime.version")).append('\n');
        md.append("- app jar: `").append(jar).append("`, `-Xmx").append(cfg.xmx).append(' ').append(cfg.jvmOpts).append("`, MALLOC_ARENA_MAX=2, embedded PostgreSQL 14 on 127.0.0.1:").append(cfg.pgPort).append('\n');
        md.append("- settings: ").append(cfg.describe()).append('\n');
        md.append("- command: `").append(ProcessHandle.current().info().commandLine().orElse("?")).append("`\n\n");
    }

    /** The whole report: the summary table, then the body. */
    String render() {
        StringBuilder out = new StringBuilder("# sapledger load test report" + (cfg.quick ? " (QUICK SMOKE RUN, tiny numbers)" : "") + "\n\n");
        out.append("| figure | target | measured | met |\n|---|---|---|---|\n");
        for (String[] r : summary) {
            out.append("| ").append(String.join(" | ", r)).append(" |\n");
        }
        out.append('\n').append(md);
        return out.toString();
    }

    /** A row of the summary table; {@code met} null for a figure without a target. */
    void row(String figure, String target, String measured, Boolean met) {
        summary.add(new String[]{figure, target, measured, met == null ? "" : met ? "yes" : "**no**"});
    }

    /** Starts a section of the body (and says so on the console). */
    void section(String title) {
        System.out.println("\n=== " + title + " (" + Instant.now() + ")");
        md.append("\n## ").append(title).append("\n\n");
    }

    /** A line of the body, also printed as the run goes. */
    void line(String s) {
        System.out.println(s);
        md.append(s).append('\n');
    }
}
