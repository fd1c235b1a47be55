package nl.labspace.web;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;

/**
 * What a lenient JSON reader lets pass and a client should hear about: a key given twice in one object (which
 * value would win is the reader's choice, not the client's) and anything after the body's one JSON value.
 * One streaming pass over the text, before it is read into a tree.
 */
public final class StrictJson {

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

    private StrictJson() {
    }

    /** Throws BadInput naming the repeated key or the trailing content; other syntax errors are the tree reader's. */
    public static void check(String body) {
        JsonParser parser; // over a String: nothing to close
        try {
            parser = FACTORY.createParser(body);
            if (parser.nextToken() == null) {
                return;
            }
            parser.skipChildren();
        } catch (IOException e) {
            if (e.getMessage() != null && e.getMessage().startsWith("Duplicate field")) {
                throw new BadInput(path(((JsonParser) ((com.fasterxml.jackson.core.exc.StreamReadException) e).getProcessor())
                        .getParsingContext()), null, "is given more than once in its object");
            }
            return; // broken inside the value: the tree reader names it
        }
        if (!endsHere(parser)) {
            throw new BadInput("body", TextRules.shorten(body), "is not valid JSON: there is more after the JSON value");
        }
    }

    private static boolean endsHere(JsonParser parser) {
        try {
            return parser.nextToken() == null;
        } catch (IOException e) {
            return false; // not even a token: still something after the value
        }
    }

    /** The dotted path of the key being read ("binding.campusIds[0]"), as BadInput names fields. */
    private static String path(JsonStreamContext context) {
        StringBuilder out = new StringBuilder();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            String part = c.inArray() ? "[" + Math.max(0, c.getCurrentIndex()) + "]"
                    : (c.getParent() != null && !c.getParent().inRoot() ? "." : "") + c.getCurrentName();
            out.insert(0, part);
        }
        return out.length() == 0 ? "body" : TextRules.shorten(out.toString());
    }
}
