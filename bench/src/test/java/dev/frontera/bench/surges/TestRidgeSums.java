package dev.frontera.bench.surges;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

class TestRidgeSums {
    @Test
    void ridge_recovers_a_known_line_and_its_sums_add_up() {
        Random random = new Random(14);
        RidgeSums first = new RidgeSums(3);
        RidgeSums second = new RidgeSums(3);
        RidgeSums all = new RidgeSums(3);
        for (int i = 0; i < 400; i++) {
            double[] x = {1, random.nextGaussian(), 10 * random.nextGaussian()};
            double y = 0.5 + 0.3 * x[1] - 0.02 * x[2] + 0.01 * random.nextGaussian();
            (i % 2 == 0 ? first : second).add(x, y);
            all.add(x, y);
        }
        double[] fitted = all.solve(1e-6);
        assertThat(fitted).containsExactly(new double[] {0.5, 0.3, -0.02}, within(0.005));
        RidgeSums both = new RidgeSums(3);
        both.add(first);
        both.add(second);
        assertThat(both.solve(0.1)).containsExactly(all.solve(0.1), within(1e-9));
        // A heavy penalty shrinks the slopes toward nothing, both alike once standardised, and leaves the
        // constant (not penalised) at the mean of the targets.
        double[] shrunk = all.solve(100);
        assertThat(Math.abs(shrunk[1])).isLessThan(0.01);
        assertThat(Math.abs(shrunk[2] * 10)).isLessThan(0.01);
        assertThat(shrunk[0]).isCloseTo(all.targets() / all.rows(), within(0.001));
    }
}
