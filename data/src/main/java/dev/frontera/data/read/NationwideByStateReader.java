package dev.frontera.data.read;

import dev.frontera.core.dimension.Dimension;
import dev.frontera.core.query.Family;
import java.util.List;

/**
 * CBP Nationwide Encounters by state ({@code nationwide-encounters-fy21-fy24-nov-state.csv}):
 * region, state, demographic, citizenship and title; no component, no sector or field office.
 */
final class NationwideByStateReader implements FamilyReader {
    static final List<String> HEADER = List.of(
            "Fiscal Year",
            "Month Grouping",
            "Month (abbv)",
            "Land Border Region",
            "State",
            "Demographic",
            "Citizenship",
            "Title of Authority",
            "Encounter Count");

    private final FiscalMonths fiscalMonths = new FiscalMonths();
    private final LabelColumn region = LabelColumn.closed(3, Dimension.REGION, CbpValues.REGIONS);
    private final LabelColumn state = LabelColumn.closed(4, Dimension.STATE, CbpValues.STATES);
    private final LabelColumn demographic = LabelColumn.closed(5, Dimension.DEMOGRAPHIC, CbpValues.DEMOGRAPHICS);
    private final LabelColumn citizenship = LabelColumn.open(6, Dimension.CITIZENSHIP);
    private final LabelColumn title = LabelColumn.closed(7, Dimension.TITLE, CbpValues.TITLES);

    @Override
    public Family family() {
        return Family.NATIONWIDE_BY_STATE;
    }

    @Override
    public List<String> header() {
        return HEADER;
    }

    @Override
    public ReadRow read(CsvRow row) {
        int fiscalYear = fiscalMonths.fiscalYear(row, 0);
        String grouping = fiscalMonths.grouping(row, 1);
        Observation observation = new Observation(
                fiscalMonths.calendarMonth(row, 2, fiscalYear),
                region.slug(row),
                null,
                null,
                state.slug(row),
                demographic.slug(row),
                citizenship.slug(row),
                title.slug(row),
                EncounterCounts.parse(row, 8));
        return new ReadRow(grouping, observation);
    }
}
