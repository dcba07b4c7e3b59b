package org.sapledger.calc.cooling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sapledger.calc.CalculationBasis;
import org.sapledger.calc.ReferenceDwellings;
import org.sapledger.calc.Worksheet;
import org.sapledger.calc.incremental.InputChange;
import org.sapledger.calc.tables.CoolingSeerTable10c;
import org.sapledger.domain.dwelling.Cooling;
import org.sapledger.domain.dwelling.CoolingEfficiency;
import org.sapledger.domain.dwelling.CoolingEnergyClass;
import org.sapledger.domain.dwelling.Dwelling;

/** Hand-computed cases for the lines of section 8c. */
class CoolingLeafLinesTest {

    @ParameterizedTest
    @ValueSource(doubles = {0, -0.5, -1e-9, -100})
    void gammaAtOrBelowZeroGivesEtaOne(double gamma) {
        assertThat(Line101UtilisationFactor.eta(gamma, 2.0)).isEqualTo(1.0);
    }

    @ParameterizedTest
    @ValueSource(doubles = {1.0, 1.5, 2.1086559011538943, 7.0})
    void gammaOneGivesAOverAPlusOne(double a) {
        assertThat(Line101UtilisationFactor.eta(1.0, a)).isEqualTo(a / (a + 1));
        assertThat(Line101UtilisationFactor.eta(1.0 + 1e-10, a)).isEqualTo(a / (a + 1));
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.05, 0.3, 0.9, 0.999, 1.001, 1.7, 12.0})
    void generalFormulaIsTheTable10aExpression(double gamma) {
        double a = 1.8;
        double table10a = (1 - Math.pow(gamma, -a)) / (1 - Math.pow(gamma, -(a + 1)));
        assertThat(Line101UtilisationFactor.eta(gamma, a)).isCloseTo(table10a, within(1e-12));
    }

    @Test
    void thermalMassZeroGivesTauZeroAndEtaGammaOverOnePlusGamma() {
        double tau = Line101UtilisationFactor.timeConstant(0, 2.8);
        assertThat(tau).isZero();
        assertThat(Line101UtilisationFactor.parameterA(tau)).isEqualTo(1.0);
        double[] loss = new double[12];
        double[] gains = new double[12];
        double[] hlp = new double[12];
        for (int m = 0; m < 12; m++) {
            loss[m] = 2000 + 100 * m;
            gains[m] = 300 + 50 * m;
            hlp[m] = 2.8;
        }
        double[] eta = Line101UtilisationFactor.compute(0, hlp, gains, loss);
        for (int m = 0; m < 12; m++) {
            double g = gains[m] / loss[m];
            assertThat(eta[m]).isCloseTo(g / (1 + g), within(1e-15));
        }
    }

    @Test
    void timeConstantAndAFollowTable10a() {
        double tau = Line101UtilisationFactor.timeConstant(250, 4.17589409375);
        assertThat(tau).isCloseTo(250 / (3.6 * 4.17589409375), within(1e-15));
        assertThat(Line101UtilisationFactor.parameterA(15)).isEqualTo(2.0);
    }

    @Test
    void heatLossRate100UsesTheCoolingSetPoint() {
        double[] l39 = new double[12];
        double[] te = new double[12];
        java.util.Arrays.fill(l39, 200);
        java.util.Arrays.fill(te, 14);
        assertThat(Line100HeatLossRate.compute(l39, te)).containsOnly(2000.0);
    }

    @Test
    void negativeRequirementIsClampedToZero() {
        assertThat(Line104ContinuousCoolingRequirement.month(100, 200, 31, 0)).isZero();
        assertThat(Line104ContinuousCoolingRequirement.month(1000, 500, 31, 0)).isEqualTo(0.024 * 500 * 31);
    }

    @Test
    void requirementBelowThreeTimesHeatingIsZero() {
        // 0.024 × 500 × 31 = 372 kWh < 3 × 200 kWh
        assertThat(Line104ContinuousCoolingRequirement.month(1000, 500, 31, 200)).isZero();
        assertThat(Line104ContinuousCoolingRequirement.month(1000, 500, 31, 100)).isEqualTo(0.024 * 500 * 31);
    }

    @Test
    void cooledFraction105IsCooledAreaOverTfa() {
        assertThat(Line105CooledFraction.compute(50, 100)).isEqualTo(0.5);
    }

    @Test
    void cooledFractionOneHalfHalvesRequirement107() {
        Dwelling d = ReferenceDwellings.M1_DETACHED.dwelling();
        Worksheet whole = Worksheet.calculate(d.withCooling(new Cooling(100, new CoolingEfficiency.DeclaredSeer(4))),
                CalculationBasis.RATING);
        Worksheet half = whole.apply(new InputChange.SetCooledArea(50)).worksheet();
        assertThat(half.scalar("105")).isEqualTo(0.5);
        assertThat(whole.scalar("107_total")).isGreaterThan(0);
        assertThat(half.scalar("107_total")).isEqualTo(whole.scalar("107_total") / 2);
        for (int m = 0; m < 12; m++) {
            assertThat(half.monthly("107")[m]).isEqualTo(whole.monthly("107")[m] / 2);
        }
    }

    @Test
    void seer209IsDeclaredOrFromTable10c() {
        assertThat(Line209CoolingSeer.compute(new CoolingEfficiency.DeclaredSeer(4.2))).isEqualTo(4.2);
        assertThat(Line209CoolingSeer.compute(new CoolingEfficiency.EnergyClass(CoolingEnergyClass.A)))
                .isEqualTo(CoolingSeerTable10c.seer(CoolingEnergyClass.A));
        assertThat(CoolingSeerTable10c.seer(CoolingEnergyClass.A_PLUS_PLUS_PLUS))
                .isGreaterThan(CoolingSeerTable10c.seer(CoolingEnergyClass.G));
    }

    @Test
    void electricity221IsRequirementOverSeer() {
        double[] q = {0, 0, 0, 0, 0, 36, 42, 41, 0, 0, 0, 0};
        double[] e = Line221CoolingElectricity.compute(q, 4);
        assertThat(e[6]).isEqualTo(10.5);
        assertThat(e[0]).isZero();
    }

    /**
     * Cross-check with the derived what-if of {@code reference-cases.json} (cooled whole dwelling, region 0,
     * the engine's (98c)m as the heating requirement): (107)m for both reference dwellings.
     */
    @Test
    void derivedWhatIfOfTheResearchNotesIsReproduced() throws IOException {
        JsonNode cases;
        try (InputStream in = getClass().getResourceAsStream("/reference/reference-cases.json")) {
            cases = new ObjectMapper().readTree(in).get("cases");
        }
        ReferenceDwellings[] refs = {ReferenceDwellings.M1_DETACHED, ReferenceDwellings.RDSAP_DETACHED};
        for (int i = 0; i < refs.length; i++) {
            JsonNode c = cases.get(i);
            List<Double> heating = new ArrayList<>();
            for (JsonNode x : c.get("inputs_to_section_8c").get("space_heating_requirement_98c_m_kWh")) {
                heating.add(x.asDouble());
            }
            Dwelling d = refs[i].dwelling();
            Worksheet w = Worksheet.calculate(d.withCooling(new Cooling(100, new CoolingEfficiency.DeclaredSeer(3)))
                    .withSpaceHeatingRequirementKwh(heating), CalculationBasis.RATING);
            JsonNode derived = c.get("derived_what_if_cooled_whole_dwelling");
            for (int m = 0; m < 12; m++) {
                double expected = derived.get("requirement_107_m_kWh").get(m).asDouble();
                assertThat(w.monthly("107")[m]).as("%s (107)[%d]", refs[i], m + 1)
                        .isCloseTo(expected, within(1e-9 * Math.max(1, expected)));
                assertThat(w.monthly("101")[m]).isCloseTo(derived.get("eta_101_m").get(m).asDouble(), within(1e-9));
            }
            double total = derived.get("requirement_107_total_kWh").asDouble();
            assertThat(w.scalar("107_total")).isCloseTo(total, within(1e-9 * total));
            assertThat(w.scalar("108")).isCloseTo(derived.get("requirement_108_kWh_m2").asDouble(), within(1e-9));
        }
    }

    /**
     * The Table 10a formula is not monotone in the U-values for heavy dwellings: a higher U-value shortens the
     * time constant τ (through the HLP), and with small summer gain/loss ratios the lower a_m outweighs the larger
     * loss. The RdSAP reference dwelling (TMP 250, γ ≈ 0.12 in summer) shows it.
     */
    @Test
    void heavyDwellingCanNeedMoreCoolingWhenAUValueRises() {
        Dwelling d = ReferenceDwellings.RDSAP_DETACHED.dwelling()
                .withCooling(new Cooling(100, new CoolingEfficiency.DeclaredSeer(3)));
        Worksheet before = Worksheet.calculate(d, CalculationBasis.RATING);
        Worksheet after = before.apply(new InputChange.SetWallUValue("Exposed_wall_building_part_1", 2.0)).worksheet();
        assertThat(after.scalar("39_average")).isGreaterThan(before.scalar("39_average"));
        assertThat(after.scalar("107_total")).isGreaterThan(before.scalar("107_total"));
    }
}
