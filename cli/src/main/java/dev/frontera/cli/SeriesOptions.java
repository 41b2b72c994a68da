package dev.frontera.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Option;

/** The measure and filters of a query: the options {@code query}, {@code forecast} and {@code alerts add} share. */
final class SeriesOptions {
    @Option(
            names = "--measure",
            paramLabel = "MEASURE",
            description =
                    "encounters (default), usbp-encounters, ofo-encounters, apprehensions, inadmissibles, expulsions")
    String measure;

    @Option(
            names = "--region",
            paramLabel = "REGION",
            description = "southwest, northern, other or nationwide (default)")
    List<String> region = new ArrayList<>();

    @Option(
            names = {"--sector", "--area", "--field-office"},
            paramLabel = "AREA",
            description = "Border Patrol sector or field office: rio-grande-valley, RGV, el-paso-field-office, ...")
    List<String> sector = new ArrayList<>();

    @Option(names = "--state", paramLabel = "STATE", description = "two-letter state: TX, AZ, ...")
    List<String> state = new ArrayList<>();

    @Option(
            names = "--component",
            paramLabel = "COMPONENT",
            description = "usbp (Border Patrol) or ofo (Field Operations)")
    List<String> component = new ArrayList<>();

    @Option(names = "--citizenship", paramLabel = "COUNTRY", description = "mexico, MX, venezuela, ...")
    List<String> citizenship = new ArrayList<>();

    @Option(
            names = "--demographic",
            paramLabel = "GROUP",
            description = "single-adults, family-units (FMUA), unaccompanied-children (UAC), accompanied-minors")
    List<String> demographic = new ArrayList<>();

    @Option(names = "--title", paramLabel = "TITLE", description = "title-8 or title-42")
    List<String> title = new ArrayList<>();

    /** The named parameters {@code QueryParameters} reads, with {@code period} as given. */
    Map<String, List<String>> parameters(String period) {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        put(parameters, "measure", measure == null ? List.of() : List.of(measure));
        put(parameters, "region", region);
        put(parameters, "sector", sector);
        put(parameters, "state", state);
        put(parameters, "component", component);
        put(parameters, "citizenship", citizenship);
        put(parameters, "demographic", demographic);
        put(parameters, "title", title);
        put(parameters, "period", List.of(period));
        return parameters;
    }

    private static void put(Map<String, List<String>> parameters, String name, List<String> values) {
        if (!values.isEmpty()) {
            parameters.put(name, values);
        }
    }
}
