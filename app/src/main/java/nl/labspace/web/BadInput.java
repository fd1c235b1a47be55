package nl.labspace.web;

/** Input that breaks a rule: answered 400 application/problem+json naming the field and the value. */
public class BadInput extends RuntimeException {

    private final String field;
    private final transient Object value;

    public BadInput(String field, Object value, String rule) {
        super("%s %s, was %s".formatted(field, rule, value == null ? "missing" : "'" + value + "'"));
        this.field = field;
        this.value = value;
    }

    public String field() {
        return field;
    }

    public Object value() {
        return value;
    }
}
