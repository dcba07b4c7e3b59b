package org.sapledger.command.property;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.sapledger.command.Validation;
import org.sapledger.domain.ClimateRegion;
import org.sapledger.domain.CommandAccepted;
import org.sapledger.domain.property.Postcode;
import org.sapledger.domain.property.PropertyRegistered;
import org.sapledger.domain.property.RegisterProperty;

/**
 * A dwelling whose retrofit is being planned. Its state is rebuilt from its events only; command handlers validate
 * and decide, event sourcing handlers change state.
 */
@Aggregate
public class PropertyAggregate {

    /** Longest address line accepted, in characters. */
    public static final int MAX_ADDRESS_LENGTH = 200;

    @AggregateIdentifier
    private String propertyId;

    /** Required by Axon to rebuild the aggregate from its events. */
    protected PropertyAggregate() {
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.ALWAYS)
    public CommandAccepted handle(RegisterProperty command) {
        new Validation()
                .check(command.propertyId() != null && !command.propertyId().isBlank(),
                        "propertyId", "must not be blank")
                .check(command.addressLine() != null && !command.addressLine().isBlank(),
                        "addressLine", "must not be blank")
                .check(command.addressLine() == null || command.addressLine().length() <= MAX_ADDRESS_LENGTH,
                        "addressLine", "must be at most " + MAX_ADDRESS_LENGTH + " characters")
                .check(Postcode.isWellFormed(command.postcode()),
                        "postcode", "must be a UK postcode such as LE11 3TU")
                .check(ClimateRegion.isValid(command.climateRegion()),
                        "climateRegion", "must be between " + ClimateRegion.MIN_CODE + " and " + ClimateRegion.MAX_CODE)
                .check(command.dwellingType() != null,
                        "dwellingType", "must be one of HOUSE, BUNGALOW, FLAT, MAISONETTE, PARK_HOME")
                .throwIfInvalid();
        apply(new PropertyRegistered(
                command.propertyId(),
                command.addressLine().strip(),
                Postcode.canonical(command.postcode()),
                command.climateRegion(),
                command.dwellingType()));
        return accepted();
    }

    @EventSourcingHandler
    void on(PropertyRegistered event) {
        this.propertyId = event.propertyId();
    }

    private CommandAccepted accepted() {
        return new CommandAccepted(propertyId, AggregateLifecycle.getVersion());
    }
}
