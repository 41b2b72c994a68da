/** Release digests: what a new release brought, ranked, one quotable sentence each, with the noise rule. */
package dev.frontera.surges.digest;
