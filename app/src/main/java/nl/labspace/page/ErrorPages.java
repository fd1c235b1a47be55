package nl.labspace.page;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.http.server.util.locale.HttpLocaleResolver;
import io.micronaut.views.ModelAndView;
import io.micronaut.views.ViewsRenderer;
import nl.labspace.web.Problem;

/**
 * A browser that opens a page which does not exist, is not the visitor's, or cannot be shown gets a page in the
 * site's layout and language, with a way on, instead of the API's problem+json. API clients (anything under /api/,
 * or a request that does not ask for HTML) keep the problem document.
 */
@ServerFilter("/**")
class ErrorPages implements Ordered {

    private static final List<String> NOT_PAGES = List.of("/api/", "/swagger", "/health", "/map/", "/assets/", "/webjars/");

    private final ViewsRenderer<Map<String, Object>, HttpRequest<?>> views;
    private final PageModel pageModel;
    private final FormErrors reasons;
    private final HttpLocaleResolver locales;

    ErrorPages(ViewsRenderer<Map<String, Object>, HttpRequest<?>> views, PageModel pageModel, FormErrors reasons,
               HttpLocaleResolver locales) {
        this.views = views;
        this.pageModel = pageModel;
        this.reasons = reasons;
        this.locales = locales;
    }

    /**
     * Outermost, so it also sees what the security filter answers by itself (a console of another role is a 403
     * there, before any filter inside it runs).
     */
    @Override
    public int getOrder() {
        return ServerFilterPhase.FIRST.before();
    }

    @ResponseFilter
    void render(HttpRequest<?> request, MutableHttpResponse<?> response) {
        if (response.code() < 400 || !asksForPage(request) || !isProblem(response)) {
            return;
        }
        Map<String, Object> model = new HashMap<>();
        model.put("kind", kindOf(response.code()));
        Problem problem = response.getBody(Problem.class).orElse(null);
        // a refusal with a code reads in the page's language; any other detail is the API's English
        boolean coded = problem != null && problem.code() != null;
        model.put("detail", problem == null ? null
                : coded ? reasons.say(problem.code(), problem.values(), locales.resolveOrDefault(request)) : problem.detail());
        model.put("detailLanguage", coded ? null : "en");
        ModelAndView<Map<String, Object>> page = new ModelAndView<>("page/error", model);
        pageModel.process(request, page);
        StringWriter html = new StringWriter();
        try {
            views.render(page.getView().orElseThrow(), model, request).writeTo(html);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        response.body(html.toString()).contentType(MediaType.TEXT_HTML_TYPE.toString() + ";charset=UTF-8");
        PageHeaders.secure(request, response);
    }

    /** The statuses the pages have words for; any other 4xx reads as a request that cannot be shown, 5xx as 500. */
    private static final List<Integer> KINDS = List.of(400, 401, 403, 404, 405, 409, 413, 415);

    static int kindOf(int status) {
        return status >= 500 ? 500 : KINDS.contains(status) ? status : 400;
    }

    private static boolean asksForPage(HttpRequest<?> request) {
        String path = request.getPath();
        return NOT_PAGES.stream().noneMatch(path::startsWith)
                && request.getHeaders().accept().stream().anyMatch(t -> t.matches(MediaType.TEXT_HTML_TYPE));
    }

    private static boolean isProblem(MutableHttpResponse<?> response) {
        return response.getContentType().map(t -> t.matches(Problem.PROBLEM_JSON) || t.matches(MediaType.APPLICATION_JSON_TYPE))
                .orElse(response.getBody().isEmpty());
    }
}
