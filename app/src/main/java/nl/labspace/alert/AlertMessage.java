package nl.labspace.alert;

/** An alert mail ready to queue: subject, plain text, HTML, and the unsubscribe address for List-Unsubscribe. */
record AlertMessage(String subject, String text, String html, String unsubscribeUrl) {
}
