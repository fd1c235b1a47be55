package nl.labspace.page;

import java.io.IOException;
import java.io.StringWriter;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.io.Writable;
import io.micronaut.core.io.scan.ClassPathResourceLoader;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.server.util.locale.HttpLocaleResolver;
import io.micronaut.views.exceptions.ViewRenderingException;
import io.micronaut.views.thymeleaf.ThymeleafViewsRenderer;
import jakarta.inject.Singleton;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.templateresolver.AbstractConfigurableTemplateResolver;

/**
 * Renders a page completely before the response is written. Micronaut Views writes a page lazily, while the response
 * goes out, and an expression that fails there is logged but answers nothing: the browser waits until it gives up
 * (micronaut-views#832). Rendering first turns such a failure into an exception on the request, which the error
 * pages answer as any other 500. Pages are a few tens of kB, so holding one in memory costs nothing.
 */
@Singleton
@Replaces(ThymeleafViewsRenderer.class)
class EagerThymeleafRenderer<T> extends ThymeleafViewsRenderer<T> {

    EagerThymeleafRenderer(AbstractConfigurableTemplateResolver templateResolver, TemplateEngine engine,
                           ClassPathResourceLoader resourceLoader, HttpLocaleResolver locales) {
        super(templateResolver, engine, resourceLoader, locales);
    }

    @Override
    public Writable render(String viewName, T data, HttpRequest<?> request) {
        StringWriter page = new StringWriter();
        try {
            super.render(viewName, data, request).writeTo(page);
        } catch (IOException | RuntimeException e) {
            throw new ViewRenderingException("page " + viewName + " could not be rendered", e);
        }
        String html = page.toString();
        return out -> out.write(html);
    }
}
