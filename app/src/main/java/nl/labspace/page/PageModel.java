package nl.labspace.page;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.micronaut.context.MessageSource;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.server.util.locale.HttpLocaleResolver;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.ModelAndView;
import io.micronaut.views.model.ViewModelProcessor;
import jakarta.inject.Singleton;
import nl.labspace.account.Roles;

/**
 * What the layout needs on every page, added to each page's model: the language and its formats (fmt), the form
 * token (csrf), the links to this page in the other language, who is signed in and the main links of their role.
 */
@Singleton
class PageModel implements ViewModelProcessor<Map<String, Object>> {

    /** A link in the header: the message key of its text and where it goes. */
    public record Link(String key, String href) {
    }

    /** The language switch: one entry per language, the current one marked. */
    public record LanguageLink(String code, String label, String href, boolean current) {
    }

    private final HttpLocaleResolver locales;
    private final MessageSource messages;
    private final FormAnswers answers;

    PageModel(HttpLocaleResolver locales, MessageSource messages, FormAnswers answers) {
        this.locales = locales;
        this.messages = messages;
        this.answers = answers;
    }

    @Override
    public void process(HttpRequest<?> request, ModelAndView<Map<String, Object>> page) {
        Map<String, Object> model = page.getModel().orElse(null);
        if (model == null) {
            return;
        }
        Locale locale = locales.resolveOrDefault(request);
        // a form's answer has no address of its own (a GET of the POST's path is 405): kept, its switch shows it again
        boolean answer = request.getMethod() == HttpMethod.POST && page.getView().isPresent();
        String here = answer ? answers.keep(request, page.getView().get(), model) : request.getUri().toString();
        model.put("languagesKept", answer);
        model.put("fmt", new Formats(locale));
        model.put("lang", locale.getLanguage());
        model.put("csrf", request.getAttribute(CsrfFilter.ATTRIBUTE, String.class).orElse(""));
        model.put("csrfField", CsrfFilter.FIELD);
        model.put("once", FormOnce.IDS);
        model.put("languages", languages(here, locale));
        Authentication user = request.getUserPrincipal(Authentication.class).orElse(null);
        model.put("user", user == null ? null : user.getName());
        model.put("nav", links(user == null ? List.of() : user.getRoles()));
        // "?done=" comes from the address: a word the pages have no sentence for is not shown as a raw key
        if (model.get("done") instanceof String done && messages.getMessage("console.done." + done, locale).isEmpty()) {
            model.put("done", null);
        }
    }

    private static List<LanguageLink> languages(String here, Locale current) {
        String back = URLEncoder.encode(here, StandardCharsets.UTF_8);
        return Languages.ALL.stream().map(l -> new LanguageLink(l.getLanguage(), l.getLanguage().toUpperCase(Locale.ROOT),
                "/language/" + l.getLanguage() + "?back=" + back, l.getLanguage().equals(current.getLanguage()))).toList();
    }

    /** Everyone searches; the consoles of each role join here as they are built. */
    static List<Link> links(Collection<String> roles) {
        List<Link> links = new ArrayList<>(List.of(new Link("nav.search", "/search")));
        if (roles.contains(Roles.COMPANY)) {
            links.add(new Link("nav.console.company", "/console/company"));
        }
        if (roles.contains(Roles.CAMPUS_MANAGER)) {
            links.add(new Link("nav.console.campus", "/console/campus"));
        }
        if (roles.contains(Roles.COMPANY) || roles.contains(Roles.CAMPUS_MANAGER)) {
            links.add(new Link("alerts.nav", "/console/alerts"));
        }
        if (roles.contains(Roles.FUND_MANAGER)) {
            links.add(new Link("nav.console.fund", "/console/fund"));
        }
        if (roles.contains(Roles.ADMIN)) {
            links.add(new Link("nav.console.admin", "/console/admin/runs"));
            links.add(new Link("nav.apiDocs", "/swagger-ui/index.html"));
        }
        return links;
    }
}
