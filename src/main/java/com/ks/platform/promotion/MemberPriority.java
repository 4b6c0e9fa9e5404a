package com.ks.platform.promotion;

import java.util.Optional;
import java.util.UUID;

/**
 * Priority customer service (会员优先客服) for the top member levels: modules above promotion (support) ask whether a
 * person is served first. @return the message key of the member's level when it carries priority service
 */
public interface MemberPriority {

    Optional<String> priorityLevel(UUID accountId);
}
