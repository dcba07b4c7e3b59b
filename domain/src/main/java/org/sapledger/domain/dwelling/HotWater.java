package org.sapledger.domain.dwelling;

/**
 * Hot-water inputs of worksheet section 4.
 *
 * @param coldWater cold water source (selects the cold-water temperature row)
 * @param system the water-heating arrangement
 */
public record HotWater(ColdWaterSource coldWater, HotWaterSystem system) {
}
