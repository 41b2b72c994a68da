package dev.frontera.surges.model;

/**
 * The four simple forecasts the model blends. Each starts from the last month's level (or, in a
 * break month, the level of the days after the break) and differs in two choices: whether it adds
 * the usual seasonal change into each coming month, and whether it carries last month's move
 * forward, damped; the fifth, when on, smooths the level and trend instead.
 */
enum Component {
    /** The level, unchanged: the hard forecast to beat on these series. */
    LAST_VALUE(false, false),
    /** The level plus the usual seasonal steps into the coming months. */
    SEASONAL(true, false),
    /** The level plus last month's change, carried forward damped. */
    MOMENTUM(false, true),
    /** The level plus the seasonal steps plus last month's unusual (seasonally adjusted) move, damped. */
    SEASONAL_MOMENTUM(true, true),
    /**
     * Holt's damped-trend exponential smoothing of the seasonally adjusted series, plus the seasonal
     * steps: a smoothed level and a damped trend instead of the last month's move. Only when
     * {@link ModelSettings#smoothing()} is on.
     */
    DAMPED_TREND(true, false);

    private final boolean seasonal;
    private final boolean momentum;

    Component(boolean seasonal, boolean momentum) {
        this.seasonal = seasonal;
        this.momentum = momentum;
    }

    public boolean seasonal() {
        return seasonal;
    }

    public boolean momentum() {
        return momentum;
    }
}
