package org.sapledger.domain.dwelling;

/**
 * Everything worksheet section 2 takes.
 *
 * @param openChimneys (6a) count
 * @param openFlues (6b) count
 * @param closedFires (6c) chimneys/flues attached to closed fires, count
 * @param solidFuelBoilerFlues (6d) count
 * @param otherHeaterFlues (6e) count
 * @param blockedChimneys (6f) count
 * @param intermittentExtractFans (7a) count
 * @param passiveVents (7b) count
 * @param fluelessGasFires (7c) count
 * @param airTightness pressure test or structural infiltration
 * @param shelteredSides (19) count, 0..4
 * @param system natural or mechanical ventilation
 */
public record Ventilation(int openChimneys, int openFlues, int closedFires, int solidFuelBoilerFlues,
        int otherHeaterFlues, int blockedChimneys, int intermittentExtractFans, int passiveVents,
        int fluelessGasFires, AirTightness airTightness, int shelteredSides, MechanicalVentilation system) {
}
