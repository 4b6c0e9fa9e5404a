package com.ks.platform.community;

/** What can be reported and hidden: posts, their comments, 问大家 questions and answers. */
public enum ItemKind {
    POST,
    REPLY,
    QUESTION,
    ANSWER;

    public String messageKey() {
        return "community.kind." + name();
    }
}
