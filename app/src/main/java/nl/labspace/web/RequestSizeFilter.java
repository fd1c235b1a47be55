package nl.labspace.web;

import java.util.regex.Pattern;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;

/**
 * Two body limits: photo and floor plan uploads may send up to micronaut.server.max-request-size (20 MB, so that a file
 * over its 10 MB is read far enough to be refused by name), every other request at most {@value #OTHER_MAX_MB} MB, as
 * before uploads existed. A declared Content-Length over the limit is answered 413 before the body is read.
 */
@ServerFilter("/**")
class RequestSizeFilter implements Ordered {

    static final int OTHER_MAX_MB = 2;
    private static final long OTHER_MAX = OTHER_MAX_MB * 1024L * 1024L;
    private static final Pattern UPLOADS = Pattern.compile("/(api|console/campus)/units/[^/]+/files");

    @Override
    public int getOrder() {
        return ServerFilterPhase.FIRST.order();
    }

    @RequestFilter
    @Nullable
    HttpResponse<?> check(HttpRequest<?> request) {
        long length = request.getContentLength();
        if (length <= OTHER_MAX || UPLOADS.matcher(request.getPath()).matches()) {
            return null;
        }
        return Problem.response(HttpStatus.REQUEST_ENTITY_TOO_LARGE, "The request body is %d bytes, over the limit of %d MB"
                .formatted(length, OTHER_MAX_MB), null);
    }
}
