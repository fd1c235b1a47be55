package nl.labspace.photo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.List;
import java.util.UUID;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Part;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.labspace.account.Roles;
import nl.labspace.account.Viewer;
import nl.labspace.account.Viewers;
import nl.labspace.web.ApiDocs;
import nl.labspace.web.BadInput;
import nl.labspace.web.ProblemResponses;
import nl.labspace.web.Reason;

/** A unit's photos and floor plans: its campus's managers upload and delete them, whoever may see the unit reads them. */
@Controller("/api/units/{unitId}/files")
@Tag(name = "unit files")
class UnitFileController {

    private static final String UNIT = "Unit id";
    private final UnitFileService files;
    private final Viewers viewers;

    UnitFileController(UnitFileService files, Viewers viewers) {
        this.files = files;
        this.viewers = viewers;
    }

    @Get
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Operation(operationId = "listUnitFiles", summary = "List a unit's photos and floor plans",
            description = "In their order. Anyone may list the files of a unit on offer; those of a withdrawn unit only its "
                    + "campus's managers and admins (signed in), others get 404 as for the unit itself.")
    @ApiResponse(responseCode = "200", description = "The unit's files, first shown first", useReturnTypeSchema = true)
    @ProblemResponses.BadRequest
    @ProblemResponses.NotFound
    List<UnitFileResponse> list(@Parameter(description = UNIT, example = ApiDocs.UNIT_ID_EXAMPLE) UUID unitId,
                                @Nullable Authentication auth) {
        return files.list(viewer(auth), unitId).stream().map(UnitFileResponse::of).toList();
    }

    /** Nullable parts, so that a request without a file is the upload's own 400 after the access checks. */
    @Post
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Secured({Roles.CAMPUS_MANAGER, Roles.ADMIN})
    @Operation(operationId = "uploadUnitFile", summary = "Add a photo or floor plan to a unit",
            description = "For the unit's campus's managers and admins. A photo is a JPEG or PNG, a floor plan a PNG or PDF, "
                    + "at most 10 MB, and a unit holds at most 20 files. The type is found from the content (first bytes "
                    + "and a full decode, or the structure of a PDF), never from the file name or the part's Content-Type. "
                    + "Images are decoded and written anew, so EXIF (GPS position, camera, date) and other metadata of the "
                    + "upload are not kept; a portrait photo is turned upright as its EXIF said; each image gets a 320 px "
                    + "thumbnail. A refused file answers problem+json naming the field (file) and the file name; nothing "
                    + "is stored.",
            security = @SecurityRequirement(name = ApiDocs.BEARER))
    @RequestBody(required = true, content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA,
            schema = @Schema(implementation = UploadParts.class)))
    @ApiResponse(responseCode = "201", description = "Stored: the file, added after the unit's others; its address is in "
            + "Location", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "409", description = "The unit already holds 20 files; nothing was stored.",
            content = @Content(mediaType = ProblemResponses.PROBLEM_JSON, schema = @Schema(ref = ProblemResponses.PROBLEM_SCHEMA)))
    @ApiResponse(responseCode = "413", description = "The file is over 10 MB (detail and invalidParams name it), or the "
            + "whole request over 20 MB (micronaut.server.max-request-size; not read, so the file is not named); nothing "
            + "was stored.", content = @Content(mediaType = ProblemResponses.PROBLEM_JSON,
                    schema = @Schema(ref = ProblemResponses.PROBLEM_SCHEMA)))
    @ProblemResponses.BadRequest
    @ProblemResponses.Unauthorized
    @ProblemResponses.Forbidden
    @ProblemResponses.NotFound
    @ProblemResponses.UnsupportedMediaType
    HttpResponse<UnitFileResponse> upload(@Parameter(description = UNIT + " (of a campus the caller manages)",
                                                  example = ApiDocs.UNIT_ID_EXAMPLE) UUID unitId,
                                          @Nullable @Part("file") CompletedFileUpload file,
                                          @Nullable @Part("kind") String kind, @Nullable @Part("caption") String caption,
                                          Authentication auth) {
        Viewer viewer = viewers.of(auth);
        files.managedUnit(viewer, unitId);
        if (file == null) {
            throw new BadInput(UploadChecks.FIELD, null, Reason.REQUIRED);
        }
        UnitFileResponse stored = UnitFileResponse.of(files.upload(viewer, unitId, upload(file, kind, caption)));
        return HttpResponse.created(stored, URI.create(stored.url()));
    }

    @Delete("/{fileId}")
    @Secured({Roles.CAMPUS_MANAGER, Roles.ADMIN})
    @Operation(operationId = "deleteUnitFile", summary = "Delete a photo or floor plan of a unit",
            description = "For the unit's campus's managers and admins; the files after it move up one place.",
            security = @SecurityRequirement(name = ApiDocs.BEARER))
    @ApiResponse(responseCode = "204", description = "Deleted")
    @ProblemResponses.BadRequest
    @ProblemResponses.Unauthorized
    @ProblemResponses.Forbidden
    @ProblemResponses.NotFound
    HttpResponse<Void> delete(@Parameter(description = UNIT + " (of a campus the caller manages)",
                                      example = ApiDocs.UNIT_ID_EXAMPLE) UUID unitId,
                              @Parameter(description = "File id", example = ApiDocs.UNIT_ID_EXAMPLE) UUID fileId,
                              Authentication auth) {
        files.delete(viewers.of(auth), unitId, fileId);
        return HttpResponse.noContent();
    }

    @Get("/{fileId}/content")
    @Produces({"image/jpeg", "image/png", "application/pdf"})
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Operation(operationId = "getUnitFileContent", summary = "Get a photo or floor plan",
            description = "The stored bytes with their type, ETag (the SHA-256 of the bytes) and Cache-Control; a PDF comes as "
                    + "an attachment. Send If-None-Match with the ETag to get 304 when unchanged. Who may read it as for the "
                    + "unit (a withdrawn unit's files only its campus's managers, never cached publicly).")
    @ApiResponse(responseCode = "200", description = "The file", headers = {
            @Header(name = HttpHeaders.ETAG, description = "The SHA-256 of the bytes, quoted", schema = @Schema(type = "string")),
            @Header(name = HttpHeaders.CACHE_CONTROL, description = "public, max-age=3600 (private, no-cache for a withdrawn "
                    + "unit)", schema = @Schema(type = "string"))},
            content = {@Content(mediaType = "image/jpeg", schema = @Schema(type = "string", format = "binary")),
                    @Content(mediaType = "image/png", schema = @Schema(type = "string", format = "binary")),
                    @Content(mediaType = "application/pdf", schema = @Schema(type = "string", format = "binary"))})
    @ApiResponse(responseCode = "304", description = "Not modified: the If-None-Match ETag is current")
    @ProblemResponses.BadRequest
    @ProblemResponses.NotFound
    HttpResponse<byte[]> content(@Parameter(description = UNIT, example = ApiDocs.UNIT_ID_EXAMPLE) UUID unitId,
                                 @Parameter(description = "File id", example = ApiDocs.UNIT_ID_EXAMPLE) UUID fileId,
                                 HttpRequest<?> request, @Nullable Authentication auth) {
        return FileAnswers.of(files.bytes(viewer(auth), unitId, fileId, false), request);
    }

    @Get("/{fileId}/thumbnail")
    @Produces("image/jpeg")
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Operation(operationId = "getUnitFileThumbnail", summary = "Get the thumbnail of a photo or image floor plan",
            description = "A JPEG 320 px wide (smaller images keep their width), with ETag and Cache-Control as the file. "
                    + "A PDF has none (404).")
    @ApiResponse(responseCode = "200", description = "The thumbnail", headers = {
            @Header(name = HttpHeaders.ETAG, description = "Quoted tag of the thumbnail", schema = @Schema(type = "string")),
            @Header(name = HttpHeaders.CACHE_CONTROL, description = "As for the file", schema = @Schema(type = "string"))},
            content = @Content(mediaType = "image/jpeg", schema = @Schema(type = "string", format = "binary")))
    @ApiResponse(responseCode = "304", description = "Not modified: the If-None-Match ETag is current")
    @ProblemResponses.BadRequest
    @ProblemResponses.NotFound
    HttpResponse<byte[]> thumbnail(@Parameter(description = UNIT, example = ApiDocs.UNIT_ID_EXAMPLE) UUID unitId,
                                   @Parameter(description = "File id", example = ApiDocs.UNIT_ID_EXAMPLE) UUID fileId,
                                   HttpRequest<?> request, @Nullable Authentication auth) {
        return FileAnswers.of(files.bytes(viewer(auth), unitId, fileId, true), request);
    }

    static Upload upload(CompletedFileUpload file, @Nullable String kind, @Nullable String caption) {
        try {
            return new Upload(kind, caption, file.getFilename(), file.getSize(), file.getSize() > UploadChecks.MAX_BYTES ? new byte[0] : file.getBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("reading the uploaded file failed", e);
        }
    }

    private @Nullable Viewer viewer(@Nullable Authentication auth) {
        return auth == null ? null : viewers.of(auth);
    }

    /** The parts of an upload, for the OpenAPI document only. */
    @Schema(name = "UnitFileUpload", requiredProperties = {"file"})
    record UploadParts(
            @Schema(type = "string", format = "binary", description = "The file; its type is found from its content") String file,
            @Schema(allowableValues = {"photo", "floor-plan"}, defaultValue = "photo", nullable = false) String kind,
            @Schema(description = "Alt text of a photo or title of a floor plan, one line, at most 200 characters") String caption) {
    }
}
