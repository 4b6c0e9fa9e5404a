package com.ks.platform.notification;

/** Hands a mail to the SMTP server; throws when it was not accepted. */
@FunctionalInterface
interface MailTransport {

    void send(OutgoingMail mail) throws Exception;
}
