package org.sapledger.calc.graph;

import static org.sapledger.calc.graph.ValueKind.MONTHLY;
import static org.sapledger.calc.graph.ValueKind.SCALAR;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Every line the calculation computes, in evaluation (topological) order, with its key in the
 * {@link org.sapledger.calc.Worksheet} map, its shape and its unit. Keys are SAP 10.2 worksheet numbers
 * ({@code "39"}, {@code "22b"}); totals and averages add a suffix ({@code "104_total"}, {@code "39_average"});
 * Appendix L lines use their Appendix L numbers ({@code "L1"}, {@code "L9d"}); intermediate values that are not
 * numbered in the worksheet have descriptive snake-case keys.
 */
public enum Line {
    // §1 dimensions
    L4("4", SCALAR, "m²", "total floor area TFA"),
    L5("5", SCALAR, "m³", "dwelling volume"),
    // §2 ventilation
    L6A("6a", SCALAR, "m³/h", "open chimneys"),
    L6B("6b", SCALAR, "m³/h", "open flues"),
    L6C("6c", SCALAR, "m³/h", "chimneys/flues attached to closed fires"),
    L6D("6d", SCALAR, "m³/h", "flues attached to solid-fuel boilers"),
    L6E("6e", SCALAR, "m³/h", "flues attached to other heaters"),
    L6F("6f", SCALAR, "m³/h", "blocked chimneys"),
    L7A("7a", SCALAR, "m³/h", "intermittent extract fans"),
    L7B("7b", SCALAR, "m³/h", "passive vents"),
    L7C("7c", SCALAR, "m³/h", "flueless gas fires"),
    L8("8", SCALAR, "ach", "air changes per hour from openings"),
    L9("9", SCALAR, "", "number of storeys (structural infiltration)"),
    L10("10", SCALAR, "ach", "additional infiltration for storeys"),
    L11("11", SCALAR, "ach", "structural infiltration of the walls"),
    L12("12", SCALAR, "ach", "suspended wooden floor infiltration"),
    L13("13", SCALAR, "ach", "no draught lobby"),
    L14("14", SCALAR, "%", "percentage of windows and doors draught-proofed"),
    L15("15", SCALAR, "ach", "window infiltration"),
    L16("16", SCALAR, "ach", "infiltration rate without a pressure test"),
    L17A("17a", SCALAR, "m³/h·m²", "air permeability at 4 Pa (AP4)"),
    L17("17", SCALAR, "m³/h·m²", "air permeability q50"),
    L18("18", SCALAR, "ach", "air permeability based infiltration rate"),
    L19("19", SCALAR, "", "number of sides sheltered"),
    L20("20", SCALAR, "", "shelter factor"),
    L21("21", SCALAR, "ach", "infiltration rate incorporating shelter factor"),
    L22("22", MONTHLY, "m/s", "monthly average wind speed (Table U2)"),
    L22A("22a", MONTHLY, "", "wind factor (22)m ÷ 4"),
    L22B("22b", MONTHLY, "ach", "infiltration rate allowing for wind speed"),
    L23A("23a", SCALAR, "ach", "mechanical ventilation system air change rate"),
    L23B("23b", SCALAR, "ach", "mechanical ventilation air change rate as used"),
    L23C("23c", SCALAR, "%", "heat recovery efficiency"),
    L24A("24a", MONTHLY, "ach", "balanced mechanical ventilation with heat recovery"),
    L24B("24b", MONTHLY, "ach", "balanced mechanical ventilation without heat recovery"),
    L24C("24c", MONTHLY, "ach", "whole-house extract or positive input from outside"),
    L24D("24d", MONTHLY, "ach", "natural ventilation or positive input from loft"),
    L25("25", MONTHLY, "ach", "effective air change rate"),
    // §3 heat losses
    L26("26", SCALAR, "W/K", "doors A×U"),
    L27("27", SCALAR, "W/K", "windows A×U (with curtain correction)"),
    L27A("27a", SCALAR, "W/K", "roof windows A×U (with curtain correction)"),
    L28A("28a", SCALAR, "W/K", "ground floors A×U"),
    L28B("28b", SCALAR, "W/K", "exposed floors A×U"),
    L29A("29a", SCALAR, "W/K", "external walls net A×U"),
    L30("30", SCALAR, "W/K", "roofs net A×U"),
    L31("31", SCALAR, "m²", "total area of external elements"),
    L32("32", SCALAR, "W/K", "party walls A×U"),
    L33("33", SCALAR, "W/K", "fabric heat loss ΣA×U"),
    L34("34", SCALAR, "kJ/K", "heat capacity ΣA×κ"),
    L35("35", SCALAR, "kJ/m²K", "thermal mass parameter"),
    L36("36", SCALAR, "W/K", "thermal bridges"),
    L36A("36a", SCALAR, "W/K", "point thermal bridges"),
    L37("37", SCALAR, "W/K", "total fabric heat loss"),
    L38("38", MONTHLY, "W/K", "ventilation heat loss"),
    L39("39", MONTHLY, "W/K", "heat transfer coefficient"),
    L39_AVERAGE("39_average", SCALAR, "W/K", "heat transfer coefficient, annual average"),
    L40("40", MONTHLY, "W/m²K", "heat loss parameter"),
    L40_AVERAGE("40_average", SCALAR, "W/m²K", "heat loss parameter, annual average"),
    L41("41", MONTHLY, "days", "days in month (Table 1a)"),
    // §4 hot water
    L42("42", SCALAR, "persons", "assumed occupancy N"),
    COLD_WATER_TEMPERATURE("cold_water_temperature", MONTHLY, "°C", "cold-water temperature T_c,m"),
    L42A("42a", MONTHLY, "L/day", "hot water for showers"),
    L42B("42b", MONTHLY, "L/day", "hot water for baths"),
    L42C("42c", MONTHLY, "L/day", "hot water for other uses"),
    L43("43", SCALAR, "L/day", "annual average hot water usage"),
    L44("44", MONTHLY, "L/day", "hot water usage"),
    L45("45", MONTHLY, "kWh", "energy content of hot water"),
    L45_TOTAL("45_total", SCALAR, "kWh", "energy content of hot water, annual"),
    L46("46", MONTHLY, "kWh", "distribution loss"),
    L47("47", SCALAR, "L", "storage volume"),
    L48("48", SCALAR, "kWh/day", "manufacturer's declared loss factor"),
    L49("49", SCALAR, "", "temperature factor (declared loss)"),
    L50("50", SCALAR, "kWh/day", "energy lost from store (declared loss)"),
    L51("51", SCALAR, "kWh/L/day", "cylinder loss factor (Table 2)"),
    L52("52", SCALAR, "", "volume factor (Table 2a)"),
    L53("53", SCALAR, "", "temperature factor (Table 2b)"),
    L54("54", SCALAR, "kWh/day", "energy lost from store (Table 2)"),
    L55("55", SCALAR, "kWh/day", "energy lost from store"),
    L56("56", MONTHLY, "kWh", "water storage loss"),
    L57("57", MONTHLY, "kWh", "water storage loss (no dedicated solar storage)"),
    L59("59", MONTHLY, "kWh", "primary circuit loss (Table 3)"),
    L61("61", MONTHLY, "kWh", "combi loss (Table 3a)"),
    L62("62", MONTHLY, "kWh", "total heat required for water heating"),
    L64("64", MONTHLY, "kWh", "output from water heater"),
    L65("65", MONTHLY, "kWh", "heat gains from water heating"),
    // §5 internal gains
    L66("66", MONTHLY, "W", "metabolic gains"),
    LL1("L1", SCALAR, "klm·h/year", "annual base lighting requirement E_B"),
    LL2A("L2a", SCALAR, "", "daylight parameter G_L"),
    LL2B("L2b", SCALAR, "", "daylighting correction factor C_daylight"),
    LL3("L3", SCALAR, "klm·h/year", "fixed lighting requirement"),
    LL4("L4", SCALAR, "lm", "reference fixed lighting capacity upper limit"),
    LL5("L5", SCALAR, "lm", "capacity of fixed lighting provided"),
    LL6("L6", SCALAR, "klm·h/year", "fixed lighting provision"),
    LL7("L7", SCALAR, "klm·h/year", "top-up lighting requirement"),
    LL8("L8", SCALAR, "lm/W", "average efficacy of fixed lighting"),
    LL9A("L9a", SCALAR, "kWh/year", "energy for fixed lighting"),
    LL9B("L9b", SCALAR, "kWh/year", "energy for top-up lighting"),
    LL9C("L9c", SCALAR, "kWh/year", "energy for portable lighting"),
    LL9D("L9d", SCALAR, "kWh/year", "total lighting energy"),
    LL10("L10", MONTHLY, "kWh", "lighting energy in each month"),
    LL11("L11", SCALAR, "kWh/year", "lighting energy, sum of months"),
    L67("67", MONTHLY, "W", "lighting gains"),
    LL13("L13", SCALAR, "kWh/year", "appliances annual energy E_A"),
    LL14("L14", MONTHLY, "kWh", "appliances energy in each month"),
    L68("68", MONTHLY, "W", "appliance gains"),
    L69("69", MONTHLY, "W", "cooking gains"),
    L70("70", MONTHLY, "W", "pumps and fans gains"),
    L71("71", MONTHLY, "W", "losses (evaporation)"),
    L72("72", MONTHLY, "W", "water heating gains"),
    L73("73", MONTHLY, "W", "total internal gains"),
    // §6 solar gains
    L74("74", MONTHLY, "W", "solar gains, north"),
    L75("75", MONTHLY, "W", "solar gains, north-east"),
    L76("76", MONTHLY, "W", "solar gains, east"),
    L77("77", MONTHLY, "W", "solar gains, south-east"),
    L78("78", MONTHLY, "W", "solar gains, south"),
    L79("79", MONTHLY, "W", "solar gains, south-west"),
    L80("80", MONTHLY, "W", "solar gains, west"),
    L81("81", MONTHLY, "W", "solar gains, north-west"),
    L82("82", MONTHLY, "W", "solar gains, roof windows and horizontal openings"),
    L83("83", MONTHLY, "W", "total solar gains (winter access factor)"),
    L84("84", MONTHLY, "W", "total gains"),
    // §8c space cooling
    L96("96", MONTHLY, "°C", "external temperature of the run's climate (Table U1)"),
    L98("98", MONTHLY, "kWh", "space heating requirement as declared (0 when unknown)"),
    L100("100", MONTHLY, "W", "heat loss rate at 24 °C"),
    SOLAR_GAINS_SUMMER("solar_gains_summer", MONTHLY, "W", "solar gains with the summer access factor"),
    L103("103", MONTHLY, "W", "gains for cooling"),
    L101("101", MONTHLY, "", "utilisation factor for loss (Table 10a)"),
    L102("102", MONTHLY, "W", "useful loss"),
    L104("104", MONTHLY, "kWh", "space cooling requirement for continuous cooling of the whole dwelling"),
    L104_TOTAL("104_total", SCALAR, "kWh/year", "Σ(104)m"),
    L105("105", SCALAR, "", "cooled fraction"),
    L106("106", MONTHLY, "", "intermittency factor (Table 10b)"),
    L107("107", MONTHLY, "kWh", "space cooling requirement"),
    L107_TOTAL("107_total", SCALAR, "kWh/year", "Σ(107)m"),
    L108("108", SCALAR, "kWh/m²/year", "space cooling requirement per m²"),
    L209("209", SCALAR, "", "cooling system seasonal energy efficiency ratio"),
    L221("221", MONTHLY, "kWh", "electricity for space cooling"),
    L221_TOTAL("221_total", SCALAR, "kWh/year", "Σ(221)m");

    private static final Map<String, Line> BY_KEY = new HashMap<>();

    static {
        for (Line l : values()) {
            if (BY_KEY.put(l.key, l) != null) {
                throw new IllegalStateException("duplicate line key " + l.key);
            }
        }
    }

    private final String key;
    private final ValueKind kind;
    private final String unit;
    private final String description;

    Line(String key, ValueKind kind, String unit, String description) {
        this.key = key;
        this.kind = kind;
        this.unit = unit;
        this.description = description;
    }

    /** Key in the worksheet map, e.g. {@code "39"}. */
    public String key() {
        return key;
    }

    public ValueKind kind() {
        return kind;
    }

    public String unit() {
        return unit;
    }

    public String description() {
        return description;
    }

    public static Optional<Line> byKey(String key) {
        return Optional.ofNullable(BY_KEY.get(key));
    }
}
