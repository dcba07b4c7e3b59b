package org.sapledger.calc.internalgains;

import org.sapledger.domain.dwelling.FixedLight;
import org.sapledger.domain.dwelling.Lighting;

/**
 * Appendix L, L3 to L9d: fixed-lighting requirement, capacities, efficacy and annual lighting energy, as the
 * SAP 10.2 engine computes them (see {@code UPSTREAM.md} §6). The top-up lighting rule for a capacity below the
 * reference is not covered by any reference dwelling; L7 and L9b are 0 here.
 */
public final class LightingL3ToL9Energy {

    private LightingL3ToL9Energy() {
    }

    /** Efficacy of portable lighting and of unrecorded fixed lighting, lm/W. */
    public static final double DEFAULT_EFFICACY = 21.3;

    /** L3 = (2/3) × L1 × L2b. */
    public static double fixedRequirement3(double l1, double l2b) {
        return 2.0 / 3.0 * l1 * l2b;
    }

    /** L4 = 330 × TFA, lm. */
    public static double referenceCapacity4(double tfa) {
        return 330 * tfa;
    }

    /** L5: 185 × TFA without fixed-light records, otherwise Σ efficacy × power × outlets, lm. */
    public static double capacity5(Lighting lighting, double tfa) {
        if (lighting.kind() != Lighting.Kind.RECORDED) {
            return 185 * tfa;
        }
        double sum = 0;
        for (FixedLight f : lighting.fixedLights()) {
            sum += f.efficacy() * f.power() * f.outlets();
        }
        return sum;
    }

    /** L6 = L3 × L5 ÷ L4. */
    public static double provision6(double l3, double l5, double l4) {
        return l3 * l5 / l4;
    }

    /** L8: 21.3 without lighting data, 0 for an empty record, otherwise the power-weighted mean efficacy. */
    public static double efficacy8(Lighting lighting) {
        return switch (lighting.kind()) {
            case NOT_RECORDED -> DEFAULT_EFFICACY;
            case RECORDED_NONE -> 0;
            case RECORDED -> {
                double lumens = 0;
                double watts = 0;
                for (FixedLight f : lighting.fixedLights()) {
                    lumens += f.efficacy() * f.power() * f.outlets();
                    watts += f.power() * f.outlets();
                }
                yield watts > 0 ? lumens / watts : 0;
            }
        };
    }

    /** L9a = L3 ÷ L8, or 0 when L8 = 0. */
    public static double fixedEnergy9a(double l3, double l8) {
        return l8 > 0 ? l3 / l8 : 0;
    }

    /** L9c = (L1 × L2b ÷ 3) ÷ 21.3. */
    public static double portableEnergy9c(double l1, double l2b) {
        return l1 * l2b / 3 / DEFAULT_EFFICACY;
    }

    /** L9d = L9a + L9b + L9c. */
    public static double total9d(double l9a, double l9b, double l9c) {
        return l9a + l9b + l9c;
    }
}
