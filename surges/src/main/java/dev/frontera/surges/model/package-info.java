/** The seasonal model: break-aware seasonal steps, damped momentum, intervals from its own past errors. */
package dev.frontera.surges.model;
