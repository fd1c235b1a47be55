package nl.labspace.access;

/** One cell of the access matrix: who calls what, and the exact status expected. */
record Case(String actor, String method, String path, String body, int status) {

    static final String ANONYMOUS = "anonymous";
    /** Prefix of an actor that signs in anew for this case only: a logout case revokes the token it uses. */
    static final String FRESH = "fresh:";

    @Override
    public String toString() {
        return "%s %s as %s -> %d".formatted(method, path, actor, status);
    }
}
