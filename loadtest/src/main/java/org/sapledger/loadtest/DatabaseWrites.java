package org.sapledger.loadtest;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

/**
 * PostgreSQL's checkpoints and WAL so far ({@code pg_stat_bgwriter}, {@code pg_stat_wal}); a window's figures are
 * the difference of two readings ({@link #since}).
 *
 * @param checkpoints      checkpoints begun (timed or requested)
 * @param requested        checkpoints requested by the volume of WAL rather than the timer
 * @param writeMicros      time spent writing checkpoints' pages, µs
 * @param syncMicros       time spent syncing checkpoints' files, µs
 * @param walBytes         WAL written
 * @param fullPageImages   full-page images in that WAL
 */
record DatabaseWrites(long checkpoints, long requested, long writeMicros, long syncMicros, long walBytes,
                      long fullPageImages) {

    static DatabaseWrites read(Connection c) throws Exception {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT checkpoints_timed + checkpoints_req, checkpoints_req, (checkpoint_write_time * 1000)::bigint,"
                        + " (checkpoint_sync_time * 1000)::bigint, w.wal_bytes::bigint, w.wal_fpi"
                        + " FROM pg_stat_bgwriter, pg_stat_wal w")) {
            rs.next();
            return new DatabaseWrites(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5),
                    rs.getLong(6));
        }
    }

    /** What was written between {@code earlier} and this reading. */
    DatabaseWrites since(DatabaseWrites earlier) {
        return new DatabaseWrites(checkpoints - earlier.checkpoints, requested - earlier.requested,
                writeMicros - earlier.writeMicros, syncMicros - earlier.syncMicros, walBytes - earlier.walBytes,
                fullPageImages - earlier.fullPageImages);
    }
}
