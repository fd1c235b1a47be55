package nl.labspace.db;

import java.sql.Connection;
import java.sql.SQLException;

import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** A test of query classes against the real test database, inside one transaction rolled back after each test. */
public abstract class RolledBackTest {

    protected Connection db;
    protected DSLContext dsl;

    @BeforeEach
    void openTransaction() throws SQLException {
        db = TestDatabase.connect();
        dsl = DSL.using(db, SQLDialect.POSTGRES);
    }

    @AfterEach
    void rollBack() throws SQLException {
        db.rollback();
        db.close();
    }
}
