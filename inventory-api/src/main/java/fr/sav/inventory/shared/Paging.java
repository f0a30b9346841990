package fr.sav.inventory.shared;

/** A validated page request: page from 0, size from 1 to 500. */
public record Paging(int page, int size) {

    public static final int MAX_SIZE = 500;

    public Paging {
        if (page < 0) {
            throw new InvalidRequest("page", FieldRule.AT_LEAST, "must be 0 or more", "min", 0);
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new InvalidRequest("size", FieldRule.BETWEEN,
                    "must be between 1 and " + MAX_SIZE, "min", 1, "max", MAX_SIZE);
        }
    }

    public static Paging of(Integer page, Integer size) {
        return new Paging(page == null ? 0 : page, size == null ? 50 : size);
    }

    public long offset() {
        return (long) page * size;
    }
}
