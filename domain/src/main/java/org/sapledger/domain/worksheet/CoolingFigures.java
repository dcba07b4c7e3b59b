package org.sapledger.domain.worksheet;

import java.util.List;

/**
 * The space-cooling figures of one worksheet that a comparison shows.
 *
 * @param requirementKwh         (107), space cooling requirement, kWh/year
 * @param requirementPerAreaKwhM2 (108), kWh/m²/year
 * @param electricityKwh         (221), electricity for space cooling, kWh/year
 * @param monthlyRequirementKwh  (107)m, twelve values, January first, kWh
 */
public record CoolingFigures(double requirementKwh, double requirementPerAreaKwhM2, double electricityKwh,
        List<Double> monthlyRequirementKwh) {

    public CoolingFigures {
        monthlyRequirementKwh = List.copyOf(monthlyRequirementKwh);
    }
}
