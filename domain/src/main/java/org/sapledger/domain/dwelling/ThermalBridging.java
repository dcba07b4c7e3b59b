package org.sapledger.domain.dwelling;

import java.util.List;

/** Thermal bridging (line (36)): a global y-value or a list of junctions. */
public sealed interface ThermalBridging {

    /** The SAP default y = 0.20 W/m²K ({@code Thermal-Bridge-Code} 1). */
    ThermalBridging DEFAULT = new YValue(0.20);

    /** (36) = y × (31). */
    record YValue(double y) implements ThermalBridging {
    }

    /** (36) = Σ ψ·L. Without a list (null), the validator reports it, as it does every other missing input. */
    record Junctions(List<LinearThermalBridge> junctions) implements ThermalBridging {
        public Junctions {
            junctions = junctions == null ? null : List.copyOf(junctions);
        }
    }
}
