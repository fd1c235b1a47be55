package nl.labspace.db.demo;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;

import nl.labspace.db.market.NeedStatus;
import nl.labspace.db.market.WithdrawReason;

// Draws one need of a given kind: its area, lab requirements, months, term and rent ceiling.
final class NeedFactory {

    private static final List<WithdrawReason> WITHDRAW_REASONS = List.of(WithdrawReason.FOUND_ELSEWHERE_NL,
            WithdrawReason.FOUND_ELSEWHERE_NL, WithdrawReason.WENT_ABROAD, WithdrawReason.WENT_ABROAD,
            WithdrawReason.PLANS_CHANGED, WithdrawReason.OTHER, WithdrawReason.UNKNOWN);

    private final Dice dice;
    private final DemoIds ids;
    private final YearMonth firstMonth;

    NeedFactory(Dice dice, DemoIds ids, YearMonth firstMonth) {
        this.dice = dice;
        this.ids = ids;
        this.firstMonth = firstMonth;
    }

    // home: the campus the need is drawn around (its rents set the ceiling); null for a need from abroad.
    DemoNeed open(NeedArchetype kind, DemoCompany company, NeedPlace place, DemoCampus home, boolean confidential) {
        int total = dice.area(kind.smallest, kind.largest, kind.skew);
        int lab = Dice.roundTo(total * kind.labShare(dice), 5);
        String containment = lab == 0 ? "none" : kind == NeedArchetype.GMP
                ? dice.pick(LabTraits.CONTAINMENTS.subList(1, 3)) : LabTraits.needContainment(dice, company.sector());
        String gmp = kind == NeedArchetype.GMP ? LabTraits.gmpGrade(dice) : "none";
        YearMonth earliest = firstMonth.plusMonths(dice.between(kind.earliestFrom, kind.earliestTo));
        YearMonth latest = earliest.plusMonths(dice.between(kind.windowFrom, kind.windowTo));
        boolean withdrawn = dice.chance(0.04);
        String status = (withdrawn ? NeedStatus.WITHDRAWN : NeedStatus.OPEN).code();
        String title = "%s, %d m²".formatted(dice.pick(kind.titles), total);
        Integer maxRent = maxRent(home, lab > 0, kind == NeedArchetype.GMP);
        UUID id = ids.next("need");
        return new DemoNeed(id, company.id(), title, lab, total - lab, containment, gmp,
                LabTraits.needFeatures(dice, containment, kind), earliest, latest, dice.pick(kind.terms), maxRent,
                dice.between(kind.fewestUnits, kind.mostUnits), place.near(), place.provinces(), company.sector(),
                confidential, status, maxM2(id, total), withdrawn ? withdrawal(id) : null);
    }

    // Why and when: drawn from the need's own id, so that the rest of the market stays as the seed made it. The mix
    // leans on what the policy documents report (companies gave up or went abroad for want of lab space); one in six
    // did not say.
    private DemoNeed.Withdrawal withdrawal(UUID id) {
        Dice own = new Dice(new SplittableRandom(id.getLeastSignificantBits()));
        String reason = own.pick(WITHDRAW_REASONS).code();
        LocalDate day = firstMonth.atDay(1).minusDays(own.between(1, 360));
        return new DemoNeed.Withdrawal(reason, day);
    }

    // The need that an existing marketplace lease filled: it fits the unit it was matched to.
    DemoNeed matched(DemoUnit unit, DemoCampus campus, DemoCompany company, YearMonth first, int term) {
        int lab = Dice.roundTo(unit.labM2() * dice.between(0.7, 1.0), 5);
        int office = Dice.roundTo(unit.officeM2() * dice.between(0.7, 1.0), 5);
        if (lab + office == 0) {
            lab = unit.labM2();
            office = unit.officeM2();
        }
        List<String> features = new ArrayList<>(unit.features());
        features.removeIf(f -> dice.chance(0.5));
        String title = "%s, %d m²".formatted(lab == 0 ? "Office space" : "Lab and office space", lab + office);
        return new DemoNeed(ids.next("need"), company.id(), title, lab, office, unit.containment(), unit.gmp(),
                lab == 0 ? List.of() : features, first.minusMonths(dice.between(0, 2)), first, term,
                null, 1, null, List.of(campus.provinceCode()), company.sector(), false, NeedStatus.MATCHED.code(), null,
                null);
    }

    // Rule 2b: two in five companies say how much space they would take at most, 1.2-1.6 times what they ask and at
    // least 30 m² more (whole modules rarely fit to the metre); the rest leave it to the marketplace's default.
    // Drawn from the need's own id, not the shared dice, so the rest of the market stays as it was before the rule.
    private static Integer maxM2(UUID need, int total) {
        Dice own = new Dice(new SplittableRandom(need.getMostSignificantBits() ^ need.getLeastSignificantBits()));
        if (!own.chance(0.4)) {
            return null;
        }
        return Dice.roundTo(Math.max(total * own.between(1.2, 1.6), total + 30.0), 5);
    }

    // A quarter of companies state no ceiling; the rest name one somewhere in the campus's rent range or a
    // little over it, so some ceilings rule units out. GMP work knows cleanrooms cost a premium.
    private Integer maxRent(DemoCampus home, boolean lab, boolean gmp) {
        if (home == null || dice.chance(0.25)) {
            return null;
        }
        int[] range = lab ? MarketShape.labRent(home) : MarketShape.officeRent(home);
        return Dice.roundTo(dice.between(range[0], range[1] * 1.1) * (gmp ? 1.5 : 1.0), 5);
    }
}
