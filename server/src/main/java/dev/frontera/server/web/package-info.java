/**
 * What the pages need from the server beyond static files: the security headers. The pages
 * themselves are static files under {@code /web} in the jar (HTML, one CSS file, one script per
 * page, the base map), and their libraries come from WebJars.
 */
package dev.frontera.server.web;
