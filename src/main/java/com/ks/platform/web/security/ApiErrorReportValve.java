package com.ks.platform.web.security;

import java.io.IOException;
import java.io.PrintWriter;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;

/**
 * Tomcat's own error page for what it refuses before the application sees the request (a {@code %00} in the path, a
 * header too large): a problem document for {@code /api/**}, Tomcat's HTML page elsewhere. Created by Tomcat by its
 * class name, so it cannot use the application's JSON mapper; the document is four fixed fields.
 */
public class ApiErrorReportValve extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        String uri = request.getRequestURI();
        if (uri == null || !uri.startsWith("/api/")) {
            super.report(request, response, throwable);
            return;
        }
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        HttpStatus known = HttpStatus.resolve(status);
        String json = "{\"type\":\"%s\",\"title\":\"%s\",\"status\":%d}"
                .formatted(
                        ProblemResponses.typeFor(HttpStatusCode.valueOf(status)),
                        known == null ? "Error" : known.getReasonPhrase(),
                        status);
        try {
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            PrintWriter writer = response.getReporter();
            if (writer != null) {
                writer.write(json);
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // the connection is gone or the response committed: nothing more to tell the client
        }
    }
}
