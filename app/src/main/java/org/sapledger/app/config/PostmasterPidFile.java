package org.sapledger.app.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The {@code postmaster.pid} lock file PostgreSQL keeps in its data directory while a server runs on it. Its first
 * line is the postmaster's process id, its second the data directory as the server was given it. A clean shutdown
 * removes it; a server that was killed leaves it behind.
 *
 * @param file          where it was read
 * @param pid           the postmaster's process id (line 1)
 * @param dataDirectory the data directory it names (line 2), or null when the file is too short
 */
record PostmasterPidFile(Path file, long pid, String dataDirectory) {

    static final String NAME = "postmaster.pid";

    /**
     * The lock file of {@code dataDirectory}, or empty when there is none or it holds no process id (a server writes
     * the file in steps, so a torn one is possible after a crash; PostgreSQL itself rewrites it on start).
     */
    static Optional<PostmasterPidFile> read(Path dataDirectory) throws IOException {
        Path file = dataDirectory.resolve(NAME);
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException absent) {
            return Optional.empty();
        }
        if (lines.isEmpty()) {
            return Optional.empty();
        }
        long pid;
        try {
            pid = Long.parseLong(lines.get(0).trim());
        } catch (NumberFormatException torn) {
            return Optional.empty();
        }
        if (pid <= 0) {
            return Optional.empty();
        }
        return Optional.of(new PostmasterPidFile(file, pid, lines.size() > 1 ? lines.get(1).trim() : null));
    }
}
