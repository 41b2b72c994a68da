package dev.frontera.data.read;

import dev.frontera.core.dimension.Dimension;
import dev.frontera.core.dimension.DimensionValue;
import dev.frontera.core.dimension.Region;
import dev.frontera.core.dimension.Vocabulary;
import java.util.Set;
import java.util.stream.Collectors;

/** The values CBP's encounter files may use in their closed columns, as slugs. */
final class CbpValues {
    static final Set<String> REGIONS =
            Region.tabulated().stream().map(Region::slug).collect(Collectors.toUnmodifiableSet());
    static final Set<String> COMPONENTS = Set.of("usbp", "ofo");
    static final Set<String> TITLES = Set.of("title-8", "title-42");
    static final Set<String> DEMOGRAPHICS =
            Set.of("single-adults", "family-units", "unaccompanied-children", "accompanied-minors");
    static final Set<String> STATES = Vocabulary.standard().values(Dimension.STATE).stream()
            .map(DimensionValue::slug)
            .collect(Collectors.toUnmodifiableSet());

    private CbpValues() {}
}
