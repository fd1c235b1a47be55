package nl.labspace.matching;

import java.util.UUID;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.labspace.web.ApiDocs;
import nl.labspace.web.ProblemResponses;

/** The published figures of a finished run: public, aggregates only. */
@Controller("/api/matching/runs/{id}/figures")
@Secured(SecurityRule.IS_ANONYMOUS)
@Tag(name = "matching")
class RunFiguresController {

    private final RunHistory history;

    RunFiguresController(RunHistory history) {
        this.history = history;
    }

    @Get
    @Operation(operationId = "getMatchingRunFigures", summary = "The published figures of a finished run",
            description = "Anyone. Needs matched of total and m² served of asked, nationally and per home province "
                    + "(CBS codes only); needs without a home province are counted in withoutProvince, the run as a whole in "
                    + "total. A group, or the total, is withheld when its needs come from fewer than 3 companies, or when "
                    + "the total minus the shown groups would give a withheld one away. 409 while the run has not finished.")
    @ProblemResponses.BadRequest
    @ProblemResponses.NotFound
    @ProblemResponses.Conflict
    RunFigures figures(@Parameter(description = "Run id", schema = @Schema(format = "uuid", example = ApiDocs.RUN_ID_EXAMPLE))
                       UUID id) {
        return history.figures(id);
    }
}
