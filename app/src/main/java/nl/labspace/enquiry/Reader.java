package nl.labspace.enquiry;

import nl.labspace.account.Roles;
import nl.labspace.account.Viewer;
import nl.labspace.db.enquiry.EnquirySide;

/**
 * Who reads a thread, which decides what the view of it holds: the company that asks, the campus asked (which sees
 * an anonymous company only as a summary), or an admin (everything, and reading marks nothing read).
 */
enum Reader {
    COMPANY, CAMPUS, ADMIN;

    static Reader of(Viewer viewer) {
        return viewer.isAdmin() ? ADMIN : Roles.COMPANY.equals(viewer.role()) ? COMPANY : CAMPUS;
    }

    /** The side this reader writes on; admins write on none. */
    EnquirySide side() {
        return switch (this) {
            case COMPANY -> EnquirySide.COMPANY;
            case CAMPUS -> EnquirySide.CAMPUS;
            case ADMIN -> null;
        };
    }
}
