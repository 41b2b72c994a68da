package dev.frontera.bench.surges;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.CholeskyDecomposition;
import org.apache.commons.math3.linear.RealMatrix;

/**
 * The sums a ridge regression needs ({@code X'X} and {@code X'y}), so a model over any set of rows
 * is the sum of the sums of its parts: a rolling-origin fit adds the rows whose target month has
 * come, instead of refitting from scratch at every origin. The first feature is the constant.
 */
final class RidgeSums {
    /** Variances below this count as this, so a feature that has not varied yet cannot make the system singular. */
    private static final double VARIANCE_FLOOR = 1e-4;

    private final double[][] xx;
    private final double[] xy;
    private double yy;

    RidgeSums(int features) {
        this.xx = new double[features][features];
        this.xy = new double[features];
    }

    void add(double[] x, double y) {
        yy += y * y;
        for (int i = 0; i < xy.length; i++) {
            xy[i] += x[i] * y;
            for (int j = 0; j < xy.length; j++) {
                xx[i][j] += x[i] * x[j];
            }
        }
    }

    void add(RidgeSums other) {
        yy += other.yy;
        for (int i = 0; i < xy.length; i++) {
            xy[i] += other.xy[i];
            for (int j = 0; j < xy.length; j++) {
                xx[i][j] += other.xx[i][j];
            }
        }
    }

    /** How many rows were added. */
    double rows() {
        return xx[0][0];
    }

    /** The sum of the targets. */
    double targets() {
        return xy[0];
    }

    /** The sum of the squared targets. */
    double squaredTargets() {
        return yy;
    }

    /**
     * The coefficients of ridge regression with penalty {@code lambda} per row on each standardised
     * feature (the constant is not penalised): the same as scaling every feature to unit variance,
     * so no feature is shrunk more for being measured in smaller units, and the penalty keeps its
     * meaning as rows are added.
     */
    double[] solve(double lambda) {
        int p = xy.length;
        double n = rows();
        if (n < p) {
            throw new IllegalStateException("ridge needs at least %d rows, has %.0f".formatted(p, n));
        }
        RealMatrix system = new Array2DRowRealMatrix(xx, true);
        for (int j = 1; j < p; j++) {
            double mean = xx[0][j] / n;
            double variance = Math.max(VARIANCE_FLOOR, xx[j][j] / n - mean * mean);
            system.addToEntry(j, j, lambda * n * variance);
        }
        return new CholeskyDecomposition(system)
                .getSolver()
                .solve(new ArrayRealVector(xy))
                .toArray();
    }

    static double predict(double[] coefficients, double[] x) {
        double value = 0;
        for (int i = 0; i < x.length; i++) {
            value += coefficients[i] * x[i];
        }
        return value;
    }
}
