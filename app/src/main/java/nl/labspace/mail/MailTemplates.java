package nl.labspace.mail;

import java.util.Locale;

import io.micronaut.views.thymeleaf.MessageSourceMessageResolver;
import jakarta.inject.Singleton;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders a mail from Thymeleaf templates under resources/mail/, with words from the message bundles in the
 * recipient's language. {@code mail/<template>.txt} (text mode) is required: its first line is the subject, then a
 * blank line, then the body. {@code mail/<template>.html} (HTML mode, escaping what it shows) is optional. Both see
 * the model as {@code m} (a public record: {@code ${m.name()}}) and the subject as {@code subject} (html only).
 */
@Singleton
public class MailTemplates {

    private static final String FOLDER = "mail/";

    private final TemplateEngine engine = new TemplateEngine();

    MailTemplates(MessageSourceMessageResolver messages) {
        engine.addTemplateResolver(resolver("*.txt", TemplateMode.TEXT, 1));
        engine.addTemplateResolver(resolver("*.html", TemplateMode.HTML, 2));
        engine.setMessageResolver(messages);
    }

    /** The mail of kind to the recipient, rendered from the templates named like the kind (mail/<kind>.txt). */
    public Mail render(String to, Locale language, String kind, Object model) {
        return render(to, language, kind, kind, model);
    }

    /** The mail of kind to the recipient, rendered from template in language. */
    public Mail render(String to, Locale language, String kind, String template, Object model) {
        Context context = new Context(language);
        context.setVariable("m", model);
        String[] subjectAndBody = engine.process(template + ".txt", context).split("\\R", 3);
        if (subjectAndBody.length < 3 || !subjectAndBody[1].isBlank()) {
            throw new IllegalStateException("mail template %s.txt must start with a subject line and a blank line".formatted(template));
        }
        String subject = subjectAndBody[0].strip();
        String html = null;
        if (exists(template + ".html")) {
            context.setVariable("subject", subject);
            html = engine.process(template + ".html", context);
        }
        return new Mail(to, language, kind, subject, subjectAndBody[2].stripTrailing() + "\n", html);
    }

    private static boolean exists(String name) {
        return MailTemplates.class.getClassLoader().getResource(FOLDER + name) != null;
    }

    private static ClassLoaderTemplateResolver resolver(String pattern, TemplateMode mode, int order) {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(MailTemplates.class.getClassLoader());
        resolver.setPrefix(FOLDER);
        resolver.setResolvablePatterns(java.util.Set.of(pattern));
        resolver.setTemplateMode(mode);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        resolver.setOrder(order);
        return resolver;
    }
}
