package nl.labspace.mail;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.transaction.annotation.Transactional;
import io.micronaut.views.ModelAndView;
import io.swagger.v3.oas.annotations.Hidden;
import nl.labspace.account.AdminMenu;
import nl.labspace.account.Roles;
import nl.labspace.db.mail.OutboxRow;
import nl.labspace.db.mail.OutboxStore;

/**
 * The admin's outbox page: every mail, newest first, with recipient, kind, subject, body, status and attempts. In the
 * demo (no SMTP host) this is where mails are read; with SMTP it shows what was sent and what waits or failed.
 */
@Controller("/console/admin/outbox")
@Secured(Roles.ADMIN)
@Hidden
class OutboxPageController {

    static final int PAGE_SIZE = 20;

    private final OutboxStore outbox;
    private final AdminMenu menu;
    private final SmtpConfiguration smtp;

    OutboxPageController(OutboxStore outbox, AdminMenu menu, SmtpConfiguration smtp) {
        this.outbox = outbox;
        this.menu = menu;
        this.smtp = smtp;
    }

    /** One page of the outbox and where the pages around it are. */
    record OutboxPage(List<OutboxRow> mails, int total, int pending, int page, boolean hasNext) {
    }

    @Get("{?page}")
    @Produces(MediaType.TEXT_HTML)
    @Transactional(readOnly = true)
    ModelAndView<Map<String, Object>> page(@Nullable @QueryValue Integer page) {
        int number = page == null || page < 1 ? 1 : page;
        Map<String, Object> model = new HashMap<>();
        model.put("menu", menu.counts());
        model.put("outbox", read(number));
        model.put("sending", smtp.configured());
        return new ModelAndView<>("console/outbox", model);
    }

    private OutboxPage read(int page) {
        List<OutboxRow> mails = outbox.page((page - 1) * PAGE_SIZE, PAGE_SIZE);
        int total = outbox.count();
        return new OutboxPage(mails, total, outbox.countPending(), page, page * PAGE_SIZE < total);
    }
}
