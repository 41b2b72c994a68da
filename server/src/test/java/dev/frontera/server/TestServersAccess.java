package dev.frontera.server;

/** Lets tests in other packages reach the shared test store. */
public final class TestServersAccess {
    private TestServersAccess() {}

    public static ServedStore served() {
        return TestServers.served();
    }

    /** Every official file of the shared folder, as 'frontera serve --data' stores them. */
    public static ServedStore full() {
        return TestServers.full();
    }
}
