package dev.frontera.claims.verify;

import dev.frontera.claims.interpret.Reading;
import dev.frontera.core.dimension.Dimension;
import dev.frontera.core.query.Measure;
import java.time.YearMonth;

/**
 * Where each official series begins, whatever files are loaded: "record" and "highest since"
 * are judged on the whole official record, so a record found in a shorter window cannot be
 * confirmed, only refuted. Border Patrol southwest apprehensions are monthly from FY2000 (by
 * citizenship too) and by family status from FY2008/FY2012; all encounters and nationwide
 * figures monthly from FY2014 (OHSS).
 */
final class SeriesStart {
    private static final YearMonth FY2000 = YearMonth.of(1999, 10);
    private static final YearMonth FY2008 = YearMonth.of(2007, 10);
    private static final YearMonth FY2012 = YearMonth.of(2011, 10);
    private static final YearMonth FY2014 = YearMonth.of(2013, 10);

    private SeriesStart() {}

    static YearMonth of(Reading reading) {
        boolean borderPatrol = reading.measure() == Measure.USBP_ENCOUNTERS || reading.measure() == Measure.APPREHENSIONS;
        if (!borderPatrol || !reading.region().equals("southwest")) {
            return FY2014;
        }
        var demographic = reading.filters().get(Dimension.DEMOGRAPHIC);
        if (demographic != null) {
            return demographic.contains("family-units") ? FY2012 : FY2008;
        }
        return FY2000;
    }
}
