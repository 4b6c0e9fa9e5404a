package com.ks.platform.community;

import java.util.UUID;

/** Who wrote something, as everyone sees it: the member's page id and nickname (never the account). */
public record Author(UUID memberId, String nickname) {}
