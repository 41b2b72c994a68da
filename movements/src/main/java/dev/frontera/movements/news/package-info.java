/** Caravan reports and distance-to-the-border claims read from article text. */
package dev.frontera.movements.news;
