package dev.frontera.core.dimension;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The ways CBP cuts an encounter count. Each has one parameter name, used alike by the CLI
 * ({@code --citizenship}), the API ({@code ?citizenship=}) and {@code --group-by citizenship}.
 */
public enum Dimension {
    REGION("region", "Border region"),
    COMPONENT("component", "Component"),
    AREA("sector", "Sector or field office"),
    STATE("state", "State"),
    DEMOGRAPHIC("demographic", "Demographic"),
    CITIZENSHIP("citizenship", "Citizenship"),
    TITLE("title", "Title of authority");

    private final String parameter;
    private final String displayName;

    Dimension(String parameter, String displayName) {
        this.parameter = parameter;
        this.displayName = displayName;
    }

    /** The parameter name: {@code sector}, {@code citizenship}, ... */
    public String parameter() {
        return parameter;
    }

    public String displayName() {
        return displayName;
    }

    /** Finds a dimension by parameter name; {@code area} and {@code field-office} also name the area. */
    public static Optional<Dimension> byParameter(String name) {
        String key = name.trim().toLowerCase(Locale.ROOT).replace('_', '-');
        if (key.equals("area") || key.equals("field-office") || key.equals("aor")) {
            return Optional.of(AREA);
        }
        return Arrays.stream(values()).filter(d -> d.parameter.equals(key)).findFirst();
    }

    public static String parameterNames() {
        return Arrays.stream(values()).map(Dimension::parameter).collect(Collectors.joining(", "));
    }
}
