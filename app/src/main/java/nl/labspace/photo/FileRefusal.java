package nl.labspace.photo;

import java.util.List;

import io.micronaut.http.HttpStatus;

/**
 * Why an uploaded file is refused, with the status it answers: the English words of the API (values in order) and,
 * for the pages, the bundle key photos.refusal.&lt;key&gt; with the same values.
 */
enum FileRefusal {
    EMPTY("empty", HttpStatus.BAD_REQUEST, "is empty"),
    TOO_LARGE("tooLarge", HttpStatus.REQUEST_ENTITY_TOO_LARGE, "is %s bytes, over the limit of %s MB per file"),
    NOT_PHOTO("notPhoto", HttpStatus.BAD_REQUEST, "is not a JPEG or PNG image (its content was checked, not its name or type)"),
    NOT_FLOOR_PLAN("notFloorPlan", HttpStatus.BAD_REQUEST, "is not a PNG image or a PDF (its content was checked, not its name or type)"),
    DAMAGED_IMAGE("damagedImage", HttpStatus.BAD_REQUEST, "starts like a %s image but could not be read as one"),
    TOO_MANY_PIXELS("tooManyPixels", HttpStatus.BAD_REQUEST, "is %s × %s pixels; at most %s megapixels and %s pixels a side"),
    DAMAGED_PDF("damagedPdf", HttpStatus.BAD_REQUEST, "starts like a PDF but is not a complete one (%s)"),
    ACTIVE_PDF("activePdf", HttpStatus.BAD_REQUEST, "is a PDF with %s, which a floor plan may not hold"),
    TOO_MANY("tooMany", HttpStatus.CONFLICT, "would be file %s of this unit; a unit holds at most %s photos and floor plans");

    private final String key;
    private final HttpStatus status;
    private final String english;

    FileRefusal(String key, HttpStatus status, String english) {
        this.key = key;
        this.status = status;
        this.english = english;
    }

    HttpStatus status() {
        return status;
    }

    String english(List<String> values) {
        return english.formatted(values.toArray());
    }

    String messageKey() {
        return "photos.refusal." + key;
    }
}
