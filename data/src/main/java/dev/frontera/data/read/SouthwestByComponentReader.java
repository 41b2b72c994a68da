package dev.frontera.data.read;

import dev.frontera.core.dimension.Dimension;
import dev.frontera.core.dimension.Region;
import dev.frontera.core.query.Family;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * CBP Southwest Land Border Encounters ({@code sbo-encounters-fy22-fy25-aug.csv}): the
 * USBP/OFO split for the southwest border only, with five citizenship groups. Every row is
 * region {@code southwest}. Its {@code Other} citizenship means every country but the four
 * named ones, which is not the state file's {@code OTHER}, so it gets its own slug.
 */
final class SouthwestByComponentReader implements FamilyReader {
    static final List<String> HEADER = List.of(
            "Fiscal Year",
            "Month Grouping",
            "Month (abbv)",
            "Component",
            "Demographic",
            "Citizenship Grouping",
            "Title of Authority",
            "Encounter Type",
            "Encounter Count");
    static final String OTHER_COUNTRIES = "other-than-mx-gt-hn-sv";

    private final FiscalMonths fiscalMonths = new FiscalMonths();
    private final LabelColumn component = LabelColumn.closed(3, Dimension.COMPONENT, CbpValues.COMPONENTS);
    private final LabelColumn demographic = LabelColumn.closed(4, Dimension.DEMOGRAPHIC, CbpValues.DEMOGRAPHICS);
    private final LabelColumn citizenship = LabelColumn.closed(
            5,
            Dimension.CITIZENSHIP,
            Set.of("mexico", "guatemala", "honduras", "el-salvador", OTHER_COUNTRIES),
            Map.of("Other", OTHER_COUNTRIES));
    private final LabelColumn title = LabelColumn.closed(6, Dimension.TITLE, CbpValues.TITLES);

    @Override
    public Family family() {
        return Family.SOUTHWEST_BY_COMPONENT;
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
        EncounterTypes.check(row, 7, componentSlug, titleSlug);
        Observation observation = new Observation(
                fiscalMonths.calendarMonth(row, 2, fiscalYear),
                Region.SOUTHWEST.slug(),
                componentSlug,
                null,
                null,
                demographic.slug(row),
                citizenship.slug(row),
                titleSlug,
                EncounterCounts.parse(row, 8));
        return new ReadRow(grouping, observation);
    }
}
