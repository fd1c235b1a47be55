package nl.labspace.search;

/** A page of a search: page counts from 1, size is at most MAX_SIZE. */
record Paging(int page, int size) {

    static final int DEFAULT_SIZE = 20;
    static final int MAX_SIZE = 100;

    Paging {
        if (page < 1 || size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("page %d of size %d is not a page".formatted(page, size));
        }
    }

    int offset() {
        return (page - 1) * size;
    }
}
