package org.sapledger.domain.dwelling;

import java.util.List;

/**
 * Lighting inputs of Appendix L.
 *
 * <ul>
 *   <li>{@link Kind#NOT_RECORDED}: no lighting data; capacity 185·TFA lm, efficacy 21.3 lm/W.</li>
 *   <li>{@link Kind#RECORDED_NONE}: a fixed-lights record that is present but empty; the SAP 10.2 engine then
 *   takes an average efficacy of 0 and no fixed-lighting energy.</li>
 *   <li>{@link Kind#RECORDED}: the listed fixed lights.</li>
 * </ul>
 *
 * @param kind which case applies
 * @param fixedLights the fixed lights (only for {@link Kind#RECORDED})
 */
public record Lighting(Kind kind, List<FixedLight> fixedLights) {

    public enum Kind {
        NOT_RECORDED, RECORDED_NONE, RECORDED
    }

    public static final Lighting NOT_RECORDED = new Lighting(Kind.NOT_RECORDED, List.of());
    public static final Lighting RECORDED_NONE = new Lighting(Kind.RECORDED_NONE, List.of());

    public Lighting {
        fixedLights = List.copyOf(fixedLights);
    }
}
