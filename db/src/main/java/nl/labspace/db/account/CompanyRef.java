package nl.labspace.db.account;

import java.util.UUID;

/** A company a company account can be bound to. */
public record CompanyRef(UUID id, String name) {
}
