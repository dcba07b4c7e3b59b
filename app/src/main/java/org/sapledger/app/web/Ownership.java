package org.sapledger.app.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.sapledger.app.security.CallerResolver;
import org.sapledger.command.UnknownEntityException;
import org.sapledger.domain.plan.FindPlanOwner;
import org.sapledger.domain.plan.FindScenarioOwner;
import org.sapledger.domain.tenancy.FindPropertyOrganisation;
import org.springframework.stereotype.Component;

/**
 * The tenancy check of every request that names a property, plan or scenario: it must belong to the caller's
 * organisation, and if it does not it is answered exactly like an id that does not exist (404), so ids of other
 * organisations can be neither read nor probed. Ownership comes from the plan directory, which is written in the
 * commands' own transactions, so a property is visible to its owner as soon as its registration is answered.
 * Commands are checked a second time by the aggregate itself.
 */
@Component
public class Ownership {

    private static final int KNOWN_OWNERS = 10_000;

    private final QueryGateway queries;
    private final CallerResolver callers;
    private final Map<String, String> knownOwners = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
            return size() > KNOWN_OWNERS;
        }
    };

    public Ownership(QueryGateway queries, CallerResolver callers) {
        this.queries = queries;
        this.callers = callers;
    }

    /** The caller's organisation. */
    public String organisation() {
        return callers.current().organisation();
    }

    /** {@code propertyId}, once it is known to belong to the caller's organisation; else a 404. */
    public String property(String propertyId) {
        Optional<String> owner = owner(propertyId);
        if (owner.isEmpty() || !owner.get().equals(organisation())) {
            throw new UnknownEntityException("property", propertyId);
        }
        return propertyId;
    }

    /**
     * The organisation owning a property. A property's owner never changes once registered, so known owners are
     * remembered (a bounded, least-recently-used map); unknown ids are asked again every time.
     */
    private Optional<String> owner(String propertyId) {
        synchronized (knownOwners) {
            String known = knownOwners.get(propertyId);
            if (known != null) {
                return Optional.of(known);
            }
        }
        Optional<String> owner = queries.query(new FindPropertyOrganisation(propertyId),
                ResponseTypes.optionalInstanceOf(String.class)).join();
        owner.ifPresent(found -> {
            synchronized (knownOwners) {
                knownOwners.put(propertyId, found);
            }
        });
        return owner;
    }

    /** The property holding the plan, once it is known to belong to the caller's organisation; else a 404. */
    public String propertyOfPlan(String planId) {
        return owned(queries.query(new FindPlanOwner(planId), ResponseTypes.optionalInstanceOf(String.class)).join(),
                "plan", planId);
    }

    /** The property holding the scenario, once it is known to belong to the caller's organisation; else a 404. */
    public String propertyOfScenario(String scenarioId) {
        return owned(queries.query(new FindScenarioOwner(scenarioId),
                ResponseTypes.optionalInstanceOf(String.class)).join(), "scenario", scenarioId);
    }

    private String owned(Optional<String> propertyId, String kind, String id) {
        if (propertyId.isEmpty()) {
            throw new UnknownEntityException(kind, id);
        }
        try {
            return property(propertyId.get());
        } catch (UnknownEntityException otherOrganisation) {
            throw new UnknownEntityException(kind, id);
        }
    }
}
