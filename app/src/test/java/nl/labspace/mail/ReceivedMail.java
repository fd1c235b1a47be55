package nl.labspace.mail;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

/** A mail as the test SMTP server received it: decoded (line ends as \n), with its links. */
public record ReceivedMail(List<String> to, String from, String subject, String kind, String language, String text,
                           String html, String messageId) {

    private static final Pattern LINK = Pattern.compile("https?://[^\\s\"'<>)\\]]+");

    static ReceivedMail of(MimeMessage m) throws Exception {
        List<String> to = Arrays.stream(m.getRecipients(Message.RecipientType.TO)).map(ReceivedMail::address).toList();
        String[] parts = {null, null};
        collect(m, parts);
        return new ReceivedMail(to, address(m.getFrom()[0]), m.getSubject(), m.getHeader("X-Labspace-Mail-Kind", null),
                m.getHeader("Content-Language", null), parts[0], parts[1], m.getMessageID());
    }

    public boolean isTo(String address) {
        return to.stream().anyMatch(a -> a.equalsIgnoreCase(address));
    }

    /** Every http(s) link in the text part, in order. */
    public List<String> links() {
        List<String> links = new ArrayList<>();
        Matcher matcher = LINK.matcher(text == null ? "" : text);
        while (matcher.find()) {
            links.add(matcher.group());
        }
        return links;
    }

    /** The first link of the text part that contains part (e.g. "/password/set?token="). */
    public String link(String part) {
        return links().stream().filter(l -> l.contains(part)).findFirst()
                .orElseThrow(() -> new AssertionError("no link with '%s' in: %s".formatted(part, text)));
    }

    private static void collect(Part part, String[] into) throws Exception {
        if (part.isMimeType("text/plain") && into[0] == null) {
            into[0] = ((String) part.getContent()).replace("\r\n", "\n");
        } else if (part.isMimeType("text/html") && into[1] == null) {
            into[1] = ((String) part.getContent()).replace("\r\n", "\n");
        } else if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                collect(multipart.getBodyPart(i), into);
            }
        }
    }

    private static String address(Address a) {
        return a instanceof InternetAddress i ? i.getAddress() : a.toString();
    }
}
