package dev.frontera.movements.geography;

/** The point of the US–Mexico border nearest to somewhere, and how far it is in a straight line. */
public record BorderPoint(GeoPoint point, Distance distance) {}
