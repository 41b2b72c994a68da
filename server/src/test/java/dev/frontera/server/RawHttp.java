package dev.frontera.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 over a plain socket, for requests that Java's HTTP client refuses to send (a broken
 * %-escape, a NUL in the path): what a hostile client can send, byte for byte.
 */
record RawHttp(int status, Map<String, String> headers, byte[] body) {

    /** Sends {@code method target} with the given extra header lines ({@code "Name: value"}) and reads the answer. */
    static RawHttp send(int port, String method, String target, byte[] body, String... headerLines) {
        // A server that refuses a request before reading all of it (414 for a 10,000-character target) closes with
        // bytes unread, and the reset that follows may discard its answer before we read it: a race of TCP, not of
        // the server, so a lost answer is asked for again, a few times.
        for (int attempt = 1; ; attempt++) {
            try {
                return sendOnce(port, method, target, body, headerLines);
            } catch (LostAnswer | UncheckedIOException e) {
                if (attempt == 3) {
                    throw e;
                }
            }
        }
    }

    /** The connection closed before a whole status line and headers came back. */
    private static final class LostAnswer extends IllegalStateException {
        LostAnswer() {
            super("no end of headers in the answer");
        }
    }

    private static RawHttp sendOnce(int port, String method, String target, byte[] body, String... headerLines) {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(30_000);
            StringBuilder head = new StringBuilder(method)
                    .append(' ')
                    .append(target)
                    .append(" HTTP/1.1\r\n")
                    .append("Host: 127.0.0.1:")
                    .append(port)
                    .append("\r\nConnection: close\r\n");
            for (String line : headerLines) {
                head.append(line).append("\r\n");
            }
            if (body != null) {
                head.append("Content-Length: ").append(body.length).append("\r\n");
            }
            head.append("\r\n");
            OutputStream out = socket.getOutputStream();
            out.write(head.toString().getBytes(StandardCharsets.UTF_8));
            if (body != null) {
                out.write(body);
            }
            out.flush();
            return parse(socket.getInputStream().readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static RawHttp get(int port, String target, String... headerLines) {
        return send(port, "GET", target, null, headerLines);
    }

    String header(String name) {
        return headers.get(name.toLowerCase(Locale.ROOT));
    }

    String text() {
        return new String(body, StandardCharsets.UTF_8);
    }

    private static RawHttp parse(byte[] response) {
        int end;
        try {
            end = indexOf(response, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
        } catch (IllegalStateException e) {
            throw new LostAnswer();
        }
        String[] lines = new String(response, 0, end, StandardCharsets.ISO_8859_1).split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.put(
                    lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
                    lines[i].substring(colon + 1).trim());
        }
        byte[] body = Arrays.copyOfRange(response, end + 4, response.length);
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            body = unchunk(body);
        }
        return new RawHttp(status, headers, body);
    }

    private static byte[] unchunk(byte[] chunked) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int at = 0;
        while (true) {
            int lineEnd = indexOf(
                            Arrays.copyOfRange(chunked, at, chunked.length),
                            "\r\n".getBytes(StandardCharsets.ISO_8859_1))
                    + at;
            int size = Integer.parseInt(
                    new String(chunked, at, lineEnd - at, StandardCharsets.ISO_8859_1).split(";")[0].trim(), 16);
            if (size == 0) {
                return out.toByteArray();
            }
            out.write(chunked, lineEnd + 2, size);
            at = lineEnd + 2 + size + 2;
        }
    }

    private static int indexOf(byte[] data, byte[] pattern) {
        outer:
        for (int i = 0; i + pattern.length <= data.length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (data[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new IllegalStateException("no end of headers in the answer");
    }
}
