package org.sapledger.domain.plan;

import org.sapledger.domain.dwelling.AirTightness;
import org.sapledger.domain.dwelling.Cooling;
import org.sapledger.domain.dwelling.FabricElement;
import org.sapledger.domain.dwelling.Ventilation;

/**
 * One retrofit measure of a scenario: an operation on the baseline dwelling. A scenario's dwelling is the current
 * baseline with its measures applied in order; a measure whose element is gone is reported as not applicable.
 */
public sealed interface Measure {

    /** Change an element's U-value (e.g. insulate a wall, replace a window). */
    record ChangeUValue(String elementId, double uValue) implements Measure {
    }

    /** Change an element's area (gross area for walls and roofs). */
    record ChangeArea(String elementId, double area) implements Measure {
    }

    /** Add a fabric element (e.g. a new window). */
    record AddElement(FabricElement element) implements Measure {
    }

    /** Remove a fabric element (e.g. block up a window). */
    record RemoveElement(String elementId) implements Measure {
    }

    /** Replace the ventilation inputs (e.g. install balanced ventilation with heat recovery). */
    record ChangeVentilation(Ventilation ventilation) implements Measure {
    }

    /** Replace the air tightness (e.g. draught-proofing verified by a new pressure test). */
    record ChangeAirTightness(AirTightness airTightness) implements Measure {
    }

    /** Install or change fixed air conditioning. */
    record SetCooling(Cooling cooling) implements Measure {
    }

    /** Remove fixed air conditioning. */
    record RemoveCooling() implements Measure {
    }
}
