package com.ks.platform.web;

import io.swagger.v3.oas.annotations.Hidden;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Test-only operation that fails as a bug would, so the API's answer to an unexpected error can be checked. */
@Hidden
@RestController
class ExplodingApiController {

    static final String PATH = "/api/v1/test-only/explode";
    static final String SECRET = "internal detail that must not leave the server";

    @GetMapping(PATH)
    String explode() {
        throw new IllegalStateException(SECRET);
    }
}
