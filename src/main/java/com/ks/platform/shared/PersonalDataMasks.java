package com.ks.platform.shared;

/**
 * How staff see a shopper's personal data unless their task needs the whole value (PIPL art. 51, the minimum
 * necessary): 138****1234, 张*, a***@example.com, the region with the street detail hidden. The whole value is shown
 * only after a "显示" with a reason, which the owning module's service audits.
 */
public final class PersonalDataMasks {

    private static final String STARS = "****";

    private PersonalDataMasks() {}

    /** A mainland mobile keeps its first three and last four digits (the carrier and what people quote back). */
    public static String mobile(String mobile) {
        if (mobile == null || mobile.isBlank()) {
            return "";
        }
        String digits = mobile.strip();
        if (digits.length() < 7) {
            return STARS;
        }
        return digits.substring(0, 3) + STARS + digits.substring(digits.length() - 4);
    }

    /**
     * A name keeps its first character: 张三 → 张*, 欧阳娜娜 → 欧***; a Latin name keeps its first letter per word (Li
     * Wei → L* W**), so the count of characters stays visible but nothing more.
     */
    public static String name(String name) {
        if (name == null || name.isBlank()) {
            return "";
        }
        StringBuilder masked = new StringBuilder();
        for (String word : name.strip().split("\\s+")) {
            if (!masked.isEmpty()) {
                masked.append(' ');
            }
            int first = word.offsetByCodePoints(0, 1);
            masked.append(word, 0, first).append("*".repeat(Math.max(1, word.codePointCount(first, word.length()))));
        }
        return masked.toString();
    }

    /** The mailbox keeps its first character and the domain: alice@example.com → a***@example.com. */
    public static String email(String email) {
        if (email == null || email.isBlank()) {
            return "";
        }
        int at = email.indexOf('@');
        if (at <= 0) {
            return STARS;
        }
        return email.substring(0, email.offsetByCodePoints(0, 1)) + "***" + email.substring(at);
    }

    /** The region stays (a parcel's destination city); the street, building and door are hidden. */
    public static String address(String region, String detail) {
        String shownRegion = region == null ? "" : region.strip();
        if (detail == null || detail.isBlank()) {
            return shownRegion;
        }
        return (shownRegion + " " + STARS).strip();
    }

    /** The audit action of a reveal; the object is what was revealed, the reason is the staff member's. */
    public static final String REVEAL_ACTION = "personalData.reveal";

    /** A reveal needs a reason a reviewer can judge (a few words at least, at most 200 characters). */
    public static String revealReason(String reason) {
        String stripped = reason == null ? "" : reason.strip();
        if (stripped.codePointCount(0, stripped.length()) < 2 || stripped.length() > 200) {
            throw new RuleViolated("error.personalData.revealReason");
        }
        return stripped;
    }
}
