package nl.labspace.page;

import java.net.URI;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;

/** Where signing in lands when no page asked for it: the console of the account's role (a fund manager: the market). */
@Controller("/console")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Hidden
class ConsoleHomeController {

    @Get
    HttpResponse<?> home(Authentication auth) {
        String console = PageModel.links(auth.getRoles()).stream().map(PageModel.Link::href)
                .filter(href -> href.startsWith("/console/")).findFirst().orElse("/");
        return HttpResponse.seeOther(URI.create(console));
    }
}
