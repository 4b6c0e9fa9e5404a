package com.ks.platform.support.knowledge;

import com.ks.platform.KaribuTest;
import com.ks.platform.identity.AccountService;
import com.ks.platform.identity.RegisterShopper;
import java.util.Locale;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

/** Articles written by the demo lead with addresses no other test uses, and new shoppers to read them. */
public abstract class KnowledgeTestSupport extends KaribuTest {

    public static final String LEAD = "lead@ks.demo";
    public static final Locale ZH = Locale.SIMPLIFIED_CHINESE;
    public static final Locale EN = Locale.ENGLISH;

    @Autowired
    protected KnowledgeService knowledge;

    @Autowired
    protected KnowledgeQueries queries;

    @Autowired
    protected AccountService accounts;

    protected static String uniqueSlug(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    protected static ArticleDraft draft(String slug, String titleZh, String bodyZh) {
        return new ArticleDraft(slug, ArticleCategory.RETURNS, titleZh, bodyZh, "", "");
    }

    /** A draft written by the lead; nobody stays signed in. */
    protected UUID draftArticle(ArticleDraft draft) {
        try {
            actAs(LEAD);
            return knowledge.create(draft);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    protected UUID publishedArticle(ArticleDraft draft) {
        UUID id = draftArticle(draft);
        try {
            actAs(LEAD);
            knowledge.publish(id);
            return id;
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    protected String newShopper() {
        String email = uniqueEmail("reader");
        accounts.registerShopper(new RegisterShopper(email, "读者", "good password 2026", true, true));
        return email;
    }
}
