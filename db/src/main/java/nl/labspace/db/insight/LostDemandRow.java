package nl.labspace.db.insight;

import java.time.LocalDate;

/**
 * Lost demand homed in one region in one month: needs withdrawn without having found space through Labspace, how
 * many distinct companies they come from (for Disclosure), their area, and the part that went abroad.
 */
public record LostDemandRow(String code, String kind, String name, String provinceCode, String romCode,
                            LocalDate month, int companies, int needs, long lostLabM2, long lostM2, long abroadM2) {
}
