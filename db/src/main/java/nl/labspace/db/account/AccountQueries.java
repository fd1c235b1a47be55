package nl.labspace.db.account;

import static nl.labspace.db.generated.Tables.ACCOUNT;
import static nl.labspace.db.generated.Tables.ACCOUNT_CAMPUS;
import static nl.labspace.db.generated.Tables.ACCOUNT_REGION;
import static nl.labspace.db.generated.Tables.COMPANY;
import static nl.labspace.db.generated.Tables.REVOKED_TOKEN;
import static org.jooq.Records.mapping;
import static org.jooq.impl.DSL.array;
import static org.jooq.impl.DSL.lower;
import static org.jooq.impl.DSL.notExists;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.selectOne;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record11;
import org.jooq.SelectJoinStep;
import org.jooq.SelectOnConditionStep;

/** Reads and writes accounts, their bindings and their login-failure state. */
public final class AccountQueries {

    private final DSLContext dsl;

    public AccountQueries(DSLContext dsl) {
        this.dsl = dsl;
    }

    public Optional<AccountRow> findByEmail(String email) {
        return selectAccount().where(lower(ACCOUNT.EMAIL).eq(email.toLowerCase())).fetchOptional(mapping(AccountRow::new));
    }

    public Optional<AccountRow> findById(UUID id) {
        return selectAccount().where(ACCOUNT.ID.eq(id)).fetchOptional(mapping(AccountRow::new));
    }

    public List<AccountRow> all() {
        return selectAccount().orderBy(ACCOUNT.ROLE, ACCOUNT.EMAIL).fetch(mapping(AccountRow::new));
    }

    /** One page of accounts in the order of {@link #all()}, each with its bindings and its company's name. */
    public List<AccountListRow> page(int offset, int limit) {
        return selectListed().orderBy(ACCOUNT.ROLE, ACCOUNT.EMAIL).offset(offset).limit(limit)
                .fetch(mapping(AccountListRow::new));
    }

    public Optional<AccountListRow> findListed(UUID id) {
        return selectListed().where(ACCOUNT.ID.eq(id)).fetchOptional(mapping(AccountListRow::new));
    }

    private SelectOnConditionStep<Record11<UUID, String, String, String, UUID, String, Boolean, List<String>, List<String>, Boolean, OffsetDateTime>> selectListed() {
        Field<String[]> campusIds = array(select(ACCOUNT_CAMPUS.CAMPUS_ID).from(ACCOUNT_CAMPUS)
                .where(ACCOUNT_CAMPUS.ACCOUNT_ID.eq(ACCOUNT.ID)).orderBy(ACCOUNT_CAMPUS.CAMPUS_ID));
        Field<String[]> regionCodes = array(select(ACCOUNT_REGION.REGION_CODE).from(ACCOUNT_REGION)
                .where(ACCOUNT_REGION.ACCOUNT_ID.eq(ACCOUNT.ID)).orderBy(ACCOUNT_REGION.REGION_CODE));
        return dsl.select(ACCOUNT.ID, ACCOUNT.EMAIL, ACCOUNT.DISPLAY_NAME, ACCOUNT.ROLE, ACCOUNT.COMPANY_ID, COMPANY.NAME,
                        ACCOUNT.WHOLE_COUNTRY, campusIds.convertFrom(List::of), regionCodes.convertFrom(List::of),
                        ACCOUNT.ENABLED, ACCOUNT.LOCKED_UNTIL)
                .from(ACCOUNT).leftJoin(COMPANY).on(COMPANY.ID.eq(ACCOUNT.COMPANY_ID));
    }

    public int count() {
        return dsl.fetchCount(ACCOUNT);
    }

    /** Accounts locked now after too many failed sign-ins. */
    public int countLocked() {
        return dsl.fetchCount(ACCOUNT, ACCOUNT.LOCKED_UNTIL.gt(OffsetDateTime.now()));
    }

    /**
     * The enabled account with its campus and region bindings, in one statement: it runs on every signed-in
     * request, so no transaction and no second round trip.
     */
    public Optional<BoundAccountRow> findEnabledWithBindings(UUID id) {
        Field<String[]> campusIds = array(select(ACCOUNT_CAMPUS.CAMPUS_ID).from(ACCOUNT_CAMPUS)
                .where(ACCOUNT_CAMPUS.ACCOUNT_ID.eq(ACCOUNT.ID)).orderBy(ACCOUNT_CAMPUS.CAMPUS_ID));
        Field<String[]> regionCodes = array(select(ACCOUNT_REGION.REGION_CODE).from(ACCOUNT_REGION)
                .where(ACCOUNT_REGION.ACCOUNT_ID.eq(ACCOUNT.ID)).orderBy(ACCOUNT_REGION.REGION_CODE));
        return dsl.select(ACCOUNT.ID, ACCOUNT.EMAIL, ACCOUNT.ROLE, ACCOUNT.COMPANY_ID, ACCOUNT.WHOLE_COUNTRY,
                        campusIds.convertFrom(List::of), regionCodes.convertFrom(List::of))
                .from(ACCOUNT).where(ACCOUNT.ID.eq(id), ACCOUNT.ENABLED.isTrue())
                .fetchOptional(mapping(BoundAccountRow::new));
    }

    public UUID insert(NewAccount account) {
        UUID id = dsl.insertInto(ACCOUNT)
                .set(ACCOUNT.EMAIL, account.email())
                .set(ACCOUNT.DISPLAY_NAME, account.displayName())
                .set(ACCOUNT.PASSWORD_HASH, account.passwordHash())
                .set(ACCOUNT.ROLE, account.role())
                .set(ACCOUNT.COMPANY_ID, account.companyId())
                .set(ACCOUNT.WHOLE_COUNTRY, account.wholeCountry())
                .returning(ACCOUNT.ID).fetchSingle(ACCOUNT.ID);
        replaceBindings(id, account.campusIds(), account.regionCodes());
        return id;
    }

    /** Changes role and bindings together, so an account never holds bindings of another role. */
    public void changeRole(UUID id, String role, UUID companyId, boolean wholeCountry,
                           List<String> campusIds, List<String> regionCodes) {
        dsl.update(ACCOUNT).set(ACCOUNT.ROLE, role).set(ACCOUNT.COMPANY_ID, companyId)
                .set(ACCOUNT.WHOLE_COUNTRY, wholeCountry)
                // Only a new role ends open sessions: bindings are re-read on every request anyway.
                .set(ACCOUNT.ROLE_VERSION, org.jooq.impl.DSL.when(ACCOUNT.ROLE.ne(role), ACCOUNT.ROLE_VERSION.plus(1))
                        .otherwise(ACCOUNT.ROLE_VERSION))
                .where(ACCOUNT.ID.eq(id)).execute();
        replaceBindings(id, campusIds, regionCodes);
    }

    /** Counts one more failure; the failure that reaches maxFailures locks the account for lockFor. */
    public void recordFailedLogin(UUID id, int maxFailures, Duration lockFor) {
        dsl.update(ACCOUNT)
                .set(ACCOUNT.FAILED_LOGINS, ACCOUNT.FAILED_LOGINS.plus(1))
                .set(ACCOUNT.LOCKED_UNTIL, org.jooq.impl.DSL.when(ACCOUNT.FAILED_LOGINS.plus(1).ge(maxFailures),
                        OffsetDateTime.now().plus(lockFor)).otherwise(ACCOUNT.LOCKED_UNTIL))
                .where(ACCOUNT.ID.eq(id)).execute();
    }

    public void recordSuccessfulLogin(UUID id) {
        dsl.update(ACCOUNT).set(ACCOUNT.FAILED_LOGINS, 0).setNull(ACCOUNT.LOCKED_UNTIL).where(ACCOUNT.ID.eq(id)).execute();
    }

    /**
     * Whether a token still stands: its account exists and is enabled, it was issued under the account's current
     * role version, and it was not signed out. One statement, as it runs on every signed-in request.
     */
    public boolean acceptsToken(UUID accountId, int roleVersion, String jti) {
        return dsl.fetchExists(selectOne().from(ACCOUNT).where(ACCOUNT.ID.eq(accountId), ACCOUNT.ENABLED.isTrue(),
                ACCOUNT.ROLE_VERSION.eq(roleVersion), notExists(selectOne().from(REVOKED_TOKEN).where(REVOKED_TOKEN.JTI.eq(jti)))));
    }

    public boolean anyWithRole(String role) {
        return dsl.fetchExists(ACCOUNT, ACCOUNT.ROLE.eq(role));
    }

    private void replaceBindings(UUID id, List<String> campusIds, List<String> regionCodes) {
        dsl.deleteFrom(ACCOUNT_CAMPUS).where(ACCOUNT_CAMPUS.ACCOUNT_ID.eq(id)).execute();
        dsl.deleteFrom(ACCOUNT_REGION).where(ACCOUNT_REGION.ACCOUNT_ID.eq(id)).execute();
        campusIds.forEach(c -> dsl.insertInto(ACCOUNT_CAMPUS).set(ACCOUNT_CAMPUS.ACCOUNT_ID, id)
                .set(ACCOUNT_CAMPUS.CAMPUS_ID, c).execute());
        regionCodes.forEach(r -> dsl.insertInto(ACCOUNT_REGION).set(ACCOUNT_REGION.ACCOUNT_ID, id)
                .set(ACCOUNT_REGION.REGION_CODE, r).execute());
    }

    private SelectJoinStep<Record11<UUID, String, String, String, String, UUID, Boolean, Boolean, Integer, OffsetDateTime, Integer>> selectAccount() {
        return dsl.select(ACCOUNT.ID, ACCOUNT.EMAIL, ACCOUNT.DISPLAY_NAME, ACCOUNT.PASSWORD_HASH, ACCOUNT.ROLE,
                        ACCOUNT.COMPANY_ID, ACCOUNT.WHOLE_COUNTRY, ACCOUNT.ENABLED, ACCOUNT.FAILED_LOGINS, ACCOUNT.LOCKED_UNTIL,
                        ACCOUNT.ROLE_VERSION)
                .from(ACCOUNT);
    }
}
