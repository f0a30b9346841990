package fr.sav.inventory.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A MariaDB server of its own (own data directory, port and socket) from the machine's Debian packages,
 * that a fault scenario may kill and start again without disturbing anyone else's database.
 */
final class PrivateMariaDb implements AutoCloseable {

    private final Path dataDir;
    private final int port;
    private final List<String> extraArgs;
    private final String user;
    private Process process;

    PrivateMariaDb(Path dataDir, int port, List<String> extraArgs) {
        this(dataDir, port, extraArgs, "root");
    }

    /**
     * {@code user} is the account the server runs as when started by root: a Galera node must not run as root,
     * or the rsync daemon its state transfer starts falls back to {@code nobody} and cannot write the files.
     */
    PrivateMariaDb(Path dataDir, int port, List<String> extraArgs, String user) {
        this.dataDir = dataDir;
        this.port = port;
        this.extraArgs = extraArgs;
        this.user = user;
    }

    /** Creates the data directory (system tables, a root account reachable over TCP without password). */
    PrivateMariaDb install() throws Exception {
        StartupBench.deleteTree(dataDir);
        Files.createDirectories(dataDir);
        List<String> install = new ArrayList<>(List.of("mariadb-install-db", "--no-defaults", "--datadir=" + dataDir,
                "--auth-root-authentication-method=normal", "--skip-test-db"));
        if (root()) {
            install.add("--user=" + user);
            run(List.of("chown", user + ":", dataDir.toString()));
        }
        run(install);
        return this;
    }

    PrivateMariaDb start() throws Exception {
        List<String> command = new ArrayList<>(List.of("/usr/sbin/mariadbd", "--no-defaults", "--datadir=" + dataDir,
                "--port=" + port, "--bind-address=127.0.0.1", "--socket=" + socket(), "--pid-file=" + dataDir.resolve("pid"),
                "--innodb-buffer-pool-size=128M", "--max-connections=300"));
        if (root()) {
            command.add("--user=" + user);
        }
        command.addAll(extraArgs);
        process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(dataDir.resolveSibling(dataDir.getFileName() + ".log").toFile()))
                .start();
        long deadline = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < deadline) {
            if (new ProcessBuilder("mariadb-admin", "--no-defaults", "--socket=" + socket(), "-uroot", "ping")
                    .redirectErrorStream(true).start().waitFor() == 0 && tcpRootReady()) {
                return this;
            }
            if (!process.isAlive()) {
                throw new IllegalStateException("mariadbd on port " + port + " stopped; see " + dataDir + ".log");
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("mariadbd on port " + port + " did not start within 60 s");
    }

    /** Lets root in over TCP; false while the server is up but not yet ready for it (a Galera node still joining). */
    private boolean tcpRootReady() throws InterruptedException {
        try {
            sql("CREATE USER IF NOT EXISTS 'root'@'127.0.0.1' IDENTIFIED BY ''; "
                    + "GRANT ALL PRIVILEGES ON *.* TO 'root'@'127.0.0.1' WITH GRANT OPTION;");
            return true;
        } catch (IOException | IllegalStateException e) {
            return false;
        }
    }

    /** SIGKILL: the database dies as in a power cut; InnoDB recovers on the next start. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    Database database(String name) {
        return new Database("127.0.0.1", port, name, "root", "");
    }

    void sql(String statements) throws IOException, InterruptedException {
        run(List.of("mariadb", "--no-defaults", "--socket=" + socket(), "-uroot", "-e", statements));
    }

    @Override
    public void close() throws Exception {
        if (process != null && process.isAlive()) {
            new ProcessBuilder("mariadb-admin", "--no-defaults", "--socket=" + socket(), "-uroot", "shutdown").start().waitFor();
            if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                kill();
            }
        }
    }

    private Path socket() {
        return dataDir.resolve("mysqld.sock");
    }

    private static boolean root() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static void run(List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes());
        if (p.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed: " + output);
        }
    }
}
