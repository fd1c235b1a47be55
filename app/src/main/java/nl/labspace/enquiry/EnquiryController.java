package nl.labspace.enquiry;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
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
import nl.labspace.web.ApiDocs;
import nl.labspace.web.JsonBodies;
import nl.labspace.web.ProblemResponses;

/**
 * Enquiries: a company asks about a unit, the campus answers, both write on in the thread. A company reads only its
 * own threads, a campus manager only those about its campuses' units, an admin all (without writing); fund managers
 * none. Another's thread answers 404.
 */
@Controller("/api")
@Tag(name = "enquiries")
class EnquiryController {

    private static final String THREAD_ID = "Enquiry thread id";
    private static final String THREAD_ID_EXAMPLE = "5d0c8f4e-2a71-4b9e-8c3d-7e6f1a2b3c4d";

    private final EnquiryService enquiries;
    private final ResponseTimeService responseTimes;
    private final Viewers viewers;
    private final JsonBodies bodies;

    EnquiryController(EnquiryService enquiries, ResponseTimeService responseTimes, Viewers viewers, JsonBodies bodies) {
        this.enquiries = enquiries;
        this.responseTimes = responseTimes;
        this.viewers = viewers;
        this.bodies = bodies;
    }

    @Post("/units/{id}/enquiries")
    @Secured(Roles.COMPANY)
    @SecurityRequirement(name = ApiDocs.BEARER)
    @Operation(operationId = "askAboutUnit", summary = "Ask the campus about a unit",
            description = "Company accounts only. Starts a thread of your company about this unit with your message and, "
                    + "optionally, a requested viewing date; the unit's campus managers are told by email. With anonymous "
                    + "true and one of your open confidential needs, the campus sees only that need's sector and size band "
                    + "until you reveal your company. At most 10 new enquiries per company in 24 hours (configurable): "
                    + "beyond, 429 and nothing is written.")
    @ApiResponse(responseCode = "201", description = "Sent: the thread, whose address is in Location", useReturnTypeSchema = true)
    @ProblemResponses.BadRequest
    @ProblemResponses.Unauthorized
    @ProblemResponses.Forbidden
    @ProblemResponses.NotFound
    @ProblemResponses.PayloadTooLarge
    @ProblemResponses.UnsupportedMediaType
    @TooManyResponse
    HttpResponse<EnquiryResponse> ask(@Parameter(description = "Unit id", example = ApiDocs.UNIT_ID_EXAMPLE) UUID id,
            @RequestBody(required = true, content = @Content(schema = @Schema(implementation = EnquiryRequest.class))) @Body String body,
            Authentication auth) {
        EnquiryResponse created = enquiries.ask(viewers.of(auth), id, bodies.read(body, EnquiryRequest.class));
        return HttpResponse.created(created, URI.create("/api/enquiries/" + created.id()));
    }

    @Get("/enquiries")
    @Secured({Roles.COMPANY, Roles.CAMPUS_MANAGER, Roles.ADMIN})
    @SecurityRequirement(name = ApiDocs.BEARER)
    @Operation(operationId = "listEnquiries", summary = "List the enquiry threads I may read",
            description = "A company: its own threads; a campus manager: the threads about its campuses' units; an admin: "
                    + "all. Newest activity first, without messages; unread counts the other side's messages not opened.")
    @ApiResponse(responseCode = "200", description = "The threads", useReturnTypeSchema = true)
    @ProblemResponses.Unauthorized
    @ProblemResponses.Forbidden
    List<EnquiryResponse> list(Authentication auth) {
        return enquiries.threads(viewers.of(auth));
    }

    @Get("/enquiries/{id}")
    @Secured({Roles.COMPANY, Roles.CAMPUS_MANAGER, Roles.ADMIN})
    @SecurityRequirement(name = ApiDocs.BEARER)
    @Operation(operationId = "getEnquiry", summary = "Read an enquiry thread",
            description = "With its messages, oldest first. Opening it marks the other side's messages read (not for "
                    + "admins). Another company's thread, or one about another campus's unit, answers 404.")
    @ApiResponse(responseCode = "200", description = "The thread", useReturnTypeSchema = true)
    @ProblemResponses.BadRequest
    @ProblemResponses.Unauthorized
    @ProblemResponses.Forbidden
    @ProblemResponses.NotFound
    EnquiryResponse one(@Parameter(description = THREAD_ID, example = THREAD_ID_EXAMPLE) UUID id, Authentication auth) {
        return enquiries.open(viewers.of(auth), id);
    }

    @Post("/enquiries/{id}/messages")
    @Secured({Roles.COMPANY, Roles.CAMPUS_MANAGER, Roles.ADMIN})
    @SecurityRequirement(name = ApiDocs.BEARER)
    @Operation(operationId = "replyToEnquiry", summary = "Write in an enquiry thread",
            description = "The company or a manager of the unit's campus; the other side is told by email. Admins read "
                    + "but do not write (403). At most 20 messages per side of a thread in 24 hours (configurable): "
                    + "beyond, 429 and nothing is written.")
    @ApiResponse(responseCode = "201", description = "Sent: the thread with its messages", useReturnTypeSchema = true)
    @ProblemResponses.BadRequest
    @ProblemResponses.Unauthorized
    @ProblemResponses.Forbidden
    @ProblemResponses.NotFound
    @ProblemResponses.PayloadTooLarge
    @ProblemResponses.UnsupportedMediaType
    @TooManyResponse
    HttpResponse<EnquiryResponse> reply(@Parameter(description = THREAD_ID, example = THREAD_ID_EXAMPLE) UUID id,
            @RequestBody(required = true, content = @Content(schema = @Schema(implementation = ReplyRequest.class))) @Body String body,
            Authentication auth) {
        ReplyRequest request = bodies.read(body, ReplyRequest.class);
        EnquiryResponse thread = enquiries.reply(viewers.of(auth), id, request.message());
        return HttpResponse.created(thread, URI.create("/api/enquiries/" + id));
    }

    @Post("/enquiries/{id}/reveal")
    @Secured(Roles.COMPANY)
    @SecurityRequirement(name = ApiDocs.BEARER)
    @Operation(operationId = "revealEnquiry", summary = "Name my company in an anonymous thread",
            description = "From now on the campus sees your company's name in this thread. Audited; it cannot be undone. "
                    + "A thread that already names the company answers 409. No body.")
    @ApiResponse(responseCode = "200", description = "The thread, naming the company", useReturnTypeSchema = true)
    @ProblemResponses.BadRequest
    @ProblemResponses.Unauthorized
    @ProblemResponses.Forbidden
    @ProblemResponses.NotFound
    @ProblemResponses.Conflict
    EnquiryResponse reveal(@Parameter(description = THREAD_ID, example = THREAD_ID_EXAMPLE) UUID id, Authentication auth) {
        return enquiries.reveal(viewers.of(auth), id);
    }

    @Get("/campuses/{id}/response-time")
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Operation(operationId = "getCampusResponseTime", summary = "A campus's median first-response time to enquiries",
            description = "Public. The median time from an enquiry to the campus's first reply over its answered threads, "
                    + "shown only when at least 3 threads were answered (otherwise medianSeconds is null).")
    @ApiResponse(responseCode = "200", description = "The figure", useReturnTypeSchema = true)
    @ProblemResponses.BadRequest
    @ProblemResponses.NotFound
    ResponseTimeView responseTime(@Parameter(description = ApiDocs.CAMPUS_ID, example = ApiDocs.CAMPUS_ID_EXAMPLE,
            schema = @Schema(pattern = ApiDocs.CAMPUS_ID_PATTERN)) String id) {
        return responseTimes.of(id);
    }
}
