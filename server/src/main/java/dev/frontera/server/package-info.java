/**
 * The Frontera server: the JSON API under {@code /api/v1} and the web pages, over a read-only
 * store. Front door: {@link dev.frontera.server.FronteraServer}, configured by
 * {@link dev.frontera.server.ServerSettings} (writes need a {@link dev.frontera.server.api.AdminToken});
 * {@link dev.frontera.server.ServedStore} loads a store (ingesting a folder first when it is empty)
 * before the server accepts requests. {@code api} and {@code web} depend on nothing here.
 */
package dev.frontera.server;
