package org.sapledger.calc;

import org.sapledger.domain.ClimateRegion;
import org.sapledger.domain.dwelling.Dwelling;

/**
 * The climate basis of a run. Every climate-dependent line (wind speed (22)m, solar flux, external temperature
 * (96)m and hence (100)m and (103)m) uses the same region.
 */
public enum CalculationBasis {
    /** The SAP rating: region 0, UK average, whatever the property's region. */
    RATING,
    /** The property's own region (costs, emissions and local assessments). */
    LOCAL;

    /** The Appendix U region this basis uses for {@code d}. */
    public int region(Dwelling d) {
        return this == RATING ? ClimateRegion.UK_AVERAGE.code() : d.region().code();
    }
}
