package nl.labspace.db.photo;

/** The bytes of a file or of its thumbnail, with what serving them needs. */
public record StoredBytes(String mediaType, String fileName, String etag, byte[] bytes) {
}
