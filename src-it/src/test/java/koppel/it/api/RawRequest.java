package koppel.it.api;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import koppel.it.Settings;

/**
 * An HTTP/1.1 request written byte for byte on a socket to the server under test, so that what a
 * client library would refuse or tidy (a CR in a header, an encoded slash, a body that is not
 * UTF-8, a 64 KB header) reaches the server as a hostile client sends it. Loopback only: it
 * refuses any other address.
 *
 * @param name what the request tries, for the test's messages
 * @param target the request target as sent, e.g. {@code /api/v1/teams/...?ordering=x}
 * @param headers raw header lines without their CRLF (Host, Content-Length and Connection are added)
 */
record RawRequest(String name, String method, String target, List<String> headers, byte[] body) {

    /** The answer: status (0 when the server closed the connection without one), headers, body. */
    record Answer(int status, Map<String, String> headers, String body) {

        String header(String name) {
            return headers.getOrDefault(name.toLowerCase(Locale.ROOT), "");
        }

        boolean isJson() {
            return header("content-type").startsWith("application/json")
                    && body.stripLeading().startsWith("{");
        }

        @Override
        public String toString() {
            String shown = body.length() <= 300 ? body : body.substring(0, 300) + "...";
            return status + " " + header("content-type") + " " + shown;
        }
    }

    Answer send() {
        URI base = URI.create(Settings.baseUrl());
        InetSocketAddress address = new InetSocketAddress(base.getHost(), base.getPort());
        InetAddress resolved = address.getAddress();
        if (resolved == null || !resolved.isLoopbackAddress()) {
            throw new IllegalStateException("The hostile corpus goes to loopback only, not " + address);
        }
        try (Socket socket = new Socket()) {
            socket.connect(address, 10_000);
            socket.setSoTimeout(30_000);
            try {
                write(socket.getOutputStream(), base.getHost() + ":" + base.getPort());
            } catch (IOException closedWhileWriting) {
                // a server may answer and close before it has read all: the answer is what counts
            }
            return read(socket.getInputStream());
        } catch (IOException e) {
            return new Answer(0, Map.of(), "(no answer: " + e.getMessage() + ")");
        }
    }

    private void write(OutputStream out, String host) throws IOException {
        StringBuilder head =
                new StringBuilder().append(method).append(' ').append(target).append(" HTTP/1.1\r\n");
        head.append("Host: ").append(host).append("\r\n");
        for (String header : headers) {
            head.append(header).append("\r\n");
        }
        if (body != null) {
            head.append("Content-Length: ").append(body.length).append("\r\n");
        }
        head.append("Connection: close\r\n\r\n");
        out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
        if (body != null) {
            out.write(body);
        }
        out.flush();
    }

    private static Answer read(InputStream in) throws IOException {
        byte[] all = in.readAllBytes();
        String text = new String(all, StandardCharsets.ISO_8859_1);
        int end = text.indexOf("\r\n\r\n");
        if (!text.startsWith("HTTP/1.") || end < 0) {
            return new Answer(0, Map.of(), text);
        }
        String[] lines = text.substring(0, end).split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0) {
                headers.putIfAbsent(
                        lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT),
                        lines[i].substring(colon + 1).strip());
            }
        }
        byte[] body = java.util.Arrays.copyOfRange(all, end + 4, all.length);
        if (headers.getOrDefault("transfer-encoding", "").equalsIgnoreCase("chunked")) {
            body = dechunked(body);
        }
        return new Answer(status, headers, new String(body, StandardCharsets.UTF_8));
    }

    private static byte[] dechunked(byte[] chunked) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        int at = 0;
        while (at < chunked.length) {
            int lineEnd = indexOf(chunked, at);
            if (lineEnd < 0) {
                break;
            }
            String size = new String(chunked, at, lineEnd - at, StandardCharsets.ISO_8859_1).split(";")[0].strip();
            int length = size.isEmpty() ? 0 : Integer.parseInt(size, 16);
            if (length == 0) {
                break;
            }
            body.write(chunked, lineEnd + 2, Math.min(length, chunked.length - lineEnd - 2));
            at = lineEnd + 2 + length + 2;
        }
        return body.toByteArray();
    }

    private static int indexOf(byte[] bytes, int from) {
        for (int i = from; i + 1 < bytes.length; i++) {
            if (bytes[i] == '\r' && bytes[i + 1] == '\n') {
                return i;
            }
        }
        return -1;
    }

    /** Builds requests of one key: its Authorization and Accept headers, the API's path prefix. */
    static final class As {

        private final String key;

        As(String key) {
            this.key = key;
        }

        RawRequest json(String name, String method, String path, byte[] body, String... more) {
            List<String> headers = new ArrayList<>(List.of("Content-Type: application/json"));
            headers.addAll(List.of(more));
            return request(name, method, "/api/v1" + path, headers, body);
        }

        RawRequest request(String name, String method, String target, List<String> more, byte[] body) {
            List<String> headers = new ArrayList<>();
            if (key != null) {
                headers.add("Authorization: Token " + key);
            }
            headers.add("Accept: application/json");
            headers.addAll(more);
            return new RawRequest(name, method, target, List.copyOf(headers), body);
        }
    }
}
