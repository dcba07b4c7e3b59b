package org.sapledger.app.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.BiPredicate;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.sapledger.app.web.RequestHeaders;
import org.sapledger.domain.dwelling.PhysicalLimits;
import org.sapledger.domain.dwelling.Range;

/**
 * One way of making a valid request invalid. Each mutation alone must make any valid request of an operation it
 * applies to invalid, so that a request carrying one or more of them can only be refused: a 2xx means either the
 * mutation is wrong (fix it here) or the service misses a check (fix the service).
 */
enum Mutation {

    // ----- the request line and headers --------------------------------------------------------------------------

    UNKNOWN_PATH_ID(Stage.REQUEST, (d, c) -> !d.operation.pathParameters().isEmpty(), Mutation::unknownPathId),
    GARBAGE_PATH_ID(Stage.REQUEST, (d, c) -> !d.operation.pathParameters().isEmpty(), Mutation::garbagePathId),
    BAD_QUERY_VALUE(Stage.REQUEST, (d, c) -> d.operation.queryParameters().stream()
            .anyMatch(p -> BadQueryValues.exists(p, c.fixtures())), Mutation::badQueryValue),
    MISSING_REQUIRED_QUERY(Stage.REQUEST, (d, c) -> d.operation.queryParameters().stream()
            .anyMatch(ApiOperation.Parameter::required), Mutation::missingRequiredQuery),
    GARBAGE_IF_MATCH(Stage.REQUEST, (d, c) -> d.operation.isConditional(), Mutation::garbageIfMatch),
    STALE_IF_MATCH(Stage.REQUEST, (d, c) -> d.operation.isConditional(), Mutation::staleIfMatch),
    OVERLONG_IDEMPOTENCY_KEY(Stage.REQUEST, (d, c) -> d.operation.isCommand(),
            (d, c) -> overlongHeader(d, c, RequestHeaders.IDEMPOTENCY_KEY)),
    BLANK_IDEMPOTENCY_KEY(Stage.REQUEST, (d, c) -> d.operation.isCommand(), Mutation::blankIdempotencyKey),
    OVERLONG_REASON_HEADER(Stage.REQUEST, (d, c) -> d.operation.isCommand(),
            (d, c) -> overlongHeader(d, c, RequestHeaders.REASON)),
    UNACCEPTABLE_ACCEPT(Stage.REQUEST, (d, c) -> true, Mutation::unacceptableAccept),
    OVERSIZED_HEADERS(Stage.REQUEST, (d, c) -> true, Mutation::oversizedHeaders),
    MALFORMED_HTTP(Stage.REQUEST, (d, c) -> true, Mutation::malformedHttp),
    WRONG_METHOD(Stage.REQUEST, (d, c) -> true, Mutation::wrongMethod),
    UNKNOWN_ROUTE(Stage.REQUEST, (d, c) -> true, Mutation::unknownRoute),
    WRONG_CONTENT_TYPE(Stage.REQUEST, (d, c) -> d.operation.takesBody(), Mutation::wrongContentType),
    MISSING_CONTENT_TYPE(Stage.REQUEST, (d, c) -> d.operation.takesBody(), (d, c) -> {
        d.contentType = null;
        d.named.add("Content-Type");
        d.mutations.add("no Content-Type");
    }),

    // ----- JSON members ------------------------------------------------------------------------------------------

    MISSING_FIELD(Stage.TREE, (d, c) -> hasField(d, FieldSpec::absenceIsInvalid), (d, c) -> {
        FieldSpec field = pickField(d, c.random(), FieldSpec::absenceIsInvalid);
        remove(d.json, field.pointer());
        d.named.add(field.name());
        d.mutations.add("member missing: " + field.pointer());
    }),
    NULL_FIELD(Stage.TREE, (d, c) -> hasField(d, FieldSpec::absenceIsInvalid), (d, c) -> {
        FieldSpec field = pickField(d, c.random(), FieldSpec::absenceIsInvalid);
        set(d.json, field.pointer(), JsonNodeFactory.instance.nullNode());
        d.named.add(field.name());
        d.mutations.add("member null: " + field.pointer());
    }),
    WRONG_TYPE_FIELD(Stage.TREE, (d, c) -> hasField(d, field -> true), (d, c) -> {
        FieldSpec field = pickField(d, c.random(), spec -> true);
        JsonNode value = field.wrongType(c.random());
        set(d.json, field.pointer(), value);
        d.named.add(field.name());
        d.mutations.add("member of the wrong type: " + field.pointer() + " = " + FuzzRequest.shorten(value.toString()));
    }),
    OUT_OF_RANGE_FIELD(Stage.TREE, (d, c) -> hasField(d, FieldSpec::hasOutOfRangeValues), (d, c) -> {
        FieldSpec field = pickField(d, c.random(), FieldSpec::hasOutOfRangeValues);
        JsonNode value = field.outOfRange(c.random());
        set(d.json, field.pointer(), value);
        d.named.add(field.name());
        d.mutations.add("member out of range: " + field.pointer() + " = " + FuzzRequest.shorten(value.toString()));
    }),

    // ----- XML documents -----------------------------------------------------------------------------------------

    // (in this order: the later ones may replace the document the earlier ones edit)
    XML_SCHEMA_VIOLATION(Stage.TREE, (d, c) -> d.xml != null, Mutation::xmlSchemaViolation),
    XML_DOCTYPE(Stage.TREE, (d, c) -> d.xml != null, Mutation::xmlDoctype),
    XML_DEEP_NESTING(Stage.TREE, (d, c) -> d.xml != null, Mutation::xmlDeepNesting),
    XML_NOT_WELL_FORMED(Stage.TREE, (d, c) -> d.xml != null, Mutation::xmlNotWellFormed),
    XML_WRONG_ROOT(Stage.TREE, (d, c) -> d.xml != null, Mutation::xmlWrongRoot),

    // ----- bodies as bytes ---------------------------------------------------------------------------------------

    DEEP_JSON(Stage.TREE, (d, c) -> d.operation.takesJson(), Mutation::deepJson),
    EMPTY_BODY(Stage.BYTES, (d, c) -> d.operation.takesBody(), (d, c) -> {
        d.takeBodyBytes();
        d.bodyBytes = new byte[0];
        d.named.add("body");
        d.mutations.add("empty body");
    }),
    NOT_JSON(Stage.BYTES, (d, c) -> d.operation.takesJson(), Mutation::notJson),
    WRONG_JSON_SHAPE(Stage.BYTES, (d, c) -> d.operation.takesJson(), Mutation::wrongJsonShape),
    TRUNCATED_BODY(Stage.BYTES, (d, c) -> d.operation.takesBody(), Mutation::truncatedBody),
    INVALID_UTF8(Stage.BYTES, (d, c) -> d.operation.takesBody(), Mutation::invalidUtf8);

    /** When a mutation runs: request-line and header changes, then JSON tree or XML text edits, then byte edits. */
    enum Stage {
        REQUEST, TREE, BYTES
    }

    /**
     * What a mutation may look at besides the draft.
     *
     * @param methodsByPath the methods the OpenAPI document lists for each path template
     * @param canaryUrl     a local URL nothing may ever fetch (external entities and DTDs point there)
     */
    record Context(Random random, Fixtures fixtures, Map<String, Set<String>> methodsByPath, String canaryUrl) {
    }

    final Stage stage;
    private final BiPredicate<RequestDraft, Context> applies;
    private final BiConsumer<RequestDraft, Context> apply;

    Mutation(Stage stage, BiPredicate<RequestDraft, Context> applies, BiConsumer<RequestDraft, Context> apply) {
        this.stage = stage;
        this.applies = applies;
        this.apply = apply;
    }

    boolean appliesTo(RequestDraft draft, Context context) {
        return applies.test(draft, context);
    }

    void applyTo(RequestDraft draft, Context context) {
        apply.accept(draft, context);
    }

    /** Whether it breaks a JSON member: when every mutation of a request does, a 400 must name one of them. */
    boolean breaksOneMember() {
        return this == MISSING_FIELD || this == NULL_FIELD || this == WRONG_TYPE_FIELD || this == OUT_OF_RANGE_FIELD;
    }

    // ----- request line and headers ------------------------------------------------------------------------------

    /**
     * Path ids that name nothing: percent-encoded (the JDK client sends them) or raw (only a socket will; Tomcat
     * refuses most of these before the application sees them).
     */
    private static final List<String> ENCODED_GARBAGE_IDS = List.of("no-such-id", "0", "-1", "null", "undefined",
            "%27%20OR%20%271%27%3D%271", "%E2%98%83", "a".repeat(3000), "%2E%2E", "%2F", "%2Fetc%2Fpasswd", "%00",
            "%5C", "%25", "%C0%AF", "x;jsessionid=1", "%3B", ".", "..", "~", "%20", "*", "%0D%0AX-Injected:%201",
            "%FF%FE", "%EF%BF%BD");
    private static final List<String> RAW_GARBAGE_IDS = List.of("{id}", "a b", "a|b", "%", "%zz", "%4",
            "<script>alert(1)</script>", "a\"b", "\u00e9", "a\\b", "a^b", "a`b", "a#b", "x".repeat(9000),
            "a\tb", "[::1]");

    private static void unknownPathId(RequestDraft d, Context c) {
        ApiOperation.Parameter parameter = pick(d.operation.pathParameters(), c.random());
        String id = UUID.randomUUID().toString();
        d.pathValues.put(parameter.name(), id);
        d.mutations.add("unknown " + parameter.name() + " " + id);
    }

    private static void garbagePathId(RequestDraft d, Context c) {
        ApiOperation.Parameter parameter = pick(d.operation.pathParameters(), c.random());
        boolean raw = c.random().nextInt(3) == 0;
        String id = pick(raw ? RAW_GARBAGE_IDS : ENCODED_GARBAGE_IDS, c.random());
        d.pathValues.put(parameter.name(), id);
        d.needsRawSocket |= raw;
        d.mutations.add("garbage " + parameter.name() + " " + FuzzRequest.shorten(id) + (raw ? " (raw)" : ""));
    }

    private static void badQueryValue(RequestDraft d, Context c) {
        List<ApiOperation.Parameter> candidates = d.operation.queryParameters().stream()
                .filter(p -> BadQueryValues.exists(p, c.fixtures())).toList();
        ApiOperation.Parameter parameter = pick(candidates, c.random());
        String value = BadQueryValues.of(parameter, c.fixtures(), c.random()).orElseThrow();
        d.queryValues.put(parameter.name(), value);
        d.named.add(parameter.name());
        d.mutations.add("query " + parameter.name() + "=" + FuzzRequest.shorten(value));
    }

    private static void missingRequiredQuery(RequestDraft d, Context c) {
        ApiOperation.Parameter parameter = pick(d.operation.queryParameters().stream()
                .filter(ApiOperation.Parameter::required).toList(), c.random());
        d.queryValues.remove(parameter.name());
        d.named.add(parameter.name());
        d.mutations.add("required query parameter missing: " + parameter.name());
    }

    private static void garbageIfMatch(RequestDraft d, Context c) {
        String value = pick(List.of("abc", "\"abc\"", "\"-1\"", "\"1.5\"", "\"" + "9".repeat(19) + "\"", "W/",
                "\"1\", \"2\"", "*, \"1\"", "\"\"", "W/\"\"", "1 2", "\"0x10\"", "W/W/\"1\""), c.random());
        d.headers.put("If-Match", value);
        d.named.add("If-Match");
        d.mutations.add("If-Match: " + value);
    }

    private static void staleIfMatch(RequestDraft d, Context c) {
        long current = c.fixtures().propertyVersion();
        long stale = current > 0 && c.random().nextBoolean()
                ? c.random().nextLong(current) : current + 1 + c.random().nextInt(1000);
        String value = (c.random().nextInt(4) == 0 ? "W/" : "") + "\"" + stale + "\"";
        d.headers.put("If-Match", value);
        d.mutations.add("stale If-Match: " + value + " (current " + current + ")");
    }

    private static void overlongHeader(RequestDraft d, Context c, String header) {
        String value = "k".repeat(RequestHeaders.MAX_LENGTH + 1 + c.random().nextInt(2000));
        d.headers.put(header, value);
        d.named.add(header);
        d.mutations.add(header + " of " + value.length() + " characters");
    }

    private static void blankIdempotencyKey(RequestDraft d, Context c) {
        String value = pick(List.of("", " ", "\t"), c.random());
        d.headers.put(RequestHeaders.IDEMPOTENCY_KEY, value);
        d.named.add(RequestHeaders.IDEMPOTENCY_KEY);
        d.mutations.add("blank Idempotency-Key");
    }

    private static void unacceptableAccept(RequestDraft d, Context c) {
        String value = pick(List.of("image/png", "application/pdf", "text/html", "application/x-fuzz",
                "audio/mpeg", "not a media type", "application/", "video/mp4, image/gif"), c.random());
        d.headers.put("Accept", value);
        d.named.add("Accept");
        d.mutations.add("Accept: " + value);
    }

    private static void oversizedHeaders(RequestDraft d, Context c) {
        int size = 9_000 + c.random().nextInt(12_000);
        d.headers.put("X-Fuzz-Padding", "p".repeat(size));
        d.mutations.add("header block over 8 KB (" + size + " bytes of padding)");
    }

    private static void malformedHttp(RequestDraft d, Context c) {
        d.protocolDefect = pick(Arrays.asList(RequestDraft.ProtocolDefect.values()), c.random());
        d.mutations.add("malformed HTTP: " + d.protocolDefect);
    }

    private static void wrongMethod(RequestDraft d, Context c) {
        Set<String> allowed = c.methodsByPath().getOrDefault(d.operation.path(), Set.of());
        List<String> others = new ArrayList<>(ApiOperation.METHODS);
        others.add("TRACE");
        others.removeAll(allowed);
        d.method = pick(others, c.random());
        d.mutations.add("method " + d.method + " (the path has " + allowed + ")");
    }

    /** A path that is no endpoint; {@code /error} too, the servlet container's error page, which is none either. */
    private static void unknownRoute(RequestDraft d, Context c) {
        d.path = switch (c.random().nextInt(4)) {
            case 0 -> d.path + "/no-such-route";
            case 1 -> "/api/v0" + d.path.substring("/api".length());
            case 2 -> "/error";
            default -> d.path + "x";
        };
        d.mutations.add("unknown route " + d.path);
    }

    /**
     * Not {@code application/json; charset=UTF-16} with UTF-8 bytes: RFC 8259 defines no charset for JSON, which is
     * UTF-8 between systems, and the parser detects the encoding from the bytes, as it should.
     */
    private static void wrongContentType(RequestDraft d, Context c) {
        List<String> wrong = d.operation.takesXml()
                ? List.of("application/json", "text/plain", "application/octet-stream",
                        "application/x-www-form-urlencoded", "not a media type", "application/xhtml+xml", "image/svg")
                : List.of("text/plain", "application/xml", "text/xml", "application/x-www-form-urlencoded",
                        "multipart/form-data; boundary=fuzz", "application/octet-stream", "image/png",
                        "not a media type", "application/", "application/json; charset=fuzz-charset",
                        "application/jsonx", "json");
        d.contentType = pick(wrong, c.random());
        d.named.add("Content-Type");
        d.mutations.add("Content-Type: " + d.contentType);
    }

    // ----- JSON members ------------------------------------------------------------------------------------------

    private static boolean hasField(RequestDraft d, Predicate<FieldSpec> which) {
        return d.template != null && d.template.isJson() && d.template.fields().stream().anyMatch(which);
    }

    private static FieldSpec pickField(RequestDraft d, Random random, Predicate<FieldSpec> which) {
        return pick(d.template.fields().stream().filter(which).toList(), random);
    }

    /** Sets the member at {@code pointer}; nothing when an earlier mutation replaced its parent by a non-container. */
    static void set(ObjectNode root, String pointer, JsonNode value) {
        JsonPointer path = JsonPointer.compile(pointer);
        JsonNode parent = root.at(path.head());
        if (parent instanceof ObjectNode object) {
            object.set(path.last().getMatchingProperty(), value);
        } else if (parent instanceof ArrayNode array && path.last().getMatchingIndex() >= 0
                && path.last().getMatchingIndex() < array.size()) {
            array.set(path.last().getMatchingIndex(), value);
        }
    }

    private static void remove(ObjectNode root, String pointer) {
        JsonPointer path = JsonPointer.compile(pointer);
        if (root.at(path.head()) instanceof ObjectNode parent) {
            parent.remove(path.last().getMatchingProperty());
        }
    }

    // ----- XML ---------------------------------------------------------------------------------------------------

    private static final String SAP_NAMESPACE = "https://epbr.digital.communities.gov.uk/xsd/sap";

    /**
     * An element of the SAP file the calculation reads: out of {@code range} its value must be refused, and so must
     * its absence when it is {@code required} (the reader takes a missing count as 0, as lodged files often omit
     * them).
     */
    private record SapValue(Range range, boolean required) {
    }

    private static final Map<String, SapValue> SAP_VALUES = Map.of(
            "Total-Floor-Area", new SapValue(PhysicalLimits.AREA, true),
            "Storey-Height", new SapValue(PhysicalLimits.STOREY_HEIGHT, true),
            "Total-Wall-Area", new SapValue(PhysicalLimits.AREA, true),
            "Total-Roof-Area", new SapValue(PhysicalLimits.AREA, true),
            "U-Value", new SapValue(PhysicalLimits.U_VALUE, true),
            "Height", new SapValue(PhysicalLimits.AREA, true),
            "Width", new SapValue(PhysicalLimits.AREA, true),
            "Sheltered-Sides-Count", new SapValue(PhysicalLimits.SHELTERED_SIDES, false),
            "Open-Chimneys-Count", new SapValue(PhysicalLimits.COUNT, false));

    private static void xmlNotWellFormed(RequestDraft d, Context c) {
        String xml = d.xml;
        int rootEnd = xml.indexOf('>', xml.indexOf("<SAP-Report")) + 1;
        switch (c.random().nextInt(10)) {
            case 0 -> {
                int cut = c.random().nextInt(xml.lastIndexOf('>'));
                d.xml = xml.substring(0, cut);
                d.mutations.add("XML truncated at " + cut);
            }
            case 1 -> {
                d.xml = xml.substring(0, rootEnd) + "<Unclosed>" + xml.substring(rootEnd);
                d.mutations.add("XML with an unclosed element");
            }
            case 2 -> {
                d.xml = xml.replaceFirst("</SAP-Walls>", "</SAP-Wallz>");
                d.mutations.add("XML with a mismatched end tag");
            }
            case 3 -> {
                d.xml = xml.replaceFirst("</SAP-Version>", " & </SAP-Version>");
                d.mutations.add("XML with a bare ampersand");
            }
            case 4 -> {
                d.xml = xml + "<SAP-Report xmlns=\"" + SAP_NAMESPACE + "\"/>";
                d.mutations.add("XML with two root elements");
            }
            case 5 -> {
                d.xml = "garbage" + xml;
                d.mutations.add("XML after garbage");
            }
            case 6 -> {
                d.xml = xml.replaceFirst("encoding=['\"][^'\"]+['\"]", "encoding='X-FUZZ-CHARSET'");
                d.mutations.add("XML declaring an unknown encoding");
            }
            case 7 -> {
                d.xml = xml.replaceFirst("</SAP-Version>", "\u0001</SAP-Version>");
                d.mutations.add("XML with a control character");
            }
            case 8 -> {
                d.xml = xml.substring(0, rootEnd) + "<Broken attribute=1/>" + xml.substring(rootEnd);
                d.mutations.add("XML with an unquoted attribute");
            }
            default -> {
                d.xml = xml.substring(0, rootEnd) + "<![CDATA[ never closed" + xml.substring(rootEnd);
                d.mutations.add("XML with an unclosed CDATA section");
            }
        }
    }

    private static void xmlWrongRoot(RequestDraft d, Context c) {
        String xml = d.xml;
        switch (c.random().nextInt(6)) {
            case 0 -> {
                d.xml = xml.replace("<SAP-Report", "<Not-SAP-Report").replace("</SAP-Report>", "</Not-SAP-Report>");
                d.mutations.add("XML root renamed Not-SAP-Report");
            }
            case 1 -> {
                d.xml = xml.replace(SAP_NAMESPACE, "urn:fuzz:not-sap");
                d.mutations.add("XML root in another namespace");
            }
            case 2 -> {
                d.xml = xml.replace(" xmlns=\"" + SAP_NAMESPACE + "\"", "");
                d.mutations.add("XML root in no namespace");
            }
            case 3 -> {
                d.xml = "<html><body>hello</body></html>";
                d.mutations.add("XML that is HTML");
            }
            case 4 -> {
                d.xml = "<?xml version=\"1.0\"?><EPC xmlns=\"" + SAP_NAMESPACE + "\"/>";
                d.mutations.add("XML with an empty root of another name");
            }
            default -> {
                d.xml = "{\"SAP-Report\": {}}";
                d.mutations.add("JSON sent as XML");
            }
        }
    }

    private static void xmlSchemaViolation(RequestDraft d, Context c) {
        List<String> present = SAP_VALUES.keySet().stream().sorted()
                .filter(name -> d.xml.contains("<" + name + ">")).toList();
        String element = pick(present, c.random());
        Matcher occurrences = Pattern.compile("<" + element + ">([^<]*)</" + element + ">").matcher(d.xml);
        List<int[]> spans = new ArrayList<>();
        while (occurrences.find()) {
            spans.add(new int[] {occurrences.start(), occurrences.end(), occurrences.start(1), occurrences.end(1)});
        }
        int[] span = pick(spans, c.random());
        if (SAP_VALUES.get(element).required() && c.random().nextInt(6) == 0) {
            d.xml = d.xml.substring(0, span[0]) + d.xml.substring(span[1]);
            d.mutations.add("XML without " + element);
            return;
        }
        Range range = SAP_VALUES.get(element).range();
        String value = pick(List.of(Double.toString(range.min() - 1 - c.random().nextInt(100)),
                Double.toString(range.max() * 10 + 1), "NaN", "INF", "-INF", "1e309", "abc", "1,5", "",
                "1" + "0".repeat(40), "0x10"), c.random());
        d.xml = d.xml.substring(0, span[2]) + value + d.xml.substring(span[3]);
        d.mutations.add("XML " + element + " = " + value);
    }

    private static void xmlDoctype(RequestDraft d, Context c) {
        String canary = c.canaryUrl();
        String doctype;
        String postcode = null;
        switch (c.random().nextInt(7)) {
            case 0 -> {
                doctype = "<!DOCTYPE SAP-Report [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>";
                postcode = "&xxe;";
            }
            case 1 -> doctype = "<!DOCTYPE SAP-Report SYSTEM \"" + canary + "/external.dtd\">";
            case 2 -> doctype = "<!DOCTYPE SAP-Report [<!ENTITY % remote SYSTEM \"" + canary
                    + "/parameter.dtd\"> %remote;]>";
            case 3 -> {
                StringBuilder laughs = new StringBuilder("<!DOCTYPE SAP-Report [<!ENTITY lol0 \"lol\">");
                for (int level = 1; level <= 9; level++) {
                    laughs.append("<!ENTITY lol").append(level).append(" \"")
                            .append(("&lol" + (level - 1) + ";").repeat(10)).append("\">");
                }
                doctype = laughs.append("]>").toString();
                postcode = "&lol9;";
            }
            case 4 -> {
                doctype = "<!DOCTYPE SAP-Report [<!ENTITY ext SYSTEM \"" + canary + "/entity.txt\">]>";
                postcode = "&ext;";
            }
            case 5 -> {
                doctype = "<!DOCTYPE SAP-Report [<!ENTITY pc \"LE11 3TU\">]>";
                postcode = "&pc;";
            }
            default -> doctype = "<!DOCTYPE SAP-Report>";
        }
        int afterDeclaration = d.xml.startsWith("<?xml") ? d.xml.indexOf("?>") + 2 : 0;
        String xml = d.xml.substring(0, afterDeclaration) + doctype + d.xml.substring(afterDeclaration);
        if (postcode != null) {
            xml = xml.replaceFirst("<Postcode>[^<]*</Postcode>", Matcher.quoteReplacement(
                    "<Postcode>" + postcode + "</Postcode>"));
        }
        d.xml = xml;
        d.mutations.add("XML " + FuzzRequest.shorten(doctype) + (postcode == null ? "" : " using " + postcode));
    }

    private static void xmlDeepNesting(RequestDraft d, Context c) {
        int depth = 100 + c.random().nextInt(c.random().nextBoolean() ? 1_000 : 30_000);
        int at = d.xml.indexOf("<SAP10-Data>");
        at = at < 0 ? d.xml.indexOf('>', d.xml.indexOf("<SAP-Report")) + 1 : at + "<SAP10-Data>".length();
        d.xml = d.xml.substring(0, at) + "<Nest>".repeat(depth) + "</Nest>".repeat(depth) + d.xml.substring(at);
        d.mutations.add("XML nested " + depth + " elements deep");
    }

    // ----- bodies as bytes ---------------------------------------------------------------------------------------

    private static final String DEEP_PLACEHOLDER = "__fuzz_deep_nesting__";

    private static void deepJson(RequestDraft d, Context c) {
        int depth = c.random().nextInt(4) == 0 ? 50 + c.random().nextInt(950) : 1_001 + c.random().nextInt(30_000);
        String nesting = c.random().nextBoolean() ? "[".repeat(depth) + "]".repeat(depth)
                : "{\"a\":".repeat(depth) + "1" + "}".repeat(depth);
        if (d.json != null && hasField(d, field -> true)) {
            FieldSpec field = pickField(d, c.random(), spec -> true);
            set(d.json, field.pointer(), JsonNodeFactory.instance.textNode(DEEP_PLACEHOLDER));
            String body = new String(d.takeBodyBytes(), StandardCharsets.UTF_8);
            d.bodyBytes = body.replace("\"" + DEEP_PLACEHOLDER + "\"", nesting).getBytes(StandardCharsets.UTF_8);
            d.named.addAll(List.of(field.name(), "body"));
            d.mutations.add("member " + field.pointer() + " nested " + depth + " deep");
        } else {
            d.takeBodyBytes();
            d.bodyBytes = nesting.getBytes(StandardCharsets.UTF_8);
            d.named.add("body");
            d.mutations.add("body nested " + depth + " deep");
        }
    }

    private static void notJson(RequestDraft d, Context c) {
        byte[] valid = d.takeBodyBytes();
        String template = new String(valid, StandardCharsets.UTF_8);
        String body = pick(List.of("not json", "<xml/>", "{'single': 1}", "{unquoted: 1}", "{\"a\": 1,}",
                "{\"a\" 1}", "{\"a\": 01}", "\u0000", "NaN", "{\"a\": NaN}", "{\"a\": .5}", "{\"a\": +1}", "{", "}",
                "{\"a\": \"unterminated}", "// comment\n" + template, template + " trailing", template + "}",
                template + template, "\ufeff" + template.replaceFirst("\\{", "{,")), c.random());
        d.bodyBytes = body.getBytes(StandardCharsets.UTF_8);
        d.named.add("body");
        d.mutations.add("not JSON: " + FuzzRequest.shorten(body));
    }

    private static void wrongJsonShape(RequestDraft d, Context c) {
        String template = new String(d.takeBodyBytes(), StandardCharsets.UTF_8);
        String body = pick(List.of("null", "42", "\"text\"", "true", "[]", "[" + template + "]", "[[]]",
                "[null]"), c.random());
        d.bodyBytes = body.getBytes(StandardCharsets.UTF_8);
        d.named.add("body");
        d.mutations.add("JSON of the wrong shape: " + FuzzRequest.shorten(body));
    }

    private static void truncatedBody(RequestDraft d, Context c) {
        byte[] bytes = d.takeBodyBytes();
        int last = d.operation.takesXml() ? lastIndexOf(bytes, (byte) '>') : bytes.length - 1;
        int cut = last <= 0 ? 0 : c.random().nextInt(last);
        d.bodyBytes = Arrays.copyOf(bytes, cut);
        if (d.operation.takesJson()) {
            d.named.add("body");
        }
        d.mutations.add("body truncated to " + cut + " of " + bytes.length + " bytes");
    }

    private static final List<byte[]> INVALID_UTF8_SEQUENCES = List.of(new byte[] {(byte) 0xFF},
            new byte[] {(byte) 0xFE}, new byte[] {(byte) 0xC3, 0x28}, new byte[] {(byte) 0x80},
            new byte[] {(byte) 0xE2, (byte) 0x82}, new byte[] {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80},
            new byte[] {(byte) 0xC0, (byte) 0xAF}, new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80});

    private static void invalidUtf8(RequestDraft d, Context c) {
        byte[] bytes = d.takeBodyBytes();
        byte[] sequence = pick(INVALID_UTF8_SEQUENCES, c.random());
        int at = bytes.length == 0 ? 0 : c.random().nextInt(bytes.length);
        byte[] broken = new byte[bytes.length + sequence.length];
        System.arraycopy(bytes, 0, broken, 0, at);
        System.arraycopy(sequence, 0, broken, at, sequence.length);
        System.arraycopy(bytes, at, broken, at + sequence.length, bytes.length - at);
        d.bodyBytes = broken;
        if (d.operation.takesJson()) {
            d.named.add("body");
        }
        d.mutations.add("invalid UTF-8 " + HexFormat.of().formatHex(sequence) + " at byte " + at);
    }

    private static int lastIndexOf(byte[] bytes, byte wanted) {
        for (int i = bytes.length - 1; i >= 0; i--) {
            if (bytes[i] == wanted) {
                return i;
            }
        }
        return -1;
    }

    static <T> T pick(List<T> from, Random random) {
        return from.get(random.nextInt(from.size()));
    }
}
