package org.sapledger.domain.dwelling;

import java.util.Optional;

/** Energy class of a cooling system ({@code SAP-CoolingSystemClassCode}). */
public enum CoolingEnergyClass {
    A_PLUS_PLUS_PLUS("A+++"), A_PLUS_PLUS("A++"), A_PLUS("A+"), A("A"), B("B"), C("C"), D("D"), E("E"), F("F"),
    G("G"), NOT_DEFINED("ND"), UNKNOWN("Unknown");

    private final String code;

    CoolingEnergyClass(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<CoolingEnergyClass> fromCode(String code) {
        for (CoolingEnergyClass c : values()) {
            if (c.code.equalsIgnoreCase(code.trim())) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }
}
