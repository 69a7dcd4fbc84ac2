package koppel.it.scale;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import koppel.it.Settings;

/** The scale-out topology's own commands (scale/*.sh), for the fault tests: kill a node, stop the broker. */
final class Topology {

    private static final Duration TIMEOUT = Duration.ofMinutes(5);

    private Topology() {}

    /** Runs {@code scale/<server>.sh} with these arguments, e.g. {@code server("kill-node", "node-a")}. */
    static void server(String... arguments) {
        List<String> command = new ArrayList<>();
        command.add(script(Settings.require("koppel.scale.server") + ".sh"));
        command.addAll(List.of(arguments));
        run(command);
    }

    /** Runs {@code scale/postgres.sh start|stop}. */
    static void postgres(String action) {
        run(List.of(script("postgres.sh"), action));
    }

    private static String script(String name) {
        return Path.of(Settings.require("koppel.scale.home"), name).toString();
    }

    private static void run(List<String> command) {
        try {
            Process process = new ProcessBuilder(command).inheritIO().start();
            if (!process.waitFor(TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(command + " did not finish within " + TIMEOUT);
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException(command + " failed with exit code " + process.exitValue());
            }
        } catch (IOException e) {
            throw new IllegalStateException("Could not run " + command, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while running " + command, e);
        }
    }
}
