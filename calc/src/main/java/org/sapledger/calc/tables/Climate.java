package org.sapledger.calc.tables;

/**
 * The Appendix U climate of one region: Table U1 external temperature (°C), Table U2 wind speed (m/s), Table
 * U3 horizontal irradiance (W/m²), Table U4 latitude (°N) and the Table U3 solar declination (°).
 *
 * @param region region code 0..21
 * @param externalTemperature U1, Jan..Dec
 * @param windSpeed U2, Jan..Dec
 * @param horizontalIrradiance U3, Jan..Dec
 * @param latitude U4
 * @param declination solar declination, Jan..Dec
 */
public record Climate(int region, double[] externalTemperature, double[] windSpeed, double[] horizontalIrradiance,
        double latitude, double[] declination) {
}
