/** Points, great-circle distances (WGS84 mean radius), the US–Mexico border line and pace. */
package dev.frontera.movements.geography;
