package nl.labspace.alert;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;
import io.swagger.v3.oas.annotations.Hidden;
import nl.labspace.db.alert.SavedSearchRow;

/**
 * The one-click unsubscribe link of an alert mail: no sign-in, the signed token names the one saved search it
 * stops. A forged or altered token changes nothing and answers 404. The owner resumes it in the console.
 */
@Controller(UnsubscribeController.PATH)
@Secured(SecurityRule.IS_ANONYMOUS)
@Hidden
class UnsubscribeController {

    static final String PATH = "/alerts/unsubscribe";

    private final AlertTokens tokens;
    private final SavedSearchService service;

    UnsubscribeController(AlertTokens tokens, SavedSearchService service) {
        this.tokens = tokens;
        this.service = service;
    }

    @Get("/{token}")
    @Produces(MediaType.TEXT_HTML)
    HttpResponse<ModelAndView<Map<String, Object>>> unsubscribe(String token) {
        Optional<SavedSearchRow> stopped = tokens.verify(token).flatMap(service::unsubscribe);
        Map<String, Object> model = new HashMap<>();
        model.put("stopped", stopped.map(SavedSearchRow::name).orElse(null));
        return HttpResponse.<ModelAndView<Map<String, Object>>>status(stopped.isPresent() ? HttpStatus.OK : HttpStatus.NOT_FOUND)
                .body(new ModelAndView<>("alerts/unsubscribed", model));
    }
}
