/**
 * Checking a whole news archive on Apache Spark: {@link dev.frontera.spark.CheckArchive#main} is the job's
 * entry point (docs/SPARK.md); {@code job} holds the job, {@code record} ships the official record to the
 * executors. An executable at the edge: nothing depends on this module.
 */
package dev.frontera.spark;
