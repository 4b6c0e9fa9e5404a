package com.ks.platform.notification;

import com.ks.platform.ui.Translations;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** Renders a notice as an e-mail in the recipient's language, with links back into the app. */
@Component
class MailComposer {

    static final String MESSAGES_ROUTE = "account/messages";

    private final Translations translations;
    private final NotificationSettings settings;

    MailComposer(Translations translations, NotificationSettings settings) {
        this.translations = translations;
        this.settings = settings;
    }

    OutgoingMail compose(Notice notice, MailRecipient to) {
        Locale locale = Translations.supported(to.locale());
        String text = translations.translate(
                locale, notice.messageKey(), notice.arguments(key -> translations.translate(locale, key)));
        String subject = translations.translate(
                locale,
                "mail.subject",
                translations.translate(locale, notice.kind().labelKey()));
        String base = settings.mail().baseUrl();
        StringBuilder body = new StringBuilder(text).append("\n\n");
        if (notice.link() != null) {
            body.append(translations.translate(locale, "mail.link", base + notice.link()))
                    .append("\n\n");
        }
        body.append("--\n").append(translations.translate(locale, "mail.footer", base + MESSAGES_ROUTE));
        return new OutgoingMail(to.email(), subject, body.toString());
    }
}
