package org.sapledger.app.web.comparison;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sapledger.app.web.comparison.ComparisonFixtures.airConditioning;
import static org.sapledger.app.web.comparison.ComparisonFixtures.broken;
import static org.sapledger.app.web.comparison.ComparisonFixtures.comparison;
import static org.sapledger.app.web.comparison.ComparisonFixtures.wallInsulation;
import static org.sapledger.app.web.comparison.ComparisonFixtures.zeroFigures;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.sapledger.domain.worksheet.CoolingFigures;
import org.sapledger.domain.worksheet.PlanComparison;
import org.sapledger.domain.worksheet.ScenarioComparison;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class ComparisonSvgTest {

    private static final String SVG = "http://www.w3.org/2000/svg";

    private final ComparisonSvg svg = new ComparisonSvg();

    private static Document parse(String text) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<Element> elements(Document document, String name, String cssClass) {
        NodeList nodes = document.getElementsByTagNameNS(SVG, name);
        List<Element> found = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            Element element = (Element) nodes.item(i);
            if (cssClass == null || List.of(element.getAttribute("class").split(" ")).contains(cssClass)) {
                found.add(element);
            }
        }
        return found;
    }

    private static List<String> texts(Document document, String cssClass) {
        return elements(document, "text", cssClass).stream().map(Element::getTextContent).toList();
    }

    @Test
    void aWellFormedSvgDocumentWithOneBarPerMonthAndCalculableSubject() throws Exception {
        String text = svg.render(comparison("Summer plan", wallInsulation(), airConditioning(), broken()));
        Document document = parse(text);

        Element root = document.getDocumentElement();
        assertThat(root.getLocalName()).isEqualTo("svg");
        assertThat(root.getNamespaceURI()).isEqualTo(SVG);
        assertThat(root.getAttribute("viewBox")).startsWith("0 0 900 ");
        assertThat(root.getAttribute("width")).isEqualTo("900");
        assertThat(Integer.parseInt(root.getAttribute("height"))).isBetween(380, 480);
        assertThat(root.getAttribute("font-family")).isEqualTo("sans-serif");

        List<Element> bars = elements(document, "rect", "bar");
        assertThat(bars).hasSize(12 * 3); // the baseline and two scenarios; the third cannot be calculated
        assertThat(bars).allSatisfy(bar -> {
            assertThat(Double.parseDouble(bar.getAttribute("height"))).isGreaterThanOrEqualTo(0);
            assertThat(Double.parseDouble(bar.getAttribute("width"))).isPositive();
        });
        assertThat(bars.get(0).getAttribute("fill")).isEqualTo(ComparisonSvg.BASELINE_COLOUR);
        assertThat(bars.get(1).getAttribute("fill")).isEqualTo(ComparisonSvg.PALETTE.get(0));
        assertThat(bars.get(2).getAttribute("fill")).isEqualTo(ComparisonSvg.PALETTE.get(1));
        // July: the air-conditioned scenario's 62 kWh is the tallest bar
        double tallest = bars.stream().mapToDouble(bar -> Double.parseDouble(bar.getAttribute("height"))).max()
                .orElseThrow();
        assertThat(Double.parseDouble(bars.get(6 * 3 + 2).getAttribute("height"))).isEqualTo(tallest);
        assertThat(bars.get(6 * 3 + 2).getTextContent()).isEqualTo("Add AC, \"big\" unit, Jul: 62 kWh");

        assertThat(texts(document, "month"))
                .containsExactly("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec");
        assertThat(texts(document, "tick")).containsExactly("0", "20", "40", "60", "80");
        assertThat(texts(document, "note")).isEmpty();
    }

    @Test
    void titleSubtitleAndLegend() throws Exception {
        Document document = parse(svg.render(comparison("Summer plan", wallInsulation(), airConditioning(),
                broken())));

        assertThat(texts(document, "title")).containsExactly("Space cooling requirement (107)m \u2014 Summer plan");
        assertThat(elements(document, "title", null).get(0).getTextContent())
                .isEqualTo("Space cooling requirement (107)m \u2014 Summer plan");
        assertThat(String.join(" ", texts(document, "subtitle"))).isEqualTo(
                "Basis: UK average climate (rating). Annual (107): Baseline 120.4 kWh; Wall insulation 100 kWh; "
                        + "Add AC, \"big\" unit 180.5 kWh; Extension not calculable");
        assertThat(texts(document, "legend-label")).containsExactly("Baseline", "Wall insulation",
                "Add AC, \"big\" unit", "Extension (not calculable)");
        assertThat(texts(document, "not-calculable")).containsExactly("Extension (not calculable)");
        assertThat(elements(document, "rect", "swatch")).hasSize(4);
    }

    @Test
    void textIsEscapedForXml() throws Exception {
        ScenarioComparison scenario = wallInsulation();
        ScenarioComparison tricky = new ScenarioComparison("s-x", "Tom's \"best\" <idea> & more\u0007",
                scenario.figures(), scenario.change(), List.of(), List.of());
        String text = svg.render(comparison("A & B <C>", tricky));

        assertThat(text).contains("Space cooling requirement (107)m &#8212; A &amp; B &lt;C&gt;</text>")
                .contains("Tom&apos;s &quot;best&quot; &lt;idea&gt; &amp; more&#65533;")
                .doesNotContain("A & B").doesNotContain("<C>").doesNotContain("<idea>");
        assertThat(text.chars()).allMatch(c -> c == '\n' || (c >= 0x20 && c < 0x7f));

        Document document = parse(text);
        assertThat(texts(document, "title")).containsExactly("Space cooling requirement (107)m \u2014 A & B <C>");
        assertThat(texts(document, "legend-label")).contains("Tom's \"best\" <idea> & more\ufffd");
    }

    @Test
    void allZeroMeansAnAxisFromZeroToOneAndANote() throws Exception {
        ScenarioComparison zero = new ScenarioComparison("s-0", "Shading", zeroFigures(), null, List.of(),
                List.of());
        PlanComparison comparison = new PlanComparison("p-1", "Cool house", "prop-1", 2, "LOCAL", zeroFigures(),
                List.of(), List.of(zero));

        Document document = parse(svg.render(comparison));

        assertThat(texts(document, "note")).containsExactly(ComparisonSvg.NO_REQUIREMENT);
        assertThat(texts(document, "tick")).containsExactly("0", "0.2", "0.4", "0.6", "0.8", "1");
        List<Element> bars = elements(document, "rect", "bar");
        assertThat(bars).hasSize(24);
        assertThat(bars).allSatisfy(bar -> assertThat(bar.getAttribute("height")).isEqualTo("0"));
        assertThat(String.join(" ", texts(document, "subtitle")))
                .isEqualTo("Basis: local climate. Annual (107): Baseline 0 kWh; Shading 0 kWh");
    }

    @Test
    void nothingCalculableMeansNoBarsAndANote() throws Exception {
        PlanComparison comparison = new PlanComparison("p-1", "Plan", "prop-1", 2, "RATING", null,
                List.of("no storeys"), List.of(broken()));

        Document document = parse(svg.render(comparison));

        assertThat(elements(document, "rect", "bar")).isEmpty();
        assertThat(texts(document, "note")).containsExactly(ComparisonSvg.NOTHING_CALCULABLE);
        assertThat(texts(document, "not-calculable"))
                .containsExactly("Baseline (not calculable)", "Extension (not calculable)");
    }

    @Test
    void manyScenariosWrapTheSubtitleAndLegendAndStayInside() throws Exception {
        List<ScenarioComparison> scenarios = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            ScenarioComparison base = i % 2 == 0 ? wallInsulation() : airConditioning();
            scenarios.add(new ScenarioComparison("s-" + i, "Scenario number " + i + " with a longer name",
                    base.figures(), base.change(), base.measures(), List.of()));
        }
        Document document = parse(svg.render(comparison("Big plan", scenarios.toArray(ScenarioComparison[]::new))));

        int height = Integer.parseInt(document.getDocumentElement().getAttribute("height"));
        assertThat(elements(document, "rect", "bar")).hasSize(12 * 13);
        assertThat(texts(document, "subtitle")).hasSizeGreaterThan(1);
        for (Element element : elements(document, "text", null)) {
            if (!element.hasAttribute("transform")) {
                assertThat(Double.parseDouble(element.getAttribute("y"))).isBetween(0.0, (double) height);
                assertThat(Double.parseDouble(element.getAttribute("x"))).isBetween(0.0, 900.0);
            }
        }
        assertThat(elements(document, "rect", "bar")).allSatisfy(bar -> assertThat(
                Double.parseDouble(bar.getAttribute("x")) + Double.parseDouble(bar.getAttribute("width")))
                .isLessThanOrEqualTo(900));
    }

    @Test
    void selfContainedAndDeterministic() {
        PlanComparison comparison = comparison("Plan", wallInsulation(), airConditioning(), broken());
        String text = svg.render(comparison);

        assertThat(svg.render(comparison)).isEqualTo(text);
        assertThat(new ComparisonSvg().render(comparison)).isEqualTo(text);
        assertThat(text).startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\"")
                .doesNotContain("href").doesNotContain("<script").doesNotContain("<image")
                .doesNotContain("@import").doesNotContain("url(").doesNotContain("<style");
    }

    @Test
    void niceAxesHaveFourToSixTicksAndCoverTheData() {
        Random random = new Random(42);
        List<Double> maxima = new ArrayList<>(List.of(1e-6, 0.001, 0.7, 1.0, 9.99, 10.0, 10.01, 45.3, 62.0, 99.0,
                100.0, 101.0, 250.0, 999.9, 1234.5, 1e6));
        for (int i = 0; i < 2000; i++) {
            maxima.add(Math.pow(10, random.nextDouble() * 10 - 4));
        }
        for (double max : maxima) {
            CoolingFigures figures = new CoolingFigures(max, 0, 0,
                    List.of(0.0, 0.0, 0.0, 0.0, 0.0, max / 2, max, max / 3, 0.0, 0.0, 0.0, 0.0));
            ComparisonSvg.Axis axis = ComparisonSvg.Axis.of(List.of(new Subject("x", null, 0, figures, null,
                    List.of(), List.of())));
            assertThat(axis.low()).as("low for %s", max).isZero();
            assertThat(axis.high()).as("high for %s", max).isGreaterThanOrEqualTo(max * (1 - 1e-9));
            assertThat(axis.ticks()).as("ticks for %s", max).hasSizeBetween(4, 6);
            double mantissa = axis.step() / Math.pow(10, Math.floor(Math.log10(axis.step()) + 1e-9));
            assertThat(List.of(1.0, 2.0, 2.5, 5.0)).as("step for %s", max)
                    .anySatisfy(nice -> assertThat(mantissa).isCloseTo(nice, org.assertj.core.data.Offset.offset(
                            1e-9)));
        }
    }
}
