package dev.frontera.data.read;

import dev.frontera.core.dimension.Dimension;
import dev.frontera.core.query.Family;
import java.util.List;

/**
 * CBP Nationwide Encounters by area of responsibility ({@code nationwide-encounters-fy20-fy23-aor.csv}):
 * component, region, Border Patrol sector or Field Operations field office, demographic,
 * citizenship and title. The area is read from {@code Area of Responsibility}
 * ({@code San Diego Sector}, {@code El Paso Field Office}); {@code AOR (Abbv)} ({@code SDC},
 * {@code El Paso}) repeats it in short and is not kept.
 */
final class NationwideByAreaReader implements FamilyReader {
    static final List<String> HEADER = List.of(
            "Fiscal Year",
            "Month Grouping",
            "Month (abbv)",
            "Component",
            "Land Border Region",
            "Area of Responsibility",
            "AOR (Abbv)",
            "Demographic",
            "Citizenship",
            "Title of Authority",
            "Encounter Type",
            "Encounter Count");

    private final FiscalMonths fiscalMonths = new FiscalMonths();
    private final LabelColumn component = LabelColumn.closed(3, Dimension.COMPONENT, CbpValues.COMPONENTS);
    private final LabelColumn region = LabelColumn.closed(4, Dimension.REGION, CbpValues.REGIONS);
    private final LabelColumn area = LabelColumn.open(5, Dimension.AREA);
    private final LabelColumn demographic = LabelColumn.closed(7, Dimension.DEMOGRAPHIC, CbpValues.DEMOGRAPHICS);
    private final LabelColumn citizenship = LabelColumn.open(8, Dimension.CITIZENSHIP);
    private final LabelColumn title = LabelColumn.closed(9, Dimension.TITLE, CbpValues.TITLES);

    @Override
    public Family family() {
        return Family.NATIONWIDE_BY_AREA;
    }

    @Override
    public List<String> header() {
        return HEADER;
    }

    @Override
    public ReadRow read(CsvRow row) {
        int fiscalYear = fiscalMonths.fiscalYear(row, 0);
        String grouping = fiscalMonths.grouping(row, 1);
        String componentSlug = component.slug(row);
        String titleSlug = title.slug(row);
        EncounterTypes.check(row, 10, componentSlug, titleSlug);
        Observation observation = new Observation(
                fiscalMonths.calendarMonth(row, 2, fiscalYear),
                region.slug(row),
                componentSlug,
                area.slug(row),
                null,
                demographic.slug(row),
                citizenship.slug(row),
                titleSlug,
                EncounterCounts.parse(row, 11));
        return new ReadRow(grouping, observation);
    }
}
