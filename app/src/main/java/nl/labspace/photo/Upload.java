package nl.labspace.photo;

import io.micronaut.core.annotation.Nullable;

/** One upload as a form or the API sends it, before any check: kind and caption as typed, the file as sent. */
record Upload(@Nullable String kind, @Nullable String caption, String fileName, long size, byte[] bytes) {
}
