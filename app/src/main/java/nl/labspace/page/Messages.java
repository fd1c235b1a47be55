package nl.labspace.page;

import io.micronaut.context.MessageSource;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.i18n.ResourceBundleMessageSource;
import jakarta.inject.Singleton;

/** The pages' words: i18n/messages_nl.properties and i18n/messages_en.properties, complete in both (a test checks). */
@Factory
class Messages {

    static final String BUNDLE = "i18n.messages";

    @Singleton
    MessageSource messageSource() {
        return new ResourceBundleMessageSource(BUNDLE);
    }
}
