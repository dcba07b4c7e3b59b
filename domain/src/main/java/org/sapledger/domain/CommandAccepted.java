package org.sapledger.domain;

/**
 * The answer to every accepted command: the aggregate it changed and the aggregate's version after the change
 * (the sequence number of the last event it appended; 0 after the first event).
 *
 * @param id      the aggregate identifier
 * @param version the aggregate version after the command
 */
public record CommandAccepted(String id, long version) {
}
