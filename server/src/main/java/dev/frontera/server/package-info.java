/**
 * The Frontera server: the JSON API under {@code /api/v1} and the web pages, over a read-only
 * store. Front door: {@link dev.frontera.server.FronteraServer}; {@link dev.frontera.server.ServedStore}
 * loads a store (ingesting a folder first when it is empty) before the server accepts requests.
 */
package dev.frontera.server;
