/** Atom feeds of fired alerts and release digests, written with ROME. */
package dev.frontera.surges.feed;
