/** Alert rules stored with their history, their evaluation on new releases, and signed webhook posts. */
package dev.frontera.surges.alerts;
