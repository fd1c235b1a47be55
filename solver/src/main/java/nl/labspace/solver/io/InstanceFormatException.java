package nl.labspace.solver.io;

/** An instance or solution file that breaks the exchange format; the message names the field path and value. */
public class InstanceFormatException extends RuntimeException {

    public InstanceFormatException(String message) {
        super(message);
    }

    public InstanceFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
