package org.sapledger.app.fuzz;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

/**
 * Sends generated requests to the running service over real HTTP: with the JDK client where it will send them, by
 * hand on a socket where it will not (illegal characters in the request target, malformed header blocks). Both
 * paths take their headers through the same {@code authorise} step, so one place adds credentials to all of them.
 */
final class FuzzTransport {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(TIMEOUT).build();
    private final int port;
    private final UnaryOperator<HttpRequest.Builder> authorise;

    /**
     * An answer as received.
     *
     * @param status  HTTP status, 0 when the connection closed without one
     * @param headers header values by lower-case name (the first of each)
     * @param body    body text (UTF-8)
     */
    record Answer(int status, Map<String, String> headers, String body) {

        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    FuzzTransport(int port, UnaryOperator<HttpRequest.Builder> authorise) {
        this.port = port;
        this.authorise = authorise;
    }

    Answer send(FuzzRequest request) {
        return request.raw() ? sendRaw(request) : sendWithClient(request);
    }

    private Answer sendWithClient(FuzzRequest request) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port + request.target()))
                .timeout(TIMEOUT)
                .method(request.method(), request.body() == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(request.body()));
        request.headers().forEach(builder::header);
        if (request.contentType() != null) {
            builder.header("Content-Type", request.contentType());
        }
        try {
            HttpResponse<byte[]> response = http.send(authorise.apply(builder).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            Map<String, String> headers = new TreeMap<>();
            response.headers().map().forEach((name, values) ->
                    headers.put(name.toLowerCase(Locale.ROOT), values.get(0)));
            return new Answer(response.statusCode(), headers, new String(response.body(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            return new Answer(0, Map.of(), "no answer: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Writes the request by hand: request line, headers (with the authorised ones), body; one connection each. */
    private Answer sendRaw(FuzzRequest request) {
        RequestDraft.ProtocolDefect defect = request.defect();
        StringBuilder head = new StringBuilder();
        head.append(request.method()).append(' ').append(request.target()).append(" HTTP/1.1\r\n");
        if (defect != RequestDraft.ProtocolDefect.MISSING_HOST) {
            head.append("Host: localhost:").append(port).append("\r\n");
        }
        authorisedHeaders(request).forEach((name, values) -> values.forEach(value ->
                head.append(name).append(": ").append(value).append("\r\n")));
        if (request.contentType() != null) {
            head.append("Content-Type: ").append(request.contentType()).append("\r\n");
        }
        byte[] body = request.body() == null ? new byte[0] : request.body();
        if (defect == RequestDraft.ProtocolDefect.NON_NUMERIC_CONTENT_LENGTH) {
            head.append("Content-Length: twelve\r\n");
        } else if (defect == RequestDraft.ProtocolDefect.CONFLICTING_CONTENT_LENGTHS) {
            head.append("Content-Length: ").append(body.length).append("\r\nContent-Length: ")
                    .append(body.length + 7).append("\r\n");
        } else if (request.body() != null) {
            head.append("Content-Length: ").append(body.length).append("\r\n");
        }
        switch (defect == null ? "" : defect.name()) {
            case "HEADER_LINE_WITHOUT_COLON" -> head.append("X-Fuzz-Header-Without-Colon\r\n");
            case "SPACE_IN_HEADER_NAME" -> head.append("X Fuzz: 1\r\n");
            case "CONTROL_CHARACTER_IN_HEADER" -> head.append("X-Fuzz: a\u0001b\r\n");
            default -> {
                // no defect in the header block
            }
        }
        head.append("Connection: close\r\n\r\n");
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout((int) TIMEOUT.toMillis());
            OutputStream out = socket.getOutputStream();
            try {
                out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
                out.write(body);
                out.flush();
            } catch (IOException refusedMidRequest) {
                // the server answered and closed before reading the whole request (an oversized header block):
                // the write fails with a broken pipe, but its answer may still be in the receive buffer
            }
            return parse(readAll(socket.getInputStream()));
        } catch (IOException e) {
            return new Answer(0, Map.of(), "no answer: " + e);
        }
    }

    /** The request's headers after the authorise step, as the JDK client would have sent them. */
    private Map<String, List<String>> authorisedHeaders(FuzzRequest request) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/"));
        Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.putAll(authorise.apply(builder).build().headers().map());
        request.headers().forEach((name, value) -> headers.put(name, List.of(value)));
        return headers;
    }

    private static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            for (int n; (n = in.read(buffer)) >= 0; ) {
                bytes.write(buffer, 0, n);
            }
        } catch (IOException resetAfterAnswer) {
            if (bytes.size() == 0) {
                throw resetAfterAnswer;
            }
        }
        return bytes.toByteArray();
    }

    /** Parses an HTTP/1.1 answer: status line, headers, and a body that may be chunked. */
    static Answer parse(byte[] raw) {
        String text = new String(raw, StandardCharsets.ISO_8859_1);
        int headEnd = text.indexOf("\r\n\r\n");
        if (!text.startsWith("HTTP/") || headEnd < 0) {
            return new Answer(0, Map.of(), "unparseable answer: " + FuzzRequest.shorten(text));
        }
        String[] lines = text.substring(0, headEnd).split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        Map<String, String> headers = new TreeMap<>();
        for (String line : Arrays.asList(lines).subList(1, lines.length)) {
            int colon = line.indexOf(':');
            if (colon > 0) {
                headers.putIfAbsent(line.substring(0, colon).trim().toLowerCase(Locale.ROOT),
                        line.substring(colon + 1).trim());
            }
        }
        byte[] body = Arrays.copyOfRange(raw, headEnd + 4, raw.length);
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            body = dechunk(body);
        }
        return new Answer(status, headers, new String(body, StandardCharsets.UTF_8));
    }

    private static byte[] dechunk(byte[] chunked) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        int at = 0;
        while (at < chunked.length) {
            int lineEnd = indexOfCrLf(chunked, at);
            if (lineEnd < 0) {
                break;
            }
            String sizeField = new String(chunked, at, lineEnd - at, StandardCharsets.ISO_8859_1).split(";")[0].trim();
            int size = Integer.parseInt(sizeField, 16);
            if (size == 0) {
                break;
            }
            body.write(chunked, lineEnd + 2, Math.min(size, chunked.length - lineEnd - 2));
            at = lineEnd + 2 + size + 2;
        }
        return body.toByteArray();
    }

    private static int indexOfCrLf(byte[] bytes, int from) {
        for (int i = from; i + 1 < bytes.length; i++) {
            if (bytes[i] == '\r' && bytes[i + 1] == '\n') {
                return i;
            }
        }
        return -1;
    }
}
