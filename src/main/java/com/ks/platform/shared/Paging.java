package com.ks.platform.shared;

/**
 * The bounds of a page a client asks for (the API's {@code page} and {@code size}): page ≥ 0, size 1…maxSize, and no
 * deeper than maxOffset rows — which also keeps {@code page × size} from overflowing into another page's rows.
 */
public final class Paging {

    private Paging() {}

    /**
     * @return the first row of the page
     * @throws RuleViolated {@code error.api.paging} when the page is out of bounds
     */
    public static int offset(int page, int size, int maxSize, int maxOffset) {
        if (page < 0 || size < 1 || size > maxSize || page > maxOffset / size) {
            throw new RuleViolated("error.api.paging", maxSize, maxOffset);
        }
        return page * size;
    }
}
