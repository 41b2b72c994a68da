package dev.frontera.server;

import dev.frontera.core.ErrorCode;
import dev.frontera.core.Excerpt;
import dev.frontera.core.FronteraException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.util.regex.Pattern;

/**
 * Checks {@code --host} before the server binds, and says why a bind failed: Jetty reports every
 * failure as "port already in use", even an address that is not this machine's.
 */
final class ListenAddress {
    private static final Pattern DOTTED = Pattern.compile("[0-9.]+");
    private static final Pattern IPV4 =
            Pattern.compile("(25[0-5]|2[0-4]\\d|1?\\d?\\d)(\\.(25[0-5]|2[0-4]\\d|1?\\d?\\d)){3}");

    private ListenAddress() {}

    /** Fails with a user error unless {@code host} names an address of this machine (or all of them). */
    static void check(String host) {
        if (host.isBlank()
                || DOTTED.matcher(host).matches() && !IPV4.matcher(host).matches()) {
            throw notAnAddress(host, "it is not an IP address");
        }
        InetAddress address;
        try {
            address = InetAddress.getByName(host);
        } catch (UnknownHostException e) {
            throw notAnAddress(host, "no such host name");
        }
        try {
            if (!address.isAnyLocalAddress()
                    && !address.isLoopbackAddress()
                    && NetworkInterface.getByInetAddress(address) == null) {
                throw notAnAddress(host, "no network interface of this machine has it");
            }
        } catch (SocketException e) {
            throw notAnAddress(host, "the network interfaces cannot be listed: " + e.getMessage());
        }
    }

    /** The error to report for a failed start: a port in use is {@link ErrorCode#BUSY}. */
    static FronteraException bindFailure(String host, int port, RuntimeException failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof BindException bind) {
                String reason = String.valueOf(bind.getMessage());
                if (reason.contains("in use")) {
                    return new FronteraException(
                            ErrorCode.BUSY,
                            ("port %d on %s is already in use (another server, or"
                                            + " another 'frontera serve'?): stop it or choose another --port")
                                    .formatted(port, host),
                            failure);
                }
                return new FronteraException(
                        ErrorCode.INVALID_ARGUMENT,
                        "cannot listen on %s port %d: %s".formatted(host, port, reason),
                        failure);
            }
        }
        throw failure;
    }

    private static FronteraException notAnAddress(String host, String why) {
        return FronteraException.invalid(
                "--host %s is not an address of this machine (%s): use 127.0.0.1 (this machine"
                        + " only), 0.0.0.0 (every interface) or one of its own addresses",
                Excerpt.quoted(host), why);
    }
}
