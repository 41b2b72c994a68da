/** Monthly series read from the official record: which series, and the longest unbroken run of its months. */
package dev.frontera.surges.series;
