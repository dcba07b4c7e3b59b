package org.sapledger.calc.ventilation;

/**
 * Line (17): air permeability q50, m³/h·m² at 50 Pa. A blower-door (AP50) value is used as given; a
 * low-pressure pulse (AP4, line (17a)) value is converted with q50 = 5.254 × AP4^0.9241 (the SAP 10.2
 * conversion as commonly quoted; no reference dwelling covers it).
 */
public final class Line17AirPermeability {

    private Line17AirPermeability() {
    }

    public static double fromAp4(double ap4) {
        return 5.254 * Math.pow(ap4, 0.9241);
    }
}
