package com.ks.platform.support.knowledge;

import com.ks.platform.shared.DatabaseStartUp;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The help centre's starter articles (src/main/resources/support/articles), written into an empty knowledge base on
 * start, published. They describe what this platform does, so a production install needs them as much as the demo:
 * platform reference data, not demo data. Leads edit them afterwards like any article; once any article exists the
 * files are never read again. Two nodes starting at once: the second one's insert meets the unique slug and gives
 * way.
 */
@Component
class StarterArticles implements ApplicationRunner {

    static final String LOCATION = "classpath:support/articles/*.html";
    private static final Logger log = LoggerFactory.getLogger(StarterArticles.class);

    private final KnowledgeRepository articles;
    private final KnowledgeService service;
    private final TransactionTemplate transaction;

    StarterArticles(KnowledgeRepository articles, KnowledgeService service, TransactionTemplate transaction) {
        this.articles = articles;
        this.service = service;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        DatabaseStartUp.whenDatabaseAnswers("help centre starter articles", this::writeIfEmpty);
    }

    private void writeIfEmpty() {
        try {
            transaction.executeWithoutResult(status -> {
                if (articles.count(org.jooq.impl.DSL.trueCondition()) > 0) {
                    return;
                }
                List<ArticleDraft> drafts = load();
                drafts.forEach(draft -> service.publishAsPlatform(service.insert(draft)));
                log.info("Help centre: {} starter articles published", drafts.size());
            });
        } catch (DuplicateKeyException anotherNodeWasFirst) {
            log.info("Help centre: starter articles already written by another node");
        }
    }

    static List<ArticleDraft> load() {
        try {
            Resource[] files = new PathMatchingResourcePatternResolver().getResources(LOCATION);
            return Arrays.stream(files)
                    .sorted(Comparator.comparing(Resource::getFilename))
                    .map(StarterArticles::parse)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A header of {@code name: value} lines (slug, category, title.zh, title.en), then the bodies, each after a line
     * {@code --- zh} or {@code --- en}.
     */
    static ArticleDraft parse(Resource file) {
        try {
            String text = file.getContentAsString(StandardCharsets.UTF_8);
            Map<String, String> header = new HashMap<>();
            Map<String, StringBuilder> bodies = new HashMap<>();
            StringBuilder body = null;
            for (String line : text.split("\n")) {
                if (line.startsWith("--- ")) {
                    body = bodies.computeIfAbsent(line.substring(4).strip(), lang -> new StringBuilder());
                } else if (body != null) {
                    body.append(line).append('\n');
                } else if (line.contains(":")) {
                    header.put(
                            line.substring(0, line.indexOf(':')).strip(),
                            line.substring(line.indexOf(':') + 1).strip());
                }
            }
            return new ArticleDraft(
                    header.get("slug"),
                    ArticleCategory.valueOf(header.get("category")),
                    header.get("title.zh"),
                    bodies.getOrDefault("zh", new StringBuilder()).toString(),
                    header.get("title.en"),
                    bodies.getOrDefault("en", new StringBuilder()).toString());
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("Starter article " + file.getFilename() + " cannot be read", e);
        }
    }
}
