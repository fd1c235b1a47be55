package nl.labspace.mail;

import java.util.Locale;
import java.util.UUID;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import nl.labspace.db.mail.AccountLanguages;
import nl.labspace.page.Languages;

/** The language an account reads its mails in (account.language, Dutch unless the account chose English). */
@Singleton
public class MailLanguages {

    private final AccountLanguages languages;

    MailLanguages(AccountLanguages languages) {
        this.languages = languages;
    }

    /** The account's language; Dutch for an account that does not exist. Joins the caller's transaction. */
    @Transactional(readOnly = true)
    public Locale ofAccount(UUID accountId) {
        return languages.of(accountId).flatMap(Languages::of).orElse(Languages.DUTCH);
    }

    /** The language of the account with this email (any case); Dutch when there is none. */
    @Transactional(readOnly = true)
    public Locale ofEmail(String email) {
        return languages.ofEmail(email).flatMap(Languages::of).orElse(Languages.DUTCH);
    }

    /** "nl" or "en" for one of our two languages; any other language is a programming error. */
    static String code(Locale language) {
        return Languages.of(language.getLanguage()).map(Locale::getLanguage)
                .orElseThrow(() -> new IllegalArgumentException("mails are Dutch or English, not " + language));
    }
}
