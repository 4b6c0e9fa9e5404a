package com.ks.platform.community;

import com.ks.platform.catalog.ImageFormat;
import com.ks.platform.shared.BlockedWords;
import com.ks.platform.shared.RuleViolated;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * What community text and photos must be: a length per kind of text, no word of the maintained list (the same list
 * reviews are checked against), photos that are JPG, PNG or WebP by their bytes and at most 5 MB, at most nine.
 */
@Component
public class CommunityRules {

    public static final int MAX_PHOTOS = 9;
    public static final int MAX_PHOTO_BYTES = 5 * 1024 * 1024;
    public static final int MAX_TOPICS = 5;
    public static final int MAX_TOPIC = 20;

    /** Text limits by what is written: post, comment, question, answer. */
    public enum Text {
        POST(2, 2000),
        REPLY(1, 500),
        QUESTION(5, 200),
        ANSWER(2, 500);

        public final int min;
        public final int max;

        Text(int min, int max) {
            this.min = min;
            this.max = max;
        }
    }

    /** #话题 or #话题# — letters, digits and underscores, up to 20 characters. */
    private static final Pattern TOPIC = Pattern.compile("#([\\p{L}\\p{N}_]{1," + MAX_TOPIC + "})#?");

    private final BlockedWords words;

    CommunityRules(BlockedWords words) {
        this.words = words;
    }

    /** The text stripped; refused when empty, too long or holding a blocked word (named, so the writer can fix it). */
    String checked(Text kind, String field, String text) {
        String clean = text == null ? "" : text.strip();
        if (clean.length() < kind.min || clean.length() > kind.max) {
            throw new RuleViolated(Map.of(field, "error.community.textLength." + kind.name()));
        }
        words.firstBlocked(clean).ifPresent(word -> {
            throw new RuleViolated("error.community.blockedWord", word);
        });
        return clean;
    }

    void checkPhotos(List<byte[]> photos) {
        if (photos.size() > MAX_PHOTOS) {
            throw new RuleViolated(Map.of("photos", "error.community.tooManyPhotos"));
        }
        photos.forEach(CommunityRules::checkPhoto);
    }

    /** The form checks each file as it arrives, and publishing checks them all again. */
    public static void checkPhoto(byte[] content) {
        if (content == null || content.length == 0 || ImageFormat.sniff(content).isEmpty()) {
            throw new RuleViolated(Map.of("photos", "error.community.photoType"));
        }
        if (content.length > MAX_PHOTO_BYTES) {
            throw new RuleViolated(Map.of("photos", "error.community.photoTooLarge"));
        }
    }

    /** The post's topics in the order written, each once, at most five. */
    static Set<String> topics(String body) {
        Set<String> topics = new LinkedHashSet<>();
        Matcher matcher = TOPIC.matcher(body);
        while (matcher.find() && topics.size() < MAX_TOPICS) {
            topics.add(matcher.group(1));
        }
        return topics;
    }
}
