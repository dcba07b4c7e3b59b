package org.sapledger.app.web;

import org.sapledger.domain.CommandAccepted;

/**
 * The body of every successful command answer: the aggregate's id and its version after the command.
 *
 * @param id      the aggregate identifier
 * @param version the aggregate version (sequence number of its latest event)
 */
public record CommandAcceptedResponse(String id, long version) {

    static CommandAcceptedResponse of(CommandAccepted accepted) {
        return new CommandAcceptedResponse(accepted.id(), accepted.version());
    }
}
