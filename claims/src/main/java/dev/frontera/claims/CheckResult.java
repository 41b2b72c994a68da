package dev.frontera.claims;

import java.util.List;

/** The claims found in one text, in order of position, each checked. */
public record CheckResult(List<CheckedClaim> claims) {
    public CheckResult {
        claims = List.copyOf(claims);
    }
}
