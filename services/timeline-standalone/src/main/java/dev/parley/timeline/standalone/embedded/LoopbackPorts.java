package dev.parley.timeline.standalone.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/** Port checks for the embedded servers, which listen on the loopback interface only. */
final class LoopbackPorts {

    private LoopbackPorts() {
    }

    /**
     * Fails with a plain message when {@code port} is taken: the servers themselves report it
     * obscurely (Kafka as "fatal error while waiting for all of the SocketServer Acceptors"; zonky
     * runs initdb and then talks to whatever answers). SO_REUSEADDR, as both servers bind, so a
     * just-closed server's TIME_WAIT connections do not count as "in use".
     */
    static void requireFree(int port, String server) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        } catch (IOException e) {
            throw new IllegalStateException("Port " + port + " for the embedded " + server + " is already in use", e);
        }
    }

    static int anyFree(String purpose) {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free loopback port for " + purpose, e);
        }
    }
}
