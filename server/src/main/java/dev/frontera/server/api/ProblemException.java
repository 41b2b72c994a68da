package dev.frontera.server.api;

import static java.util.Objects.requireNonNull;

/** Thrown by an endpoint to answer with a problem that no {@code FronteraException} code names (401, 403). */
final class ProblemException extends RuntimeException {
    private final transient Problem problem;

    ProblemException(Problem problem) {
        super(requireNonNull(problem, "problem is null").detail());
        this.problem = problem;
    }

    Problem problem() {
        return problem;
    }
}
