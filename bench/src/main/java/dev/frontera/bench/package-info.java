/**
 * The benchmarks (docs/BENCHMARKS.md): {@link dev.frontera.bench.Bench#main} runs the one asked for with
 * {@code -Dbench=}; one package per thing measured, the shared helpers in {@code harness}. Nothing depends on
 * this module.
 */
package dev.frontera.bench;
