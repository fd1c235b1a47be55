package nl.labspace.alert;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.labspace.account.Roles;
import nl.labspace.account.Viewers;
import nl.labspace.web.JsonBodies;
import nl.labspace.web.ProblemResponses;

/**
 * Saved searches with alerts: a company saves space searches, a campus manager demand searches, each only its own
 * (another account's answers 404). The alert mail lists every unit (or need) that is new or changed since the last
 * one and matches the search as it would be run at that moment (stale units never; see README "Saved searches").
 */
@Controller("/api/alerts")
@Tag(name = "alerts")
@Secured({Roles.COMPANY, Roles.CAMPUS_MANAGER})
class AlertController {

    private static final String ID = "Saved search id (one of the caller's)";
    private static final String EXAMPLE = "3f5b2c9e-6d1a-4b7e-9c2f-0a1b2c3d4e5f";

    private final SavedSearchService service;
    private final Viewers viewers;
    private final JsonBodies bodies;

    AlertController(SavedSearchService service, Viewers viewers, JsonBodies bodies) {
        this.service = service;
        this.viewers = viewers;
        this.bodies = bodies;
    }

    @Get
    @Operation(operationId = "listSavedSearches", summary = "List my saved searches",
            security = @SecurityRequirement(name = "bearer"))
    @ApiResponse(responseCode = "200", description = "The caller's saved searches, oldest first", useReturnTypeSchema = true)
    @ProblemResponses.Unauthorized
    @ProblemResponses.Forbidden
    List<SavedSearchResponse> mine(Authentication auth) {
        return service.mine(viewers.of(auth)).stream().map(SavedSearchResponse::of).toList();
    }

    @Post
    @Operation(operationId = "saveSearch", summary = "Save a search with an alert",
            description = "search is the query string of GET /api/search/space (a company) or GET /api/search/demand "
                    + "(a campus manager), judged by that search's rules (a broken one is named search.<parameter>); "
                    + "page, size and format are not part of a saved search. The alert starts now.",
            security = @SecurityRequirement(name = "bearer"))
    @ApiResponse(responseCode = "201", description = "Saved; its address is in Location", useReturnTypeSchema = true)
    @ProblemResponses.BadRequest
    @ProblemResponses.Unauthorized
    @ProblemResponses.Forbidden
    @ProblemResponses.PayloadTooLarge
    @ProblemResponses.UnsupportedMediaType
    HttpResponse<SavedSearchResponse> save(
            @RequestBody(required = true, content = @Content(schema = @Schema(implementation = SavedSearchRequest.class))) @Body String body,
            Authentication auth) {
        SavedSearchResponse saved = SavedSearchResponse.of(service.save(viewers.of(auth), bodies.read(body, SavedSearchRequest.class)));
        return HttpResponse.created(saved, URI.create("/api/alerts/" + saved.id()));
    }

    @Get("/{id}")
    @Operation(operationId = "getSavedSearch", summary = "Get one of my saved searches", security = @SecurityRequirement(name = "bearer"))
    @ApiResponse(responseCode = "200", description = "The saved search", useReturnTypeSchema = true)
    @ProblemResponses.BadRequest
    @ProblemResponses.Unauthorized
    @ProblemResponses.Forbidden
    @ProblemResponses.NotFound
    SavedSearchResponse one(@Parameter(description = ID, example = EXAMPLE) UUID id, Authentication auth) {
        return SavedSearchResponse.of(service.own(viewers.of(auth), id));
    }

    @Put("/{id}")
    @Operation(operationId = "updateSavedSearch", summary = "Edit, pause or resume a saved search",
            description = "Replaces name, search and frequency; status paused pauses (nothing is sent, then or later), "
                    + "active resumes from now (also after an unsubscribe from a mail); without status it is unchanged. "
                    + "A changed search starts from now.",
            security = @SecurityRequirement(name = "bearer"))
    @ApiResponse(responseCode = "200", description = "The saved search as edited", useReturnTypeSchema = true)
    @ProblemResponses.BadRequest
    @ProblemResponses.Unauthorized
    @ProblemResponses.Forbidden
    @ProblemResponses.NotFound
    @ProblemResponses.PayloadTooLarge
    @ProblemResponses.UnsupportedMediaType
    SavedSearchResponse update(@Parameter(description = ID, example = EXAMPLE) UUID id,
            @RequestBody(required = true, content = @Content(schema = @Schema(implementation = SavedSearchRequest.class))) @Body String body,
            Authentication auth) {
        return SavedSearchResponse.of(service.update(viewers.of(auth), id, bodies.read(body, SavedSearchRequest.class)));
    }

    @Delete("/{id}")
    @Operation(operationId = "deleteSavedSearch", summary = "Delete a saved search and its alerts",
            security = @SecurityRequirement(name = "bearer"))
    @ApiResponse(responseCode = "204", description = "Deleted")
    @ProblemResponses.BadRequest
    @ProblemResponses.Unauthorized
    @ProblemResponses.Forbidden
    @ProblemResponses.NotFound
    HttpResponse<Void> delete(@Parameter(description = ID, example = EXAMPLE) UUID id, Authentication auth) {
        service.delete(viewers.of(auth), id);
        return HttpResponse.noContent();
    }

    @Get("/{id}/alerts")
    @Operation(operationId = "listAlertsSent", summary = "The alerts sent for a saved search, newest first",
            security = @SecurityRequirement(name = "bearer"))
    @ApiResponse(responseCode = "200", description = "Alerts sent", useReturnTypeSchema = true)
    @ProblemResponses.BadRequest
    @ProblemResponses.Unauthorized
    @ProblemResponses.Forbidden
    @ProblemResponses.NotFound
    List<AlertSummary> sent(@Parameter(description = ID, example = EXAMPLE) UUID id, Authentication auth) {
        return service.sent(viewers.of(auth), id).stream().map(AlertSummary::of).toList();
    }

    @Get("/{id}/alerts/{alertId}")
    @Operation(operationId = "getAlertSent", summary = "Everything one alert listed",
            description = "Every unit (or need) of the alert in the mail's order, however many: the full list a mail "
                    + "with more than 50 links to.",
            security = @SecurityRequirement(name = "bearer"))
    @ApiResponse(responseCode = "200", description = "The alert's full list", useReturnTypeSchema = true)
    @ProblemResponses.BadRequest
    @ProblemResponses.Unauthorized
    @ProblemResponses.Forbidden
    @ProblemResponses.NotFound
    AlertDetail alert(@Parameter(description = ID, example = EXAMPLE) UUID id,
                      @Parameter(description = "Alert id", example = EXAMPLE) UUID alertId, Authentication auth) {
        return service.alert(viewers.of(auth), id, alertId);
    }
}
