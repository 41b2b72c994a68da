package dev.frontera.surges.alerts;

import java.net.URI;
import java.util.List;

/** {@link LoopbackReceiver} for tests outside this package: accepts every post. */
public final class LoopbackReceiverHandle implements AutoCloseable {
    private final LoopbackReceiver receiver = new LoopbackReceiver(200);

    private LoopbackReceiverHandle() {}

    public static LoopbackReceiverHandle start() {
        return new LoopbackReceiverHandle();
    }

    public URI url() {
        return receiver.url();
    }

    /** A post as received: the body and its signature header. */
    public record Post(String body, String signature) {}

    public List<Post> posts() {
        return receiver.posts().stream()
                .map(post -> new Post(post.body(), post.signature()))
                .toList();
    }

    @Override
    public void close() {
        receiver.close();
    }
}
