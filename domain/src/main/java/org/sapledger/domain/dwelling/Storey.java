package org.sapledger.domain.dwelling;

/**
 * One floor record of worksheet section 1 (a room in roof is a storey too).
 *
 * @param id stable id
 * @param floorArea floor area, m² (line (1))
 * @param storeyHeight storey height, m (line (2))
 */
public record Storey(String id, double floorArea, double storeyHeight) {
}
