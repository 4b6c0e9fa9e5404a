package com.ks.platform.shared;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The part of the S3 REST API {@link S3FileStorage} uses, in memory, path-style ({@code /<bucket>/<key>}): PUT, GET,
 * HEAD and DELETE of objects. Requests must be signed (SigV4) with the expected access key; the signature itself is
 * not recomputed. The server-side-encryption header of the last PUT is kept for assertions.
 */
final class FakeS3Server implements AutoCloseable {

    private final HttpServer server;
    private final String bucket;
    private final String accessKey;
    private final Map<String, byte[]> objects = new ConcurrentHashMap<>();
    private volatile String lastEncryption;

    FakeS3Server(String bucket, String accessKey) {
        this.bucket = bucket;
        this.accessKey = accessKey;
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::handle);
        server.start();
    }

    URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    String lastEncryption() {
        return lastEncryption;
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String authorization = exchange.getRequestHeaders().getFirst("Authorization");
            if (authorization == null || !authorization.startsWith("AWS4-HMAC-SHA256 Credential=" + accessKey + "/")) {
                error(exchange, 403, "AccessDenied");
                return;
            }
            String prefix = "/" + bucket + "/";
            String path = exchange.getRequestURI().getPath();
            if (!path.startsWith(prefix)) {
                error(exchange, 404, "NoSuchBucket");
                return;
            }
            String key = path.substring(prefix.length());
            switch (exchange.getRequestMethod()) {
                case "PUT" -> {
                    byte[] body = exchange.getRequestBody().readAllBytes();
                    objects.put(key, isChunked(exchange) ? unchunk(body) : body);
                    lastEncryption = exchange.getRequestHeaders().getFirst("x-amz-server-side-encryption");
                    exchange.getResponseHeaders().add("ETag", "\"" + Integer.toHexString(key.hashCode()) + "\"");
                    exchange.sendResponseHeaders(200, -1);
                }
                case "GET", "HEAD" -> {
                    byte[] object = objects.get(key);
                    if (object == null) {
                        error(exchange, 404, "NoSuchKey");
                        return;
                    }
                    exchange.getResponseHeaders().add("Content-Type", "application/octet-stream");
                    boolean head = exchange.getRequestMethod().equals("HEAD");
                    exchange.sendResponseHeaders(200, head || object.length == 0 ? -1 : object.length);
                    if (!head) {
                        exchange.getResponseBody().write(object);
                    }
                }
                case "DELETE" -> {
                    objects.remove(key);
                    exchange.sendResponseHeaders(204, -1);
                }
                default -> error(exchange, 405, "MethodNotAllowed");
            }
        }
    }

    private static boolean isChunked(HttpExchange exchange) {
        String sha = exchange.getRequestHeaders().getFirst("x-amz-content-sha256");
        return sha != null && sha.startsWith("STREAMING-");
    }

    /** aws-chunked bodies: {@code <hex size>;chunk-signature=…\r\n<bytes>\r\n} until a chunk of size 0. */
    private static byte[] unchunk(byte[] body) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        InputStream in = new java.io.ByteArrayInputStream(body);
        while (true) {
            String header = readLine(in);
            int size = Integer.parseInt(header.split(";", 2)[0].strip(), 16);
            if (size == 0) {
                return out.toByteArray();
            }
            out.write(in.readNBytes(size));
            readLine(in);
        }
    }

    private static String readLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = in.read(); b != -1 && b != '\n'; b = in.read()) {
            if (b != '\r') {
                line.write(b);
            }
        }
        return line.toString(StandardCharsets.US_ASCII);
    }

    private static void error(HttpExchange exchange, int status, String code) throws IOException {
        byte[] xml = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Error><Code>" + code + "</Code><Message>" + code
                        + "</Message></Error>")
                .getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/xml");
        if (exchange.getRequestMethod().equals("HEAD")) {
            exchange.sendResponseHeaders(status, -1);
        } else {
            exchange.sendResponseHeaders(status, xml.length);
            exchange.getResponseBody().write(xml);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
