package koppel.it.scale;

import java.io.File;
import koppel.it.Deployments;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;

/**
 * Writes the archive the scale-out topology deploys to its nodes: the EAR as built plus the
 * test-only fixture endpoints, the same archive every black-box test uses ({@code scale/test.sh}
 * runs it before bringing the nodes up).
 */
public final class ScaleArchive {

    private ScaleArchive() {}

    public static void main(String[] args) {
        if (args.length != 1) {
            throw new IllegalArgumentException("Usage: ScaleArchive TARGET_FILE (and -Dkoppel.it.ear=the built EAR)");
        }
        Deployments.koppelWithFixtures().as(ZipExporter.class).exportTo(new File(args[0]), true);
    }
}
