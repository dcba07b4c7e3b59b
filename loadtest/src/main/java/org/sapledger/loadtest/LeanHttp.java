package org.sapledger.loadtest;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;

/**
 * A minimal blocking HTTP/1.1 client: one kept-alive connection per calling thread, requests written in one go,
 * responses read with {@code Content-Length} or chunked framing. The harness runs on the same two cores as the
 * service it measures, and the JDK's {@code HttpClient} (selector thread, futures, per-request objects) took about a
 * third of a core at a few hundred requests a second; this takes a fraction of that, so more of the machine is left
 * to the service under test.
 *
 * <p>A request on a kept-alive connection that the server had already closed fails before any byte of an answer
 * arrives; it is sent once more on a new connection (the server never saw it). Anything else is the caller's error.
 */
final class LeanHttp {

    private final String host;
    private final int port;
    private final ThreadLocal<Connection> connections = new ThreadLocal<>();

    LeanHttp(String host, int port) {
        this.host = host;
        this.port = port;
    }

    /** One request; {@code body} null sends none. */
    Api.Answer send(String method, String path, String body, String contentType, Duration timeout,
                    Map<String, String> headers) throws IOException {
        byte[] request = request(method, path, body, contentType, headers);
        Connection connection = connections.get();
        boolean reused = connection != null;
        if (connection == null) {
            connection = open();
        }
        try {
            return connection.exchange(request, timeout);
        } catch (StaleConnectionException stale) {
            connection.close();
            connections.remove();
            if (!reused) {
                throw stale;
            }
            connection = open();
            return connection.exchange(request, timeout);
        } catch (IOException | RuntimeException e) {
            connection.close();
            connections.remove();
            throw e;
        } finally {
            if (connection.closed) {
                connections.remove();
            }
        }
    }

    private Connection open() throws IOException {
        Socket socket = new Socket();
        socket.setTcpNoDelay(true);
        socket.connect(new InetSocketAddress(host, port), 5_000);
        Connection connection = new Connection(socket);
        connections.set(connection);
        return connection;
    }

    private byte[] request(String method, String path, String body, String contentType,
                           Map<String, String> headers) {
        byte[] content = body == null ? null : body.getBytes(StandardCharsets.UTF_8);
        StringBuilder head = new StringBuilder(256);
        head.append(method).append(' ').append(path).append(" HTTP/1.1\r\n")
                .append("Host: ").append(host).append(':').append(port).append("\r\n");
        headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
        if (content != null) {
            head.append("Content-Type: ").append(contentType).append("\r\n")
                    .append("Content-Length: ").append(content.length).append("\r\n");
        } else if (!method.equals("GET")) {
            head.append("Content-Length: 0\r\n");
        }
        head.append("\r\n");
        byte[] headBytes = head.toString().getBytes(StandardCharsets.UTF_8);
        if (content == null) {
            return headBytes;
        }
        byte[] all = new byte[headBytes.length + content.length];
        System.arraycopy(headBytes, 0, all, 0, headBytes.length);
        System.arraycopy(content, 0, all, headBytes.length, content.length);
        return all;
    }

    /** The server closed a kept-alive connection before answering: the request was not received. */
    private static final class StaleConnectionException extends IOException {
        StaleConnectionException(String message) {
            super(message);
        }
    }

    private static final class Connection {

        private final Socket socket;
        private final InputStream in;
        private final OutputStream out;
        private boolean closed;

        Connection(Socket socket) throws IOException {
            this.socket = socket;
            this.in = new BufferedInputStream(socket.getInputStream(), 16 * 1024);
            this.out = new BufferedOutputStream(socket.getOutputStream(), 16 * 1024);
        }

        Api.Answer exchange(byte[] request, Duration timeout) throws IOException {
            socket.setSoTimeout((int) Math.min(Integer.MAX_VALUE, Math.max(1, timeout.toMillis())));
            try {
                out.write(request);
                out.flush();
            } catch (IOException e) {
                throw new StaleConnectionException("connection closed before the request was sent: " + e);
            }
            String statusLine;
            try {
                statusLine = line(true);
            } catch (StaleConnectionException | SocketTimeoutException e) {
                throw e;
            } catch (SocketException e) {
                // reset before any byte of an answer: a kept-alive connection the server had dropped
                throw new StaleConnectionException("connection reset before an answer: " + e);
            }
            if (!statusLine.startsWith("HTTP/1.")) {
                throw new IOException("not an HTTP answer: " + statusLine);
            }
            int status = Integer.parseInt(statusLine.substring(9, 12));
            long contentLength = -1;
            boolean chunked = false;
            boolean close = statusLine.startsWith("HTTP/1.0");
            for (String header = line(false); !header.isEmpty(); header = line(false)) {
                int colon = header.indexOf(':');
                if (colon < 0) {
                    continue;
                }
                String name = header.substring(0, colon).trim().toLowerCase(Locale.ROOT);
                String value = header.substring(colon + 1).trim();
                switch (name) {
                    case "content-length" -> contentLength = Long.parseLong(value);
                    case "transfer-encoding" -> chunked = value.toLowerCase(Locale.ROOT).contains("chunked");
                    case "connection" -> close |= value.equalsIgnoreCase("close");
                    default -> { }
                }
            }
            byte[] body;
            if (chunked) {
                body = chunkedBody();
            } else if (contentLength >= 0) {
                body = in.readNBytes((int) contentLength);
                if (body.length < contentLength) {
                    throw new EOFException("answer shorter than its Content-Length");
                }
            } else if (status == 204 || status == 304 || status < 200) {
                body = new byte[0];
            } else {
                body = in.readAllBytes();
                close = true;
            }
            if (close) {
                close();
            }
            return new Api.Answer(status, new String(body, StandardCharsets.UTF_8));
        }

        private byte[] chunkedBody() throws IOException {
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            while (true) {
                String size = line(false);
                int extension = size.indexOf(';');
                int length = Integer.parseInt((extension < 0 ? size : size.substring(0, extension)).trim(), 16);
                if (length == 0) {
                    for (String trailer = line(false); !trailer.isEmpty(); trailer = line(false)) {
                        // trailers are not used
                    }
                    return body.toByteArray();
                }
                byte[] chunk = in.readNBytes(length);
                if (chunk.length < length) {
                    throw new EOFException("chunk shorter than announced");
                }
                body.write(chunk);
                line(false);
            }
        }

        /** One CRLF-terminated line; {@code first}: an end of stream before any byte means a stale connection. */
        private String line(boolean first) throws IOException {
            StringBuilder line = new StringBuilder(64);
            while (true) {
                int b = in.read();
                if (b < 0) {
                    if (first && line.length() == 0) {
                        throw new StaleConnectionException("connection closed before an answer");
                    }
                    throw new EOFException("answer cut short");
                }
                if (b == '\n') {
                    int end = line.length();
                    if (end > 0 && line.charAt(end - 1) == '\r') {
                        line.setLength(end - 1);
                    }
                    return line.toString();
                }
                line.append((char) b);
            }
        }

        void close() {
            closed = true;
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing anyway
            }
        }
    }
}
