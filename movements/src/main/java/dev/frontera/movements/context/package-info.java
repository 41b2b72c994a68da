/** Queries to the official record that put a movement in context. */
package dev.frontera.movements.context;
