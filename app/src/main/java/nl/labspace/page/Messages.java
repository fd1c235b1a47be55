package nl.labspace.page;

import java.util.List;

import io.micronaut.context.MessageSource;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.i18n.ResourceBundleMessageSource;
import io.micronaut.runtime.context.CompositeMessageSource;
import jakarta.inject.Singleton;

/**
 * The pages' and mails' words: one bundle per feature under i18n/, each as {@code <name>_nl.properties} and
 * {@code <name>_en.properties}, complete in both languages and without a key in two bundles (a test checks).
 * Separate bundles keep features that grow in parallel from editing one long file.
 */
@Factory
class Messages {

    static final String BUNDLE = "i18n.messages";
    static final List<String> BUNDLES = List.of(
            BUNDLE, "i18n.listing", "i18n.photos", "i18n.mail", "i18n.enquiry", "i18n.alerts", "i18n.stats");

    @Singleton
    MessageSource messageSource() {
        return new CompositeMessageSource(BUNDLES.stream().<MessageSource>map(ResourceBundleMessageSource::new).toList());
    }
}
