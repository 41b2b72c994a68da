/**
 * The seasonal model: five simple forecasts (last value, with the season, with momentum, with both,
 * damped-trend smoothing with the season) blended by their own recent errors, break-aware seasonal steps and levels, and intervals from the
 * blend's own past errors scaled to the series' current volatility.
 */
package dev.frontera.surges.model;
