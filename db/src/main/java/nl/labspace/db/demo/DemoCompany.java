package nl.labspace.db.demo;

import java.util.UUID;

// A row of table company.
record DemoCompany(UUID id, String name, String sector) {
}
