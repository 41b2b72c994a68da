/**
 * The JSON API under {@code /api/v1}: one class per group of endpoints, {@link dev.frontera.server.api.Api}
 * as the front door that registers them, RFC 9457 problems for every error, answers cached by
 * ETag (store fingerprint + request), and a per-client token bucket on {@code /check}.
 */
package dev.frontera.server.api;
