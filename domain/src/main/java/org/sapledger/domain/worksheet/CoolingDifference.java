package org.sapledger.domain.worksheet;

import java.util.List;

/**
 * How a scenario's cooling figures differ from the baseline's.
 *
 * @param requirementKwh          change of (107)
 * @param requirementPerAreaKwhM2 change of (108)
 * @param electricityKwh          change of (221)
 * @param monthlyRequirementKwh   change of each (107)m, January first
 */
public record CoolingDifference(Difference requirementKwh, Difference requirementPerAreaKwhM2,
        Difference electricityKwh, List<Difference> monthlyRequirementKwh) {

    public CoolingDifference {
        monthlyRequirementKwh = List.copyOf(monthlyRequirementKwh);
    }
}
