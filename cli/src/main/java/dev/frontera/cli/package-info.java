/**
 * The {@code frontera} command line and the runnable jar: {@link dev.frontera.cli.Frontera#main} is the
 * one composition root of the product (it opens the store and builds the engine, the checker and the
 * server). Every command is package-private; nothing depends on this module.
 */
package dev.frontera.cli;
