/**
 * Each candidate reading answered from the record, newest and as of the article's date, put in the
 * claim's unit and judged with the labelling standard's tolerance, with the chance of an accidental fit.
 */
package dev.frontera.claims.internal.verify;
