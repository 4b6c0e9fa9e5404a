package com.ks.platform.community;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A 问大家 question about a product with its visible answers, oldest answer first. */
public record Question(UUID id, Author asker, String body, Instant createdAt, List<Answer> answers, boolean mine) {

    public Question {
        answers = List.copyOf(answers);
    }

    public record Answer(UUID id, Author author, String body, Instant createdAt, boolean mine) {}
}
