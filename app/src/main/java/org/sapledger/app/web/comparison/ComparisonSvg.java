package org.sapledger.app.web.comparison;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.sapledger.domain.worksheet.PlanComparison;

/**
 * A plan comparison as a self-contained SVG 1.1 chart for a client report: the monthly space cooling requirement
 * (107)m as grouped bars, one group per month and in each one bar for the baseline and one per calculable scenario.
 *
 * <p>About 900 × 420 (taller when the subtitle or the legend needs more lines). The baseline is grey, the scenarios
 * take the Okabe–Ito colour-blind-safe palette by position, so a scenario keeps its colour when another one cannot
 * be calculated. The y axis runs from 0 (or the lowest value, were one negative) to a "nice" top with 4–6 gridline
 * ticks; when every value is zero it runs 0..1 under the note {@value #NO_REQUIREMENT}. Subjects that cannot be
 * calculated have no bars and are named in the legend as "not calculable".
 *
 * <p>Bars carry {@code class="bar"} and a {@code <title>} tooltip with the exact value. The output is pure ASCII
 * (other characters as numeric character references), has no XML declaration (so it pastes into HTML as is), no
 * external fonts, scripts or images, and is deterministic: the same comparison always gives the same bytes.
 * Pure: no state, no Spring.
 */
public final class ComparisonSvg {

    /** The media type to answer with. */
    public static final String MEDIA_TYPE = "image/svg+xml";

    static final String NO_REQUIREMENT = "No cooling requirement";
    static final String NOTHING_CALCULABLE = "No subject could be calculated";

    static final List<String> MONTHS =
            List.of("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec");

    static final String BASELINE_COLOUR = "#8c8c8c";
    /** Okabe–Ito, yellow and black last (yellow is faint on white, black reads as an outline). */
    static final List<String> PALETTE =
            List.of("#e69f00", "#56b4e9", "#009e73", "#0072b2", "#d55e00", "#cc79a7", "#f0e442", "#000000");

    private static final int WIDTH = 900;
    private static final double PLOT_LEFT = 76;
    private static final double PLOT_RIGHT = WIDTH - 24;
    private static final double PLOT_HEIGHT = 270;
    private static final double TITLE_Y = 30;
    private static final double SUBTITLE_Y = 52;
    private static final double LINE_HEIGHT = 16;
    private static final double LEGEND_ROW_HEIGHT = 20;
    /** Rough advance of a 12 px sans-serif character, to wrap lines; generous so text rarely overflows. */
    private static final double CHAR_WIDTH = 6.8;
    private static final int MAX_NAME_LENGTH = 48;

    public String render(PlanComparison comparison) {
        Objects.requireNonNull(comparison, "comparison");
        List<Subject> subjects = Subject.of(comparison);
        List<Subject> drawn = subjects.stream().filter(Subject::calculable).toList();
        String planName = comparison.planName() == null ? "" : comparison.planName();
        String title = "Space cooling requirement (107)m \u2014 " + planName;

        List<String> subtitle = wrap(subtitleParts(comparison.basis(), subjects), PLOT_RIGHT - 24);
        double plotTop = SUBTITLE_Y + LINE_HEIGHT * (subtitle.size() - 1) + 24;
        double plotBottom = plotTop + PLOT_HEIGHT;
        List<List<LegendItem>> legendRows = legendRows(subjects);
        double legendTop = plotBottom + 46;
        int height = (int) Math.ceil(legendTop + LEGEND_ROW_HEIGHT * (legendRows.size() - 1) + 18);

        Axis axis = Axis.of(drawn);
        Frame frame = new Frame(plotTop, plotBottom, axis);

        StringBuilder svg = new StringBuilder(8192);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" viewBox=\"0 0 ").append(WIDTH)
                .append(' ').append(height).append("\" width=\"").append(WIDTH).append("\" height=\"").append(height)
                .append("\" font-family=\"sans-serif\" font-size=\"12\" role=\"img\">\n");
        svg.append("<title>").append(xml(title)).append("</title>\n");
        svg.append("<desc>").append(xml(String.join(" ", subtitle))).append("</desc>\n");
        svg.append("<rect class=\"background\" x=\"0\" y=\"0\" width=\"").append(WIDTH).append("\" height=\"")
                .append(height).append("\" fill=\"#ffffff\"/>\n");
        text(svg, "title", 24, TITLE_Y, "start", "font-size=\"17\" font-weight=\"bold\" fill=\"#222222\"", title);
        for (int line = 0; line < subtitle.size(); line++) {
            text(svg, "subtitle", 24, SUBTITLE_Y + LINE_HEIGHT * line, "start", "fill=\"#444444\"",
                    subtitle.get(line));
        }
        gridAndAxes(svg, frame);
        bars(svg, frame, drawn);
        if (drawn.isEmpty() || axis.allZero()) {
            text(svg, "note", (PLOT_LEFT + PLOT_RIGHT) / 2, (plotTop + plotBottom) / 2, "middle",
                    "font-size=\"15\" fill=\"#555555\"", drawn.isEmpty() ? NOTHING_CALCULABLE : NO_REQUIREMENT);
        }
        legend(svg, legendRows, legendTop);
        svg.append("</svg>\n");
        return svg.toString();
    }

    // ---- layout ------------------------------------------------------------------------------------------------

    private static List<String> subtitleParts(String basis, List<Subject> subjects) {
        List<String> parts = new ArrayList<>();
        String basisText = basisText(basis);
        if (basisText != null) {
            parts.add("Basis: " + basisText + ".");
        }
        boolean first = true;
        for (Subject subject : subjects) {
            String total = subject.figures() == null ? "not calculable"
                    : display(subject.figures().requirementKwh()) + " kWh";
            String part = shorten(subject.name()) + " " + total;
            parts.add((first ? "Annual (107): " : "") + part + (subject.index() < subjects.size() - 1 ? ";" : ""));
            first = false;
        }
        return parts;
    }

    private static String basisText(String basis) {
        if (basis == null || basis.isBlank()) {
            return null;
        }
        return switch (basis) {
            case "RATING" -> "UK average climate (rating)";
            case "LOCAL" -> "local climate";
            default -> basis;
        };
    }

    /** Greedy word wrap of parts joined by spaces into lines of at most {@code width} (estimated) pixels. */
    private static List<String> wrap(List<String> parts, double width) {
        int maxChars = (int) (width / CHAR_WIDTH);
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String part : parts) {
            if (line.length() > 0 && line.length() + 1 + part.length() > maxChars) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(part);
        }
        if (line.length() > 0 || lines.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    private record LegendItem(Subject subject, String label, double x, double width) {
    }

    private static List<List<LegendItem>> legendRows(List<Subject> subjects) {
        List<List<LegendItem>> rows = new ArrayList<>();
        List<LegendItem> row = new ArrayList<>();
        double x = PLOT_LEFT;
        for (Subject subject : subjects) {
            String label = shorten(subject.name()) + (subject.calculable() ? "" : " (not calculable)");
            double width = 12 + 6 + label.length() * CHAR_WIDTH + 22;
            if (!row.isEmpty() && x + width > PLOT_RIGHT) {
                rows.add(row);
                row = new ArrayList<>();
                x = PLOT_LEFT;
            }
            row.add(new LegendItem(subject, label, x, width));
            x += width;
        }
        rows.add(row);
        return rows;
    }

    // ---- drawing -----------------------------------------------------------------------------------------------

    private record Frame(double top, double bottom, Axis axis) {

        double y(double value) {
            return bottom - (value - axis.low()) / (axis.high() - axis.low()) * (bottom - top);
        }
    }

    private static void gridAndAxes(StringBuilder svg, Frame frame) {
        svg.append("<g class=\"grid\">\n");
        for (double tick : frame.axis().ticks()) {
            double y = frame.y(tick);
            boolean zero = tick == 0;
            svg.append("<line x1=\"").append(n(PLOT_LEFT)).append("\" y1=\"").append(n(y)).append("\" x2=\"")
                    .append(n(PLOT_RIGHT)).append("\" y2=\"").append(n(y)).append("\" stroke=\"")
                    .append(zero ? "#555555" : "#dddddd").append("\" stroke-width=\"1\"/>\n");
            text(svg, "tick", PLOT_LEFT - 8, y + 4, "end", "fill=\"#444444\"", Decimals.fixed(tick, 6));
        }
        svg.append("</g>\n");
        svg.append("<line class=\"axis\" x1=\"").append(n(PLOT_LEFT)).append("\" y1=\"").append(n(frame.top()))
                .append("\" x2=\"").append(n(PLOT_LEFT)).append("\" y2=\"").append(n(frame.bottom()))
                .append("\" stroke=\"#555555\" stroke-width=\"1\"/>\n");
        double middle = (frame.top() + frame.bottom()) / 2;
        svg.append("<text class=\"axis-title\" x=\"20\" y=\"").append(n(middle))
                .append("\" text-anchor=\"middle\" fill=\"#444444\" transform=\"rotate(-90 20 ").append(n(middle))
                .append(")\">kWh</text>\n");
        double group = (PLOT_RIGHT - PLOT_LEFT) / MONTHS.size();
        for (int month = 0; month < MONTHS.size(); month++) {
            text(svg, "month", PLOT_LEFT + group * (month + 0.5), frame.bottom() + 18, "middle",
                    "fill=\"#444444\"", MONTHS.get(month));
        }
    }

    private static void bars(StringBuilder svg, Frame frame, List<Subject> drawn) {
        if (drawn.isEmpty()) {
            return;
        }
        double group = (PLOT_RIGHT - PLOT_LEFT) / MONTHS.size();
        double slot = group * 0.8 / drawn.size();
        double gap = Math.min(1.5, slot * 0.15);
        double zero = frame.y(0);
        svg.append("<g class=\"bars\">\n");
        for (int month = 0; month < MONTHS.size(); month++) {
            double groupLeft = PLOT_LEFT + group * month + group * 0.1;
            for (int i = 0; i < drawn.size(); i++) {
                Subject subject = drawn.get(i);
                Double raw = subject.figures().monthlyRequirementKwh().get(month);
                double value = raw == null || !Double.isFinite(raw) ? 0 : raw;
                double y = frame.y(value);
                svg.append("<rect class=\"bar\" x=\"").append(n(groupLeft + slot * i + gap / 2))
                        .append("\" y=\"").append(n(Math.min(y, zero)))
                        .append("\" width=\"").append(n(slot - gap))
                        .append("\" height=\"").append(n(Math.abs(zero - y)))
                        .append("\" fill=\"").append(colour(subject)).append("\"><title>")
                        .append(xml(subject.name() + ", " + MONTHS.get(month) + ": "
                                + (raw == null || !Double.isFinite(raw) ? "n/a" : display(raw) + " kWh")))
                        .append("</title></rect>\n");
            }
        }
        svg.append("</g>\n");
    }

    private static void legend(StringBuilder svg, List<List<LegendItem>> rows, double top) {
        svg.append("<g class=\"legend\">\n");
        for (int r = 0; r < rows.size(); r++) {
            double baseline = top + LEGEND_ROW_HEIGHT * r;
            for (LegendItem item : rows.get(r)) {
                svg.append("<rect class=\"swatch\" x=\"").append(n(item.x())).append("\" y=\"")
                        .append(n(baseline - 10)).append("\" width=\"12\" height=\"12\"");
                if (item.subject().calculable()) {
                    svg.append(" fill=\"").append(colour(item.subject())).append("\"/>\n");
                } else {
                    svg.append(" fill=\"none\" stroke=\"#8c8c8c\" stroke-dasharray=\"2,2\"/>\n");
                }
                text(svg, item.subject().calculable() ? "legend-label" : "legend-label not-calculable",
                        item.x() + 18, baseline, "start",
                        item.subject().calculable() ? "fill=\"#222222\"" : "fill=\"#666666\" font-style=\"italic\"",
                        item.label());
            }
        }
        svg.append("</g>\n");
    }

    private static void text(StringBuilder svg, String cssClass, double x, double y, String anchor,
            String attributes, String content) {
        svg.append("<text class=\"").append(cssClass).append("\" x=\"").append(n(x)).append("\" y=\"").append(n(y))
                .append('"');
        if (!"start".equals(anchor)) {
            svg.append(" text-anchor=\"").append(anchor).append('"');
        }
        svg.append(' ').append(attributes).append('>').append(xml(content)).append("</text>\n");
    }

    private static String colour(Subject subject) {
        return subject.isBaseline() ? BASELINE_COLOUR : PALETTE.get((subject.index() - 1) % PALETTE.size());
    }

    // ---- text --------------------------------------------------------------------------------------------------

    /** A coordinate: at most two decimals. */
    private static String n(double value) {
        return Decimals.fixed(value, 2);
    }

    /** A figure for a reader: at most one decimal. */
    private static String display(double value) {
        String text = Decimals.fixed(value, 1);
        return text.isEmpty() ? "n/a" : text;
    }

    private static String shorten(String name) {
        if (name.codePointCount(0, name.length()) <= MAX_NAME_LENGTH) {
            return name;
        }
        return name.substring(0, name.offsetByCodePoints(0, MAX_NAME_LENGTH - 1)) + "\u2026";
    }

    /**
     * Text for XML character data and attribute values: the five special characters as entities, every character
     * outside printable ASCII as a numeric reference, line breaks and tabs as spaces, and characters XML 1.0 forbids
     * (other control characters, lone surrogates, U+FFFE, U+FFFF) as U+FFFD.
     */
    static String xml(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                case '\t', '\n', '\r' -> out.append(' ');
                default -> {
                    if (c >= 0x20 && c < 0x7f) {
                        out.append((char) c);
                    } else {
                        boolean allowed = c >= 0x80 && !(c >= 0xd800 && c <= 0xdfff) && c != 0xfffe && c != 0xffff;
                        out.append("&#").append(allowed ? c : 0xfffd).append(';');
                    }
                }
            }
        });
        return out.toString();
    }

    // ---- y axis ------------------------------------------------------------------------------------------------

    /**
     * The value axis: from {@code low} to {@code high}, ticks every {@code step}.
     *
     * @param allZero whether no drawn value differs from zero (the axis is then 0..1)
     */
    record Axis(double low, double high, double step, boolean allZero) {

        private static final double[] MANTISSAS = {1, 2, 2.5, 5};

        static Axis of(List<Subject> drawn) {
            double min = 0;
            double max = 0;
            for (Subject subject : drawn) {
                for (Double value : subject.figures().monthlyRequirementKwh()) {
                    if (value != null && Double.isFinite(value)) {
                        min = Math.min(min, value);
                        max = Math.max(max, value);
                    }
                }
            }
            boolean allZero = max - min < 5e-7; // nothing that shows at the six decimals of a tick label
            return allZero ? nice(0, 1, true) : nice(min, max, false);
        }

        /** The smallest 1-2-2.5-5 step giving 3–5 intervals (4–6 ticks) over [min, max], min ≤ 0 < max. */
        static Axis nice(double min, double max, boolean allZero) {
            int exponent = (int) Math.floor(Math.log10(max - min)) - 2;
            Axis fallback = null;
            for (int e = exponent; e <= exponent + 4; e++) {
                for (double mantissa : MANTISSAS) {
                    double step = mantissa * Math.pow(10, e);
                    long low = (long) Math.floor(min / step + 1e-9);
                    long high = (long) Math.ceil(max / step - 1e-9);
                    long intervals = high - low;
                    if (intervals <= 5) {
                        Axis axis = new Axis(low * step, high * step, step, allZero);
                        if (intervals >= 3) {
                            return axis;
                        }
                        if (fallback == null) {
                            fallback = axis;
                        }
                    }
                }
            }
            return fallback;
        }

        List<Double> ticks() {
            List<Double> ticks = new ArrayList<>();
            long count = Math.round((high - low) / step);
            for (long i = 0; i <= count; i++) {
                double tick = low + i * step;
                ticks.add(Math.abs(tick) < step * 1e-9 ? 0.0 : tick);
            }
            return ticks;
        }
    }
}
