/**
 * Where official files come from: the catalog of known releases (publication date, source URL)
 * and the rules that estimate both for a file the catalog has never seen.
 */
package dev.frontera.data.source;
