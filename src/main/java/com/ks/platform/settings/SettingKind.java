package com.ks.platform.settings;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How a setting's number is stored and how an administrator types it: a rate is stored as a fraction (0.05) and
 * typed in percent (5), money is stored in fen and typed in yuan; minutes and points are whole numbers either way.
 */
public enum SettingKind {
    RATE(4),
    MINUTES(0),
    POINTS(0),
    FEN(0);

    private final int maxScale;

    SettingKind(int maxScale) {
        this.maxScale = maxScale;
    }

    /** Whether a stored value has no more decimals than this kind allows (4 for a rate: 5.25 %). */
    boolean fits(BigDecimal stored) {
        return stored.stripTrailingZeros().scale() <= maxScale;
    }

    /** The number as an administrator types and reads it. */
    public BigDecimal toEntry(BigDecimal stored) {
        return switch (this) {
            case RATE -> {
                BigDecimal percent = stored.movePointRight(2).stripTrailingZeros();
                yield percent.scale() < 0 ? percent.setScale(0, RoundingMode.UNNECESSARY) : percent;
            }
            case FEN -> stored.movePointLeft(2).setScale(2, RoundingMode.UNNECESSARY);
            default -> stored;
        };
    }

    /** The stored number for what an administrator typed. */
    public BigDecimal fromEntry(BigDecimal entry) {
        return switch (this) {
            case RATE -> entry.movePointLeft(2);
            case FEN -> entry.movePointRight(2);
            default -> entry;
        };
    }
}
