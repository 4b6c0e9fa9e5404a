package com.ks.platform.community;

import java.util.UUID;

/** A person's community page: nickname and counts; {@code followedByMe}/{@code me} for whoever is looking. */
public record MemberProfile(
        UUID id, String nickname, int posts, int followers, int following, boolean followedByMe, boolean me) {}
