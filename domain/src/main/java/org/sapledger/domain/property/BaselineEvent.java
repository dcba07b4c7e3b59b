package org.sapledger.domain.property;

/**
 * An event that changes a property's baseline dwelling. {@link BaselineEvolution} says how; the aggregate, the
 * projections and the as-of replay all use it, so the baseline is rebuilt the same way everywhere.
 */
public interface BaselineEvent {

    /** The property whose baseline changed. */
    String propertyId();
}
