package nl.labspace.account;

/** The models of the account mails' templates (resources/mail/account-*.txt|html): public, as templates read them. */
public final class AccountMailModels {

    private AccountMailModels() {
    }

    /** An invitation: who invites, as what role, the link that sets the first password, and until when it works. */
    public record Invite(String name, String role, String link, String validUntil) {
    }

    /** A password reset: the link that sets a new password, and until when it works. */
    public record Reset(String name, String link, String validUntil) {
    }

    /** A notice that the password was changed, with the way back in if it was not the account holder. */
    public record Changed(String name, String forgotLink) {
    }
}
