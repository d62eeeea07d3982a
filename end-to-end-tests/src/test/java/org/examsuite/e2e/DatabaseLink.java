package org.examsuite.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A TCP forwarder between one service and PostgreSQL, so that a test can take the database away
 * from that service alone and give it back, as a network failure or a database fail-over would.
 * Stopping the PostgreSQL cluster is not an option (other services, tests and people use it), and
 * this machine has no container engine for Toxiproxy or a network namespace to cut; a listener and
 * two threads per connection do the same for one client.
 */
final class DatabaseLink implements AutoCloseable {

    private static final int CONNECT_TIMEOUT_MILLIS = 5_000;

    private final InetSocketAddress database;
    private final Set<Socket> openSockets = ConcurrentHashMap.newKeySet();
    private ServerSocket listener;
    private int port;

    private DatabaseLink(InetSocketAddress database) {
        this.database = database;
    }

    /** A link listening on a free loopback port and forwarding to {@code host:port}. */
    static DatabaseLink to(String host, int port) {
        DatabaseLink link = new DatabaseLink(new InetSocketAddress(host, port));
        link.listen();
        return link;
    }

    int port() {
        return port;
    }

    /** Refuses new connections and breaks the open ones, as when the database's host drops off the network. */
    synchronized void cut() {
        closeQuietly(listener);
        listener = null;
        openSockets.forEach(DatabaseLink::closeQuietly);
        openSockets.clear();
    }

    /** Accepts connections again on the same port. */
    synchronized void restore() {
        if (listener == null) {
            listen();
        }
    }

    @Override
    public void close() {
        cut();
    }

    private synchronized void listen() {
        try {
            ServerSocket server = new ServerSocket();
            server.setReuseAddress(true);
            server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            port = server.getLocalPort();
            listener = server;
            daemon("database-link-" + port, () -> acceptUntilClosed(server));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot listen on port " + port + " for the database link", e);
        }
    }

    private void acceptUntilClosed(ServerSocket server) {
        while (true) {
            Socket client;
            try {
                client = server.accept();
            } catch (IOException listenerClosed) {
                return;
            }
            Socket upstream = new Socket();
            try {
                upstream.connect(database, CONNECT_TIMEOUT_MILLIS);
            } catch (IOException e) {
                closeQuietly(client);
                continue;
            }
            synchronized (this) {
                if (listener != server) {
                    // Cut while this connection was being made: it must not outlive the cut.
                    closeQuietly(client);
                    closeQuietly(upstream);
                    return;
                }
                openSockets.add(client);
                openSockets.add(upstream);
            }
            daemon("database-link-" + port + "-up", () -> forward(client, upstream));
            daemon("database-link-" + port + "-down", () -> forward(upstream, client));
        }
    }

    /** Copies one direction; when either side closes (or the link is cut) both sockets close, as a dropped connection would. */
    private void forward(Socket from, Socket to) {
        try {
            from.getInputStream().transferTo(to.getOutputStream());
        } catch (IOException connectionOver) {
            // A closed or reset socket ends the connection: there is nothing more to forward.
        } finally {
            closeQuietly(from);
            closeQuietly(to);
            openSockets.remove(from);
            openSockets.remove(to);
        }
    }

    private static void daemon(String name, Runnable task) {
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        thread.start();
    }

    private static void closeQuietly(AutoCloseable closeable) {
        if (closeable == null) {
            return;
        }
        try {
            closeable.close();
        } catch (Exception alreadyBroken) {
            // The socket is being discarded either way.
        }
    }
}
